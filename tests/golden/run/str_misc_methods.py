# More str methods: format_map, partition variants, splitlines edge cases, startswith tuples, zfill, encode, count overlaps.
print("aaaa".count("aa"), "abcabc".find("c", 3), "abcabc".rfind("c", 0, 4), "a".center(4), "ab".center(5, "-"))
print("x=1;y=2".partition(";"), "no-sep".rpartition(";"), "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h".splitlines())
print("hello world".title(), "they're bill's".title(), "HELLO".capitalize(), "ß".upper(), "İ".lower(), len("İ".lower()))
print("  padded  ".strip(" d"), "www.example.com".strip("cmowz."), "mississippi".split("ss"), "a b  c".split(" "))
print("1,2,3".rsplit(",", 1), "tab\tsep".split("\t"), "x".split("x"), "".splitlines(), "\n".splitlines())
print("abc".startswith(("x", "a")), "abc".endswith(("c",)), "abc".startswith("b", 1), "abc".endswith("b", 0, 2))
print("Hello".encode("utf-8"), "€".encode("utf-8"), "€".encode("utf-16"), len("€".encode("utf-32")))
print("abc".index("c"), "abc" * 0 == "", "ab".isalnum(), "a b".isalnum(), "\u00b2".isdigit(), "\u00b2".isdecimal())
print(str.lower("ABC"), str.join(",", ["a", "b"]), "{:^9}".format("mid"), "x".ljust(3, "*") + "|")
print(sorted("hello world"), "".join(sorted(set("mississippi"))), "Zebra" < "apple", "apple".upper() < "Zebra")
try:
    "abc".center(10, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "a".join("b", "c")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" + 5
except TypeError as e:
    print("TypeError:", e)
print("a".__add__("b"), "abc".__contains__("b"), "abc".__len__(), "x".__mul__(3), "%d".__mod__(5))
