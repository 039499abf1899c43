# Assorted class features: __init_subclass__, super in class methods and
# properties, exception multiple inheritance, metaclass= (accepted), records
# built on __getattr__/__setattr__, functions added to classes at run time.
class Base(object):
    registry = []
    def __init_subclass__(cls, **kw):
        Base.registry.append(cls.__name__)
    @classmethod
    def create(cls):
        return super(Base, cls).__new__(cls)
    @property
    def name(self):
        return type(self).__name__.lower()

class Child(Base):
    @property
    def name(self):
        return "child:" + super().name

class E(ValueError, KeyError):
    pass

print(Base.registry, Child.create().name, Child().name)
print(E.__mro__[1].__name__, isinstance(E(), LookupError), str(E("x")))
class Meta(type):
    pass
try:
    class WithMeta(object, metaclass=Meta):
        x = 1
    print(WithMeta.x, isinstance(WithMeta, type))
except Exception as e:
    print("err", e)
class Slotted(object):
    __slots__ = ("a",)
s = Slotted(); s.a = 1; print(s.a)
class Rec(object):
    def __init__(self):
        self.__dict__["data"] = {}
    def __getattr__(self, n):
        try:
            return self.__dict__["data"][n]
        except KeyError:
            raise AttributeError(n)
    def __setattr__(self, n, v):
        self.__dict__["data"][n] = v
r = Rec(); r.x = 5; print(r.x, hasattr(r, "y"), vars(r))
print(A if False else None, int in (int, str), {Child: 1}[Child], Child == Child, Child != Base)
print(callable(type), issubclass(bool, int), isinstance(Child, type), isinstance(1, object))
class K(object):
    def m(self): return 1
print(K.m(None), K().m.__func__ is K.m, K.__dict__['m'].__name__)
def helper(self): return "helper"
K.h = helper
print(K().h(), hasattr(K(), "h"))
del K.h
print(hasattr(K(), "h"))
class P2:
    def __nonzero__(self): return False
    def __len__(self): return 0
print(bool(P2()))
e = E("q")
print(e.args, repr(e))
try:
    raise Child
except Exception as ex:
    print("raised class", type(ex).__name__)
