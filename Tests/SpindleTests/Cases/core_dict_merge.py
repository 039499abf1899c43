# Python 3: dict merge operators | and |= (new dict vs in-place update, iterables of pairs, subclasses)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 3}
t(lambda: a | b)
t(lambda: b | a)
t(lambda: a)
t(lambda: a | {})
t(lambda: a | [("q", 1)])
t(lambda: a | None)
c = dict(a)
c |= b; print(c)
c |= [("w", 0)]; print(c)
try:
    c |= 5
except TypeError as e:
    print("TypeError", e)
class D(dict): pass
t(lambda: type(D(a=1) | {"b": 2}).__name__)
e = D(a=1); e |= {"b": 2}; print(type(e).__name__, e)
t(lambda: a is (a | {}))
