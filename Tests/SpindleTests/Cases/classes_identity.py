# repr, equality, hashing and identity defaults of instances and methods.
class Plain(object):
    def method(self):
        return 1

class Nested(object):
    class Inner(object):
        pass

p = Plain()
q = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"), str(p) == r)
print(repr(Nested.Inner()).startswith("<__main__.Nested.Inner object at 0x"))
print(repr(Plain), repr(Nested.Inner), repr(int), repr(type), repr(object))
print(Nested.Inner.__qualname__, Nested.Inner.__name__)
m = repr(p.method)
print(m.startswith("<bound method Plain.method of <__main__.Plain object at 0x"), m.endswith(">>"))
print(repr([].append).startswith("<built-in method append of list object at 0x"))
print(p == p, p == q, p != q, p != p)
print(hash(p) == hash(p), hash(p) == hash(q), id(p) == id(p), id(p) == id(q))
print(len({p, q, p}), {p: 1}[p])
print(p.method == p.method, p.method == q.method, hash(p.method) == hash(p.method))
print(format(p) == str(p))
try:
    format(p, "x")
except TypeError as e:
    print("TypeError:", e)


class Value(object):
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Value) and self.v == other.v

print(Value(1) == Value(1), Value(1) != Value(1), Value(1) != Value(2), Value.__hash__)
try:
    hash(Value(1))
except TypeError as e:
    print("TypeError:", e)


class Hashed(Value):
    def __hash__(self):
        return hash(self.v)

print(hash(Hashed(5)) == hash(5), len({Hashed(1), Hashed(1), Hashed(2)}))


class Described(object):
    """A documented class."""

    def __repr__(self):
        return "Described()"

    def __str__(self):
        return "described"

print(Described.__doc__, repr(Described()), str(Described()), "%s %r" % (Described(), Described()))
print([Described()], (Described(),))


class OnlyRepr(object):
    def __repr__(self):
        return "R"

print(str(OnlyRepr()), OnlyRepr())
print(object.__repr__(OnlyRepr()).startswith("<__main__.OnlyRepr object at"))
print(type(object()).__name__, isinstance(object(), object))
