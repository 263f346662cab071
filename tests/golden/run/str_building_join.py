# Building strings: += in loops, join, repeated concatenation, str() of many types, multiline literals.
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts), "|".join(map(str, range(3))), " ".join(["a"] * 3))
lines = ["first", "second", "third"]
block = "\n".join(f"{n:>2}: {l}" for n, l in enumerate(lines, 1))
print(block)
print(str(1), str(1.0), str(None), str([1, "a"]), str({"k": "v"}), str((1,)), str(b"b"), str(1j), str(range(2)))
raw = r"C:\new\table"
print(raw, len(raw), r"\n" == "\\n", "tab\tend", 'single', "double", """triple "quoted" 'mix'""")
implicit = ("con" "cat" "enated")
print(implicit, "a" "b" == "ab")
multi = """line1
line2\
continued
"""
print(repr(multi))
print("%s=%r" % ("k", "v"), "{}{}".format("x", 1), "abc"[::-1] + "!", "-" * 20)
big = "x" * 10000
print(len(big), big.count("x"), big[:5], len(big.replace("x", "yz")))
print("Hello {name}".replace("{name}", "you"), "a,b;c".replace(",", ";").split(";"))
