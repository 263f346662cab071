# Uncaught exceptions whose str differs from repr: KeyError repr, multi-arg exceptions, empty message.
import sys
sys.stdout.write("partial line without newline")
raise KeyError("quoted key", 2)
