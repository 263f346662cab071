# Tracebacks through an inlined list comprehension (no extra frame) and a generator expression (a <genexpr> frame).
def check(v):
    if v > 1:
        raise ValueError(f"value {v} too large")
    return v
ok = [check(v) for v in [0, 1]]
print(ok)
try:
    [check(v) for v in [2]]
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
total = sum(check(v) for v in [0, 1, 5])
