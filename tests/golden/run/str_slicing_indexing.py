# str indexing and slicing with every step sign, out-of-range bounds.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-5:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[::-1][10:]))
print(s[slice(1, 8, 3)], s[slice(None, None, -3)], len(s[::7]))
u = "héllo wörld ✓ 𝄞"
print(len(u), u[1], u[-1], u[::-1], u[6:11], [c for c in u[-3:]])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
print("abc" * 3, 3 * "ab", "x" * 0, "x" * -2, "ab" + "cd", "b" in "abc", "" in "abc", "d" not in "abc")
print("abc" < "abd", "Z" < "a", "abc" < "ab", "é" > "z", sorted(["b", "A", "a", "B", "ä"]))
print(min("hello"), max("hello"), list("abc"), tuple("ab"), list(reversed("abc")))
