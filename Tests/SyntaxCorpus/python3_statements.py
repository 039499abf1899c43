"""Every statement form of the grammar."""
import os.path as osp, sys
from . import sibling
from ..package.module import (first,
                              second as alias,)
from .... import deep
from collections import *

x = y = 1
a, *rest = [1, 2, 3]
[p, (q, r)] = 1, (2, 3)
obj.attr[index] = value
count: int = 0
total: float
count += 1; count -= 1; count *= 2; count @= m; count /= 2; count //= 2
count %= 3; count **= 2; count >>= 1; count <<= 1; count &= 7; count |= 8; count ^= 1

def function(a, b=1, *args, c, d=2, **kwargs):
    global g
    x = yield
    y = yield a, b
    z = yield from range(3)
    def inner():
        nonlocal x
        return
    return a, *args

def annotated(a: int, *, b: str = "x") -> bool: pass
def positional_only(a, /, b): pass
def trailing(a, b,): pass

@decorator
@module.decorator(argument, key=value)
class Klass(Base, Other, metaclass=Meta):
    attribute = 1

    def method(self):
        pass

class Empty(): pass
class Bare: pass

if a:
    pass
elif b:
    pass
else:
    pass

if a: b; c
while condition:
    break
else:
    continue
for i, j in pairs:
    pass
else:
    pass
for *head, tail in items: pass

try:
    risky()
except (TypeError, ValueError) as error:
    handle(error)
except KeyError:
    pass
except:
    raise
else:
    fine()
finally:
    cleanup()

try:
    pass
finally:
    pass

with open(path) as handle, lock:
    pass
with context() as (first, second): pass

raise
raise Error
raise Error from cause
del a, b[1], c.d
del (a, b)
assert condition
assert condition, "message"
