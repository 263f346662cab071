# raise ... from None hides the context in the printed traceback.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(f"no attribute {k}") from None
print(lookup({"a": 1}, "a"))
lookup({}, "zz")
