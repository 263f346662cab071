# Floor division and modulo: the sign of the result follows the divisor.
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (0, -3), (5, 17), (-5, 17)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f"{a:>4} {b:>4} -> q={q:>3} r={r:>3} check={q * b + r == a}")
big = 10 ** 25 + 3
for a, b in [(big, 7), (-big, 7), (big, -7), (-big, -7)]:
    print(a // b, a % b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0)]:
    print(a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"))
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, "->", e)
