# The attribute protocol: lookup order, hooks, special attributes, errors.
class Point(object):
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, p.kind, Point.kind)
p.kind = "mine"
print(p.kind, Point.kind)
del p.kind
print(p.kind)
print(sorted(vars(p).items()))
print(p.__dict__ is p.__dict__, p.__dict__ == {'x': 1, 'y': 2})
p.__dict__['z'] = 3
print(p.z)
del p.__dict__['z']
print(hasattr(p, 'z'))
print(getattr(p, 'x'), getattr(p, 'nope', 'default'), hasattr(p, 'y'), hasattr(p, 'nope'))
setattr(p, 'w', 10)
print(p.w)
delattr(p, 'w')
print(hasattr(p, 'w'))
print(type(p).__name__, p.__class__ is Point, Point.__class__ is type, type(Point) is type)
print(Point.__module__, p.__module__, Point.__qualname__, Point.__doc__)

def attempt(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: p.missing)
attempt(lambda: Point.missing)
import sys
attempt(lambda: sys.missing)
attempt(lambda: getattr(p, 1))
attempt(lambda: setattr(p, 1, 2))
attempt(lambda: hasattr(p, 1))
attempt(lambda: delattr(p, 'missing'))
attempt(lambda: object().__dict__)
attempt(lambda: vars(1))
attempt(lambda: getattr(p))

def set_on_object():
    object().x = 1
attempt(set_on_object)

def set_on_int():
    (5).x = 1
attempt(set_on_int)

def set_builtin_type():
    int.x = 1
attempt(set_builtin_type)

def set_method_on_list():
    [].append = 1
attempt(set_method_on_list)


class Lazy(object):
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("computed_"):
            return name[len("computed_"):]
        raise AttributeError(name)

lazy = Lazy()
print(lazy.real, lazy.computed_value, hasattr(lazy, "other"), getattr(lazy, "other", None))
attempt(lambda: lazy.other)


class Logged(object):
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)

logged = Logged()
logged.a = 1
logged.b = 2
del logged.a
print(logged.log, logged.b, hasattr(logged, "a"))


class Shouty(object):
    def __init__(self):
        self.word = "hi"

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        value = object.__getattribute__(self, name)
        if isinstance(value, str):
            return value.upper()
        return value

    def __getattr__(self, name):
        return "fallback " + name

s = Shouty()
print(s.word, s.secret, s.other)


class Counter(object):
    count = 0

    def __init__(self):
        Counter.count += 1

for i in range(3):
    Counter()
print(Counter.count)

print([n for n in dir(Point) if not n.startswith('__')], 'x' in dir(p), '__init__' in dir(p), dir(p) == sorted(dir(p)))
print([name for name in dir(Lazy()) if not name.startswith('__')])
