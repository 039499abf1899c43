# Python 2: old-style octal 0777 and long suffix 10L
print 0777, 010, 0
print 0x10L + 1, 10L * 3
print 2 ** 70
