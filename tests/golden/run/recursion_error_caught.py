# Deep recursion raises RecursionError, which can be caught; the limit is adjustable.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
depth = 0
def count(n):
    global depth
    depth = n
    count(n + 1)
try:
    count(1)
except RecursionError:
    print("limited depth in range:", 150 < depth <= 200)
sys.setrecursionlimit(1000)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(RecursionError, RuntimeError))
