# threading_lock_reacquire.py: a plain Lock cannot be acquired twice, even by the same thread (Python 2 style).
import threading

lock = threading.Lock()

print 'First try:', lock.acquire()
print 'Second try:', lock.acquire(0)
