# Python 3: while/else and for/else with break and continue
for i in range(3):
    pass
else:
    print("for completed", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while completed", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)
for x in []:
    print("never")
else:
    print("empty for else")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else")
    print("outer", i, j)
