# stdout and stderr are captured separately; both keep their own order.
import sys
for i in range(5):
    print("out", i)
    print("err", i, file=sys.stderr)
sys.stderr.write("direct stderr write\n")
print("done", file=sys.stdout)
print("several", "args", sep="|", end="!\n", file=sys.stderr)
sys.stdout.write("stdout write returns " + str(sys.stdout.write("")) + "\n")
print(file=sys.stderr)
print("no newline at end of stderr", end="", file=sys.stderr)
