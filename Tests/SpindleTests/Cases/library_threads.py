import collections
import functools
import io
import itertools
import random
import sys
import threading

buffer = io.StringIO()
saved = sys.stdout
sys.stdout = buffer


def talk(n):
    for i in range(300):
        print("thread", n, "says", i, "-" * 20)


threads = [threading.Thread(target=talk, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
sys.stdout = saved
lines = buffer.getvalue().splitlines()
intact = [line for line in lines if line.startswith("thread ") and line.endswith(" says " + line.split()[3] + " " + "-" * 20)]
print(len(lines), len(intact))

ids = itertools.count()
queue = collections.deque()
generator = random.Random(7)


@functools.lru_cache(maxsize=32)
def square(x):
    return x * x


def work():
    for _ in range(1000):
        queue.append(next(ids))
        generator.random()
        square(len(queue) % 50)


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(next(ids), len(queue), len(set(queue)), square.cache_info().currsize <= 32)
popped = []


def drain():
    while True:
        try:
            popped.append(queue.popleft())
        except IndexError:
            return


threads = [threading.Thread(target=drain) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(popped), len(set(popped)), len(queue))
