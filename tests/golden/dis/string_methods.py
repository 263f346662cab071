def text(s, parts):
    a = s.upper().strip()
    b = " ".join(parts)
    c = "%s-%d" % (s, 3)
    d = "{}+{}".format(s, 1)
    e = s + "!" * 3
    f = "abc"[1]
    g = len(s)
    h = s.startswith(("x", "y"))
    i = s.replace("a", "b", 1)
    return a, b, c, d, e, f, g, h, i


print(text(" banana ", ["x", "y"]))
