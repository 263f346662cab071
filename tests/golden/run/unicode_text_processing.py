# Unicode text: lengths in code points, case mapping beyond ASCII, normalisation-free comparisons, sorting by code point.
words = ["Zürich", "zebra", "Äpfel", "apple", "ελληνικά", "日本", "naïve", "Ωmega"]
print([len(w) for w in words], sorted(words), sorted(words, key=str.casefold))
print([w.upper() for w in words[:5]], "ΣΑΣ".lower(), "ﬀ".upper(), "ǈ".istitle(), "ß".casefold() == "ss")
print([c for c in "naïve" if not c.isascii()], "日本".encode("utf-8").hex(), len("日本".encode("utf-8")), "😀".encode("utf-16-le").hex())
s = "a\u0300e\u0301"
print(len(s), [hex(ord(c)) for c in s], s.isalpha(), "\u0300".isalpha())
print("İstanbul".lower(), len("İstanbul".lower()), "straße".upper(), "ǆ".title(), "Ⅻ".isnumeric(), "Ⅻ".isdigit())
print("x".center(5, "·"), "→".join("abc"), "€100".strip("€"), "—".join(["em", "dash"]))
print(max(words), min(words), [ord(max(w)) for w in words[:3]])
