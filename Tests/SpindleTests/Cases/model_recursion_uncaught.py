# Python 3: uncaught RecursionError ends the program with status 1; repeated traceback lines are summarised
print("start")
def f(n):
    return f(n + 1)
def g(n):
    if n == 0:
        return f(0)
    return g(n - 1)
try:
    g(4)
finally:
    print("finally ran")
print("never")
