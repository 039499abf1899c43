# Python 3: del of names, items, slices and attributes
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = list(range(8))
del lst[0]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class C: pass
c = C(); c.attr = 1; c.other = 2
del c.attr
print(hasattr(c, "attr"), c.other)
try:
    del c.attr
except AttributeError as e:
    print("AttributeError")
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
