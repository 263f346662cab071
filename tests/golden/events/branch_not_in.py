# Membership tests and not in conditions.
def filt(words):
    seen = set()
    out = []
    for w in words:
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out
filt(["a", "b", "a"])
