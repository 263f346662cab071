# A RecursionError raised deep in recursion, caught at the top (only depth-independent events are logged).
import sys
def down(n):
    if n > 2:
        raise RecursionError("simulated at depth 3")
    return down(n + 1)
try:
    down(0)
except RecursionError:
    pass
