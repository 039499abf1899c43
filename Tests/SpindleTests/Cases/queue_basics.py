import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for i in range(5)], q.empty())
lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for i in range(5)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (5, "e"), (2, "b"), (4, "d")]:
    pq.put(item)
print([pq.get() for i in range(5)])
try:
    q.get_nowait()
except queue.Empty:
    print("Empty", queue.Empty.__name__)
try:
    q.get(True, 0.01)
except queue.Empty:
    print("Empty after timeout")
bounded = queue.Queue(2)
bounded.put(1)
bounded.put_nowait(2)
print(bounded.full())
try:
    bounded.put_nowait(3)
except queue.Full:
    print("Full")
try:
    bounded.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.Empty, Exception))

work = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.put(item * item)
        work.task_done()


workers = [threading.Thread(target=worker) for i in range(4)]
for w in workers:
    w.start()
for i in range(100):
    work.put(i)
for w in workers:
    work.put(None)
work.join()
for w in workers:
    w.join()
total = 0
while not results.empty():
    total += results.get()
print("sum of squares", total)

handoff = queue.Queue(1)
received = []


def producer():
    for i in range(50):
        handoff.put(i)


p = threading.Thread(target=producer)
p.start()
for i in range(50):
    received.append(handoff.get())
p.join()
print(received == list(range(50)))
