# threading_simple.py: start five threads that each run a target function (Python 2 style).
import threading

def worker():
    """thread worker function"""
    print 'worker'
    return

threads = []
for i in range(5):
    t = threading.Thread(target=worker)
    threads.append(t)
    t.start()
