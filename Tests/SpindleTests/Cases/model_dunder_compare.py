# Python 3: __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __hash__, sorting, reflected comparisons
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return "V%d" % self.n
a, b = V(1), V(2)
print(a == V(1), a != V(1), a != b)
print(a < b, a <= b, b > a, b >= a, a > b)
print(sorted([V(3), V(1), V(2)]))
print(max([V(3), V(5), V(2)]), min(V(4), V(0)))
print(len({V(1), V(1), V(2)}))
print({V(1): "one"}[V(1)])
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, NoHash.__hash__)
class Plain:
    pass
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
x = Plain()
print(x == x, x != x, x == Plain())
