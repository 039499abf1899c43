import threading
import time


def non_daemon():
    time.sleep(0.1)
    print("non-daemon exiting")


def daemon():
    time.sleep(5)
    print("daemon exiting (never printed)")


d = threading.Thread(name="daemon", target=daemon)
d.setDaemon(True)
t = threading.Thread(name="non-daemon", target=non_daemon)
d.start()
t.start()
print("main done")
