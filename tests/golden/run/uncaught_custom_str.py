# Traceback last line for exceptions with no args, several args, custom __str__, and a module-qualified name.
class Weird(Exception):
    def __str__(self):
        return "custom message\nwith two lines"
import sys
try:
    raise Exception()
except Exception as e:
    print(repr(str(e)))
print("raising", file=sys.stderr)
raise Weird("ignored")
