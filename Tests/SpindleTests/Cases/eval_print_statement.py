# Python 2: the print statement, trailing commas (softspace) and >>file.
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
sink = Collector()
print "a", "b", 1, 2.5
print "no newline",
print "continues"
print
print "x",
print "ends with newline\n",
print "next"
print >>sink, "to sink", 3
print >>sink, "again",
print >>sink, "same line"
print sink.parts
for i in range(3):
    print i,
print
print "%s=%d" % ("k", 5)
