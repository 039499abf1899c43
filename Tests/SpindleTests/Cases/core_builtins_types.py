# Python 3: type, isinstance, issubclass, callable, id and hash comparisons, repr/str constructors
class A: pass
class B(A): pass
b = B()
print(type(1).__name__, type("s").__name__, type([]) is list, type(b) is B, type(b).__name__, type(None).__name__)
print(isinstance(b, A), isinstance(1, (str, int)), isinstance(True, int), isinstance(1, bool), isinstance("x", str))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(B, (int, A)), issubclass(A, object))
print(callable(len), callable(A), callable(b), callable(lambda: 0), callable(3))
x = [1]; y = x
print(id(x) == id(y), id(x) == id([1]), hash(1) == hash(1.0), hash("ab") == hash("a" + "b"))
print(str(1.0), repr("a"), str(None), list("ab"), tuple(range(2)), dict([(1, 2)]), set(), list(), dict(), str(), int(), float())
print(type(type), type(int), type("x") == str, type(3)(4.7))
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError", e)
