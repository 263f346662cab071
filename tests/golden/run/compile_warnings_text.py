# compile() of text with an invalid escape reports CPython's SyntaxWarning on stderr.
import sys

print("before")
sys.stdout.flush()
code = compile("s = '\\d'\nt = 1 is 1\n", "<warned>", "exec")
ns = {}
exec(code, ns)
print(ns["s"], ns["t"])
print(eval("'\\w'"))
