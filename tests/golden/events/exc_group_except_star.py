# except* splitting an ExceptionGroup.
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        a = 1
    except* KeyError:
        b = 2
f()
