# A failing assert handled by the caller.
def check(x):
    assert x > 0, "positive"
    return x
try:
    check(-1)
except AssertionError:
    pass
