# Python 3: an unexpected indent is an IndentationError with a caret, exit 1
print("never runs")
x = 1
    y = 2
