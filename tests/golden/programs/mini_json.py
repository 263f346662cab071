# A small JSON encoder/decoder written from scratch, with round-trip checks.
class DecodeError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos = pos


ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
REVERSE = {v: k for k, v in ESCAPES.items() if k != "/"}


def encode(value, indent=None, _level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    match value:
        case None:
            return "null"
        case bool():
            return "true" if value else "false"
        case int():
            return str(value)
        case float() if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"out of range float: {value!r}")
        case float():
            return repr(value)
        case str():
            out = []
            for ch in value:
                if ch in REVERSE:
                    out.append("\\" + REVERSE[ch])
                elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                    code = ord(ch)
                    if code > 0xFFFF:
                        code -= 0x10000
                        out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
                    else:
                        out.append(f"\\u{code:04x}")
                else:
                    out.append(ch)
            return '"' + "".join(out) + '"'
        case list() | tuple():
            if not value:
                return "[]"
            return "[" + sep.join(pad + encode(v, indent, _level + 1) for v in value) + end + "]"
        case dict():
            if not value:
                return "{}"
            items = (pad + encode(str(k), indent) + ": " + encode(v, indent, _level + 1) for k, v in value.items())
            return "{" + sep.join(items) + end + "}"
        case _:
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


class Decoder:
    def __init__(self, text):
        self.text, self.pos = text, 0

    def fail(self, msg):
        raise DecodeError(msg, self.text, self.pos)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            self.fail("Expecting value")
        ch = self.text[self.pos]
        if ch == "{":
            return self.container("}", self.pair, dict)
        if ch == "[":
            return self.container("]", self.value, list)
        if ch == '"':
            return self.string()
        for word, result in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        return self.number()

    def container(self, close, item, kind):
        self.pos += 1
        parts = []
        self.skip()
        if self.text.startswith(close, self.pos):
            self.pos += 1
            return kind(parts)
        while True:
            parts.append(item())
            self.skip()
            if self.text.startswith(",", self.pos):
                self.pos += 1
            elif self.text.startswith(close, self.pos):
                self.pos += 1
                return kind(parts)
            else:
                self.fail(f"Expecting ',' delimiter")

    def pair(self):
        self.skip()
        if not self.text.startswith('"', self.pos):
            self.fail("Expecting property name enclosed in double quotes")
        key = self.string()
        self.skip()
        if not self.text.startswith(":", self.pos):
            self.fail("Expecting ':' delimiter")
        self.pos += 1
        return key, self.value()

    def string(self):
        self.pos += 1
        chunks = []
        while (ch := self.text[self.pos:self.pos + 1]) != '"':
            if not ch:
                self.fail("Unterminated string")
            if ch == "\\":
                esc = self.text[self.pos + 1]
                if esc == "u":
                    code = int(self.text[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.pos):
                        low = int(self.text[self.pos + 2:self.pos + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.pos += 6
                    chunks.append(chr(code))
                    continue
                chunks.append(ESCAPES[esc])
                self.pos += 2
                continue
            chunks.append(ch)
            self.pos += 1
        self.pos += 1
        return "".join(chunks)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = self.text[start:self.pos]
        if not token:
            self.fail("Expecting value")
        return float(token) if any(c in token for c in ".eE") else int(token)


def decode(text):
    d = Decoder(text)
    result = d.value()
    d.skip()
    if d.pos != len(text):
        d.fail("Extra data")
    return result


doc = {"name": "pyvm", "version": [3, 14], "ratio": 0.1 + 0.2, "big": 2 ** 70, "neg": -1.5e-7,
       "ok": True, "none": None, "text": 'tab\there "quoted" \\ back', "uni": "héllo → 🐍",
       "nested": {"empty": [], "obj": {}, "deep": [[1, [2, [3]]]]}, 5: "int key"}
compact = encode(doc)
print(compact)
print(encode(doc["nested"], indent=2))
back = decode(compact)
print(back == {str(k): v for k, v in doc.items()}, back["uni"], back["big"], back["ratio"])
for bad in ['{"a" 1}', "[1, 2", '{"a": tru}', "[1,]x", '"open', "{'single': 1}", "", "[1] 2"]:
    try:
        print(repr(bad), "->", decode(bad))
    except DecodeError as e:
        print(repr(bad), "->", e)
    except (IndexError, ValueError) as e:
        print(repr(bad), "-> other", type(e).__name__, e)
for bad in [float("nan"), {1, 2}, b"bytes"]:
    try:
        encode(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
nest = []
for _ in range(40):
    nest = [nest]
print(len(encode(nest)), decode(encode(nest)) == nest)
