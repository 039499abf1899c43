# Python 3: comprehensions have their own scope; generator expressions are lazy.
print([x * x for x in range(5) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x * 2 for x in "abc"})
print({x % 3 for x in range(10)})
x = "outer"
print([x for x in range(3)], x)
n = 10
print([n + i for i in range(3)])
def make():
    k = 5
    return [lambda: k + i for i in range(3)]
print([f() for f in make()])
def evaluated(v):
    print("evaluated", v)
    return v
g = (evaluated(i) for i in range(3))
print("before")
print(next(g))
print(list(g))
print(sum(i for i in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print([[j for j in range(i)] for i in range(4)])
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(C.doubled)
try:
    (v for v in 5)
except TypeError as err:
    print("eager iter:", err)
