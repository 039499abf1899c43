# Python 3: exception chaining (__cause__, __context__, from None) and uncaught chained traceback
def show(e):
    print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("implicit")
except TypeError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)
def fail():
    try:
        int("zz")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
fail()
