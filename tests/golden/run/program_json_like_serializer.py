# A hand-written serializer and parser for a JSON subset: recursion, isinstance dispatch, string escapes.
def dumps(v, indent=0):
    pad = "  " * indent
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, list):
        if not v: return "[]"
        return "[\n" + ",\n".join(pad + "  " + dumps(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v: return "{}"
        return "{\n" + ",\n".join(f"{pad}  {dumps(str(k))}: {dumps(x, indent + 1)}" for k, x in v.items()) + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(v).__name__}")
def loads(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1; out = {}; ws()
            if s[pos] == "}": pos += 1; return out
            while True:
                k = value(); ws(); assert s[pos] == ":"; pos += 1
                out[k] = value(); ws()
                if s[pos] == ",": pos += 1; continue
                pos += 1; return out
        if c == "[":
            pos += 1; out = []; ws()
            if s[pos] == "]": pos += 1; return out
            while True:
                out.append(value()); ws()
                if s[pos] == ",": pos += 1; continue
                pos += 1; return out
        if c == '"':
            pos += 1; buf = []
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1; buf.append({"n": "\n"}.get(s[pos], s[pos]))
                else:
                    buf.append(s[pos])
                pos += 1
            pos += 1; return "".join(buf)
        for lit, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(lit, pos):
                pos += len(lit); return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE":
            pos += 1
        num = s[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    return value()
doc = {"name": "pyvm", "ok": True, "none": None, "nums": [1, -2, 3.5, 1e20], "nested": {"q": 'say "hi"\n', "empty": [], "e": {}}}
text = dumps(doc)
print(text)
back = loads(text)
print(back == doc, back)
try:
    dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
