# str case methods and predicates.
words = ["hello World", "ÉCOLE", "straße", "ǅemal", "123abc", "  ", "", "Title Case Here", "ﬁne"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
for w in ["abc", "ABC", "Abc", "123", "12.5", "a1", " ", "", "٣", "½", "\t\n", "Hello World", "hello_world", "ıI"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalnum(), w.isspace(),
          w.isupper(), w.islower(), w.istitle(), w.isidentifier(), w.isprintable(), w.isascii())
print("σς".upper(), "ΌΣΟΣ".lower(), "ǳ".capitalize(), "ŉ".upper(), "ﬃ".upper(), "İ".casefold())
print("hello"[0].upper() + "hello"[1:], "MiXeD".lower().title(), "a-b_c d".title(), "o'neil".title())
print([c.isupper() for c in "aA1_"], [c.islower() for c in "aA1_"], "".isupper(), "1".isupper())
