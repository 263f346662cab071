# A text-processing toolkit exercising str methods broadly: case mapping (incl. non-ASCII),
# splitting/partitioning, justification, translate tables, predicates, encode/decode,
# find/count/replace with bounds, expandtabs, splitlines, removeprefix, format_map.
TEXT = """The Quick brown fox\tjumps over the lazy dog.
  Straße, ÉCOLE, naïve café — İstanbul ǅemal ﬁne.
Numbers: 42, -7, 3.14, 1_000, ٣ (arabic three), ½ and Ⅻ.\r\nTabs\tand\ttabs\x0bvt\x0cff
last line without newline"""

lines = TEXT.splitlines()
print(len(lines), [len(l) for l in lines])
print(TEXT.splitlines(keepends=True)[2][-3:].encode())
for l in lines[:3]:
    print(repr(l.upper()), repr(l.lower()), sep="\n  ")
print("Straße".casefold(), "Straße".upper(), "ǅemal".lower(), "ǅemal".upper(), "ǅemal".title(), "ﬁne".upper())
print("İ".lower().encode("utf-8"), len("İ".lower()), "ΣΑΣ".lower(), "hello world".title(), "they're bill's".title())
print("hello World".swapcase(), "ß".swapcase(), "abc".capitalize(), "ABC dEF".capitalize(), "éclair".capitalize())
words = lines[0].split()
print(words, lines[0].split(None, 2), lines[0].rsplit(None, 2), lines[0].split("o"), "a,b,,c,".split(","))
print("  x  y  ".split(" "), "a--b--c".split("--", 1), "a--b--c".rsplit("--", 1), "".split(), "".split(","))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "none".partition(":"), "none".rpartition(":"))
for w in ("cat", "tiger", "hippopotamus"):
    print(f"[{w.center(9, '*')}][{w.ljust(7, '.')}][{w.rjust(7)}][{w.zfill(6)}]")
print("-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "3.5".rjust(6, "0"))
table = str.maketrans({"a": "4", "e": "3", "o": None, "t": "7"})
print("leet translation of a toolset".translate(table), str.maketrans("abc", "xyz", "q"))
print("hello".translate({104: "J", 108: "ll"}), "abc".maketrans("ab", "ba"))
samples = ["abc", "ABC", "Abc Def", "123", "½", "٣", "Ⅻ", "x1_", "_x1", "1x", "", " \t\n", "ǅ", "é", "ab cd"]
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isupper", "islower", "istitle", "isspace", "isidentifier", "isprintable", "isascii"]
print(" " * 8 + " ".join(p[2:6] for p in preds))
for s in samples:
    print(f"{s!r:>8} " + " ".join(f"{'T' if getattr(s, p)() else '.':^4}" for p in preds))
s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.rfind("bra"), s.find("bra", 2, 8), s.index("cad"), s.count("a"), s.count("a", 1, -1), s.count(""))
print(s.replace("a", "A", 2), s.replace("", "-"), s.replace("bra", ""), s.startswith(("x", "ab")), s.endswith("bra", 0, 4))
print(s.removeprefix("abra"), s.removesuffix("abra"), s.removeprefix("zzz"), s.strip("ab"), s.lstrip("abr"), s.rstrip("ar"))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef".expandtabs(4), "x\ty\n\tz".expandtabs(2).split("\n"))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), " | ".join(map(str, range(5))))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
data = {"name": "Ada", "n": 3}


class Missing(dict):
    def __missing__(self, key):
        return f"<{key}?>"


print("{name} has {n} items".format_map(data), "{name} {unknown}".format_map(Missing(data)))
enc = "Grüße, 世界! €".encode("utf-8")
print(enc, len(enc), enc.decode("utf-8"), "Grüße".encode("latin-1"), "€".encode("utf-16-le"))
print("Grüße €".encode("ascii", "replace"), "Grüße €".encode("ascii", "ignore"), "Grüße".encode("ascii", "xmlcharrefreplace"), "é€".encode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9 \xff".decode("utf-8", "replace"), b"\xff\xfe".decode("latin-1"), b"abc\xff".decode("ascii", "ignore"))
try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
try:
    "ü".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(ord("€"), chr(0x1F600).encode("utf-8"), hex(ord("İ")), ascii("naïve ☃ 😀"), repr("tab\there\x00\x7f\u200b"))
print(sorted("Banana apple Cherry date".split()), sorted("Banana apple Cherry date".split(), key=str.casefold))
print(max("hello world", key="aeiou".find), min(["bb", "a", "ccc"], key=len), "abc" < "abd" < "b", "Z" < "a", "é" > "z")
vowels = sum(ch in "aeiouAEIOU" for ch in TEXT)
print("vowels:", vowels, "upper:", sum(map(str.isupper, TEXT)), "words:", len(TEXT.split()))
freq = {}
for ch in TEXT.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print("%-10s|%+5d|%05.1f|%x|%c|%%|%r" % ("left", 3, 2.345, 255, 0x263A, "q"))
print(f"{'abc'[::-1]}", "abcdef"[1:5:2], "abcdef"[-2:], "abcdef"[::-2], "abc" * 3, 3 * "-", "a" in "cat", "" in "x")
print("Hello, World".center(30, "~").replace("~", "~ ", 2), len("😀"), "😀".isprintable(), "\u0301e".isalpha())
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(42), str(), str(3.0), str([1, "a"]), str({"k": (1,)}))
print(" spaced  out ".strip().split("  "), "\u00a0nbsp\u2003".strip(), "x".join("abc"), "abc".join(["", ""]))
