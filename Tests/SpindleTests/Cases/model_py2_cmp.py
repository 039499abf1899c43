# Python 2: __cmp__ and cmp() order objects in sorted, cmp= argument, __nonzero__ and next()
class Card(object):
    def __init__(self, rank):
        self.rank = rank
    def __cmp__(self, other):
        return cmp(self.rank, other.rank)
    def __repr__(self):
        return "Card(%d)" % self.rank
cards = [Card(5), Card(2), Card(9)]
print sorted(cards)
print max(cards), min(cards)
print Card(1) < Card(2), Card(3) == Card(3), Card(3) > Card(4)
print cmp(1, 2), cmp(2, 2), cmp("b", "a")
print sorted([3, 1, 2], cmp=lambda a, b: cmp(b, a))
print sorted(["bb", "a", "ccc"], cmp=lambda a, b: cmp(len(a), len(b)))
class Empty(object):
    def __nonzero__(self):
        return False
print bool(Empty()), "t" if Empty() else "f"
class It(object):
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def next(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print list(It())
it = It()
print it.next(), next(it)
