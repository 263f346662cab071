# return inside try with a finally: the finally runs before PY_RETURN.
def f():
    try:
        return "try"
    finally:
        z = 3
f()
