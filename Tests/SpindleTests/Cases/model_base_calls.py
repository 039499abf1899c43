# Python 3: explicit Base.__init__(self, ...), super(), super(C, self), method overriding
class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base"]
    def describe(self):
        return "Base:" + self.name
class Explicit(Base):
    def __init__(self, name):
        Base.__init__(self, name.upper())
        self.log.append("Explicit")
    def describe(self):
        return "Explicit/" + Base.describe(self)
class Modern(Base):
    def __init__(self, name):
        super().__init__(name)
        self.log.append("Modern")
    def describe(self):
        return "Modern/" + super().describe()
class Old(Base):
    def __init__(self, name):
        super(Old, self).__init__(name + "!")
        self.log.append("Old")
class Deeper(Modern):
    def describe(self):
        return "Deeper/" + super(Deeper, self).describe()
for cls in (Explicit, Modern, Old, Deeper):
    o = cls("n")
    print(cls.__name__, o.name, o.log, o.describe())
class Skip(Deeper):
    def describe(self):
        return super(Modern, self).describe()
print(Skip("s").describe())
print(isinstance(Deeper("d"), Base), issubclass(Deeper, Modern), issubclass(Base, Deeper))
