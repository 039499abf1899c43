# The article's Counter guarded by a Lock: 32 threads x 10,000 increments.
import threading


class Counter(object):
    def __init__(self, start=0):
        self.lock = threading.Lock()
        self.value = start

    def increment(self):
        self.lock.acquire()
        try:
            self.value = self.value + 1
        finally:
            self.lock.release()


def worker(c, n):
    for i in range(n):
        c.increment()


counter = Counter()
threads = [threading.Thread(target=worker, args=(counter, 10000)) for i in range(32)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("Counter:", counter.value)

total = [0]
rlock = threading.RLock()


def nested(n):
    for i in range(n):
        with rlock:
            with rlock:
                total[0] += 1


threads = [threading.Thread(target=nested, args=(5000,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("RLock total:", total[0])
