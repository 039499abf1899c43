# Python 3: an invalid digit inside an octal literal is a SyntaxError pointing at it, exit 1
print("never runs")
mode = 0o7548
