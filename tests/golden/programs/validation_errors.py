# Exception-heavy form validation: custom hierarchies, chaining (from / implicit),
# add_note, ExceptionGroup with except*, context managers that suppress or translate,
# finally ordering, and a final uncaught chained exception with a traceback.
import sys


class FieldError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class MissingField(FieldError):
    def __init__(self, field):
        super().__init__(field, "is required")


class BadType(FieldError, TypeError):
    pass


class RangeError(FieldError, ValueError):
    pass


def require(data, field, kind):
    if field not in data:
        raise MissingField(field)
    value = data[field]
    if not isinstance(value, kind):
        raise BadType(field, f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def parse_age(data):
    raw = require(data, "age", (int, str)) if False else data.get("age")
    if raw is None:
        raise MissingField("age")
    try:
        age = int(raw)
    except (TypeError, ValueError) as e:
        raise BadType("age", f"not a number: {raw!r}") from e
    if not 0 <= age < 130:
        raise RangeError("age", f"{age} not in [0, 130)")
    return age


def validate(data):
    errors = []
    result = {}
    for field, check in (("name", lambda d: require(d, "name", str).strip() or _empty("name")),
                         ("age", parse_age),
                         ("email", lambda d: _email(require(d, "email", str)))):
        try:
            result[field] = check(data)
        except FieldError as e:
            e.add_note(f"while validating record {data.get('id', '?')}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} invalid field(s)", errors)
    return result


def _empty(field):
    raise FieldError(field, "is empty")


def _email(value):
    local, at, domain = value.partition("@")
    if not at or not local or "." not in domain:
        raise FieldError("email", f"malformed address {value!r}")
    return value.lower()


records = [
    {"id": 1, "name": "Ann", "age": "34", "email": "Ann@Example.com"},
    {"id": 2, "name": "  ", "age": "x1", "email": "nope"},
    {"id": 3, "age": 200, "email": 5},
    {"id": 4, "name": "Bo", "age": None, "email": "bo@b.io"},
    {"id": 5, "name": "Cy", "age": -1, "email": "cy@c"},
]
for rec in records:
    try:
        print("valid:", validate(rec))
    except* MissingField as eg:
        print(f"record {rec['id']} missing:", [e.field for e in eg.exceptions])
    except* (BadType, RangeError) as eg:
        for e in eg.exceptions:
            cause = e.__cause__
            print(f"record {rec['id']} {type(e).__name__}: {e}", f"(cause {type(cause).__name__}: {cause})" if cause else "", e.__notes__)
    except* FieldError as eg:
        print(f"record {rec['id']} other:", [str(e) for e in eg.exceptions], eg.message)

print(issubclass(BadType, TypeError), BadType.__mro__[1:4])


class Translate:
    def __init__(self, mapping):
        self.mapping = mapping
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {et.__name__ if et else None}")
        if et in self.mapping:
            raise self.mapping[et](str(ev)) from ev
        return et is KeyError


def steps(n, log):
    try:
        log.append(f"try {n}")
        if n == 0:
            return "zero"
        if n == 1:
            raise KeyError("k")
        if n == 2:
            raise ZeroDivisionError("z")
        return 10 // (n - 3)
    except ZeroDivisionError:
        log.append("except")
        raise
    else:
        log.append("else")
    finally:
        log.append(f"finally {n}")


for n in range(5):
    log = []
    t = Translate({ZeroDivisionError: ArithmeticError})
    try:
        with t:
            print(f"steps({n}) ->", steps(n, log))
        print("  with completed")
    except ArithmeticError as e:
        print(f"  translated: {type(e).__name__}({e}) cause={type(e.__cause__).__name__} ctx={type(e.__context__).__name__}")
    print("  log:", log, t.log)


def first_error(*fns):
    for fn in fns:
        try:
            fn()
        except Exception as e:
            return type(e).__name__, str(e)
    return None


print(first_error(lambda: [][1], lambda: None))
print(first_error(lambda: {}["x"]), first_error(lambda: int("z")), first_error(lambda: None.attr))
print(first_error(lambda: (1).__index__() + "a"), first_error(lambda: [1, 2].index(3)))
print(first_error(lambda: "abc".encode("ascii").decode("utf-8")[5]), first_error(lambda: tuple()[0]))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise RuntimeError("outer")
except RuntimeError as e:
    print("context:", repr(e.__context__), e.__suppress_context__, e.__cause__)
try:
    raise KeyError("x") from None
except KeyError as e:
    print("from None:", e.__suppress_context__, e.__cause__, repr(e))
eg = ExceptionGroup("batch", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3)])])
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest), eg.subgroup(TypeError).exceptions, len(eg.exceptions))
sys.stdout.flush()


def load(path):
    try:
        return {"a.cfg": "x=1"}[path]
    except KeyError as e:
        raise FileNotFoundError(f"no config {path!r}") from e


def main():
    cfg = load("a.cfg")
    print("loaded", cfg)
    try:
        load("b.cfg")
    except FileNotFoundError as e:
        e.add_note("hint: create b.cfg first")
        raise RuntimeError("startup failed")


main()
