# Exceptions inside comprehensions propagate; iteration variables never leak, even after an exception.
def risky(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x * 2
try:
    out = [risky(x) for x in range(5)]
except ValueError as e:
    print("ValueError:", e)
try:
    x
except NameError as e:
    print("NameError:", e)
try:
    d = {k: 1 / k for k in [1, 0]}
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    g = (risky(y) for y in range(5))
    print(next(g), next(g), next(g))
    print(next(g))
except ValueError as e:
    print("generator ValueError:", e)
results = []
for v in [1, 3, 2]:
    try:
        results.append([risky(v)])
    except ValueError:
        results.append("skipped")
print(results)
try:
    [y for y in 5]
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
