# Python 3: decorators with and without arguments, stacking order, functools.wraps
import functools
def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
@shout
def hello(name):
    return "hi " + name
print(hello("bob"))
def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def one(x):
    "doc of one"
    return x + 1
print(one(1), one.__name__, one.__doc__)
order = []
def tag(label):
    def deco(fn):
        order.append(label)
        def w():
            return label + "(" + fn() + ")"
        return w
    return deco
@tag("outer")
@tag("inner")
def base():
    return "x"
print(base())
print(order)
def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counted
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls, sq(4))
class Reg:
    items = []
    @classmethod
    def add(cls, fn):
        cls.items.append(fn.__name__)
        return fn
@Reg.add
def a1(): pass
@Reg.add
def a2(): pass
print(Reg.items)
