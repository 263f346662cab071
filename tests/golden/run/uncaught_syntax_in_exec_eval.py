# eval/exec of bad source raise SyntaxError that can be caught; an uncaught one prints the source line.
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
print(eval("2 ** 10"), eval("x + 1", {"x": 41}))
ns = {}
exec("y = [i * i for i in range(4)]\ndef g():\n    return y[-1]", ns)
print(ns["y"], ns["g"]())
exec("raise ValueError('inside exec')")
