# String literal escapes: \n \t \\ \' \" \x \u \U \N{} \0 octal, raw strings, bytes escapes, line continuation.
s = "tab:\t|nl:\n|cr:\r|bs:\\|sq:\'|dq:\"|bell:\a|bsp:\b|ff:\f|vt:\v|nul:\0|oct:\101\60|hex:\x41|u:\u00e9|U:\U0001F600|N:\N{BULLET}"
print(repr(s))
print(len(s), [hex(ord(c)) for c in s[-12:]])
print(r"raw \n stays", len(r"\n"), r"\\", rb"\x00", repr(rb"\x00"))
print(b"\x00\x7f\x80\xff", b"\101\t\\", len(b"\x00\n"))
print("line one \
continued")
print('''triple 'single' with "double"''', """and "double" quotes""")
print("\u0041\u0301", "\N{LATIN SMALL LETTER A WITH GRAVE}", "\x7f".isprintable(), "\u00a0".isspace())
