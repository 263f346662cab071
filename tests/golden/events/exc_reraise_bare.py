# A bare raise in an except block: RERAISE, then handled by an outer try.
def f():
    try:
        try:
            raise ValueError("v")
        except ValueError:
            raise
    except ValueError:
        return "outer"
f()
