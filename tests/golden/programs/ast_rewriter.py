"""Builds small expression trees from ast node classes, folds constants, evaluates them."""
import ast
from typing import Callable, Union, TypeVar, Generic, cast

type Number = int | float
type Env = dict[str, Number]

N = TypeVar("N", bound=ast.AST)


def num(v: Number) -> ast.Constant:
    return ast.Constant(value=v)


def var(name: str) -> ast.Name:
    return ast.Name(id=name, ctx=ast.Load())


def binop(left: ast.expr, op: ast.operator, right: ast.expr) -> ast.BinOp:
    return ast.BinOp(left=left, op=op, right=right)


OPS: dict[type, Callable[[Number, Number], Number]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.FloorDiv: lambda a, b: a // b,
    ast.Pow: lambda a, b: a ** b,
}


class EvalError(Exception):
    pass


class Folder(ast.NodeTransformer):
    def __init__(self) -> None:
        self.folded: int = 0

    def visit_BinOp(self, node: ast.BinOp) -> ast.expr:
        self.generic_visit(node)
        match node:
            case ast.BinOp(left=ast.Constant(value=a), op=op, right=ast.Constant(value=b)):
                fn = OPS.get(type(op))
                if fn is None or (isinstance(op, ast.FloorDiv) and b == 0):
                    return node
                self.folded += 1
                return ast.copy_location(num(fn(a, b)), node)
            case ast.BinOp(left=x, op=ast.Mult(), right=ast.Constant(value=1)):
                self.folded += 1
                return x
            case _:
                return node


class NameCounter(ast.NodeVisitor):
    def __init__(self) -> None:
        self.names: list[str] = []

    def visit_Name(self, node: ast.Name) -> None:
        if node.id not in self.names:
            self.names.append(node.id)


class Collector(Generic[N]):
    def __init__(self, kind: type[N]) -> None:
        self.kind = kind

    def collect(self, tree: ast.AST) -> list[N]:
        return [cast(N, n) for n in ast.walk(tree) if isinstance(n, self.kind)]


def evaluate(node: ast.AST, env: Env) -> Number:
    match node:
        case ast.Constant(value=int() | float() as v):
            return v
        case ast.Name(id=name):
            if name not in env:
                raise EvalError(f"unbound {name}")
            return env[name]
        case ast.UnaryOp(op=ast.USub(), operand=inner):
            return -evaluate(inner, env)
        case ast.BinOp(left=l, op=op, right=r):
            a, b = evaluate(l, env), evaluate(r, env)
            try:
                return OPS[type(op)](a, b)
            except ZeroDivisionError as exc:
                raise EvalError("division by zero") from exc
            except KeyError:
                raise EvalError(f"no operator {type(op).__name__}") from None
        case _:
            raise EvalError(f"cannot evaluate {type(node).__name__}")


def render(node: ast.AST) -> str:
    match node:
        case ast.Constant(value=v):
            return repr(v)
        case ast.Name(id=n):
            return n
        case ast.UnaryOp(operand=o):
            return f"-{render(o)}"
        case ast.BinOp(left=l, op=op, right=r):
            sym = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.FloorDiv: "//",
                   ast.Pow: "**", ast.Mod: "%"}[type(op)]
            return f"({render(l)} {sym} {render(r)})"
    return "?"


trees: list[ast.expr] = [
    binop(num(2), ast.Add(), binop(num(3), ast.Mult(), num(4))),
    binop(var("x"), ast.Mult(), binop(num(5), ast.Sub(), num(4))),
    binop(binop(var("x"), ast.Pow(), num(2)), ast.Add(), binop(var("y"), ast.FloorDiv(), num(0))),
    ast.UnaryOp(op=ast.USub(), operand=binop(var("z"), ast.Sub(), num(1.5))),
    binop(num(7), ast.Mod(), num(3)),
    ast.Compare(left=num(1), ops=[ast.Lt()], comparators=[num(2)]),
]
envs: list[Env] = [{"x": 3, "y": 4}, {"x": -2, "y": 0, "z": 0.25}]

for tree in trees:
    before = render(tree)
    folder = Folder()
    folded = folder.visit(tree)
    counter = NameCounter()
    counter.visit(folded)
    print(before, "=>", render(folded), "folds:", folder.folded, "names:", counter.names)
    for env in envs:
        try:
            print("   ", evaluate(folded, env))
        except EvalError as exc:
            print("    error:", exc, "| cause:", type(exc.__cause__).__name__)

big = binop(binop(var("a"), ast.Add(), num(1)), ast.Mult(), binop(var("b"), ast.Sub(), var("a")))
consts = Collector(ast.Constant).collect(big)
names = Collector(ast.Name).collect(big)
print(len(consts), [n.id for n in names], ast.dump(big.left))
print([name for name, _ in ast.iter_fields(big)], ast.BinOp._fields, isinstance(big, ast.expr))
print(type(ast.Add()).__mro__[1].__name__, issubclass(ast.Name, ast.AST), ast.Load() == ast.Load())
