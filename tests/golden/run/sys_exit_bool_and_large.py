# SystemExit statuses are taken modulo 256 by the OS (here 258 -> 2); True means 1 when caught and inspected.
import sys
try:
    sys.exit(True)
except SystemExit as e:
    print("caught", e.code, type(e.code).__name__)
try:
    raise SystemExit(-1)
except SystemExit as e:
    print("caught", e.code)
print("now exit 258")
sys.exit(258)
