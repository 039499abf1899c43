# Python 3: except with tuples, as-binding, bare except and re-raise
def trial(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ZeroDivisionError:
        return "zero"
    except Exception as e:
        return "other " + type(e).__name__
for exc in (KeyError("a"), IndexError(), ZeroDivisionError(), ValueError()):
    print(trial(exc))
try:
    try:
        1 / 0
    except:
        print("bare except")
        raise
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    raise ValueError("gone")
except ValueError as e:
    pass
try:
    e
except NameError:
    print("as-name unbound after handler")
try:
    raise LookupError
except LookupError as e:
    print(type(e).__name__, e.args)
errs = (TypeError, ValueError)
try:
    int("x")
except errs as e:
    print("tuple variable:", e)
try:
    raise KeyError("k") from None
except KeyError as e:
    print(e.__suppress_context__, e.__cause__)
