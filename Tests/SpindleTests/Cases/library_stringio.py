import io

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(0)
print([line for line in s])
s.seek(1)
s.write("EL")
print(repr(s.getvalue()))
s.seek(0, 2)
s.write("end")
print(repr(s.getvalue()), s.tell())
s.truncate(3)
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed)

t = io.StringIO("line1\nline2\nline3")
print(t.readlines())
t.seek(0)
print(repr(t.readline()), t.tell())
with io.StringIO("x") as u:
    print(u.read(), u.closed)
print(u.closed)
try:
    u.write("y")
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
out = io.StringIO()
print("a", 1, sep="|", end="!", file=out)
out.writelines(["b", "c"])
print(repr(out.getvalue()))

b = io.BytesIO(b"abc")
print(b.read(1), b.read(), b.getvalue())
b.write(b"de")
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read())
