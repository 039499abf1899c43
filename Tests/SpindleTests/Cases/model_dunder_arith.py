# Python 3: __add__ __radd__ __iadd__ __mul__ __neg__, NotImplemented falling back to reflected methods
class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, M):
            return M(self.v + o.v)
        if isinstance(o, int):
            return M(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return M(o + self.v) if isinstance(o, int) else NotImplemented
    def __mul__(self, o):
        return M(self.v * o) if isinstance(o, int) else NotImplemented
    def __neg__(self):
        return M(-self.v)
    def __repr__(self):
        return "M(%r)" % self.v
print(M(1) + M(2), M(1) + 3, 4 + M(1), M(3) * 2, -M(5))
print(sum([M(1), M(2), M(3)]))
m = M(1)
orig = m
m += 5
print(m, m is orig)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
a = Acc(); same = a
a += 1; a += 2
print(a.items, a is same)
try:
    M(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * M(2)
except TypeError as e:
    print("TypeError:", e)
class Left:
    def __add__(self, o):
        print("Left.__add__")
        return NotImplemented
class Right:
    def __radd__(self, o):
        print("Right.__radd__")
        return "right wins"
print(Left() + Right())
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived())
class EqNI:
    def __eq__(self, o):
        return NotImplemented
print(EqNI() == EqNI(), EqNI() == 1)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
