# repr() of strings: quote choice, escapes, non-printable and non-ASCII characters; ascii().
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\r", "back\\slash",
           "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é ü ß", "日本語", "\u200b\u2028", "emoji 😀", "\ud800", "\U0010ffff", "\ufeff"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(chr(65), chr(0x263A), chr(128512), ord("A"), ord("€"), ord("😀"), hex(ord("\n")))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print("\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print(str(b"bytes"), str(b"abc", "ascii"), "café".encode(), "café".encode("latin-1"), b"caf\xc3\xa9".decode())
print("ä".encode("utf-16-le"), "x".encode("utf-32-be"), "aé".encode("ascii", "replace"), "aé".encode("ascii", "ignore"))
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("latin-1"), "aé€".encode("ascii", "backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xe9t\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
