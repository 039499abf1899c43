# threading_rlock.py: an RLock can be re-acquired by the thread that holds it (Python 2 style).
import threading

lock = threading.RLock()

print 'First try:', lock.acquire()
print 'Second try:', lock.acquire(0)
