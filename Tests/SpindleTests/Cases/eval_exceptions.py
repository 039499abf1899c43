# Python 3: try/except/else/finally, matching, chaining, bare raise, with.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("division by zero")
        return None
    except (TypeError, ValueError) as err:
        print("bad operand:", type(err).__name__)
        return None
    else:
        print("no error")
        return result
    finally:
        print("finally runs")
print(divide(1, 2))
print(divide(1, 0))
print(divide(1, "x"))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def loop_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_finally())
try:
    try:
        raise KeyError("k")
    except KeyError as err:
        raise ValueError("converted") from err
except ValueError as err:
    print(repr(err), repr(err.__cause__), err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]
except KeyError as err:
    print(repr(err), type(err.__context__).__name__)
try:
    try:
        raise IndexError("original")
    except IndexError:
        raise
except IndexError as err:
    print("re-raised", err)
try:
    raise ValueError
except ValueError as err:
    print("class raised:", repr(err))
class MyError(Exception):
    pass
try:
    raise MyError("custom", 2)
except Exception as err:
    print(type(err).__name__, err.args)
try:
    raise RuntimeError("no cause") from None
except RuntimeError as err:
    print(err.__cause__, err.__suppress_context__)
class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name * 2
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.swallow
with Manager("a") as value:
    print("body", value)
with Manager("b", swallow=True):
    raise ValueError("swallowed")
try:
    with Manager("c"), Manager("d"):
        raise KeyError("propagates")
except KeyError as err:
    print("outside", repr(err))
def in_handler():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    in_handler()
except ValueError as err:
    print("still first:", err)
try:
    raise 42
except TypeError as err:
    print("TypeError:", err)
e = None
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
