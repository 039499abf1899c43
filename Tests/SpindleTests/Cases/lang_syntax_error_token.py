# Python 3: a stray token mid-line is a SyntaxError pointing at it, exit 1
print("never runs")
value = 1 +* 2
