# A traceback through 60 identical recursive frames collapses them: "[Previous line repeated N more times]".
def rec(n):
    if n == 60:
        raise ValueError(f"reached depth {n}")
    return rec(n + 1) + 1
print("start")
try:
    rec(55)
except ValueError as e:
    print("caught:", e)
rec(0)
