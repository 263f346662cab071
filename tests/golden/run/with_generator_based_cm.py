# A generator-based context manager written by hand (like contextlib.contextmanager) and nested usage.
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def cm(fn):
    return lambda *a: GenCM(fn(*a))
@cm
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
@cm
def suppress(*types):
    try:
        yield
    except types as e:
        print("suppressed", repr(e))
with tag("html") as h:
    with tag("body"):
        print("content", h)
with suppress(KeyError):
    {}["missing"]
print("after suppress")
try:
    with tag("p"):
        raise ValueError("inside p")
except ValueError as e:
    print("escaped", repr(e))
