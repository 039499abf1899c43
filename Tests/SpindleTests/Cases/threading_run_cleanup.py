# Thread.run drops _target, _args and _kwargs once the target returns,
# whatever else the thread object holds.
import threading


def work(a, b=0):
    return a + b


def check(t, label):
    t.start()
    t.join()
    print(label, hasattr(t, "_target"), hasattr(t, "_args"), hasattr(t, "_kwargs"),
          sorted(k for k in vars(t) if k in ("extra", "late", "_target", "_args", "_kwargs")))


check(threading.Thread(target=work, args=(1,)), "plain")
check(threading.Thread(target=work, args=(1,), kwargs={"b": 2}), "kwargs")


class Tagged(threading.Thread):
    def __init__(self):
        self.extra = "kept"
        threading.Thread.__init__(self, target=work, args=(3,))


check(Tagged(), "extra attribute")

seen = threading.Thread(target=work, args=(4,))
print("dict before", sorted(k for k in seen.__dict__ if k in ("_target", "_args", "_kwargs")))
check(seen, "dict requested")


class Late(threading.Thread):
    def run(self):
        self.late = 1
        threading.Thread.run(self)


check(Late(target=work, args=(5,)), "set during run")


class Keeps(threading.Thread):
    def run(self):
        self.result = self._target(*self._args)


k = Keeps(target=work, args=(6,))
k.start()
k.join()
print("override keeps", k.result, hasattr(k, "_target"))
