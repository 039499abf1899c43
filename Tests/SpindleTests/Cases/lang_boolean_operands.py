# Python 3: and/or return an operand, not a bool
print(0 or "default", "" or [] or None, "x" or "y")
print(1 and 2, 0 and 2, [] and "never", "a" and "" and "b")
print(None or 0, None and 1)
log = []
def t(v):
    log.append(v)
    return v
r = t(0) or t(3) or t(4)
print(r, log)
log.clear()
r = t(1) and t(0) and t(5)
print(r, log)
print(not "", not "x", type(not 0).__name__)
x = [] or {}
print(type(x).__name__)
print((1 or 2) + (0 and 9))
