# format() specs on ints: fill/align, sign, #, 0, width, grouping, bases, c, n, errors.
n = 1234567
for spec in ["", "d", "10", "<10", ">10", "^10", "*^11", "+", "-", " ", "010", "+010", ",", "_", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "#_x", "=+10", "e", ".2f", "%", "n"]:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(65, "c"), format(0x1F600, "c"), format(0, "#b"), format(-0, "+d"), format(True, "x"))
for bad in [".2d", "c,", "z", "=s"]:
    try:
        print(format(5, bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
print(f"{10**20:,}", f"{-10**20:_x}", f"{255:08_b}", f"{42:=^+9}")
