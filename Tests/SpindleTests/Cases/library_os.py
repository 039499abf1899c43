import glob
import os
import os.path
import string
import tempfile

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(" hello   world "), string.capwords("a-b c", "-"))

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.devnull)
print(os.getpid() > 0, isinstance(os.getcwd(), str), os.path is os.path)
print(os.environ.get("SPINDLE_SURELY_UNSET"), os.getenv("SPINDLE_SURELY_UNSET", "fallback"))
print("PATH" in os.environ, isinstance(os.environ["PATH"], str))
try:
    os.environ["SPINDLE_SURELY_UNSET"]
except KeyError as e:
    print("KeyError", e)

p = os.path
print(p.join("a", "b", "c"), p.join("a", "/b", "c"), p.join("a/", "b"), p.join("", "x"))
print(p.split("/a/b/c.txt"), p.split("/a/b/"), p.split("a"), p.split("/"))
print(p.splitext("a/b.tar.gz"), p.splitext(".bashrc"), p.splitext("a.b/c"), p.splitext("x."))
print(p.basename("/a/b/"), p.basename("/a/b"), p.dirname("/a/b"), p.dirname("b"))
print(p.normpath("a//b/../c/."), p.normpath(""), p.normpath("/.."), p.normpath("../a"), p.normpath("//x"))
print(p.isabs("/x"), p.isabs("x"), p.abspath("/a/../b"), p.abspath("x") == p.join(os.getcwd(), "x"))
print(p.expanduser("~") == os.environ.get("HOME", p.expanduser("~")), p.expanduser("x~"))

base = tempfile.mkdtemp(prefix="lib")
print(p.isdir(base), p.basename(base).startswith("lib"), p.dirname(base) == tempfile.gettempdir())
os.makedirs(p.join(base, "x", "y"))
os.makedirs(p.join(base, "x", "y"), exist_ok=True)
try:
    os.makedirs(p.join(base, "x"))
except FileExistsError as e:
    print("FileExistsError", e.errno)
os.mkdir(p.join(base, "z"))
for name in ["a.txt", "b.txt", "c.py", ".hidden.txt"]:
    with open(p.join(base, name), "w") as f:
        f.write(name * 2)
print(sorted(os.listdir(base)))
print(p.exists(p.join(base, "a.txt")), p.isfile(p.join(base, "a.txt")), p.isdir(p.join(base, "a.txt")))
print(p.getsize(p.join(base, "a.txt")), p.exists(p.join(base, "nope")))
print(sorted(p.basename(x) for x in glob.glob(p.join(base, "*.txt"))))
print(sorted(p.relpath(x, base) if hasattr(p, "relpath") else x[len(base) + 1:] for x in glob.glob(p.join(base, "*", "*"))))
print(sorted(x[len(base) + 1:] for x in glob.glob(p.join(base, "[ab].*"))))
print(glob.glob(p.join(base, "nothing*")))
os.rename(p.join(base, "c.py"), p.join(base, "d.py"))
print(sorted(os.listdir(base)))
fd, path = tempfile.mkstemp(suffix=".tmp", dir=base)
print(isinstance(fd, int), path.endswith(".tmp"), p.exists(path))
os.close(fd) if hasattr(os, "close") else None
os.remove(path)
for call in [lambda: os.remove(p.join(base, "nope")), lambda: os.mkdir(base), lambda: os.listdir(p.join(base, "nope")),
             lambda: os.rmdir(p.join(base, "x")), lambda: p.getsize(p.join(base, "nope"))]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
for name in ["a.txt", "b.txt", "d.py", ".hidden.txt"]:
    os.unlink(p.join(base, name))
os.rmdir(p.join(base, "x", "y"))
os.rmdir(p.join(base, "x"))
os.rmdir(p.join(base, "z"))
os.rmdir(base)
print(p.exists(base))
