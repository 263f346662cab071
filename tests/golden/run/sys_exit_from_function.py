# SystemExit raised deep inside functions and through a with block still unwinds everything.
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit saw", t.__name__, v.code)
        return False
def deep(n):
    if n == 0:
        with CM():
            raise SystemExit(4)
    deep(n - 1)
try:
    deep(3)
finally:
    print("module finally")
