# Encoders written by hand: roman numerals, run-length encoding, base64, hex dump.
def to_roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -m[a] if b != " " and m[a] < m[b] else m[a]
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
ALPH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        enc = [ALPH[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append("".join(enc[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)
for d in [b"", b"f", b"fo", b"foo", b"foobar", "héllo".encode()]:
    print(d, b64(d))
def hexdump(data):
    for off in range(0, len(data), 8):
        chunk = data[off:off + 8]
        print(f"{off:04x}  {' '.join(f'{b:02x}' for b in chunk):<23}  {''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)}")
hexdump(b"Hello\x00\x01\x02World\xff!")
