# Python 3: mixing tabs and spaces in one block is a TabError without a caret, exit 1
class C:
	x = 1
        y = 2
print("never runs")
