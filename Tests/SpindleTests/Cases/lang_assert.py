# Python 3: assert with and without message
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("msg:", e)
try:
    x = [1]
    assert len(x) == 0, ("tuple", len(x))
except AssertionError as e:
    print("tuple msg:", e.args)
calls = []
def side():
    calls.append(1)
    return "m"
assert True, side()
print("message evaluated:", len(calls))
