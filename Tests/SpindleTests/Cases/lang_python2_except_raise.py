# Python 2: except E, e syntax and raise E, "msg"
try:
    raise ValueError, "bad value"
except ValueError, e:
    print "caught", e
try:
    raise KeyError, "k"
except (KeyError, IndexError), err:
    print "tuple caught", type(err).__name__, err.args
try:
    {}["missing"]
except KeyError, e:
    print "lookup", e
try:
    raise TypeError("call form")
except TypeError, e:
    print e.args
