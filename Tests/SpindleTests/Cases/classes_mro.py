# Method resolution order: C3 linearisation, diamonds, conflicts.
class A(object):
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B" + super(B, self).who()

class C(A):
    def who(self):
        return "C" + super().who()

class D(B, C):
    def who(self):
        return "D" + super().who()

print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D().who())
print(D.__bases__ == (B, C), A.__bases__ == (object,), object.__bases__ == ())
print(D.__base__ is B, object.__base__)

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass

try:
    class Z(P, Q):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class W(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class V(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class U(bool):
        pass
except TypeError as e:
    print("TypeError:", e)

# Old-style spelling is new-style too.
class Old:
    pass
print(Old.__mro__ == (Old, object), isinstance(Old(), object))

# Method found in the second base when the first lacks it.
class Left(object):
    pass
class Right(object):
    def greet(self):
        return "right"
class Both(Left, Right):
    pass
print(Both().greet())
print(issubclass(Both, Right), issubclass(Both, (int, Left)), issubclass(Right, Left))
