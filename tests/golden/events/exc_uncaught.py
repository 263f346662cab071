# An exception that escapes the module: RAISE, PY_UNWIND in each frame; the recorder prints UNCAUGHT.
def inner():
    raise ValueError("escapes")
def outer():
    inner()
outer()
