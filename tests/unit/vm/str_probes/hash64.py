seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
alpha = ['a', 'b', 'A', 'B', ' ', '\t', '\n', 'é', 'É', '€', 'ß', 'Σ', 'σ', 'ς', '𝄞', '1', '٣', '_', '-', ',', '\u2028', '\x85', 'ǅ', 'ﬁ', '\u0301', 'İ', '\r']
def rstr(maxlen):
    return ''.join(alpha[rnd(len(alpha))] for _ in range(rnd(maxlen + 1)))

for i in range(300):
    s = rstr(20)
    print(hash(s), hash(s.encode('utf-8','surrogatepass')))

