# threading_simpleargs.py: pass arguments to each thread's target function (Python 2 style).
import threading

def worker(num):
    """thread worker function"""
    print 'worker: %s' % num
    return

threads = []
for i in range(5):
    t = threading.Thread(target=worker, args=(i,))
    threads.append(t)
    t.start()
