# Python 3: a generator created in one thread and consumed in another via threading.Thread
import threading
def numbers(n):
    for i in range(n):
        yield i * 3
    return "done"
g = numbers(5)
first = next(g)
results = []
def consume():
    for v in g:
        results.append(v)
t = threading.Thread(target=consume)
t.start(); t.join()
print(first, results)
made = []
def producer():
    made.append(numbers(3))
p = threading.Thread(target=producer)
p.start(); p.join()
print(list(made[0]))
def counter():
    total = 0
    while True:
        x = yield total
        total += x
acc = counter(); next(acc)
lock = threading.Lock()
def sender(k):
    for _ in range(100):
        with lock:
            acc.send(k)
ts = [threading.Thread(target=sender, args=(k,)) for k in (1, 2, 3)]
for th in ts: th.start()
for th in ts: th.join()
print(acc.send(0))
