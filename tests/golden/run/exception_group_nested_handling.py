# except* with nested groups, multiple matching clauses, and the rest re-raised as a group.
def failing():
    raise ExceptionGroup("outer", [
        ValueError("v"),
        ExceptionGroup("inner", [TypeError("t"), ValueError("v2")]),
        KeyError("k"),
    ])
try:
    try:
        failing()
    except* ValueError as g:
        print("values:", repr(g))
    except* TypeError as g:
        print("types:", repr(g))
except ExceptionGroup as rest:
    print("rest:", repr(rest))
try:
    failing()
except* (ValueError, TypeError) as g:
    print("both:", [type(e).__name__ for e in g.exceptions])
except* LookupError as g:
    print("lookup:", repr(g))
eg = ExceptionGroup("e", [ValueError(1), ValueError(2)])
print(eg.split(lambda e: e.args[0] == 1))
print([repr(e) for e in eg.exceptions], eg.args[0], str(eg))
