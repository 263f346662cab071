# ExceptionGroup, except*, split/subgroup, nesting, re-raise of unmatched parts.
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), ExceptionGroup("inner", [KeyError("k")])])
print(repr(eg), str(eg), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, LookupError))))
try:
    raise eg
except* ValueError as g:
    print("caught values", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("caught types", [str(e) for e in g.exceptions])
except* KeyError as g:
    print("caught keys", repr(g))
try:
    try:
        raise ExceptionGroup("mixed", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as rest:
    print("left over", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped", repr(g), type(g).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except (ExceptionGroup, KeyError) as e:
    print("raised in except*:", repr(e), repr(e.__context__))
eg2 = ExceptionGroup("d", [ValueError("x")])
eg3 = eg2.derive([TypeError("y")])
print(repr(eg3), eg2.message)
