# Python 3: CPython TypeError messages for bad calls
def f(a, b, c=1):
    pass
def kwo(a, *, b):
    pass
def noargs():
    pass
def attempt(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print("TypeError:", e)
attempt(f)
attempt(f, 1)
attempt(f, 1, 2, 3, 4)
attempt(f, 1, 2, d=4)
attempt(f, 1, 2, a=4)
attempt(kwo, 1)
attempt(kwo, 1, 2)
attempt(noargs, 1)
attempt(noargs, x=1)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
