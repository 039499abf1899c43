# Python 2: print statement forms: trailing comma, bare print, print >>file
import sys
print "a", "b", 1, 2.5
print "no newline",
print "continues"
print
print "x",
print
print >>sys.stdout, "to stdout", 3
print >>sys.stderr, "to stderr"
print >>sys.stdout, "comma",
print "after"
print "%d items" % 3
