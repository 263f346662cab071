"""Tokenizer, recursive-descent parser and tree-walking evaluator for a tiny language."""

KEYWORDS = {"let", "if", "then", "else", "while", "do", "end", "print", "fn", "return"}


class Token:
    __slots__ = ("kind", "value", "pos")

    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"


class LangError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg if pos is None else f"{msg} at {pos}")
        self.pos = pos


def tokenize(src):
    i, n = 0, len(src)
    out = []
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c == "#":
            while i < n and src[i] != "\n":
                i += 1
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            out.append(Token("num", float(text) if "." in text else int(text), i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            w = src[i:j]
            out.append(Token("kw" if w in KEYWORDS else "id", w, i))
            i = j
        elif c == '"':
            j = src.index('"', i + 1)
            out.append(Token("str", src[i + 1:j], i))
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "&&", "||"):
            out.append(Token("op", src[i:i + 2], i))
            i += 2
        elif c in "+-*/%<>=(),;":
            out.append(Token("op", c, i))
            i += 1
        else:
            raise LangError(f"unexpected character {c!r}", i)
    out.append(Token("eof", None, n))
    return out


PREC = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4,
        "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind, value=None):
        t = self.next()
        if t.kind != kind or (value is not None and t.value != value):
            raise LangError(f"expected {value or kind}, got {t.value!r}", t.pos)
        return t

    def program(self):
        stmts = []
        while self.peek().kind != "eof":
            stmts.append(self.statement())
        return ("block", stmts)

    def block_until(self, *enders):
        stmts = []
        while not (self.peek().kind == "kw" and self.peek().value in enders):
            stmts.append(self.statement())
        return ("block", stmts)

    def statement(self):
        t = self.peek()
        match t.kind, t.value:
            case "kw", "let":
                self.next()
                name = self.expect("id").value
                self.expect("op", "=")
                e = self.expr()
                self.expect("op", ";")
                return ("let", name, e)
            case "kw", "print":
                self.next()
                args = [self.expr()]
                while self.peek().value == ",":
                    self.next()
                    args.append(self.expr())
                self.expect("op", ";")
                return ("print", args)
            case "kw", "if":
                self.next()
                cond = self.expr()
                self.expect("kw", "then")
                body = self.block_until("else", "end")
                other = ("block", [])
                if self.next().value == "else":
                    other = self.block_until("end")
                    self.expect("kw", "end")
                return ("if", cond, body, other)
            case "kw", "while":
                self.next()
                cond = self.expr()
                self.expect("kw", "do")
                body = self.block_until("end")
                self.expect("kw", "end")
                return ("while", cond, body)
            case "kw", "fn":
                self.next()
                name = self.expect("id").value
                self.expect("op", "(")
                params = []
                while self.peek().value != ")":
                    params.append(self.expect("id").value)
                    if self.peek().value == ",":
                        self.next()
                self.expect("op", ")")
                body = self.block_until("end")
                self.expect("kw", "end")
                return ("fn", name, params, body)
            case "kw", "return":
                self.next()
                e = self.expr()
                self.expect("op", ";")
                return ("return", e)
            case _:
                e = self.expr()
                self.expect("op", ";")
                return ("expr", e)

    def expr(self, min_prec=1):
        left = self.unary()
        while True:
            t = self.peek()
            p = PREC.get(t.value) if t.kind == "op" else None
            if p is None or p < min_prec:
                return left
            self.next()
            right = self.expr(p + 1)
            left = ("bin", t.value, left, right)

    def unary(self):
        t = self.peek()
        if t.kind == "op" and t.value == "-":
            self.next()
            return ("neg", self.unary())
        return self.call()

    def call(self):
        e = self.atom()
        while self.peek().value == "(":
            self.next()
            args = []
            while self.peek().value != ")":
                args.append(self.expr())
                if self.peek().value == ",":
                    self.next()
            self.expect("op", ")")
            e = ("call", e, args)
        return e

    def atom(self):
        t = self.next()
        if t.kind in ("num", "str"):
            return ("lit", t.value)
        if t.kind == "id":
            return ("var", t.value)
        if t.value == "(":
            e = self.expr()
            self.expect("op", ")")
            return e
        raise LangError(f"unexpected token {t.value!r}", t.pos)


class Return(Exception):
    def __init__(self, value):
        self.value = value


class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise LangError(f"undefined variable {name}")


OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "%": lambda a, b: a % b,
    "<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
}


def evaluate(node, env, out):
    kind = node[0]
    if kind == "block":
        for s in node[1]:
            evaluate(s, env, out)
    elif kind == "let":
        env.vars[node[1]] = evaluate(node[2], env, out)
    elif kind == "print":
        out.append(" ".join(str(evaluate(a, env, out)) for a in node[1]))
    elif kind == "if":
        branch = node[2] if evaluate(node[1], env, out) else node[3]
        evaluate(branch, env, out)
    elif kind == "while":
        guard = 0
        while evaluate(node[1], env, out):
            evaluate(node[2], env, out)
            guard += 1
            if guard > 10000:
                raise LangError("loop limit")
    elif kind == "fn":
        env.vars[node[1]] = ("closure", node[2], node[3], env)
    elif kind == "return":
        raise Return(evaluate(node[1], env, out))
    elif kind == "expr":
        evaluate(node[1], env, out)
    elif kind == "lit":
        return node[1]
    elif kind == "var":
        return env.lookup(node[1])
    elif kind == "neg":
        return -evaluate(node[1], env, out)
    elif kind == "bin":
        op = node[1]
        if op == "&&":
            return evaluate(node[2], env, out) and evaluate(node[3], env, out)
        if op == "||":
            return evaluate(node[2], env, out) or evaluate(node[3], env, out)
        return OPS[op](evaluate(node[2], env, out), evaluate(node[3], env, out))
    elif kind == "call":
        f = evaluate(node[1], env, out)
        args = [evaluate(a, env, out) for a in node[2]]
        _, params, body, cenv = f
        if len(params) != len(args):
            raise LangError(f"arity mismatch: expected {len(params)}, got {len(args)}")
        local = Env(cenv)
        local.vars.update(zip(params, args))
        try:
            evaluate(body, local, out)
        except Return as r:
            return r.value
        return None
    else:
        raise LangError(f"bad node {kind}")


PROGRAMS = [
    '''
    let x = 10; let y = 3;
    print x + y, x - y, x * y, x / y, x % y;
    fn fact(n) if n <= 1 then return 1; else return n * fact(n - 1); end end
    print "fact", fact(20);
    fn fib(n) let a = 0; let b = 1; let i = 0;
      while i < n do let t = a + b; let a = b; let b = t; let i = i + 1; end
      return a; end
    print fib(10), fib(90);
    ''',
    '''
    fn make_adder(n) fn add(x) return x + n; end return add; end
    let add5 = make_adder(5);
    print add5(37), make_adder(-1)(1);
    print 1 < 2 && 2 < 3, 1 > 2 || 0, -(3 - 10) * 2;
    print "a" + "b", 2.5 * 4;
    ''',
    'print 1 + ;',
    'let q = 5 $ 3;',
    'print nope;',
    'fn f(a, b) return a; end print f(1);',
]

for i, src in enumerate(PROGRAMS):
    out = []
    try:
        toks = tokenize(src)
        tree = Parser(toks).program()
        evaluate(tree, Env(), out)
    except LangError as e:
        out.append(f"LangError: {e}")
    except ZeroDivisionError as e:
        out.append(f"ZeroDivisionError: {e}")
    print(f"--- program {i} ---")
    for line in out:
        print(line)
print(tokenize("let a = 1.5;")[:3])
