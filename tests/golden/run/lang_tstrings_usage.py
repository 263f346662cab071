# Template strings (PEP 750) as a library would use them: string.templatelib, building, iterating, matching, string module basics.
from string.templatelib import Template, Interpolation
import string
def html_escape(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def html(tmpl: Template) -> str:
    parts = []
    for item in tmpl:
        match item:
            case str() as s:
                parts.append(s)
            case Interpolation(value, _, conversion, spec):
                if conversion == "r":
                    value = repr(value)
                elif conversion == "s":
                    value = str(value)
                elif conversion == "a":
                    value = ascii(value)
                parts.append(html_escape(format(value, spec)))
    return "".join(parts)
user = "<script>"
n = 42.5
t = t"<p>{user}</p><b>{n:>8.1f}</b>{user!r}{'é'!a}"
print(html(t))
print(t.strings, t.values, len(t.interpolations))
print(repr(t.interpolations[0]), t.interpolations[1].format_spec, t.interpolations[2].conversion)
manual = Template("Hello, ", Interpolation("World", "name"), "!", " Bye")
print(manual, manual.strings, list(manual))
print(Template(), Template("a", "b"), Template(Interpolation(1, "x"), Interpolation(2, "y")).strings)
combined = t"{1}" + t"{2}" + t"end"
print(combined.strings, combined.values)
try:
    t"x" + "y"
except TypeError as e:
    print("TypeError:", e)
try:
    "y" + t"x"
except TypeError as e:
    print("TypeError:", e)
try:
    Template(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Interpolation(1, "x", "z")
except ValueError as e:
    print("ValueError:", e)
print(type(t).__name__, type(t).__module__, Interpolation.__match_args__, isinstance(t, Template))
nested = t"outer {t'inner {n}'}"
print(type(nested.values[0]).__name__, nested.values[0].values)
x = 5
print(t"{x=}".strings, t"{x = :>4}".interpolations, t"{x!r:}".interpolations[0].format_spec == "")
print(string.ascii_lowercase, string.digits, string.hexdigits, string.punctuation)
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"), repr(string.whitespace))
