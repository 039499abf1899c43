# threading_excepthook.py: an exception raised in a thread reaches threading.excepthook; the program goes on (Python 3.8+).
import threading

def report(args):
    print('%s failed with %s: %s' % (args.thread.name, args.exc_type.__name__, args.exc_value))

threading.excepthook = report

def parse(text):
    return int(text)

def divide(a, b):
    return a / b

for name, target, args in [('parser', parse, ('forty-two',)),
                           ('divider', divide, (1, 0))]:
    t = threading.Thread(name=name, target=target, args=args)
    t.start()
    t.join()
    print('%s alive after the exception: %s' % (t.name, t.is_alive()))

print('main thread still running')
