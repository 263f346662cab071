INTS = (0, 1, -1, 255, 256, -257, 2**31 - 1, -(2**31), 2**31, 2**63, -(2**64) - 1, 10**40, 0x7FFF_FFFF_FFFF_FFFF_FFFF)
FLOATS = (0.0, -0.0, 1.5, -2.25, 1e308, 1e-308, 5e-324, 1e309, -1e309, 0.1, 3.141592653589793)
NAN = 1e309 - 1e309
INF_FOLDED = float("inf")
COMPLEX = (1j, -1j, 2 + 3j, 1.5 - 0.5j, complex(0, -0.0), 1e309j)
BYTES = (b"", b"abc", b"\x00\xff\n\t\\'\"", bytes(3))
STRS = ("", "a", "é", "日本語", "\U0001f600", "tab\tnewline\n", "quote'\"", "\x00\x7f", "\ud800" if False else "x")
NESTED = ((1, (2, (3, (4,)))), ("a", (b"b", (1.5, (None, True, False)))))
FROZEN = frozenset({1, 2, 3})
ELLIPSIS = ...
NONE_BOOL = (None, True, False)
BIG_SET_TEST = 3 in {1, 2, 3, 4}
LONG_STR = "x" * 20
SHORT_MUL = "ab" * 3
NEG = -5
INV = ~5
NOT = not 0


def consts():
    return 1000000, -1000000, 0.5, "s", b"b", (1, "two", 3.0), ..., None


print(INTS, FLOATS, NAN != NAN, INF_FOLDED, COMPLEX, BYTES, STRS, NESTED, FROZEN, ELLIPSIS, NONE_BOOL)
print(BIG_SET_TEST, LONG_STR, SHORT_MUL, NEG, INV, NOT, consts())
