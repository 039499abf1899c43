import functools
import operator


def add3(a, b, c=3):
    return a + b + c


p = functools.partial(add3, 1, c=5)
print(p(2), p(2, c=0), p.args, p.keywords, p.func is add3)
print(functools.partial(p, 10)())
print(repr(functools.partial(max, 1))[:27])
for bad in [lambda: functools.partial(), lambda: functools.partial(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [1, 2, 3], 10))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def greet(name):
    """Say hello."""
    return "hello " + name


print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)

calls = []


@functools.lru_cache(maxsize=2)
def double(x):
    calls.append(x)
    return x * 2


print(double(1), double(1), double(2), double(3), double(1))
print(calls, double.cache_info())
double.cache_clear()
print(double.cache_info())


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits, fib.__name__)


@functools.lru_cache(maxsize=None)
def square(x):
    return x * x


print([square(i % 3) for i in range(6)], square.cache_info())


class Counter:
    def __init__(self):
        self.count = 0

    @functools.lru_cache()
    def value(self, n):
        self.count += 1
        return n * 10


c = Counter()
print(c.value(1), c.value(1), c.count)


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), a >= Version(1))


@functools.total_ordering
class Reverse:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


x, y = Reverse(1), Reverse(2)
print(x < y, x <= y, x > y, y > x, x <= Reverse(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
