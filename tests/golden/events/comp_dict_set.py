# Inlined dict and set comprehensions at module level.
d = {k: k * k for k in range(3)}
s = {v % 2 for v in d.values()}
