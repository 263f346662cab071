# The carets of an uncaught SyntaxError keep the tabs of the offending line.
try:
    exec("if x:\n\t\ty = (1 +* 2)")
except SyntaxError as e:
    print(repr(e.text), e.offset, e.end_offset)
exec("if x:\n\t\ty = (1 +* 2)")
