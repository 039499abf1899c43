# Python 3: an uncaught exception prints a traceback through several frames.
def level3(x):
    return {"a": 1}[x]

def level2(x):
    return level3(x)

def level1():
    value = level2("missing")
    return value

print("before")
level1()
print("not reached")
