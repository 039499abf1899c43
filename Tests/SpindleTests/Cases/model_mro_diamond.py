# Python 3: C3 MRO for diamonds, cooperative super() chains, inconsistent MRO error
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who())
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
class K1(X, Y): pass
class K2(Y): pass
class M(K1, K2): pass
print([k.__name__ for k in M.mro()])
class Init:
    def __init__(self):
        self.trace = ["Init"]
class L(Init):
    def __init__(self):
        super().__init__(); self.trace.append("L")
class R(Init):
    def __init__(self):
        super().__init__(); self.trace.append("R")
class LR(L, R):
    def __init__(self):
        super().__init__(); self.trace.append("LR")
print(LR().trace)
