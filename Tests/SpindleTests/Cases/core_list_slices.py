# Python 3: list slicing and slice assignment, including extended slices
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[::3], l[::-2], l[8:2:-2], l[100:], l[-100:2])
l[2:5] = ["a", "b"]; print(l)
l[1:1] = [99, 98]; print(l)
l[:2] = []; print(l)
l[-1:] = "xy"; print(l)
m = list(range(6))
m[::2] = [10, 20, 30]; print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
del m[1:3]; print(m)
m[len(m):] = [7]; print(m)
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-1], "abcdef"[1::2], "abc"[5:], [1, 2, 3][-1::-1])
try:
    l[1.5]
except TypeError as e:
    print("TypeError", e)
