# Python 3: a dedent to an unknown level is an IndentationError, exit 1
def f():
        a = 1
    return a
