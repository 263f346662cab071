# raise ... from None hides the context in the printed traceback.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(f"no attribute {k}") from None
print(lookup({"a": 1}, "a"))
try:
    lookup({}, "b")
except AttributeError as e:
    print("caught once:", e.__suppress_context__, e.__cause__, repr(e.__context__))
lookup({}, "zz")
