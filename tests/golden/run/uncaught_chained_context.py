# Uncaught exception raised while handling another: both tracebacks, "During handling..." separator.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f"cannot parse {s!r}")
print("start")
parse("abc")
