# Python 3: a syntax error at load time prints the location and exits 1.
print("never runs")
x = (1,
y = 2
