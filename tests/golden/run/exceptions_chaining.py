# __context__, __cause__, __suppress_context__, raise from, raise from None.
def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({', '.join(map(repr, e.args))}) cause={type(e.__cause__).__name__ if e.__cause__ else None} suppress={e.__suppress_context__}")
        e = e.__cause__ or e.__context__
    print(" <- ".join(chain))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    show(e)
try:
    try:
        {}["x"]
    except KeyError as k:
        raise RuntimeError("wrapped") from k
except RuntimeError as e:
    show(e)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError("clean") from None
except TypeError as e:
    show(e)
    print(e.__context__ is not None, e.__cause__)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    show(e)
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
except KeyError as e:
    show(e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, e.__cause__)
try:
    try:
        raise ValueError("a")
    except ValueError as inner:
        try:
            raise KeyError("b")
        except KeyError:
            raise inner
except ValueError as e:
    show(e)
