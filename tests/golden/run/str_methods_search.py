# str searching, splitting, joining, stripping, replacing.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.index("fox"), s.rindex("o"))
print(s.count("o"), s.count("the"), s.count(""), s.count("o", 10, 20))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("do", 0, -1))
print(s.split(), s.split(" ", 2), s.rsplit(" ", 2), "a,b,,c".split(","), "  a  b  ".split(), "".split(","))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "x".partition("y"), s.partition(" "), s.rpartition(" "))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(5)))
print(repr("  xx  ".strip()), repr("  xx  ".lstrip()), repr("  xx  ".rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"))
print(s.replace("the", "THE"), s.replace("o", "0", 2), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print("ab".center(8, "*"), "ab".ljust(6, "."), "ab".rjust(6), "42".zfill(6), "-42".zfill(6), "+7".zfill(4))
print("a\tb\tc".expandtabs(4), "prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), str.maketrans({"a": "1"}), "hello".translate({ord("l"): None}))
print("x".join("abc"), "%".join(["", ""]), "1,2,3".split(",", maxsplit=1))
