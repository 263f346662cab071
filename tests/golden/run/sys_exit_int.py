# sys.exit with an int status: exit code 3, finally blocks run, stdout flushed.
import sys
def check_args():
    return len(sys.argv)
print("argv length", check_args())
try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally runs")
print("never printed")
