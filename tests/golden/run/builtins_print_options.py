# print(): sep, end, file, flush, multiple args, no args, non-str objects.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" <- same line")
print(1, 2.5, None, [1], {"k": (1,)}, sep=" | ", end=" END\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=", ")
print(*[], sep="x")
print("multi", "sep", sep="\n--\n")
print("x", end="\n\n")
print(sep="ignored", end="only end\n")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", file=w)
print(w.parts)
print(None, file=None)
