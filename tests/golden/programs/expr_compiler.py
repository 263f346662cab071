# Tokenize, parse and compile arithmetic to a byte-coded stack machine.
import string
from collections import namedtuple

Tok = namedtuple("Tok", "kind text pos")


class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Call:
    __match_args__ = ("fn", "args")

    def __init__(self, fn, args):
        self.fn, self.args = fn, args


def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c in string.whitespace:
            i += 1
        elif c in string.digits:
            j = i
            while j < len(src) and src[j] in string.digits:
                j += 1
            yield Tok("num", src[i:j], i)
            i = j
        elif c in string.ascii_letters + "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Tok("name", src[i:j], i)
            i = j
        elif c in "+-*/%(),":
            yield Tok("op", c, i)
            i += 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    yield Tok("end", "", len(src))


class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2}

    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, text=None):
        tok = self.toks[self.i]
        if text is not None and tok.text != text:
            raise SyntaxError(f"expected {text!r} at {tok.pos}, got {tok.text!r}")
        self.i += 1
        return tok

    def expr(self, min_prec=1):
        left = self.atom()
        while (t := self.peek()).kind == "op" and self.PREC.get(t.text, 0) >= min_prec:
            self.take()
            left = BinOp(t.text, left, self.expr(self.PREC[t.text] + 1))
        return left

    def atom(self):
        match self.take():
            case Tok("num", text):
                return Num(int(text))
            case Tok("name", name) if self.peek().text == "(":
                self.take("(")
                args = [] if self.peek().text == ")" else [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return Call(name, args)
            case Tok("name", name):
                return Var(name)
            case Tok("op", "("):
                inner = self.expr()
                self.take(")")
                return inner
            case Tok("op", "-"):
                return BinOp("-", Num(0), self.atom())
            case Tok(_, text, pos):
                raise SyntaxError(f"unexpected {text or 'end'!r} at {pos}")


def fold(node):
    match node:
        case BinOp(op, left, right):
            left, right = fold(left), fold(right)
            match (op, left, right):
                case ("+", Num(0), other) | ("+", other, Num(0)) | ("*", Num(1), other):
                    return other
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case (_, Num(a), Num(b)) if op != "/":
                    return Num(OPS[op](a, b))
            return BinOp(op, left, right)
        case Call(fn, [*args]):
            return Call(fn, [fold(a) for a in args])
        case _:
            return node


OPS = {"+": int.__add__, "-": int.__sub__, "*": int.__mul__, "/": int.__floordiv__, "%": int.__mod__}
OPCODES = {"push": 1, "load": 2, "call": 3, **{op: 10 + i for i, op in enumerate(OPS)}}
NAMES = {v: k for k, v in OPCODES.items()}


def emit(node, out, names):
    match node:
        case Num(v):
            out.append(OPCODES["push"])
            out += v.to_bytes(4, "little", signed=True)
        case Var(name):
            out += bytes([OPCODES["load"], names.setdefault(name, len(names))])
        case BinOp(op, l, r):
            emit(l, out, names)
            emit(r, out, names)
            out.append(OPCODES[op])
        case Call(fn, args):
            for a in args:
                emit(a, out, names)
            out.extend((OPCODES["call"], names.setdefault(fn, len(names)), len(args)))
    return out


def run(code, names, env):
    stack, pc, rev = [], 0, {i: n for n, i in names.items()}
    while pc < len(code):
        match NAMES[code[pc]]:
            case "push":
                stack.append(int.from_bytes(code[pc + 1:pc + 5], "little", signed=True)); pc += 5
            case "load":
                stack.append(env[rev[code[pc + 1]]]); pc += 2
            case "call":
                fn, argc = env[rev[code[pc + 1]]], code[pc + 2]
                args = stack[len(stack) - argc:]
                del stack[len(stack) - argc:]
                stack.append(fn(*args)); pc += 3
            case op:
                b, a = stack.pop(), stack.pop()
                stack.append(OPS[op](a, b)); pc += 1
    return stack.pop()


ENV = {"x": 7, "y": -3, "max": max, "min": min, "abs": abs}
for src in ["1 + 2 * 3", "(x + 0) * (1 * y)", "max(x, y, 4 * 5) - min(2, abs(y))",
            "-x % 5 + 100 / 7", "x * 0 + y", "(((x)))", "2 * (3 +", "4 $ 4", "foo(1,)"]:
    try:
        tree = fold(Parser(src).expr())
        names = {}
        code = emit(tree, bytearray(), names)
        print(f"{src!r:>36} => {run(bytes(code), names, ENV):>5}  [{code.hex(' ')}]")
    except SyntaxError as e:
        print(f"{src!r:>36} => error: {e}")
    except KeyError as e:
        print(f"{src!r:>36} => unbound {e}")

words = "the quick brown fox jumps over the lazy dog".split()
print({w: len(w) for w in words if len(w) > 3})
print(sorted({len(w) for w in words}), [c for w in words[:3] for c in w if c in "aeiou"])
grid = [[r * c for c in range(1, 4)] for r in range(1, 4)]
print(grid, list(map(sum, zip(*grid))))
data = b"Hello, \xe2\x82\xac world!"
print(data.decode("utf-8"), data.upper(), data.split(b" "), len(data.decode()))
print(bytes(b ^ 0x20 for b in b"abcXYZ"), bytearray(b"xyz").hex(), int.from_bytes(b"\x01\x02", "big"))
print("€uro".encode("utf-8"), "naïve".encode("latin-1"), b"caf\xc3\xa9".decode().center(9, "*"))
