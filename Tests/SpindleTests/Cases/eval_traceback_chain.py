# Python 3: chained exceptions in a traceback (context and cause).
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("could not parse %r" % text)

def load():
    try:
        parse("abc")
    except RuntimeError as err:
        raise KeyError("load failed") from err

load()
