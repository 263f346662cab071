# A builtin raising: CALL then C_RAISE, RAISE at the instruction's last cache entry.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return None
parse("12")
parse("x")
