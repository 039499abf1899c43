# Several threads updating attributes of shared objects with `op=` through
# the same sites: each thread owns one attribute of a shared object, a lock
# guards a shared counter, and an unguarded shared counter must stay an int.
import threading

ROUNDS = 3000
WORKERS = 4


class Shared(object):
    def __init__(self):
        self.guarded = 0
        self.racy = 0
        for w in range(WORKERS):
            setattr(self, "own%d" % w, 0)

    def add(self, k):
        self.guarded += k


def worker(shared, index, lock, big):
    name = "own%d" % index
    i = 0
    step = 2
    k = 1 << 62
    while i < ROUNDS:
        setattr(shared, name, getattr(shared, name) + 1)
        with lock:
            shared.guarded += 1
            shared.add(step)
            shared.guarded -= 1
        shared.racy += 1
        big.value += k
        i += 1


class Big(object):
    def __init__(self):
        self.value = 0


shared = Shared()
lock = threading.Lock()
bigs = [Big() for _ in range(WORKERS)]
threads = [threading.Thread(target=worker, args=(shared, w, lock, bigs[w])) for w in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.guarded)
print([getattr(shared, "own%d" % w) for w in range(WORKERS)])
print(type(shared.racy).__name__, 0 < shared.racy <= ROUNDS * WORKERS)
print([b.value == ROUNDS * (1 << 62) for b in bigs])
