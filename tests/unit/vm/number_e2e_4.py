for f in [lambda: float(bytearray(b'x')), lambda: int(bytearray(b'x')), lambda: int(b'x', 16), lambda: float(b' 1e3 ')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
