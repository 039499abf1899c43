import threading
import time


def late():
    time.sleep(0.1)
    print("worker finished after main failed")


threading.Thread(target=late).start()
print("main raising")
raise RuntimeError("main failed")
