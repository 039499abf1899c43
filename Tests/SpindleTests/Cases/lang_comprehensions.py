# Python 3: nested list/dict/set comprehensions and generator laziness
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print([[i * j for j in range(3)] for i in range(3)])
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(sorted({x % 4 for x in range(20)}))
print([c for word in ["ab", "cd"] for c in word if c != "c"])
log = []
def src():
    for i in range(3):
        log.append("yield %d" % i)
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g), log)
print(list(g), log)
print(sum(x for x in range(5)), max(len(w) for w in ["a", "bbb"]))
x = "outer"
print([x for x in range(2)], x)
print({i: [j for j in range(i)] for i in range(3)})
ge = (i for i in [])
print(list(ge), list(ge))
print([i for i in range(10) if i % 2 if i % 3])
