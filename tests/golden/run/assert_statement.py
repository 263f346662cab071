# assert with and without messages; AssertionError caught; __debug__.
print(__debug__)
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("AssertionError:", e)
calls = []
def msg():
    calls.append("msg")
    return "lazy"
assert True, msg()
print(calls)
assert False, ("tuple", 1)
