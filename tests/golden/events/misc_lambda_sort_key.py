# A lambda key function called by sorted (PY_START/PY_RETURN of the lambda without CALL).
pairs = [(2, "b"), (1, "a")]
r = sorted(pairs, key=lambda p: p[0])
