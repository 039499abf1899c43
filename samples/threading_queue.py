# threading_queue.py: a producer feeds a queue.Queue, two consumers call task_done(), join() waits for all (Python 3).
import logging
import queue
import threading

logging.basicConfig(level=logging.DEBUG,
                    format='(%(threadName)-10s) %(message)s',
                    )

def consumer(q):
    while True:
        item = q.get()
        logging.debug('consumed item %d', item)
        q.task_done()

q = queue.Queue()
for i in range(2):
    t = threading.Thread(name='consumer-%d' % i, target=consumer, args=(q,))
    t.daemon = True
    t.start()

for item in range(8):
    logging.debug('producing item %d', item)
    q.put(item)

q.join()
logging.debug('all items processed, %d left in the queue', q.qsize())
