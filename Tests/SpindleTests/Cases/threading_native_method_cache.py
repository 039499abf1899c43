# Method calls on objects of native types (locks, threads) go through the
# call site's cache. An instance attribute set later on a Python subclass
# must shadow the native method at a site that is already warm.
import threading


class Worker(threading.Thread):
    pass


def call_is_alive(thread):
    return thread.is_alive()


def call_getname(thread):
    return thread.getName()


worker = Worker(name="w1")
plain = threading.Thread(name="t1")
for i in range(3):
    print(call_is_alive(worker), call_getname(worker), call_getname(plain))

worker.is_alive = lambda: "shadowed"
worker.getName = lambda: "renamed"
print(call_is_alive(worker), call_getname(worker), call_getname(plain))
del worker.getName
print(call_is_alive(worker), call_getname(worker))

other = Worker(name="w2")
print(call_is_alive(other), call_getname(other))

Worker.getName = lambda self: "class-level " + self.name
print(call_getname(other), call_getname(worker), call_getname(plain))


def toggle(lock, rounds):
    taken = 0
    for i in range(rounds):
        if lock.acquire(False):
            taken += 1
            lock.release()
        lock.acquire()
        lock.release()
    return taken


lock = threading.Lock()
rlock = threading.RLock()
print(toggle(lock, 5), toggle(rlock, 5), lock.locked())
print(toggle(lock, 2))
try:
    lock.release()
except RuntimeError as error:
    print("RuntimeError", error)
