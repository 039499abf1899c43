# threading_semaphore.py: a Semaphore(2) lets at most two workers use a connection pool at once (Python 2 style).
import logging
import random
import threading
import time

logging.basicConfig(level=logging.DEBUG,
                    format='(%(threadName)-10s) %(message)s',
                    )

class ConnectionPool(object):
    """Tracks which workers hold a connection; a Lock guards the list."""
    def __init__(self):
        self.lock = threading.Lock()
        self.active = []

    def makeActive(self, name):
        with self.lock:
            self.active.append(name)
            logging.debug('Active: %s', self.active)

    def makeInactive(self, name):
        with self.lock:
            self.active.remove(name)
            logging.debug('Active: %s', self.active)

def worker(s, pool):
    logging.debug('Waiting to connect')
    with s:
        name = threading.currentThread().getName()
        pool.makeActive(name)
        time.sleep(random.random())
        pool.makeInactive(name)

pool = ConnectionPool()
s = threading.Semaphore(2)
for i in range(4):
    t = threading.Thread(target=worker, name='conn-%d' % i, args=(s, pool))
    t.start()
