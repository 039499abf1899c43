import threading
import thread
import Queue

lock = threading.Lock()

print 'First try:', lock.acquire()
print 'Second try:', lock.acquire(0)
lock.release()


def worker(num):
    print 'worker: %s' % num
    return


for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()

print threading.currentThread().getName(), threading.activeCount()
t = threading.Thread(target=worker, args=(9,))
t.setDaemon(True)
print t.isDaemon(), t.isAlive()
t.start()
t.join()
print t.isAlive()

cond = threading.Condition()
cond.acquire()
cond.notifyAll()
cond.release()
e = threading.Event()
print e.isSet()

q = Queue.Queue()
q.put('item')
print q.get(), q.empty()
try:
    q.get_nowait()
except Queue.Empty:
    print 'Empty'

l = thread.allocate_lock()
print l.acquire(), l.locked()
l.release()
done = threading.Event()


def raw(x):
    print 'raw thread', x
    done.set()


thread.start_new_thread(raw, (7,))
done.wait()
