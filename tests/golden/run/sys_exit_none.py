# SystemExit(None) and a caught SystemExit: status 0.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, type(e.code).__name__, repr(e))
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
try:
    exit(7)
except SystemExit as e:
    print("builtin exit", e.code)
print("done")
raise SystemExit(None)
