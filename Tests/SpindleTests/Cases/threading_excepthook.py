import threading
import sys


def boom():
    raise ValueError("bad value in thread")


def quiet_exit():
    sys.exit(3)


t = threading.Thread(target=quiet_exit)
t.start()
t.join()
print("SystemExit in a thread is silent")

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=boom, name="boomer")
t.start()
t.join()
print(caught)
print("main thread goes on")
