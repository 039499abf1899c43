# Python 3: @staticmethod, @classmethod (incl. subclass cls), @property with setter and deleter
class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, v):
        return cls(v)
class Sub(Temp):
    scale = "S"
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError")
del t.celsius
print(hasattr(t, "_c"))
print(Temp.add(2, 3), t.add(4, 5))
s = Sub.make(5)
print(type(s).__name__, s.celsius, s.scale)
print(type(Temp.__dict__["add"]).__name__, type(Temp.__dict__["make"]).__name__)
print(isinstance(Temp.celsius, property))
