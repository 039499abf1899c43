# Method calls on exact built-in receivers (list, dict, str, tuple) go
# straight to the native method; subclasses, instances and unusual
# arguments must still behave as in CPython, also when one call site sees
# several kinds of receiver.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


class LoudList(list):
    def append(self, x):
        print("LoudList.append", x)
        list.append(self, x * 10)

    def pop(self, *args):
        print("LoudList.pop", args)
        return "popped"


class CountingDict(dict):
    def get(self, key, default=None):
        print("CountingDict.get", key)
        return dict.get(self, key, default)


class Appender:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(("Appender", x))

    def get(self, key, default=None):
        return "Appender.get %r %r" % (key, default)


def add_all(target, values):
    # One call site, several receiver kinds.
    for v in values:
        target.append(v)
    return target


print(add_all([], [1, 2]))
print(add_all(LoudList(), [3, 4]))
print(add_all(Appender(), [5]).items)
print(add_all([0], ["a"]))


def lookup(mapping, key):
    return mapping.get(key), mapping.get(key, "fallback")


print(lookup({1: "one"}, 1))
print(lookup({1: "one"}, 2))
print(lookup(CountingDict({1: "one"}), 1))
print(lookup(Appender(), 1))
print(lookup({1: "one"}, 1.0))
print(lookup({1: "one"}, True))
print(lookup({True: "t"}, 1))
print(lookup({0.0: "zero"}, 0))
print(lookup({-0.0: "negzero"}, 0))
nan = float("nan")
print(lookup({nan: "nan"}, nan))
# (A NaN made separately is a different key in CPython; Spindle keeps floats
# unboxed and cannot tell two NaNs apart, so that case is not checked.)
print(lookup({(1, 2): "pair"}, (1, 2)))
print(lookup({(1, 2): "pair"}, (1.0, 2)))
print(lookup({"ab": 1}, "a" + "b"))
attempt("get unhashable", lambda: {}.get([1]))
attempt("get unhashable default", lambda: {}.get({}, 0))
attempt("get no args", lambda: {}.get())
attempt("get three args", lambda: {}.get(1, 2, 3))


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return self.n % 3

    def __eq__(self, other):
        print("eq", self.n, getattr(other, "n", other))
        return isinstance(other, Key) and self.n == other.n


d = {Key(1): "k1", Key(4): "k4"}
print(d.get(Key(4)), d.get(Key(7), "none"), d.get(1, "int"))


def pops(seq):
    return seq.pop(), seq.pop(0)


print(pops([1, 2, 3]))
print(pops(LoudList([1, 2, 3])))
attempt("pop empty", lambda: pops([]))
attempt("pop one", lambda: pops([9]))
q = [1, 2, 3, 4]
print(q.pop(True), q.pop(-1), q)
attempt("pop two args", lambda: [1, 2].pop(0, 1))


def inserts(seq):
    seq.insert(0, "first")
    seq.insert(-1, "before last")
    seq.insert(99, "end")
    seq.insert(False, "bool index")
    return seq


print(inserts([1, 2]))
attempt("insert str index", lambda: inserts(["x"]) and [].insert("0", 1))
attempt("insert one arg", lambda: [].insert(0))
attempt("set list.append", lambda: setattr(list, "append", None))
attempt("set dict.get", lambda: setattr(dict, "get", None))

# Other methods at a site that also sees str and tuple receivers.
def count_of(seq, x):
    return seq.count(x)


print(count_of([1, 2, 1], 1), count_of((1, 1, 1), 1), count_of("banana", "a"))
print(count_of(LoudList([5, 5]), 5))


def index_of(seq, x):
    return seq.index(x)


print(index_of([3, 4], 4), index_of((3, 4), 3), index_of("abc", "c"))
attempt("tuple index missing", lambda: index_of((1,), 2))
attempt("str has no append", lambda: "abc".append("d"))
attempt("tuple has no append", lambda: (1,).append(2))
print("-".join(["a", "b"]), "a,b".split(","), {1: 2}.items(), [3, 1, 2].sort())

# Bound methods taken from exact receivers still work.
m = [1].append
m(2)
g = {"a": 1}.get
print(g("a"), g("b", 0))
