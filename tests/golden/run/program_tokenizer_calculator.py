# A hand-written tokenizer and recursive-descent parser/evaluator for arithmetic expressions.
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c in "+-*/%()^":
            toks.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return toks
class Parser:
    def __init__(self, toks):
        self.toks, self.pos = toks, 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("end", None)
    def take(self):
        t = self.peek(); self.pos += 1; return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        kind, v = self.take()
        if kind == "num":
            return v
        if (kind, v) == ("op", "("):
            r = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return r
        raise SyntaxError(f"unexpected {v!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 % 3", "7 / 2", "2.5 * 4", "((2))", "1 +", "3 $ 4", "1 / 0"]:
    try:
        print(f"{src!r:16} = {Parser(tokenize(src)).expr()!r}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{src!r:16} ! {type(e).__name__}: {e}")
