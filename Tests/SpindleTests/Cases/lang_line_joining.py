# Python 3: backslash continuation and implicit joining inside brackets
x = 1 + \
    2 + \
    3
print(x)
y = [1,
     2,
  3]
print(y)
z = {"a": 1,
       "b": 2}
print(sorted(z.items()))
def f(a,
      b=2,
        c=3):
    return (a +
            b +
   c)
print(f(1,
        c=10))
if x == 6 and \
   y == [1, 2, 3]:
    print("joined condition")
s = "abc\
def"
print(s)
