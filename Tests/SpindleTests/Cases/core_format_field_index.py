# Python 3: str.format index fields treat only plain digits as integer indexes
print("{0[1]} {0[10]}".format("abcdefghijkl"), "{0[0][1]}".format(["xy"]), "{m[k]}".format(m={"k": 1}))
for spec in ["{0[-1]}", "{0[+1]}", "{0[ 1]}", "{0[01]}"]:
    for arg in [{"-1": "neg", "+1": "plus", " 1": "sp", "01": "zero-one"}, [1, 2]]:
        try:
            print(spec, spec.format(arg))
        except Exception as e:
            print(spec, type(e).__name__, e)
try:
    "{0[]}".format([1])
except ValueError as e:
    print("ValueError", e)
