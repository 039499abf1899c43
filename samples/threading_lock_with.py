# threading_lock_with.py: a Lock used as a context manager in a with statement (Python 2 style).
import threading
import logging

logging.basicConfig(level=logging.DEBUG,
                    format='(%(threadName)-10s) %(message)s',
                    )

def worker_with(lock):
    with lock:
        logging.debug('lock acquired via with')

def worker_no_with(lock):
    lock.acquire()
    try:
        logging.debug('lock acquired directly')
    finally:
        lock.release()

lock = threading.Lock()
w = threading.Thread(target=worker_with, args=(lock,))
nw = threading.Thread(target=worker_no_with, args=(lock,))

w.start()
nw.start()
