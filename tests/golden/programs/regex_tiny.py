"""A tiny backtracking regex matcher supporting . * + ? ^ $ [] () and |."""

class Node:
    pass


class Char(Node):
    def __init__(self, c):
        self.c = c

    def __repr__(self):
        return f"Char({self.c!r})"


class Any(Node):
    def __repr__(self):
        return "Any()"


class Class(Node):
    def __init__(self, items, negate):
        self.items, self.negate = items, negate

    def matches(self, ch):
        hit = any(lo <= ch <= hi for lo, hi in self.items)
        return hit != self.negate

    def __repr__(self):
        return f"Class({self.items}, negate={self.negate})"


class Repeat(Node):
    def __init__(self, node, lo, hi, greedy=True):
        self.node, self.lo, self.hi, self.greedy = node, lo, hi, greedy

    def __repr__(self):
        return f"Repeat({self.node!r}, {self.lo}, {self.hi})"


class Seq(Node):
    def __init__(self, items):
        self.items = items

    def __repr__(self):
        return f"Seq({self.items!r})"


class Alt(Node):
    def __init__(self, options):
        self.options = options

    def __repr__(self):
        return f"Alt({self.options!r})"


class Group(Node):
    def __init__(self, node, index):
        self.node, self.index = node, index

    def __repr__(self):
        return f"Group({self.index}, {self.node!r})"


class Anchor(Node):
    def __init__(self, kind):
        self.kind = kind

    def __repr__(self):
        return f"Anchor({self.kind!r})"


class RegexError(Exception):
    pass


class RParser:
    def __init__(self, pat):
        self.p, self.i, self.groups = pat, 0, 0

    def parse(self):
        n = self.alt()
        if self.i != len(self.p):
            raise RegexError(f"unbalanced parenthesis at position {self.i}")
        return n

    def alt(self):
        opts = [self.seq()]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            opts.append(self.seq())
        return opts[0] if len(opts) == 1 else Alt(opts)

    def seq(self):
        items = []
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            items.append(self.repeat())
        return Seq(items)

    def repeat(self):
        atom = self.atom()
        while self.i < len(self.p) and self.p[self.i] in "*+?":
            op = self.p[self.i]
            self.i += 1
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[op]
            greedy = True
            if self.i < len(self.p) and self.p[self.i] == "?":
                greedy = False
                self.i += 1
            atom = Repeat(atom, lo, hi, greedy)
        return atom

    def atom(self):
        c = self.p[self.i]
        self.i += 1
        if c == ".":
            return Any()
        if c in "^$":
            return Anchor(c)
        if c == "(":
            self.groups += 1
            idx = self.groups
            inner = self.alt()
            if self.i >= len(self.p) or self.p[self.i] != ")":
                raise RegexError("missing ), unterminated subpattern")
            self.i += 1
            return Group(inner, idx)
        if c == "[":
            neg = self.p[self.i] == "^"
            if neg:
                self.i += 1
            items = []
            while self.p[self.i] != "]":
                lo = self.p[self.i]
                if self.p[self.i + 1] == "-" and self.p[self.i + 2] != "]":
                    items.append((lo, self.p[self.i + 2]))
                    self.i += 3
                else:
                    items.append((lo, lo))
                    self.i += 1
            self.i += 1
            return Class(items, neg)
        if c == "\\":
            e = self.p[self.i]
            self.i += 1
            table = {"d": Class([("0", "9")], False), "w": Class([("a", "z"), ("A", "Z"), ("0", "9"), ("_", "_")], False),
                     "s": Class([(" ", " "), ("\t", "\t"), ("\n", "\n")], False)}
            return table.get(e, Char(e))
        if c in "*+?":
            raise RegexError(f"nothing to repeat at position {self.i - 1}")
        return Char(c)


def match_node(node, s, i, groups, k):
    """Continuation-passing matcher: k(i, groups) -> result or None."""
    if isinstance(node, Char):
        return k(i + 1, groups) if i < len(s) and s[i] == node.c else None
    if isinstance(node, Any):
        return k(i + 1, groups) if i < len(s) and s[i] != "\n" else None
    if isinstance(node, Class):
        return k(i + 1, groups) if i < len(s) and node.matches(s[i]) else None
    if isinstance(node, Anchor):
        ok = i == 0 if node.kind == "^" else i == len(s)
        return k(i, groups) if ok else None
    if isinstance(node, Seq):
        def step(j, idx, g):
            if j == len(node.items):
                return k(idx, g)
            return match_node(node.items[j], s, idx, g, lambda i2, g2: step(j + 1, i2, g2))
        return step(0, i, groups)
    if isinstance(node, Alt):
        for opt in node.options:
            r = match_node(opt, s, i, groups, k)
            if r is not None:
                return r
        return None
    if isinstance(node, Group):
        return match_node(node.node, s, i, groups,
                          lambda i2, g: k(i2, {**g, node.index: (i, i2)}))
    if isinstance(node, Repeat):
        def rep(count, idx, g):
            def more():
                if node.hi is not None and count >= node.hi:
                    return None
                return match_node(node.node, s, idx, g,
                                  lambda i2, g2: rep(count + 1, i2, g2) if i2 != idx else None)
            def stop():
                return k(idx, g) if count >= node.lo else None
            first, second = (more, stop) if node.greedy else (stop, more)
            r = first()
            return r if r is not None else second()
        return rep(0, i, groups)
    raise TypeError(node)


def search(pat, s):
    p = RParser(pat)
    tree = p.parse()
    for start in range(len(s) + 1):
        r = match_node(tree, s, start, {}, lambda i, g: (i, g))
        if r is not None:
            end, g = r
            groups = tuple(s[g[n][0]:g[n][1]] if n in g else None for n in range(1, p.groups + 1))
            return (start, end), s[start:end], groups
    return None


def findall(pat, s):
    out, pos = [], 0
    tree = RParser(pat).parse()
    while pos <= len(s):
        r = match_node(tree, s, pos, {}, lambda i, g: i)
        if r is None:
            pos += 1
        else:
            out.append(s[pos:r])
            pos = r if r > pos else pos + 1
    return out


tests = [
    ("a.c", "xxabcxx"), ("^ab*c$", "abbbbc"), ("^ab*c$", "abbbbcd"), ("colou?r", "my color"),
    ("(a|b)+c", "xxababbcz"), ("[0-9]+", "abc 1234 def"), ("\\d+-\\d+", "tel 555-1234"),
    ("(\\w+)@(\\w+)\\.com", "mail bob@example.com now"), ("<.+>", "<a><b>"), ("<.+?>", "<a><b>"),
    ("[^aeiou ]+", "queue of bees"), ("(x*)*y", "xxxy"), ("(ab|a)(bc|c)", "abc"), ("z", "abc"),
]
for pat, text in tests:
    print(f"{pat!r:24} {text!r:26} -> {search(pat, text)}")
print(findall("[a-z]+", "Hello big World of 42 regexes"))
print(findall("\\d*", "a1b22c"))
print(RParser("a(b|c)*d?").parse())
for bad in ["a(b", "*a", "a)"]:
    try:
        search(bad, "ab")
    except RegexError as e:
        print("RegexError:", e)
