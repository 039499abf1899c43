# Python 3: yield, generators consumed by list/for/next/sum, StopIteration value from return x
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(4)), sum(gen(4)))
for v in gen(3):
    print("for", v)
g = gen(2)
print(next(g), next(g), next(g, "end"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def ret():
    yield 1
    return "result"
r = ret()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("value:", e.value, e.args)
def lazy():
    print("started")
    yield 1
l = lazy()
print("created")
print(next(l))
print(type(gen(1)).__name__, iter(g) is g)
print(list(x for x in gen(5) if x % 2))
print(sorted(gen(3), reverse=True), max(gen(4)), "".join(str(x) for x in gen(3)))
def inf():
    n = 0
    while True:
        yield n
        n += 1
import itertools
print(list(itertools.islice(inf(), 4)))
