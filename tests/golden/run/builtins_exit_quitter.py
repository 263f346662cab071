# exit and quit are _sitebuiltins.Quitter instances (put in builtins by site):
# their repr, their __dict__, and calling one closes sys.stdin and raises SystemExit.
import sys

print(repr(exit), str(quit))
print(type(exit).__name__, type(exit).__module__, type(exit) is type(quit), callable(exit))
print(vars(exit), exit.name, quit.eof)
for args, kwargs in [((), {}), ((3,), {}), ((), {"code": "bye"}), ((None,), {})]:
    try:
        exit(*args, **kwargs)
    except SystemExit as e:
        print("SystemExit", e.args, e.code)
for args, kwargs in [((1, 2), {}), ((), {"status": 1}), ((1,), {"code": 2})]:
    try:
        quit(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
print(sys.stdin.closed)
Q = type(exit)
mine = Q("leave", "Ctrl-Z")
print(repr(mine), isinstance(mine, Q))
mine.name = "go"
print(mine)
