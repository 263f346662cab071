# sys.exit with an int status: exit code 3, finally blocks run, stdout flushed.
import sys
try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally runs")
