# threading_barrier.py: a Barrier holds three workers until all have arrived, then runs its action once (Python 3).
import logging
import random
import threading
import time

logging.basicConfig(level=logging.DEBUG,
                    format='(%(threadName)-10s) %(message)s',
                    )

def all_arrived():
    logging.debug('all %d workers arrived', barrier.parties)

def worker(barrier):
    pause = random.random()
    logging.debug('working for %0.2f', pause)
    time.sleep(pause)
    logging.debug('waiting at the barrier')
    index = barrier.wait()
    logging.debug('passed the barrier as %d', index)

barrier = threading.Barrier(3, action=all_arrived)
threads = [threading.Thread(name='worker-%d' % i, target=worker, args=(barrier,))
           for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
logging.debug('barrier broken: %s', barrier.broken)
