# list.pop and list.insert: indices (negative, out of range, bool,
# __index__), error messages, keyword arguments, and subclasses.

def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)

q = [1, 2, 3, 4, 5]
print(q.pop(), q.pop(0), q.pop(-1), q.pop(True), q)
attempt("pop 5", lambda: [1, 2].pop(5))
attempt("pop -3", lambda: [1, 2].pop(-3))
attempt("pop empty", lambda: [].pop())
attempt("pop empty 0", lambda: [].pop(0))
attempt("pop str", lambda: [1].pop("0"))
attempt("pop big", lambda: [1].pop(2 ** 70))
attempt("pop two", lambda: [1].pop(0, 1))

class Index:
    def __index__(self):
        return 1

print([7, 8, 9].pop(Index()))

r = [1, 2, 3]
r.insert(0, "a")
r.insert(-1, "b")
r.insert(100, "c")
r.insert(-100, "d")
r.insert(False, "e")
r.insert(Index(), "f")
print(r)
attempt("insert one", lambda: r.insert(0))
attempt("insert str", lambda: r.insert("0", 1))
attempt("insert big", lambda: r.insert(2 ** 70, 1))

class Stack(list):
    def pop(self, *args):
        print("Stack.pop", args)
        return list.pop(self, *args)

s = Stack([1, 2, 3])
print(s.pop(), s.pop(0), s)
s.insert(0, 9)
print(s, list.pop(s), list.pop(s, 0), s)
attempt("unbound pop", lambda: list.pop(()))
attempt("unbound insert", lambda: list.insert({}, 0, 1))

queue = []
total = 0
for i in range(100):
    queue.append(i)
    if i % 3 == 0:
        total += queue.pop()
    if i % 5 == 0:
        queue.insert(0, -i)
    if len(queue) > 10:
        total += queue.pop(0)
print(total, queue)
