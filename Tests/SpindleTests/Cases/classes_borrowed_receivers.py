# Attribute reads, writes, method calls and `op=` on receivers held in
# function locals (the interpreter borrows them from the frame), checked
# against cache invalidation, __dict__ use, descriptors, hooks and overflow.
import sys


class Counter(object):
    def __init__(self):
        self.n = 0
        self.name = "c"

    def bump(self, k):
        self.n += k
        return self.n

    def get(self):
        return self.n

    def pair(self, a, b):
        return (self.n, a, b)

    def with_default(self, a, b=10):
        return a + b


def hammer(c, rounds):
    total = 0
    i = 0
    while i < rounds:
        c.n += 1
        c.n -= 2
        c.n += 3
        total += c.get()
        i += 1
    return total


def overflow_add(c):
    c.n = sys.maxsize - 1
    results = []
    for _ in range(3):
        c.n += 1
        results.append(c.n)
    return results


def overflow_sub(c):
    c.n = -sys.maxsize
    k = 1
    results = []
    for _ in range(3):
        c.n -= k
        results.append(c.n)
    return results


def mixed_kinds(c):
    out = []
    for value in [1, True, 2.5, "s", [1], 2 ** 70, -3]:
        c.n = value
        try:
            c.n += 1
        except TypeError as e:
            out.append("TypeError")
            continue
        out.append(repr(c.n))
    step = 2.5
    c.n = 1
    c.n += step
    out.append(repr(c.n))
    c.n = [1]
    c.n += [2]
    out.append(repr(c.n))
    return out


def methods(c):
    return [c.bump(2), c.get(), c.pair(1, 2), c.with_default(1), c.with_default(1, 2)]


def shadowing(c):
    out = [c.get()]
    c.get = lambda: "instance"
    out.append(c.get())
    del c.get
    out.append(c.get())
    return out


class Hooked(object):
    def __init__(self):
        self.n = 5

    def __getattr__(self, name):
        return "missing:" + name


class Logged(object):
    def __init__(self):
        object.__setattr__(self, "log", [])
        object.__setattr__(self, "n", 0)

    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)


class WithProperty(object):
    def __init__(self):
        self._n = 1

    @property
    def n(self):
        return self._n * 10

    @n.setter
    def n(self, value):
        self._n = value


def touch(o):
    o.n += 1
    return o.n


def read_n(o):
    return o.n


def read_missing(o):
    return o.other


class Base(object):
    def get(self):
        return "base"


class Derived(Base):
    pass


def call_get(o):
    return o.get()


def dict_use(c):
    out = []
    c.n = 1
    c.n += 1
    d = c.__dict__
    out.append(sorted(d.items()))
    d["n"] = 100
    c.n += 1
    out.append(c.n)
    out.append(d["n"])
    c.__dict__ = {"n": 7}
    c.n += 1
    out.append(c.n)
    return out


def deleted(c):
    c.n = 1
    del c.n
    try:
        c.n += 1
    except AttributeError as e:
        return "AttributeError"
    return "no error"


def unbound():
    try:
        x.n += 1
    except UnboundLocalError:
        pass
    else:
        return "no error"
    x = Counter()
    return "UnboundLocalError"


def rebinding_receiver():
    out = []
    a = Counter()
    b = Counter()
    b.n = 100
    for o in [a, b, a, b]:
        o.n += 1
        out.append(o.bump(1))
    return out


def gen(c):
    c.n = 0
    while True:
        c.n += (yield c.pair((yield "first"), c.n))


def generator_receiver():
    c = Counter()
    g = gen(c)
    out = [next(g), g.send("x"), g.send(5), g.send(None)]
    g.close()
    return out


c = Counter()
print(hammer(c, 1000), c.n)
print(overflow_add(Counter()))
print(overflow_sub(Counter()))
print(mixed_kinds(Counter()))
print(methods(Counter()))
print(shadowing(Counter()))

h = Hooked()
print(touch(h), read_n(h), read_missing(h))

lg = Logged()
print(touch(lg), touch(lg), lg.log)

p = WithProperty()
print(touch(p), touch(p), p._n)

d = Derived()
print(call_get(d), call_get(d))
Derived.get = lambda self: "derived"
print(call_get(d))
Base.get = lambda self: "new base"
print(call_get(Base()), call_get(d))
del Derived.get
print(call_get(d))

# A class attribute becoming a data descriptor after sites have cached slots.
class Late(object):
    def __init__(self):
        self.n = 1

late = Late()
print(touch(late), touch(late), read_n(late))
Late.n = property(lambda self: 42, lambda self, v: None)
print(touch(late), read_n(late))
del Late.n
print(touch(late), read_n(late))
Late.__getattr__ = lambda self, name: 0
print(read_missing(late))

print(dict_use(Counter()))
print(deleted(Counter()))
print(unbound())
print(rebinding_receiver())
print(generator_receiver())


# One site seeing many classes and layouts (past what it remembers).
def make(i):
    cls = type("K%d" % i, (object,), {"get": lambda self, i=i: i})
    o = cls()
    if i % 2:
        o.pad = i
    o.n = i
    return o


objs = [make(i) for i in range(24)]
for round_ in range(3):
    print([touch(o) for o in objs])
    print([call_get(o) for o in objs])
