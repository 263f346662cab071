# Exception notes (add_note) are shown under the message in the traceback; caught notes visible in __notes__.
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__)
def validate(row):
    try:
        int(row)
    except ValueError as e:
        e.add_note(f"while validating row {row!r}")
        raise
validate("x1")
