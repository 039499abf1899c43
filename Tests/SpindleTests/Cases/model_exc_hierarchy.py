# Python 3: exception hierarchy catches, user subclasses, e.args, str(e), repr(e)
def catch(fn):
    try:
        fn()
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__, e)
    except LookupError as e:
        print("LookupError caught", type(e).__name__, e)
    except Exception as e:
        print("Exception caught", type(e).__name__, e)
catch(lambda: 1 / 0)
catch(lambda: {}["k"])
catch(lambda: [][3])
catch(lambda: int("x"))
catch(lambda: 10 ** 10000 * 1.0)
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "db error %d" % self.code
try:
    raise DbError(7, "boom")
except AppError as e:
    print(type(e).__name__, e.args, str(e), e.code, isinstance(e, Exception))
e0 = ValueError()
e1 = ValueError("one")
e2 = ValueError("one", 2)
print(e0.args, repr(str(e0)), e1.args, str(e1), e2.args, str(e2))
print(repr(e1), repr(e2), repr(KeyError("k")), str(KeyError("k")))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(AppError, BaseException), issubclass(KeyboardInterrupt, Exception))
print([c.__name__ for c in DbError.__mro__])
try:
    try:
        raise AppError("inner")
    except (TypeError, AppError) as e:
        print("tuple catch", e)
        raise
except AppError as e:
    print("re-raised", e)
