# Uncaught exceptions whose str differs from repr: KeyError repr, multi-arg exceptions, empty message.
import sys
samples = [KeyError("k"), KeyError(), KeyError(1, 2), ValueError(), ValueError("a", "b"), OSError(99999, "msg")]
for e in samples:
    print(repr(str(e)), repr(e), e.args)
try:
    {}[("tuple", "key")]
except KeyError as e:
    print("tuple key:", str(e), e.args)
sys.stdout.write("partial line without newline")
raise KeyError("quoted key", 2)
