# Text processing: word frequencies, longest words, character classes, line wrapping, caesar cipher.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(words), len(freq), top)
print(max(words, key=len), sorted({w for w in words if len(w) > 6}))
print(sum(c.isalpha() for c in text), sum(c.isspace() for c in text), sum(c in ",." for c in text))
def wrap(s, width):
    lines, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return lines + [cur]
for line in wrap(text, 30):
    print(f"|{line:<30}|")
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(" ".join(w[::-1] for w in "reverse each word".split()), "racecar" == "racecar"[::-1])
