import threading
import time

sem = threading.Semaphore(3)
inside = [0]
peak = [0]
guard = threading.Lock()


def limited():
    for i in range(50):
        with sem:
            with guard:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            with guard:
                inside[0] -= 1


threads = [threading.Thread(target=limited) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak within bound:", 1 <= peak[0] <= 3, inside[0])

s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(0), s.acquire(0), s.acquire(0))
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(b, threading.Semaphore), type(b).__name__)

barrier = threading.Barrier(4, action=lambda: rounds.append("action"))
rounds = []
results = []
rlock = threading.Lock()


def party():
    for r in range(3):
        i = barrier.wait()
        with rlock:
            results.append((r, i))


threads = [threading.Thread(target=party) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results) == [(r, i) for r in range(3) for i in range(4)], rounds)
print(barrier.parties, barrier.n_waiting, barrier.broken)

b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset:", b2.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

b3 = threading.Barrier(3)
outcome = []


def hopeful():
    try:
        b3.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")


ts = [threading.Thread(target=hopeful) for i in range(2)]
for t in ts:
    t.start()
while b3.n_waiting < 2:
    time.sleep(0.001)
b3.abort()
for t in ts:
    t.join()
print(outcome, b3.broken)
