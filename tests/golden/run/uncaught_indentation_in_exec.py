# An uncaught IndentationError from exec() prints the source line and caret as CPython does.
code = "def f():\n    x = 1\n        return x\n"
try:
    exec(code)
except IndentationError as e:
    print("first:", e.msg, e.lineno, e.offset)
exec(code)
