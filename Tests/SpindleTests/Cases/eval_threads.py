# Python 3: generators consumed from another thread; a module imported by
# several threads at once runs its body once.
import threading

def gen():
    try:
        for i in range(5):
            yield i
    finally:
        print("generator finished")

g = gen()
print(next(g))
results = []

def consume():
    for v in g:
        results.append(v)

t = threading.Thread(target=consume)
t.start()
t.join()
print(results)

def importer():
    import eval_pkgs.slow_module

threads = [threading.Thread(target=importer) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
import eval_pkgs.slow_module
print(eval_pkgs.slow_module.runs)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

answers = [None] * 4

def compute(i):
    answers[i] = fib(15 + i)

workers = [threading.Thread(target=compute, args=(i,)) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(answers)
