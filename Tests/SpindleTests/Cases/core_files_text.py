# Python 3: text files written then read with read, readline, readlines, iteration and with
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w") as f:
    print(f.write("line one\n"), f.closed)
    f.write("line two\nlast")
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p) as f:
    print(f.readlines())
with open(p, "a") as f:
    f.write("\nappended é\n")
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
f = open(p, "r")
print(repr(f.read(4)), repr(f.read(5)))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
with open(p, "w") as f:
    f.writelines(["a\n", "b\n"])
print(open(p).read().split())
os.remove(p)
os.rmdir(d)
print(os.path.exists(d))
