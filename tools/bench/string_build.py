# String building: concatenation, join, f-strings, formatting, slicing and methods.
def run(n):
    parts = []
    s = ""
    for i in range(n):
        s += str(i % 10)
        parts.append(f"{i:05d}:{i * 3 % 7}")
        if len(s) > 1000:
            s = s[500:]
    joined = ",".join(parts)
    up = joined.upper().replace("0", "o")
    words = up.split(",")
    chk = 0
    for w in words:
        chk = (chk * 31 + len(w) + ord(w[-1])) % 1000000007
    table = "\n".join("%-8s|%8.2f|%x" % (w[:6], i / 7, i) for i, w in enumerate(words[:50000]))
    return chk, len(table), s[:20]
print(run(300000))
