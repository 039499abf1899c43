# threadName in records is the name of the thread that logged, including
# a name changed with setName while the thread runs; the samples' format.
import logging
import threading

logging.basicConfig(level=logging.DEBUG,
                    format='(%(threadName)-10s) %(message)s')

def worker(num):
    logging.debug('worker: %s', num)
    threading.current_thread().setName('renamed-%d' % num)
    logging.debug('after setName')
    logging.info('sleeping %0.2f', num / 4)

for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()

def named():
    logging.debug('Starting')
    logging.debug('Exiting')

for name in ['my_service', 'a-much-longer-name']:
    t = threading.Thread(name=name, target=named)
    t.start()
    t.join()
t = threading.Thread(target=named)
t.start()
t.join()
logging.debug('main %s', threading.current_thread().name)
