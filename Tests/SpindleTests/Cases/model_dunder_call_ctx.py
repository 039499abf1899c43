# Python 3: __call__, __enter__/__exit__ (suppression and exception info), __getattr__ fallback
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return self.n + x + y
add5 = Adder(5)
print(add5(1), add5(1, y=2), callable(add5), callable(5))
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Ctx("a") as v:
    print("body", v)
with Ctx("b", True):
    raise ValueError("swallowed")
print("after b")
try:
    with Ctx("c"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))
with Ctx("x") as p, Ctx("y") as q:
    print(p, q)
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p.target, p.count(1))
print(hasattr(p, "_hidden"), p.target is not None)
def f():
    with Ctx("ret"):
        return "returned"
print(f())
