# compile() with PyCF_ALLOW_TOP_LEVEL_AWAIT gives a code object whose eval() is a coroutine.
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class Ready:
    def __await__(self):
        yield "tick"
        return 21


ns = {"Ready": Ready}
code = compile("value = (await Ready()) * 2\nvalue", "<await>", "exec",
               flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(code.co_flags & 0x80))
coro = eval(code, ns)
print(type(coro).__name__)
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as stop:
    print("done", stop.value, ns["value"])

plain = compile("x = 1", "<plain>", "exec", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(plain.co_flags & 0x80), eval(plain, ns), ns["x"])
try:
    compile("await Ready()", "<no-flag>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
