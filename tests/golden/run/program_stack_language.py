# A tiny stack-based language interpreter: words, definitions, conditionals, loops, error reporting.
class ForthError(Exception):
    pass
def run(src):
    stack, words = [], {}
    toks = src.split()
    def execute(tokens):
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t.lstrip("-").isdigit():
                stack.append(int(t))
            elif t in words:
                execute(words[t])
            elif t == ":":
                end = tokens.index(";", i)
                words[tokens[i + 1]] = tokens[i + 2:end]
                i = end
            elif t in ("+", "-", "*", "/", "<", "="):
                if len(stack) < 2:
                    raise ForthError(f"stack underflow at {t!r}")
                b, a = stack.pop(), stack.pop()
                stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a // b if b else 0, "<": int(a < b), "=": int(a == b)}[t])
            elif t == "dup":
                stack.append(stack[-1])
            elif t == "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif t == "drop":
                stack.pop()
            elif t == "times":
                n, body_end = stack.pop(), tokens.index("end", i)
                for _ in range(n):
                    execute(tokens[i + 1:body_end])
                i = body_end
            elif t == "if":
                end = tokens.index("then", i)
                if stack.pop():
                    execute(tokens[i + 1:end])
                i = end
            else:
                raise ForthError(f"unknown word {t!r}")
            i += 1
    execute(toks)
    return stack
programs = [
    "1 2 + 3 *",
    ": sq dup * ; 7 sq 2 sq +",
    "1 5 times 2 * end",
    ": abs dup 0 < if 0 swap - then ; -9 abs 4 abs",
    "1 +",
    "1 2 frob",
    "10 3 / 10 3 swap drop",
]
for p in programs:
    try:
        print(f"{p!r} -> {run(p)}")
    except ForthError as e:
        print(f"{p!r} !! {e}")
