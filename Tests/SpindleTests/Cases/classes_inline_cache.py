# Attribute sites remember what they found; every change below must be seen.

class C(object):
    kind = "class"

    def __init__(self, x):
        self.x = x

    def m(self):
        return "m1"


def read_x(o):
    return o.x


def read_kind(o):
    return o.kind


def call_m(o):
    return o.m()


def bump(o):
    o.x += 1
    return o.x


c = C(1)
print([read_x(c) for _ in range(3)], [call_m(c) for _ in range(3)], read_kind(c))

# Rebinding a method on the class.
C.m = lambda self: "m2"
print(call_m(c), read_kind(c))

# An instance attribute shadowing the method and the class attribute.
c.m = lambda: "own"
c.kind = "instance"
print(call_m(c), read_kind(c), call_m(C(5)), read_kind(C(5)))
del c.m
del c.kind
print(call_m(c), read_kind(c))

# A class attribute rebound through a base class.
class D(C):
    pass


d = D(10)
print(read_kind(d), call_m(d), bump(d), bump(d))
C.kind = "rebound"
C.m = lambda self: "m3"
print(read_kind(d), call_m(d), read_kind(c))

# __getattr__ added after the site cached a slot read.
e = C(7)
print(read_x(e))
del e.x
C.__getattr__ = lambda self, name: "fallback " + name
print(read_x(e), read_x(C(8)))
del C.__getattr__
try:
    read_x(e)
except AttributeError as err:
    print("AttributeError", err)

# __getattribute__ added later overrides everything.
f = C(3)
print(read_x(f), bump(f))
C.__getattribute__ = lambda self, name: "intercepted " + name
print(read_x(f), call_m if False else read_kind(f))
del C.__getattribute__
print(read_x(f), read_kind(f))

# __setattr__ added later.
log = []


def setter(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 100)


g = C(1)
print(bump(g), bump(g))
C.__setattr__ = setter
print(bump(g), log)
del C.__setattr__
print(bump(g))

# A property added later wins over the instance attribute.
h = C(4)
print(read_x(h))
C.x = property(lambda self: "property", lambda self, v: log.append(("set", v)))
print(read_x(h))
try:
    print(bump(h))
except TypeError as err:
    print("TypeError", err)
print(log[-1:])
del C.x
print(read_x(h), bump(h))

# A data descriptor class.
class Desc(object):
    def __get__(self, obj, owner):
        return "desc"

    def __set__(self, obj, value):
        log.append(("desc", value))


class E(object):
    def __init__(self):
        self.x = 1


k = E()
print(read_x(k))
E.x = Desc()
print(read_x(k))
k.x = 99
print(read_x(k), log[-1])

# The instance dictionary.
m = C(20)
print(read_x(m), bump(m))
m.__dict__["x"] = 50
print(read_x(m), bump(m), m.__dict__)
m.__dict__ = {"x": -1}
print(read_x(m), bump(m), call_m(m))


# static and class methods through instances.
class S(object):
    @staticmethod
    def m():
        return "static"

    @classmethod
    def kind(cls):
        return "classmethod of " + cls.__name__


class T(S):
    pass


for o in [S(), T(), S(), T()]:
    print(call_m(o), o.kind(), read_kind(o)())


# A polymorphic site: many classes and attribute orders.
def make(i):
    ns = {"tag": i}
    cls = type("K%d" % i, (object,), ns)
    o = cls()
    if i % 2:
        o.a = 1
        o.x = i
    else:
        o.x = i
        o.a = 2
    return o


objs = [make(i) for i in range(9)]
print([read_x(o) for o in objs * 3])
print([bump(o) for o in objs])
print([o.tag for o in objs])

# More attributes than a shared layout holds.
big = C(0)
for i in range(60):
    setattr(big, "a%d" % i, i)
print(read_x(big), bump(big), big.a59)

# Subclasses that died are not listed.
class Base(object):
    pass


def temporary():
    class Temp(Base):
        def get(self):
            return self.v

    t = Temp()
    t.v = 3
    return t.get()


print([temporary() for _ in range(5)])
print(Base.__subclasses__())


class Keep(Base):
    pass


print(Base.__subclasses__())
