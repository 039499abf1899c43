# Exception objects: args, str/repr, fields, user subclasses, chaining.
def show(e):
    print(type(e).__name__, repr(str(e)), repr(e), e.args)

show(ValueError())
show(ValueError("bad value"))
show(ValueError(1, "two"))
show(KeyError("key"))
show(KeyError())
show(KeyError(1, 2))
show(IndexError(""))

e = SystemExit()
print(e.code, SystemExit(3).code, SystemExit(3, 4).code, SystemExit("bye").code)
print(StopIteration().value, StopIteration(5, 6).value)
err = OSError(2, "No such file or directory", "missing.txt")
print(type(err).__name__, err.errno, err.strerror, err.filename, str(err), err.args)
print(str(OSError(13, "Permission denied")), type(OSError(13, "x")).__name__)
print(str(OSError("plain")), OSError("plain").errno)
print(isinstance(err, OSError), isinstance(err, IOError), IOError is OSError)
imp = ImportError("cannot import", name="mod")
print(imp.name, imp.path, str(imp))

class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, what):
        self.what = what

    def __str__(self):
        return "not found: " + self.what

class WithSuper(AppError):
    def __init__(self, code, message):
        super(WithSuper, self).__init__(message)
        self.code = code

for error in (AppError("plain"), NotFound("file"), WithSuper(404, "missing")):
    print(type(error).__name__, str(error), repr(error), error.args, isinstance(error, Exception))

try:
    raise NotFound("page")
except AppError as caught:
    print("caught", caught, caught.what)

try:
    raise WithSuper(500, "boom")
except Exception as caught:
    print("caught", caught.code, caught)

e = ValueError("x")
e.extra = 1
print(e.extra, e.__dict__)
e.args = ("y", 2)
print(e.args, str(e))
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as t:
    print("TypeError:", t)
print(e.with_traceback(None) is e)

try:
    try:
        {}["a"]
    except KeyError as first:
        raise ValueError("second")
except ValueError as second:
    print(repr(second.__context__), second.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError as first:
        raise RuntimeError("wrapped") from first
except RuntimeError as wrapped:
    print(type(wrapped.__cause__).__name__, wrapped.__suppress_context__)

try:
    ValueError(x=1)
except TypeError as t:
    print("TypeError:", t)

print(issubclass(NotFound, Exception), issubclass(KeyError, LookupError), Exception.__mro__[1:] == (BaseException, object))
