# Uncaught exception raised while handling another: both tracebacks, "During handling..." separator.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f"cannot parse {s!r}")
print("start", parse("12"))
try:
    parse("x")
except RuntimeError as e:
    print("caught once:", repr(e.__context__))
parse("abc")
