# Python 3: percent formatting with conversions, flags, width and precision
print("%s %r %d %i" % ("s", "s", 42, -7))
print("%f %.2f %e %.3e %g %g %g" % (3.14159, 2.5, 12345.678, 0.00012, 0.0001, 1e-5, 123456789.0))
print("%x %X %o %#x %#o %c %c %%" % (255, 255, 8, 255, 8, 65, "z"))
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+5.1f] [%-8.3s]" % (42, 42, 42, 42, 42, 3.14159, "abcdef"))
print("[%*d] [%-*d] [%.*f] [%*.*f]" % (6, 1, 4, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30})
print("%s" % (1,), "%s" % [1, 2], "%s" % None, "%d" % 3.99, "%s|%s" % (True, 2 ** 70))
print("%5s|%-5s|%.1s" % ("ab", "ab", "ab"), "%x" % 2 ** 70, "%d" % -2 ** 65)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    "%(a)s" % {"b": 1}
except KeyError as e:
    print("KeyError", e)
