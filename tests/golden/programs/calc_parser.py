# Tokenizer + recursive-descent parser + evaluator for a small calculator language:
# numbers, variables, assignment, functions, unary ops, power (right assoc) and errors.
import math
import operator


class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg if pos is None else f"{msg} at column {pos}")
        self.pos = pos


TOKEN_CHARS = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "%": "PERCENT",
               "^": "CARET", "(": "LPAR", ")": "RPAR", ",": "COMMA", "=": "ASSIGN"}


def tokenize(text):
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < n and text[i + 1].isdigit()):
            j = i
            while j < n and (text[j].isdigit() or text[j] == "."):
                j += 1
            lit = text[i:j]
            if lit.count(".") > 1:
                raise CalcError(f"bad number {lit!r}", i)
            yield ("NUM", float(lit) if "." in lit else int(lit), i)
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            yield ("NAME", text[i:j], i)
            i = j
        elif ch in TOKEN_CHARS:
            if ch == "*" and text[i + 1:i + 2] == "*":
                yield ("CARET", "**", i)
                i += 2
                continue
            yield (TOKEN_CHARS[ch], ch, i)
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    yield ("EOF", None, n)


FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor,
         "gcd": math.gcd, "hypot": math.hypot, "fact": math.factorial}
BINOPS = {"PLUS": operator.add, "MINUS": operator.sub, "STAR": operator.mul,
          "SLASH": operator.truediv, "PERCENT": operator.mod, "CARET": operator.pow}


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def eat(self, kind):
        t = self.tok
        if t[0] != kind:
            raise CalcError(f"expected {kind}, got {t[0]}", t[2])
        self.i += 1
        return t

    def statement(self):
        if self.tok[0] == "NAME" and self.tokens[self.i + 1][0] == "ASSIGN":
            name = self.eat("NAME")[1]
            self.eat("ASSIGN")
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        self.eat("EOF")
        return node

    def expr(self):
        node = self.term()
        while self.tok[0] in ("PLUS", "MINUS"):
            op = self.eat(self.tok[0])[0]
            node = ("bin", op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.tok[0] in ("STAR", "SLASH", "PERCENT"):
            op = self.eat(self.tok[0])[0]
            node = ("bin", op, node, self.unary())
        return node

    def unary(self):
        if self.tok[0] in ("MINUS", "PLUS"):
            op = self.eat(self.tok[0])[0]
            return ("neg", self.unary()) if op == "MINUS" else self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.tok[0] == "CARET":
            self.eat("CARET")
            return ("bin", "CARET", base, self.unary())
        return base

    def atom(self):
        kind, value, pos = self.tok
        match kind:
            case "NUM":
                self.i += 1
                return ("num", value)
            case "NAME":
                self.i += 1
                if self.tok[0] == "LPAR":
                    self.eat("LPAR")
                    args = []
                    if self.tok[0] != "RPAR":
                        args.append(self.expr())
                        while self.tok[0] == "COMMA":
                            self.eat("COMMA")
                            args.append(self.expr())
                    self.eat("RPAR")
                    return ("call", value, args)
                return ("var", value)
            case "LPAR":
                self.eat("LPAR")
                node = self.expr()
                self.eat("RPAR")
                return node
            case _:
                raise CalcError(f"unexpected {kind}", pos)


def evaluate(node, env):
    match node:
        case ("num", v):
            return v
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise CalcError(f"undefined variable {name!r}") from None
        case ("neg", inner):
            return -evaluate(inner, env)
        case ("bin", op, left, right):
            return BINOPS[op](evaluate(left, env), evaluate(right, env))
        case ("call", fname, args) if fname in FUNCS:
            return FUNCS[fname](*[evaluate(a, env) for a in args])
        case ("call", fname, _):
            raise CalcError(f"unknown function {fname}()")
        case ("assign", name, expr):
            env[name] = value = evaluate(expr, env)
            return value
    raise AssertionError(node)


def show(node):
    match node:
        case ("num", v):
            return repr(v)
        case ("var", n):
            return n
        case ("neg", x):
            return f"(-{show(x)})"
        case ("bin", op, a, b):
            return f"({show(a)} {BINOPS[op].__name__} {show(b)})"
        case ("call", f, args):
            return f"{f}({', '.join(map(show, args))})"
        case ("assign", n, x):
            return f"{n} := {show(x)}"


env = {"pi": math.pi, "e": math.e}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ** 2", "x = 7 % 4", "y = x * 2.5 - 1",
         "sqrt(16) + abs(-3)", "max(1, x, y, 2)", "hypot(3, 4) * pi / pi", "10 / 4", "7 // 2",
         "fact(20) / fact(18)", "z + 1", "foo(3)", "1 / 0", "3 $ 4", "1.2.3 + 4", "(1 + 2",
         "gcd(84, 36) ^ 2", "floor(-2.5) * -1", "2 ** 100 % 1000007", "sqrt(-1)", "min()"]
for line in lines:
    try:
        tree = Parser(line).statement()
        value = evaluate(tree, env)
        print(f"{line:<24} => {show(tree):<40} = {value!r}")
    except CalcError as e:
        print(f"{line:<24} !! CalcError: {e}")
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(f"{line:<24} !! {type(e).__name__}: {e}")
print(sorted((k, round(v, 6)) for k, v in env.items()))
print(list(tokenize("a1 = b_2**3"))[:6])
