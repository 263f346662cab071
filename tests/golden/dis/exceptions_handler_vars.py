def handler_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        saved = err
    try:
        return err
    except UnboundLocalError:
        return "cleared", saved


def nested_handlers():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise IndexError("second")
    except IndexError as e:
        return repr(e), repr(e.__context__)


def exc_info():
    import sys
    try:
        raise OSError(2, "nope")
    except OSError:
        return sys.exception().errno


print(handler_var_cleared(), nested_handlers(), exc_info())
