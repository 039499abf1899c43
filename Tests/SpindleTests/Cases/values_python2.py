# Python 2 spellings the value layer supports (runs under CPython 2.7).
print "cmp:", cmp(1, 2), cmp("b", "a"), cmp(3, 3), cmp([1, 2], [1, 3])
class Version(object):
    def __init__(self, n):
        self.n = n
    def __cmp__(self, other):
        return cmp(self.n, other.n)
    def __repr__(self):
        return "V%d" % self.n
vs = [Version(3), Version(1), Version(2)]
print sorted(vs), Version(1) < Version(2), Version(2) == Version(2), max(vs)
print sorted([3, 1, 2], cmp=lambda a, b: cmp(b, a)), sorted(["bb", "a", "ccc"], cmp=lambda a, b: len(a) - len(b))
l = [5, 2, 8]
l.sort(cmp=lambda a, b: a - b)
print l
d = {"a": 1}
print d.has_key("a"), d.has_key("b"), sorted(d.iteritems()), sorted(d.iterkeys()), sorted(d.itervalues())
print [x * 2 for x in xrange(4)], unichr(65), "%s-%d" % ("x", 3), "%5.2f" % 3.14159
class Truthy(object):
    def __nonzero__(self):
        return False
print bool(Truthy()), not Truthy()
class Counter(object):
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def next(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print list(Counter()), sum(Counter())
