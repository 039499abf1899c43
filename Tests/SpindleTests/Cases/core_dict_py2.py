# Python 2: dict has_key, iteritems, iterkeys, itervalues and list-returning views
d = {"a": 1}
d["b"] = 2
print d.has_key("a"), d.has_key("z")
print sorted(d.iteritems()), sorted(d.iterkeys()), sorted(d.itervalues())
print sorted(d.items()), len(d.values())
for k, v in sorted(d.iteritems()):
    print k, v
print "%s=%d" % ("x", 3), "%(a)d" % d
