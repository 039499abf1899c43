import _thread
import threading

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, _thread.error is RuntimeError)
results = []
done = threading.Event()


def worker(a, b, c=None):
    results.append((a, b, c, _thread.get_ident() != main_ident))
    done.set()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {"c": 3})
done.wait()
print(isinstance(ident, int), results)
try:
    _thread.start_new_thread(worker, [1, 2])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(_thread.get_native_id(), int))
print(lock.acquire(), lock.acquire(0), lock.locked())
lock.release()
try:
    _thread.exit()
except SystemExit:
    print("SystemExit")
