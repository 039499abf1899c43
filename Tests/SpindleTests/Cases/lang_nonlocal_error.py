# Python 3: nonlocal naming no enclosing binding is a SyntaxError at that statement, exit 1
print("never runs")
def outer():
    value = 1
    def inner():
        nonlocal missing
        missing = 2
    return inner
