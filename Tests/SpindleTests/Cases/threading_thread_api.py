import threading


def work(n, label="x"):
    print("work", n, label, threading.current_thread().name)


t = threading.Thread(target=work, args=(1,), kwargs={"label": "kw"})
print(t.name, t.ident, t.is_alive(), t.daemon, repr(t))
t.start()
t.join()
print(t.is_alive(), isinstance(t.ident, int), isinstance(t.native_id, int), repr(t).split(",")[1].split()[0])
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)

u = threading.Thread(name="custom", target=work, args=(2,))
u.setName("renamed")
print(u.getName(), u.name)
u.name = "again"
print(u.getName())
u.setDaemon(True)
print(u.isDaemon(), u.daemon)
u.daemon = False
print(u.isDaemon())
u.start()
u.join()
try:
    u.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.Thread(daemon=True).daemon)

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main is threading.currentThread())
print(threading.active_count(), threading.activeCount(), len(threading.enumerate()))
print(threading.get_ident() == main.ident)


class MyThread(threading.Thread):
    def run(self):
        print("MyThread running", self.name)


class MyThreadWithArgs(threading.Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, verbose=None):
        threading.Thread.__init__(self, group=group, target=target, name=name, args=args, kwargs=kwargs)
        self.args = args
        self.kwargs = kwargs

    def run(self):
        print("running with", self.args, "and", sorted(self.kwargs.items()))


for i in range(3):
    m = MyThread()
    m.start()
    m.join()
for i in range(2):
    m = MyThreadWithArgs(args=(i,), kwargs={"a": "A", "b": "B"})
    m.start()
    m.join()
print(isinstance(m, threading.Thread), type(m).__name__)

done = []
gate = threading.Event()


def waiter():
    gate.wait()
    done.append(1)


w = threading.Thread(target=waiter)
w.start()
w.join(0.05)
print("alive after timed join:", w.is_alive())
print("enumerate sees it:", w in threading.enumerate(), threading.active_count())
gate.set()
w.join()
print("done:", done, w.is_alive(), threading.active_count())


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)
