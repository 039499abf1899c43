# Python 3: definitions, defaults, *args/**kwargs, keyword-only, decorators, attributes.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 4, "z": 5}))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
def doc():
    "the docstring"
    return doc.__doc__
print(doc(), doc.__name__, f.__defaults__, defaults.__module__)
doc.attr = 42
print(doc.attr)
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return "%s(%s)" % (tag, fn(*a, **k))
        return inner
    return wrap
@deco("outer")
@deco("inner")
def value(x):
    return x * 2
print(value(21))
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20), recursive(25))
def no_return():
    pass
print(no_return())
def early(x):
    for i in range(10):
        if i == x:
            return i * 100
    return -1
print(early(3), early(20))
def kwonly(*, key):
    return key
print(kwonly(key="k"))
def varpos(*args):
    return len(args)
print(varpos(), varpos(*range(7)))
print(type(f).__name__, callable(f))
