# Python 3: *args, **kwargs, keyword-only parameters after * and calls with *x / **y
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2, x=3))
def g(a, b, *rest, key="k", **extra):
    return a, b, rest, key, sorted(extra.items())
print(g(1, 2))
print(g(1, 2, 3, 4, key="z", q=1))
def kw(a, *, b, c=5):
    return a + b + c
print(kw(1, b=2))
print(kw(1, c=1, b=1))
args = [1, 2, 3]
opts = {"key": "K", "w": 9}
print(g(*args, **opts))
print(g(0, *args[1:], key="m"))
print(f(*"ab", **{"z": 1}))
def three(x, y, z):
    return x * 100 + y * 10 + z
print(three(*(1, 2), **{"z": 3}))
print(three(1, *[2], *[3]))
print(f(**{"a": 1}, **{"b": 2}))
