import threading
import _thread

lock = threading.Lock()
print(type(lock).__name__, type(lock) is _thread.LockType)
print(repr(lock).split(" object at ")[0])
print("first", lock.acquire())
print("second", lock.acquire(0))
print("timed", lock.acquire(True, 0.01))
print(repr(lock).split(" object at ")[0], lock.locked())
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
with lock:
    print("inside with", lock.locked())
print("after with", lock.locked())
print(lock.acquire(blocking=False), lock.acquire(blocking=False))
lock.release()

rlock = threading.RLock()
print(repr(rlock).split(" owner=")[0])
print("first", rlock.acquire())
print("second", rlock.acquire(0))
print(repr(rlock).split(" owner=")[1].split(" at ")[0].split(" ")[1])
rlock.release()
rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with rlock:
    with rlock:
        print("nested with ok")


def other():
    print("other thread gets rlock:", rlock.acquire(False))
    try:
        rlock.release()
    except RuntimeError as e:
        print("other RuntimeError:", e)


rlock.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
rlock.release()
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is RuntimeError)


def releaser(l):
    l.release()


held = threading.Lock()
held.acquire()
t = threading.Thread(target=releaser, args=(held,))
t.start()
t.join()
print("released by another thread:", held.locked())
