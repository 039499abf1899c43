# Python 3: sys.exc_info() inside and after except, finally on return/break, else clauses
import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(v) is t)
print(sys.exc_info())
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(h())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("loop finally", i)
def order():
    out = []
    try:
        out.append("try")
    except Exception:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(order())
try:
    try:
        raise TypeError("first")
    finally:
        print("cleanup")
except TypeError as e:
    print("outer got", e)
try:
    raise RuntimeError("r")
except RuntimeError as e:
    pass
try:
    e
except NameError as err:
    print("NameError:", err)
