# bytes: literals, repr, indexing, slicing, methods.
b = b"Hello, \x00\xff world"
print(b, repr(b), len(b), b[0], b[-1], b[7:9], b[::-1][:5], list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes.fromhex("de ad be ef"))
print(b.hex(), b"ab".hex(":"), b"abc".upper(), b"ABC".lower(), b"  x ".strip(), b"a,b".split(b","))
print(b.find(b"o"), b.count(b"l"), b.startswith(b"He"), b"x" in b, 101 in b, b.replace(b"l", b"L"))
print(b"-".join([b"a", b"b"]), b"ab" * 3, b"ab" + b"cd", b"abc" < b"abd", b"a" == "a")
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"a\tb".expandtabs(2), b"hi".center(6, b"*"))
print(b"12".isdigit(), b"ab".isalpha(), b"Ab".istitle(), b"a b".title(), b"AbC".swapcase())
print(bytes(b"copy"), b"%d-%s" % (1, b"x"), b"abc".translate(None, b"b"), b"x".zfill(3))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("x")
except TypeError as e:
    print("TypeError:", e)
print(hash(b"") == hash(""), b"\n\r\t\\'\"", repr(b"'"), repr(b"'\""), bytes.maketrans(b"ab", b"xy")[97:99])
