"""String processing: word frequency, ciphers, run-length encoding, text wrapping."""

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""


def words(text):
    out = []
    cur = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def frequencies(ws):
    freq = {}
    for w in ws:
        freq[w] = freq.get(w, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))


def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(s, key, decrypt=False):
    out, j = [], 0
    for ch in s:
        if ch.isalpha():
            shift = ord(key[j % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            j += 1
        else:
            out.append(ch)
    return "".join(out)


def crack_caesar(cipher):
    english = "etaoinshrdlu"
    best = None
    for k in range(26):
        cand = caesar(cipher, -k)
        score = sum(cand.lower().count(c) * (12 - i) for i, c in enumerate(english))
        if best is None or score > best[0]:
            best = (score, k, cand)
    return best[1], best[2]


def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}" if n > 1 else prev)
            prev, n = ch, 1
    out.append(f"{n}{prev}" if n > 1 else prev)
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or "1"))
            num = ""
    return "".join(out)


def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def justify(line, width):
    ws = line.split()
    if len(ws) == 1:
        return line.ljust(width)
    gaps = len(ws) - 1
    spaces = width - sum(map(len, ws))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (1 if i < r else 0)) for i, w in enumerate(ws[:-1])) + ws[-1]


ws = words(TEXT)
print(len(ws), len(set(ws)))
for w, n in frequencies(ws)[:8]:
    print(f"{w:>10} {n:3d} {'#' * n}")
secret = caesar("The Quick Brown Fox Jumps Over The Lazy Dog!", 13)
print(secret, "|", caesar(secret, 13))
print(crack_caesar(caesar(TEXT.splitlines()[0], 7)))
v = vigenere("Attack at dawn, Meet me by the bridge.", "LEMON")
print(v, "|", vigenere(v, "LEMON", decrypt=True))
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabbbcccc"]:
    e = rle_encode(s)
    print(repr(e), rle_decode(e) == s)
for line in wrap(TEXT, 38):
    print("|" + justify(line, 38) + "|")
print(TEXT.title()[:40], TEXT.swapcase()[:20], TEXT[:30].center(40, "*"))
print("-".join(sorted(set(TEXT.lower()) - set(" ,.\n"))))
print([w for w in ws if w == w[::-1] and len(w) > 1], max(ws, key=len), min(ws, key=lambda w: (len(w), w)))
print("abc".zfill(6), "3.14".rjust(8, "0"), "x=%5.2f|%-6s|%03d|%x|%r" % (3.14159, "ab", 7, 255, "q"))
print("{0}-{1}-{0}".format("a", "b"), "{name:^9}|{n:+05d}".format(name="mid", n=42), "a,b,,c".split(","))
print(" pad ".strip(), "xxhixx".strip("x"), "a b  c".split(), "line1\nline2\r\nline3".splitlines())
print("hello world".replace("o", "0", 1), "hello".find("l"), "hello".rfind("l"), "hello".index("e"))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print("ß".upper(), "ǅ".lower(), "İ".lower(), len("İ".lower()), "straße".casefold())
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower), sorted("hello world".split(), reverse=True))
print(" ".join(reversed(TEXT.split()[:6])), "".join(c for c in "a1b2c3" if c.isdigit()))
print(ascii("café ☕"), repr("tab\there"), "%s|%5s|%-5s|" % ("é", "ü", "ñ"))
