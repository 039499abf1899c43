# Python 3: class X: vs class X(object):, class vs instance attributes, bound/unbound methods
class A:
    shared = []
    n = 0
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class B(object):
    pass
print(A.__bases__ == B.__bases__, B.__bases__[0].__name__)
a1 = A(1); a2 = A(2)
a1.shared.append("x")
print(a2.shared, A.shared)
a1.n = 5
print(a1.n, a2.n, A.n)
A.n = 7
print(a1.n, a2.n)
del a1.n
print(a1.n)
m = a1.get
print(m(), m.__self__ is a1, m.__func__ is A.get)
print(A.get(a2))
try:
    A.get()
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(a1)))
print(hasattr(A, "v"), hasattr(a1, "v"))
a1.get = lambda: "patched"
print(a1.get(), a2.get())
print(getattr(a2, "missing", "dflt"))
try:
    a2.missing
except AttributeError as e:
    print("AttributeError:", e)
