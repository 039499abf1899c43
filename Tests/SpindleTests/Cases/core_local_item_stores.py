# Item stores into a container held in a local (`d[k] = v`, `a[i] = x`)
# with a constant or local key: the exact-container fast path must give
# the same results and errors as the general one, in Python's order.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, other):
        print("eq", self.n, getattr(other, "n", other))
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return "Key(%d)" % self.n


class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("LoggingDict.__setitem__", key, value)
        dict.__setitem__(self, key, value * 2)


class LoggingList(list):
    def __setitem__(self, index, value):
        print("LoggingList.__setitem__", index, value)
        list.__setitem__(self, index, value + 100)


def store(container, key, value):
    container[key] = value
    container[0] = "zero"
    return container


print(store({}, 1, "one"))
print(store({1: "a"}, 1.0, "float key"))
print(store({1: "a"}, True, "bool key"))
print(store({0.0: "a"}, -0.0, "negzero"))
print(store({(1, 2): "a"}, (1, 2), "tuple key"))
print(store([1, 2, 3], -1, "last"))
print(store(LoggingDict(), "k", 21))
attempt("list index", lambda: store([1], 5, "x"))
attempt("list str index", lambda: store([1], "a", "x"))
attempt("unhashable", lambda: store({}, [1], "x"))
attempt("tuple", lambda: store((1, 2), 0, "x"))
d = {Key(1): "first"}
print(store(d, Key(1), "replaced"))
print(store(d, Key(2), "added"))


def subclass_list():
    lst = LoggingList([1, 2, 3])
    i = 1
    lst[i] = 5
    lst[0] = 7
    return lst


print(subclass_list())


def unbound_key():
    d = {}
    d[k] = 1
    k = 2


def unbound_container():
    d[1] = 1
    d = {}


attempt("unbound key", unbound_key)
attempt("unbound container", unbound_container)


def counts(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return sorted(c.items())


print(counts("a b a c b a".split()))


def smear(data):
    for i in range(1, len(data)):
        data[i] = data[i] + data[i - 1]
    return data


print(smear([1, 2, 3, 4]))
