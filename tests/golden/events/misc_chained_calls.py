# Chained method calls on strings and lists.
def f(s):
    return "-".join(s.strip().upper().split()).lower()
f("  a b  ")
