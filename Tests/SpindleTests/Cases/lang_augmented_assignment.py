# Python 3: every augmented assignment operator
x = 10
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 4; print(x)
x >>= 2; print(x)
x <<= 3; print(x)
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
lst = [1]
alias = lst
lst += [2]
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"n": 1}
d["n"] += 5
print(d)
class C: pass
c = C(); c.n = 1
c.n *= 7
print(c.n)
s = "ab"
s *= 3
print(s)
