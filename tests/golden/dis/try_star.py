def handle(excs):
    try:
        raise ExceptionGroup("many", excs)
    except* ValueError as eg:
        print("values", len(eg.exceptions))
    except* (TypeError, KeyError) as eg:
        print("types", len(eg.exceptions))
        raise
    except* OSError:
        pass


def reraise_star():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("in handler")


try:
    handle([ValueError(1), ValueError(2)])
    handle([TypeError(), KeyError()])
except ExceptionGroup as e:
    print("outer", e)
