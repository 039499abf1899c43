# Python 3: eval() and exec() in the caller's namespace or explicit dicts.
x = 10
print(eval("x * 2 + 1"))
exec("y = x + 5")
print(y)
def f(a):
    b = 3
    return eval("a + b + x")
print(f(1))
d = {"q": 2}
exec("r = q * 4", d)
print(d["r"], eval("q + 1", d), eval("q", {"q": 1}, {"q": 7}))
g = eval
print(g("1 + 1"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.lineno)
exec("def h():\n    return 42\n")
print(h())
print(eval("  [i * i for i in range(4)]  "))
