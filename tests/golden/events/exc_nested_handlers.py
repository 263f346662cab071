# An exception raised inside an except block, handled by an outer handler (implicit chaining).
def f():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError:
        return "outer"
f()
