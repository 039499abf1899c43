# Python 3: argument binding errors, worded as CPython 3.9.
def two(a, b):
    return a + b
def opt(a, b=1):
    return a
def kw(a, *, key):
    return key
nothing = None
def many(a, b, c):
    return a
attempts = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, c=2),
    lambda: two(1, a=2),
    lambda: opt(),
    lambda: opt(1, 2, 3),
    lambda: kw(1),
    lambda: kw(1, 2),
    lambda: many(),
    lambda: many(1),
    lambda: two(*5),
    lambda: two(**{"a": 1}, **{"a": 2}),
    lambda: (lambda: 0)(1),
    lambda: nothing(),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as err:
        print("TypeError:", err)
