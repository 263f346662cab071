# Config validation with layered error handling: chaining, groups, cleanup.
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key


class MissingKey(ConfigError, KeyError):
    pass


class BadValue(ConfigError, ValueError):
    pass


class suppress_and_log:
    def __init__(self, *kinds, log):
        self.kinds, self.log = kinds, log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            self.log.append("exit clean")
            return False
        swallowed = issubclass(et, self.kinds)
        self.log.append(f"exit {et.__name__} swallowed={swallowed}")
        return swallowed


class Transaction:
    depth = 0

    def __enter__(self):
        Transaction.depth += 1
        print(f"{'  ' * Transaction.depth}begin #{Transaction.depth}")
        return self

    def __exit__(self, et, ev, tb):
        action = "rollback" if et else "commit"
        print(f"{'  ' * Transaction.depth}{action} #{Transaction.depth}")
        Transaction.depth -= 1


SCHEMA = {"port": int, "host": str, "workers": int, "ratio": float}


def parse_value(key, raw):
    kind = SCHEMA.get(key)
    if kind is None:
        raise MissingKey(key, "unknown key")
    try:
        return kind(raw)
    except ValueError as exc:
        raise BadValue(key, f"cannot convert {raw!r}") from exc


def load(text):
    result, problems = {}, []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.partition("#")[0].strip()
        if not line:
            continue
        try:
            key, raw = (s.strip() for s in line.split("=", 1))
            result[key] = parse_value(key, raw)
        except ConfigError as e:
            e.add_note(f"line {lineno}")
            problems.append(e)
        except ValueError:
            problems.append(SyntaxError(f"line {lineno}: no '=' in {line!r}"))
    if problems:
        raise ExceptionGroup("config invalid", problems)
    return result


def checked_load(text):
    try:
        return load(text)
    except* MissingKey as eg:
        print("missing:", [e.key for e in eg.exceptions])
    except* BadValue as eg:
        for e in eg.exceptions:
            cause = e.__cause__
            print(f"bad: {e} (cause {type(cause).__name__}) notes={e.__notes__}")
    except* SyntaxError as eg:
        print("syntax:", len(eg.exceptions), eg.exceptions[0].msg)
    return None


print(checked_load("port = 8080\nhost = example\n# comment\nratio = 0.5"))
print(checked_load("port = eighty\ncolour = red\nworkers = 4\njunk line\nratio=x"))

log = []
with suppress_and_log(KeyError, log=log):
    {}["nope"]
with suppress_and_log(KeyError, log=log):
    pass
try:
    with suppress_and_log(KeyError, log=log):
        parse_value("port", "abc")
except ValueError as e:
    print("escaped:", repr(e), "isinstance ConfigError:", isinstance(e, ConfigError))
with suppress_and_log(KeyError, log=log):
    parse_value("nonsense", 1)
print(log)


def transfer(amount):
    with Transaction():
        with Transaction():
            if amount < 0:
                raise ValueError("negative")
        return amount * 2


print(transfer(5))
try:
    transfer(-1)
except ValueError as e:
    print("transfer failed:", e, "depth", Transaction.depth)


def cleanup_order():
    steps = []
    try:
        try:
            steps.append("try")
            raise OSError(7001, "gone")
        finally:
            steps.append("inner finally")
    except OSError as e:
        steps.append(f"caught errno={e.errno} {e.strerror}")
        try:
            raise RuntimeError("during handling")
        except RuntimeError as inner:
            steps.append(f"context={type(inner.__context__).__name__}")
    else:
        steps.append("else")
    finally:
        steps.append("outer finally")
    return steps


print(cleanup_order())


def finally_overrides():
    for i in range(3):
        try:
            if i == 1:
                continue
            raise LookupError(i)
        except LookupError as e:
            last = e
        finally:
            pass
    return last.args


print(finally_overrides())


def reraise():
    try:
        int("x")
    except ValueError:
        try:
            raise
        except ValueError as again:
            return again.__traceback__ is not None


print(reraise())
try:
    raise TypeError("outer") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)
eg = ExceptionGroup("batch", [ValueError(1), TypeError(2), ExceptionGroup("nested", [ValueError(3)])])
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print([type(x).__name__ for x in eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions])
try:
    try:
        raise eg
    except* TypeError:
        print("handled TypeError part")
except ExceptionGroup as left:
    print("left over:", left.message, len(left.exceptions))
