"""A hand-written JSON encoder/decoder and pretty printer."""

class JSONError(ValueError):
    pass

ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f'}


def encode_str(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            cp = ord(ch)
            if cp > 0xFFFF:
                cp -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)))
            else:
                out.append(f"\\u{cp:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(obj, indent=None, level=0, sort_keys=False):
    nl = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj:
            return "NaN"
        if obj in (float("inf"), float("-inf")):
            return "Infinity" if obj > 0 else "-Infinity"
        return repr(obj)
    if isinstance(obj, str):
        return encode_str(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(nl + encode(x, indent, level + 1, sort_keys) for x in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = sorted(obj.items()) if sort_keys else obj.items()
        parts = []
        for k, v in items:
            if not isinstance(k, str):
                raise JSONError(f"keys must be str, not {type(k).__name__}")
            parts.append(nl + encode_str(k) + ": " + encode(v, indent, level + 1, sort_keys))
        return "{" + sep.join(parts) + end + "}"
    raise JSONError(f"Object of type {type(obj).__name__} is not JSON serializable")


class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def error(self, msg):
        line = self.s.count("\n", 0, self.i) + 1
        col = self.i - (self.s.rfind("\n", 0, self.i) + 1) + 1
        raise JSONError(f"{msg}: line {line} column {col} (char {self.i})")

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("Expecting value")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()

    def number(self):
        j = self.i
        if j < len(self.s) and self.s[j] == "-":
            j += 1
        while j < len(self.s) and (self.s[j].isdigit() or self.s[j] in ".eE+-"):
            j += 1
        text = self.s[self.i:j]
        if not text or text == "-":
            self.error("Expecting value")
        self.i = j
        if any(c in text for c in ".eE"):
            return float(text)
        return int(text)

    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                self.error("Unterminated string")
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                e = self.s[self.i + 1]
                if e == "u":
                    cp = int(self.s[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xD800 <= cp < 0xDC00 and self.s.startswith("\\u", self.i):
                        lo = int(self.s[self.i + 2:self.i + 6], 16)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                        self.i += 6
                    out.append(chr(cp))
                    continue
                out.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(e, e))
                self.i += 2
            else:
                out.append(c)
                self.i += 1

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                self.i -= 1
                self.error("Expecting ',' delimiter")

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i:self.i + 1] != '"':
                self.error("Expecting property name enclosed in double quotes")
            k = self.string()
            self.ws()
            if self.s[self.i:self.i + 1] != ":":
                self.error("Expecting ':' delimiter")
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                self.i -= 1
                self.error("Expecting ',' delimiter")


def decode(text):
    d = Decoder(text)
    v = d.value()
    d.ws()
    if d.i != len(text):
        d.error("Extra data")
    return v


data = {
    "name": "pyvm", "version": [3, 14, 0], "ok": True, "nothing": None,
    "pi": 3.141592653589793, "tiny": 1e-300, "big": 10 ** 30, "neg": -0.0,
    "text": 'quote " backslash \\ newline\n tab\t caf\u00e9 \U0001F600',
    "nested": {"z": [], "a": {}, "list": [1, [2, [3, [4]]], {"k": "v"}]},
    "floats": [0.1 + 0.2, 1 / 3, 2.5e10, 1e22, 1e16, 123456789.0],
}
s = encode(data)
print(s)
print(encode(data, indent=2, sort_keys=True))
back = decode(s)
print(back == data, back["text"] == data["text"], type(back["big"]).__name__)
for bad in ['{"a" 1}', '[1, 2', '[1 2]', '{"a": tru}', '"abc', '{1: 2}', '[1] x', '']:
    try:
        print(decode(bad))
    except JSONError as e:
        print(f"{bad!r:14} -> {e}")
    except IndexError as e:
        print(f"{bad!r:14} -> IndexError {e}")
try:
    encode({"s": {1, 2}})
except JSONError as e:
    print(e)
try:
    encode({1: 2})
except JSONError as e:
    print(e)
print(decode('  [ -12, 3.5e2, "\\u00e9\\ud83d\\ude00", {"x": [true, false, null]} ] '))
