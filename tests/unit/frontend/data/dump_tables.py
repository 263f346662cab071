# Dumps, for every code object of a .pyc (depth first, as dis visits them),
# what CPython 3.14 says about its side tables: co_lines(), co_positions(),
# dis.findlinestarts() and dis._parse_exception_table(). Run it under the
# oracle to (re)make the expected files of tests/unit/frontend:
#   node tools/oracle/oracle.mjs run tests/unit/frontend/data/dump_tables.py X.pyc > X.tables
# Output: one line per fact, plain text, easy to parse from C++.
import dis, marshal, sys

def walk(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            yield from walk(c)

def show(v):
    return "-" if v is None else str(v)

with open(sys.argv[1], "rb") as f:
    code = marshal.loads(f.read()[16:])
for co in walk(code):
    print("code", co.co_qualname, co.co_firstlineno, len(co.co_code))
    for start, end, line in co.co_lines():
        print("line", start, end, show(line))
    for p in co.co_positions():
        print("pos", *(show(x) for x in p))
    for off, line in dis.findlinestarts(co):
        print("start", off, show(line))
    for e in dis._parse_exception_table(co):
        print("exc", e.start, e.end, e.target, e.depth, int(e.lasti))
    print("varnames", *co.co_varnames)
    print("cellvars", *co.co_cellvars)
    print("freevars", *co.co_freevars)
    print("counts", co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_stacksize, co.co_flags)
