# Python 3: getattr, setattr, hasattr, delattr, vars and dir on instances
class Obj:
    cls_attr = "c"
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "b", "dflt"), getattr(o, "cls_attr"), hasattr(o, "a"), hasattr(o, "nope"))
setattr(o, "b", 2); print(o.b, vars(o))
delattr(o, "a"); print(hasattr(o, "a"), vars(o))
try:
    getattr(o, "zz")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(o, "zz")
except AttributeError as e:
    print("AttributeError", e)
print("cls_attr" in dir(o), "b" in dir(o), "__init__" in dir(Obj), "append" in dir([]))
print(getattr([], "append") is not None, getattr("abc", "upper")(), hasattr(5, "real"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
