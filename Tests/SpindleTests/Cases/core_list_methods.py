# Python 3: list pop, remove, index, count, reverse, copy and clear
l = [5, 3, 8, 3, 1]
print(l.pop(), l.pop(0), l, l.index(3), l.index(3, 1), l.count(3), l.count(99))
l.remove(3); print(l)
l.reverse(); print(l)
c = l.copy(); c.append(0); print(l, c)
l.clear(); print(l, len(l))
for op in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1, 2].index(7)]:
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
m = [1, 2]
m += [3]; m *= 2; print(m)
m.extend(range(2)); m.extend("ab"); m.insert(-100, "first"); print(m)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] == [], [1, [2]] == [1, [2]])
del m[0]; del m[::2]; print(m)
