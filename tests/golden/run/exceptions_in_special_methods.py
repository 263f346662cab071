# Exceptions raised inside __init__, __eq__, __hash__, __iter__, __len__, __getattr__, __enter__ propagate to the caller.
class Boom:
    def __init__(self, where):
        self.where = where
    def _maybe(self, name):
        if self.where == name:
            raise RuntimeError(f"boom in {name}")
    def __eq__(self, o):
        self._maybe("eq"); return True
    def __hash__(self):
        self._maybe("hash"); return 1
    def __iter__(self):
        self._maybe("iter"); return iter([])
    def __len__(self):
        self._maybe("len"); return 0
    def __getattr__(self, n):
        self._maybe("getattr"); raise AttributeError(n)
    def __enter__(self):
        self._maybe("enter"); return self
    def __exit__(self, *a):
        return False
tests = {
    "eq": lambda b: b == 1,
    "hash": lambda b: {b},
    "iter": lambda b: list(b),
    "len": lambda b: len(b),
    "getattr": lambda b: b.missing,
    "enter": lambda b: b.__enter__(),
}
for where, fn in tests.items():
    try:
        fn(Boom(where))
        print(where, "no error")
    except RuntimeError as e:
        print(where, "->", e)
class Init:
    def __init__(self):
        raise ValueError("init failed")
try:
    Init()
except ValueError as e:
    print("ValueError:", e)
print(hasattr(Boom("getattr"), "x") if False else "hasattr only swallows AttributeError:")
try:
    hasattr(Boom("getattr"), "x")
except RuntimeError as e:
    print("RuntimeError:", e)
