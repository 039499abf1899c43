# Method calls and module attributes through cached call sites.
import math


class A(object):
    def __init__(self):
        self.calls = 0

    def m(self, a=1, b=2):
        self.calls += 1
        return ("A.m", a, b)

    def many(self, a, b, c, d=4):
        return a + b + c + d


def call0(o):
    return o.m()


def call1(o):
    return o.m(10)


def call2(o):
    return o.m(10, 20)


def call4(o):
    return o.many(1, 2, 3, 4)


a = A()
for _ in range(3):
    print(call0(a), call1(a), call2(a), call4(a))
print(a.calls)

# Rebound to functions that are not simple (varargs, keywords).
A.m = lambda self, *args: ("varargs", args)
print(call0(a), call1(a), call2(a))
A.m = lambda self, a=0, **kw: ("kw", a, kw)
print(call0(a), call1(a))


def star(self, *args):
    return ("star", len(args))


A.many = star
print(call4(a))

# Wrong argument counts still raise TypeError.
class B(object):
    def m(self):
        return "B.m"


b = B()
print(call0(b))
for call in (call1, call2):
    try:
        call(b)
    except TypeError as err:
        print("TypeError", err)

# A callable stored on the instance is called without the receiver.
b.m = lambda *args: ("own", args)
print(call0(b), call1(b), call2(b))
del b.m
print(call0(b))

# A bound method read through an attribute site.
def read_m(o):
    return o.m


bm = read_m(b)
print(bm(), bm.__self__ is b, read_m(b) == read_m(b))

# Module attributes seen through the same sites after rebinding.
def pi():
    return math.pi


def sqrt(x):
    return math.sqrt(x)


print(pi(), sqrt(16.0))
math.pi = 3
math.sqrt = lambda x: "patched %s" % x
print(pi(), sqrt(16.0))
del math.pi
try:
    pi()
except AttributeError as err:
    print("AttributeError", err)

# Methods of built-in values at one site, several types.
def upper_or_append(o):
    return o.copy()


for o in [[1], {"a": 1}, {2}, [3], {"b": 2}]:
    print(upper_or_append(o))

# Subclass of a built-in type with an overriding method.
class L(list):
    def copy(self):
        return "L.copy"


print(upper_or_append(L([1])), upper_or_append([5]))
