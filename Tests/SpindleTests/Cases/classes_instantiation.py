# Making instances: __new__, __init__, and their errors; type() forms.
def attempt(action):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Empty(object):
    pass

class Bad(object):
    def __init__(self):
        return 1

class NeedsOne(object):
    def __init__(self, x):
        self.x = x

class PassesArgs(object):
    def __init__(self, x):
        object.__init__(self, x)

class NewPassesArgs(object):
    def __new__(cls, x):
        return object.__new__(cls, x)

attempt(lambda: Empty(1))
attempt(lambda: Empty(k=1))
attempt(lambda: Bad())
attempt(lambda: NeedsOne())
attempt(lambda: NeedsOne(1, 2))
attempt(lambda: PassesArgs(1))
attempt(lambda: NewPassesArgs(1))
attempt(lambda: object(1))
attempt(lambda: object.__new__(1))
attempt(lambda: object.__new__(ValueError))
attempt(lambda: type())
attempt(lambda: type(1, 2))


class Singleton(object):
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super(Singleton, cls).__new__(cls)
            print("allocated", cls.__name__)
        return cls._instance

    def __init__(self, value):
        print("init", value)
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class Other(object):
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")

print(Other())


class Pair(object):
    def __new__(cls, a, b):
        self = object.__new__(cls)
        self.total = a + b
        return self

print(Pair(2, 3).total)

# type() with one and three arguments.
print(type(1) is int, type("s").__name__, type(Empty()) is Empty, type(type) is type)
Dynamic = type("Dynamic", (Empty,), {"x": 5, "double": lambda self: self.x * 2})
d = Dynamic()
print(Dynamic.__name__, Dynamic.__bases__ == (Empty,), d.x, d.double(), isinstance(d, Empty))
attempt(lambda: type("T", (), []))
attempt(lambda: type(1, (), {}))

# isinstance / issubclass with nested tuples.
print(isinstance(1, (str, (float, int))), isinstance(True, int), isinstance("x", (int, float)))
attempt(lambda: isinstance(1, 1))
attempt(lambda: isinstance(1, (int, 1)))
attempt(lambda: issubclass(1, int))
attempt(lambda: issubclass(int, "x"))
print(callable(Empty), callable(Empty()), callable(len), callable(d.double), callable(1))

class Adder(object):
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n

add3 = Adder(3)
print(callable(add3), add3(4))
attempt(lambda: Empty()())
