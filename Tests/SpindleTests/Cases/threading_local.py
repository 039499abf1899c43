import threading

local_data = threading.local()


def show_value(data):
    try:
        val = data.value
    except AttributeError:
        print(threading.current_thread().name, "No value yet")
    else:
        print(threading.current_thread().name, "value=%s" % val)


def worker(data, v):
    show_value(data)
    data.value = v
    show_value(data)


show_value(local_data)
local_data.value = 1000
show_value(local_data)
for i in range(2):
    t = threading.Thread(target=worker, args=(local_data, 11 + i))
    t.start()
    t.join()
show_value(local_data)


class MyLocal(threading.local):
    def __init__(self, value):
        print(threading.current_thread().name, "Initializing", type(self).__name__)
        self.value = value


local_data = MyLocal(1000)
show_value(local_data)
for i in range(2):
    t = threading.Thread(target=worker, args=(local_data, 54 + i))
    t.start()
    t.join()
show_value(local_data)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(local_data, threading.local))
