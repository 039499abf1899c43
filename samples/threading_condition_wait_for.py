# threading_condition_wait_for.py: Condition.wait_for() waits until a predicate holds, or times out (Python 3).
import logging
import threading
import time

logging.basicConfig(level=logging.DEBUG,
                    format='(%(threadName)-10s) %(message)s',
                    )

items = []
cond = threading.Condition()

def batcher(size):
    with cond:
        ready = cond.wait_for(lambda: len(items) >= size)
        logging.debug('ready: %s, batch of %d: %s', ready, size, items[:size])

def producer(count):
    for i in range(count):
        time.sleep(0.1)
        with cond:
            items.append(i)
            logging.debug('added %d', i)
            cond.notify_all()

threads = [threading.Thread(name='small', target=batcher, args=(3,)),
           threading.Thread(name='large', target=batcher, args=(5,)),
           threading.Thread(name='producer', target=producer, args=(5,))]
for t in threads:
    t.start()
for t in threads:
    t.join()

with cond:
    ready = cond.wait_for(lambda: len(items) >= 10, timeout=0.5)
logging.debug('ten items within 0.5 s: %s', ready)
