# Conversions between types with builtins: str/int/float/bool/list/tuple/set/dict/bytes from each other.
print(str(42), int("42"), float("4.2"), int(4.9), int(-4.9), float(3), bool("False"), bool(""), str(True), int(False))
print(list("abc"), tuple([1, 2]), set((1, 1, 2)), dict([("a", 1)]), list({"k": 1}), list({"k": 1}.items()), tuple({3: 0, 1: 0}))
print(bytes([104, 105]), list(b"hi"), str(b"hi", "ascii"), bytes("hi", "ascii"), bytearray("hi", "utf-8"), b"hi".decode())
print(int("0x1A", 16), int("1A", 16), int("11", 2), int("zz", 36), str(0x1A), repr(0o17), f"{0b1010}")
print(float("  3.25\n"), float("-inf"), float(True), int(" 7 "), int("-0"), float("-0"), str(-0.0))
print(chr(97) + chr(98), [ord(c) for c in "AZaz09"], "".join(chr(ord("a") + i) for i in range(5)))
print(list(range(3)), list(map(str, [1, 2])), list(zip(*[(1, "a"), (2, "b")])), dict(zip(range(3), "abc")))
print(str([1, 2]) == "[1, 2]", eval_free := "no eval", repr("q") == "'q'", repr(1.0), repr(10 ** 20), repr(-5))
for v, target in [("12a", int), ("x", float), ([1, 2], dict), (5, list), ("ab", bytes)]:
    try:
        target(v)
    except (ValueError, TypeError) as e:
        print(target.__name__, repr(v), "->", type(e).__name__, e)
