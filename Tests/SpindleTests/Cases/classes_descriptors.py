# property, staticmethod, classmethod and user-defined descriptors.
class Temperature(object):
    def __init__(self):
        self._celsius = 0

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("too cold")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._celsius = None

    fahrenheit = property(lambda self: self._celsius * 9 // 5 + 32, doc="Degrees Fahrenheit.")

t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
print(Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
for action in ("set", "del"):
    try:
        if action == "set":
            t.fahrenheit = 1
        else:
            del t.fahrenheit
    except AttributeError as e:
        print("AttributeError:", e)

class Unreadable(object):
    p = property()
try:
    Unreadable().p
except AttributeError as e:
    print("AttributeError:", e)

# A property wins over an instance attribute of the same name.
t.__dict__["celsius"] = "shadow"
print(t.celsius)


class Tools(object):
    created = 0

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def make(cls, *args):
        cls.created += 1
        return cls(*args)

class MoreTools(Tools):
    def __init__(self, label="more"):
        self.label = label

print(Tools.add(1, 2), Tools().add(3, 4))
made = MoreTools.make("x")
print(type(made).__name__, made.label, MoreTools.created, Tools.created)
print(type(MoreTools().make()).__name__)
print(Tools.__dict__["add"].__func__(5, 6), type(Tools.__dict__["make"]).__name__)


class Typed(object):
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return getattr(instance, self.name, "unset")

    def __set__(self, instance, value):
        if not isinstance(value, int):
            raise TypeError("%s must be int" % self.name[1:])
        setattr(instance, self.name, value)

class Upper(object):
    def __get__(self, instance, owner):
        return "class" if instance is None else "instance"

class Record(object):
    size = Typed()
    tag = Upper()

r = Record()
print(r.size)
r.size = 3
print(r.size, r._size, type(Record.size).__name__)
try:
    r.size = "big"
except TypeError as e:
    print("TypeError:", e)
print(r.tag, Record.tag)
r.tag = "own"
print(r.tag)

# Functions are descriptors: reading one through the class gives the plain function.
class Plain(object):
    def method(self):
        return self

obj = Plain()
print(Plain.method(obj) is obj, obj.method() is obj)
print(Plain.__dict__["method"] is Plain.method)
print(obj.method == obj.method, obj.method is obj.method, obj.method.__self__ is obj)
print(obj.method.__func__ is Plain.method, obj.method.__name__)
