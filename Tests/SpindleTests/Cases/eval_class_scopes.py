# Python 3: class bodies, zero-argument super, __class__, nested classes, decorators.
def register(cls):
    cls.registered = True
    return cls

@register
class Base(object):
    "Base docstring"
    kind = "base"
    def describe(self):
        return "Base.describe(%s)" % self.kind

class Child(Base):
    kind = "child"
    def describe(self):
        return "Child+" + super().describe()
    def which(self):
        return __class__.__name__
    class Inner:
        label = "inner"

c = Child()
print(c.describe(), c.which(), Child.Inner.label, Child.registered, Base.__doc__)
print(Child.describe.__qualname__, Child.Inner.__qualname__, Child.__module__)
x = "module x"
class Reads:
    x = "class x"
    y = x
    def method(self):
        return x
print(Reads.y, Reads().method())
def factory(tag):
    class Made:
        label = tag
        def get(self):
            return tag
    return Made
print(factory("a")().get(), factory("b").label)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
