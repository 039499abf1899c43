# Python 3: adjacent string literals concatenate at compile time
a = "abc" "def"
print(a)
b = ("one "
     'two '
     """three""")
print(b)
c = r"\d" "\t"
print(repr(c))
print(b"x" b"y")
print("%s-%s" "!" % (1, 2))
d = ("a"  # comment between
     "b")
print(d, len(d))
