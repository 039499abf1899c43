# Threads run on stacks that are reused once an earlier thread has ended:
# results, recursion limits and identities must not depend on it.
import os
import sys
import threading

sys.setrecursionlimit(3000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def runaway():
    return runaway()


results = {}
guard = threading.Lock()


def job(index):
    value = depth(200 + index % 7)
    outcome = "shallow"
    if index % 4 == 0:
        try:
            runaway()
            outcome = "no error"
        except RecursionError:
            outcome = "RecursionError"
    with guard:
        results[index] = (value, outcome)


for batch in range(6):
    threads = [threading.Thread(target=job, args=(batch * 10 + k,)) for k in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
print(len(results), sum(v for v, _ in results.values()))
print(sorted(set(o for _, o in results.values())))

# Each thread has its own kernel id, distinct from the process id.
ids = []


def note_id():
    with guard:
        ids.append(threading.get_native_id())


together = [threading.Thread(target=note_id) for _ in range(4)]
for t in together:
    t.start()
for t in together:
    t.join()
print(len(set(ids)), os.getpid() in ids, threading.get_native_id() in ids)

# The manager's variable is rebound inside the body: the lock that was
# entered is the one released.
lock = threading.Lock()
first = lock
with lock:
    lock = None
print("released", first.locked(), lock)
rlock = threading.RLock()
kept = rlock
with rlock:
    with rlock:
        rlock = 5
    print("inner exit", repr(kept).split(" owner=")[1].split(" at ")[0] != "0 count=0")
print("outer exit", repr(kept).split(" count=")[1].split(" at ")[0])
cond = threading.Condition(threading.Lock())
with cond:
    cond = None
print("condition", cond)


# Managers held in function locals: native locks, a lock rebound inside
# the body, a Python context manager and an unbound local.
class Manager(object):
    def __enter__(self):
        print("enter")
        return "entered"

    def __exit__(self, kind, value, trace):
        print("exit", kind.__name__ if kind else None)
        return True


def local_managers():
    lock = threading.Lock()
    saved = lock
    with lock:
        lock = threading.RLock()
        print("inside", saved.locked())
    print("after", saved.locked(), lock._is_owned())
    m = Manager()
    with m as got:
        print("got", got)
        raise ValueError("suppressed")
    try:
        with missing:
            pass
    except NameError as e:
        print(type(e).__name__)
    missing = None


local_managers()
