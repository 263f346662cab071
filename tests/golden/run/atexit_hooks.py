# atexit: last registered runs first, after the main module and the report of
# its uncaught exception; arguments, unregister, and a callback that raises.
import atexit


def bye(who, punct="!"):
    print(f"bye {who}{punct}")


def broken():
    raise ValueError("broken exit hook")


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
atexit.register(broken)
r = atexit.register(bye, "dropped")
print(r is bye)
atexit.unregister(bye)

atexit.register(bye, "third")


@atexit.register
def decorated():
    print("decorated runs first")


try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)

print("main ends")
raise SystemExit(3)
