# Exceptions: raising and catching, try/finally, custom exception classes, exceptions through calls.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
def check(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i
def run(n):
    caught = handled = finals = 0
    for i in range(n):
        try:
            check(i)
        except AppError as e:
            caught += e.code & 1
        except LookupError:
            handled += 1
        finally:
            finals += 1
    d = {}
    misses = 0
    for i in range(n):
        try:
            d[i]
        except KeyError:
            misses += 1
            d[i] = i
    return caught, handled, finals, misses
print(run(250000))
