# if/elif/else chains, conditional expressions, and/or short-circuit returning operands, not.
def grade(s):
    if s >= 90:
        return "A"
    elif s >= 80:
        return "B"
    elif s >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in (95, 85, 75, 10)])
def t(name, v):
    print("eval", name)
    return v
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0) or t("c", "last"))
print(t("a", "first") or t("b", 1))
print(not t("x", []), not not t("y", [1]))
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd", (1 if x else 2) + 1)
print(1 < x < 10, 10 > x > 1 > 0, x == 5 != 6, 1 < t("mid", 0) < t("never", 5))
a = [] or {} or "" or 0 or None
print(a, [] and 1, 0.0 or -0.0, "s" and "t")
if x:
    pass
elif undefined_name_never_evaluated:
    pass
print(all([t("p", 1), t("q", 1)]), any(t(c, c == "m") for c in "lmn"))
y = None
print(y is None and "none" or "value", y is not None)
