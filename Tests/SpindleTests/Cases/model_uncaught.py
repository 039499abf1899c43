# Python 3: uncaught exception in nested calls prints a traceback and exits with status 1
def level3(x):
    return {"a": 1}[x]
def level2(x):
    return level3(x) + 1
def level1():
    print("before")
    return level2("missing")
level1()
print("never")
