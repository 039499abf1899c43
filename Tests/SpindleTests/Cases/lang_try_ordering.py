# Python 3: try/except/else/finally ordering and return interactions
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("x")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
def ret_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_finally())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def swallow():
    try:
        raise KeyError("k")
    finally:
        return "finally return swallows"
print(swallow())
def loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop())
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
