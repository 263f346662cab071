def nested():
    try:
        try:
            raise ExceptionGroup("inner", [ValueError("v"), TypeError("t")])
        except* ValueError as eg:
            print("caught", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("outer caught", [str(e) for e in eg.exceptions])
    finally:
        print("finally")


def plain_in_star():
    result = None
    try:
        raise KeyError("plain")
    except* KeyError as eg:
        result = type(eg).__name__, len(eg.exceptions)
    return result


print(nested(), plain_in_star())
