# Threads call global functions while another thread keeps rebinding
# them: every call sees some complete binding (one of the functions, never
# a freed one) and the last rebinding is seen by everyone afterwards.
import threading


def one():
    return 1


def two():
    return 2


current = one
bad = []
done = threading.Event()


def caller(slot, seen):
    calls = 0
    while not done.is_set() or calls < 2000:
        r = current()
        if r not in (1, 2, 3):
            bad.append(r)
        seen[r] = seen.get(r, 0) + 1
        calls += 1


def flipper():
    global current
    for i in range(3000):
        current = two if i % 2 else one
        if i % 100 == 0:
            current = (lambda n: lambda: n)(3)
    current = one


seen = [{}, {}, {}]
threads = [threading.Thread(target=caller, args=(i, seen[i])) for i in range(3)]
for t in threads:
    t.start()
flip = threading.Thread(target=flipper)
flip.start()
flip.join()
done.set()
for t in threads:
    t.join()
print("bad results:", bad)
print("every thread called:", all(sum(s.values()) >= 2000 for s in seen))
print("after the last rebinding:", current())


def worker(results, slot):
    total = 0
    for i in range(5000):
        total += helper(i)
    results[slot] = total


def helper(i):
    return i % 7


results = [0] * 4
threads = [threading.Thread(target=worker, args=(results, i)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("totals:", results)
del helper
try:
    worker(results, 0)
except NameError as e:
    print("NameError", e)
