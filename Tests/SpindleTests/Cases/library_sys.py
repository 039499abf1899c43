import sys

print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version.startswith("3."), sys.version_info >= (3, 0), sys.version_info[0], sys.version_info.minor)
print(sys.version_info.major == 3, len(sys.version_info), tuple(sys.version_info)[:2] == sys.version_info[:2])
print(sys.platform, sys.byteorder)
print("sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value)
print(sys.exc_info())
print(sys.getsizeof(1) > 0, sys.getsizeof("abc") > sys.getsizeof(""))
print(sys.settrace(None), sys.setprofile(None))
print(isinstance(sys.executable, str))
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    exit(4)
except SystemExit as e:
    print("SystemExit", e.code)
print(sys.getdefaultencoding())
sys.stderr.write("to stderr\n")
sys.exit(3)
