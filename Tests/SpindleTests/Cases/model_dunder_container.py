# Python 3: __len__ __bool__ __getitem__ __setitem__ __delitem__ __contains__ __iter__ __next__
class Bag:
    def __init__(self):
        self.d = {}
    def __len__(self):
        return len(self.d)
    def __getitem__(self, k):
        if k not in self.d:
            raise KeyError(k)
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
b = Bag()
print(len(b), bool(b))
b["x"] = 1; b["a"] = 2
print(len(b), bool(b), b["x"], "a" in b, "z" in b, "z" not in b)
del b["x"]
print(list(b))
try:
    b["nope"]
except KeyError as e:
    print("KeyError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
class Falsy:
    def __bool__(self):
        return False
print(bool(Falsy()), "yes" if Falsy() else "no", not Falsy())
class LenZero:
    def __len__(self):
        return 0
print(bool(LenZero()))
print(list(b) == ["a"], sum(Seq()))
