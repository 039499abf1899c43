import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "notes.txt")

with open(path, "w") as f:
    print(f.closed, f.mode, f.name == path)
    print(f.write("first line\n"))
    f.writelines(["second\n", "third"])
print(f.closed)

with open(path) as f:
    print(repr(f.read()))

with open(path, "a", encoding="utf-8") as f:
    f.write("\nfourth é\n")

with open(path, "r", encoding="utf-8") as f:
    print(repr(f.readline()))
    print(repr(f.readline(3)))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))

with open(path) as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip("\n"))

f = open(path)
print(repr(f.read(5)), f.tell())
f.seek(0)
print(repr(f.read(5)))
f.seek(0, 2)
print(repr(f.read()))
f.close()
f.close()
for op in [lambda: f.read(), lambda: f.readline(), lambda: f.write("x")]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)

with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, data[:5], len(data))
with open(path, "wb") as f:
    print(f.write(b"bytes\x00\xff"))
with open(path, "rb") as f:
    print(f.read())

with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
    try:
        f.write(5)
    except TypeError as e:
        print("TypeError:", e)
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)

for name, mode in [("missing.txt", "r"), ("", "q")]:
    try:
        open(os.path.join(d, name), mode)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
    except ValueError as e:
        print("ValueError:", e)
try:
    open(d)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
try:
    open(3.5)
except TypeError as e:
    print("TypeError:", e)
try:
    open(os.path.join(d, "nope", "x.txt"), "w")
except OSError as e:
    print(type(e).__name__, str(e).replace(d, "DIR"))

os.remove(path)
os.rmdir(d)
print(os.path.exists(d))
