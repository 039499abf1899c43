# Python 3: with statement with several items, as targets and exception handling
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("c"):
    print("no as")
with CM("d", swallow=True) as z:
    raise ValueError("suppressed")
print("after suppressed", z)
try:
    with CM("e"), CM("f", swallow=True):
        raise KeyError("inner swallows")
    print("continued")
    with CM("g"):
        raise TypeError("propagates")
except TypeError as e:
    print("caught", e)
with CM("h") as (p):
    print(p)
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): return False
with Pair() as (u, v):
    print(u, v)
