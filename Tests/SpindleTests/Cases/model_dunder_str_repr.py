# Python 3: __str__ and __repr__ in print, str(), repr(), containers, format
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % (self.x,)
class Q(P):
    def __str__(self):
        return "Q with " + str(self.x)
p = P("a"); q = Q(3)
print(p)
print(str(p), repr(p))
print(q, repr(q))
print([p, q])
print({"k": q})
print((q,))
print("%s %r" % (q, q))
print("{} {!r}".format(q, q))
print(f"{q} {q!r}")
class Bad:
    def __str__(self):
        return 5
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
