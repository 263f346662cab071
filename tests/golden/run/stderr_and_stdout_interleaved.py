# stdout and stderr are captured separately; both keep their own order.
import sys
for i in range(5):
    print("out", i)
    print("err", i, file=sys.stderr)
sys.stderr.write("direct stderr write\n")
print("done", file=sys.stdout)
print("no newline at end of stderr", end="", file=sys.stderr)
