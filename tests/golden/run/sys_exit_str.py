# SystemExit with a string: message to stderr, status 1.
import sys
def fail(msg):
    print("about to exit")
    sys.exit(msg)
try:
    sys.exit("caught message")
except SystemExit as e:
    print("caught:", e.code)
fail("fatal: configuration missing")
