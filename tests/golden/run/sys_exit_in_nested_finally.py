# SystemExit propagates through nested try/finally and except Exception (it is not an Exception subclass).
import sys
def cleanup(tag):
    print("cleanup", tag)
def work():
    try:
        try:
            sys.exit(9)
        except Exception:
            print("never: SystemExit is not an Exception")
        finally:
            cleanup("inner")
    finally:
        cleanup("outer")
try:
    work()
except BaseException as e:
    print("caught at top:", type(e).__name__, e.code)
    raise
