# Python 2 spellings Spindle accepts.
from __future__ import print_function
import sys

print
print "hello", "world"
print "no newline",
print >>sys.stderr, "to stderr"
print >>sys.stderr
print -1
print (1), 2
print [1, 2], {3: 4}, `5`
print not True, lambda: 0, ...
print r'raw', ur'unicode raw', b'bytes'

x = 0777 + 10L + 0xffL + 01
if 1 <> 2: print 'different'

try:
    raise ValueError, "message"
except ValueError, e:
    print e
try:
    raise KeyError, ("a", "b")
except (KeyError, IndexError), e:
    pass

print(x)
print(x, end='')
f = print
name = print.__name__
print -= 1
print, x
print \
    "continued", 1
print \
    ("a call")
