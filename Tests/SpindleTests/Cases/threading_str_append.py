# Threads build strs with += while publishing intermediate values to a
# shared list that other threads read: a published str is never changed
# afterwards (the builder's next += makes a new object), so every reader
# sees exactly the text that was published.
import threading

published = []
lock = threading.Lock()
bad = []


def builder(tag):
    s = ""
    for i in range(300):
        s += tag
        if i % 10 == 9:
            with lock:
                published.append((i + 1, tag, s))
    return s


def reader(rounds):
    for _ in range(rounds):
        with lock:
            snapshot = list(published)
        for n, tag, s in snapshot:
            if s != tag * n:
                bad.append((n, tag, len(s)))


threads = [threading.Thread(target=builder, args=(t,)) for t in ("ab", "\u00e9", "xyz")]
threads += [threading.Thread(target=reader, args=(40,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
reader(1)
print("published:", len(published), "bad:", bad)
print(sorted(set(len(s) // len(tag) for n, tag, s in published))[:5])
