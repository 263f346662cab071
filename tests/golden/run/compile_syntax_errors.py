# SyntaxError, IndentationError, TabError and other errors of compile()/exec()/eval() of text.
def show(source, mode="exec", filename="<string>", **kw):
    try:
        compile(source, filename, mode, **kw)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text),
              e.end_lineno, e.end_offset)
        print("   str:", e)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("compiled", repr(source))


show("1 +", "eval")
show("x = (1,\n     2,")
show("def f(:\n  pass")
show("if True:\npass")
show("if True:\n    a = 1\n      b = 2")
show("if True:\n\ta = 1\n        b = 2")
show("print 'hello'")
show("return 5")
show("x = 1\nnonlocal x")
show("f(x for x in y, 1)")
show("a\0b")
show(b"a = 1\n\0")
show("x = 'unterminated")
show('"""never\nclosed')
show("1 = x", filename="assign.py")
show("del f()")
show("class C:\n    def m(self):\n        yield = 3\n")
show("lambda: (yield)", "eval")
show("for x in range(3):\n    break\ncontinue")
show("x = 5", "eval")
show("x = 1", "bogus")
show("x", "exec", flags=0x40000000)
show("x", "exec", optimize=7)
show(b"\xff = 1")
show("\ud800")
show("  x = 1")
show("await something()")
show("fro x in range(3):\n    pass")
show("a = 1 + * 2")
show("x = [1, 2 3]")

for bad in (42, None, ["x"]):
    for fn in (eval, exec):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
try:
    compile(42, "f", "exec")
except TypeError as e:
    print("compile TypeError:", e)

try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print("caught", e.__class__.__name__, e.args)
    print(e.__traceback__ is not None, e.__context__, e.__cause__)
