import threading
import time
import _thread

lock = threading.Lock()
rlock = threading.RLock()

# 'with' on a Lock: the target is True, the lock is held inside and free after.
with lock as got:
    print("lock target", got, lock.locked())
print("after", lock.locked())

# The body raises: the lock is released and the exception goes on unchanged.
try:
    with lock:
        raise ValueError("boom")
except ValueError as e:
    print("ValueError", e, "locked:", lock.locked())

# __exit__ fails (the body released the lock itself).
try:
    with lock:
        lock.release()
except RuntimeError as e:
    print("RuntimeError", e, e.__context__)

# __exit__ fails while the body's exception is pending: chained.
try:
    with lock:
        lock.release()
        raise KeyError("k")
except RuntimeError as e:
    print("RuntimeError", e, "context:", type(e.__context__).__name__, e.__context__)
print("locked after failures:", lock.locked())


# return and break leave the block through __exit__ too.
def early(l):
    with l:
        return l.locked()


print("return inside", early(lock), lock.locked())
for i in range(3):
    with lock:
        if i == 1:
            break
print("break inside", i, lock.locked())
while True:
    with rlock:
        with rlock:
            break
print("rlock after break", repr(rlock).split(" owner=")[1].split(" at ")[0])

# RLock: nested 'with', target True, count back to zero.
with rlock as a:
    with rlock as b:
        print("rlock targets", a, b, rlock._is_owned())
print("rlock free", rlock.acquire(False))
rlock.release()

# An RLock entered by one thread and exited by another raises in the other.
held = threading.RLock()
held.acquire()
outcome = []
tried = threading.Event()


def release_foreign():
    try:
        held.release()
    except RuntimeError as e:
        outcome.append("RuntimeError: " + str(e))
    tried.set()
    try:
        with held:
            outcome.append("entered")
    except RuntimeError as e:
        outcome.append("with: " + str(e))


t = threading.Thread(target=release_foreign)
t.start()
tried.wait()
print("foreign release:", outcome, t.is_alive())
held.release()
t.join()
print("after owner released:", outcome)

# Explicit acquire/release calls, with and without arguments.
print("acquire", lock.acquire(), lock.acquire(False), lock.acquire(timeout=0))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError", e)
print("unbound", _thread.LockType.acquire(lock), lock.locked())
_thread.LockType.release(lock)

# A timed acquire of a held lock gives up after (at least) the timeout.
lock.acquire()
start = time.monotonic()
print("timed acquire", lock.acquire(timeout=0.2), lock.acquire(True, 0.1))
print("waited at least the timeout:", time.monotonic() - start >= 0.3)
lock.release()

# Condition: 'with' enters its lock; wait with a timeout returns False.
cond = threading.Condition()
with cond as c:
    print("condition target", c, cond._is_owned())
    start = time.monotonic()
    print("wait timeout", cond.wait(0.2), cond.wait(timeout=0))
    print("waited at least the timeout:", time.monotonic() - start >= 0.2)
print("condition released", cond._is_owned())
plain = threading.Condition(threading.Lock())
with plain:
    print("plain condition", plain.wait_for(lambda: False, 0.05))
try:
    with plain:
        raise IndexError("i")
except IndexError:
    print("plain condition after error, lock free:", plain.acquire(False))
    plain.release()


# Subclasses and other managers keep their own __enter__/__exit__.
class Logged(object):
    def __init__(self):
        self.lock = threading.Lock()

    def acquire(self, *args):
        print("Logged.acquire", args)
        return self.lock.acquire(*args)

    def release(self):
        print("Logged.release")
        self.lock.release()

    def __enter__(self):
        print("Logged.__enter__")
        return self.acquire()

    def __exit__(self, *exc):
        print("Logged.__exit__", exc[0])
        self.release()


custom = threading.Condition(Logged())
with custom as got:
    print("custom target", got)
try:
    with custom:
        raise ValueError("v")
except ValueError:
    print("custom error propagated")


class QuietCondition(threading.Condition):
    def __exit__(self, *exc):
        print("QuietCondition.__exit__ suppresses", exc[0].__name__ if exc[0] else None)
        threading.Condition.__exit__(self, *exc)
        return True


quiet = QuietCondition()
with quiet:
    raise ValueError("swallowed")
print("quiet lock free:", quiet.acquire(False))
quiet.release()

# Lock and RLock from several threads through 'with' and methods.
counter = [0]


def bump(n):
    for i in range(n):
        if i % 2:
            with lock:
                counter[0] += 1
        else:
            with rlock:
                with rlock:
                    lock.acquire()
                    counter[0] += 1
                    lock.release()


workers = [threading.Thread(target=bump, args=(2000,)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("counter", counter[0])
