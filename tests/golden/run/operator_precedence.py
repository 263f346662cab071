# Operator precedence and associativity, as users write expressions without parentheses.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, 1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 | 3 & 8, 5 ^ 3 & 1)
print(not 1 == 2, not (1 == 2), 1 < 2 == True, (1 < 2) == True, 1 + 1 == 2 and 3 > 2 or False)
print(True or False and False, (True or False) and False, not True or True, - -1, ~~5, -~5, ~-5)
print(3 if 0 else 4 if 1 else 5, [1, 2][0] + 1, "ab" * 2 + "c", "a" in "abc" == True)
x = 5
print(0 < x <= 5 < 10, x is not None and x > 3, x > 3 if x else 0, -x ** 2, (lambda: 1 + 2)())
print(2 * -3, 2 - -3, 10 % -3 * 2, 1 - 2 + 3 - 4, 2 ** 2 * 3, 8 >> 1 + 1, 0 or 0 and 1, 3 and 0 or 2)
y = [1, 2, 3]
print(y[1] ** 2, -y[0], not y, y * 2 + [0], (y + [4])[-1], 3 in y and 4 not in y, {1: 2}.get(1) + 1)
print(1 if x > 3 and not x > 9 else 0, x // 2 * 2 == x, x % 2 == 1 != 0, f"{x ** 2:>4}", -(-x) // 2, -x // 2)
