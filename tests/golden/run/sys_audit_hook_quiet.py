# sys.audit hooks run as "tracing": no monitoring event fires for their code,
# unless the hook has a true __cantrace__ (CPython: sys_audit_tstate).
import sys

seen = []


def quiet(event, args):
    if event.startswith("demo."):
        seen.append((event, args))


def strict(event, args):
    if event == "demo.fail":
        raise RuntimeError("blocked " + event)


class Traced:
    __cantrace__ = True

    def __call__(self, event, args):
        if event.startswith("demo."):
            seen.append(("traced", event, len(args)))


sys.addaudithook(quiet)
sys.addaudithook(strict)
sys.audit("demo.one", 1, "two")
sys.audit("other.event")
try:
    sys.audit("demo.fail", 3)
except RuntimeError as e:
    print("RuntimeError", e)
sys.addaudithook(Traced())
sys.audit("demo.traced", 4, 5)
Traced.__cantrace__ = False
sys.audit("demo.quiet-again")
print(seen)
try:
    sys.audit(42)
except TypeError as e:
    print("TypeError", e)
