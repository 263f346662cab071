# A tool with CALL gets C_RETURN and C_RAISE callbacks too; get_events shows only CALL.
import sys
M = sys.monitoring
E = M.events
M.use_tool_id(4, "ccalls")
M.register_callback(4, E.C_RETURN, lambda code, off, fn, a0: print("tool4 C_RETURN", fn.__name__) if code.co_name == "work" else None)
M.register_callback(4, E.C_RAISE, lambda code, off, fn, a0: print("tool4 C_RAISE", fn.__name__) if code.co_name == "work" else None)
M.set_events(4, E.CALL | E.C_RETURN | E.C_RAISE)
print(M.get_events(4))
def work():
    len("ab")
    try:
        int("z")
    except ValueError:
        pass
work()
M.set_events(4, 0)
M.free_tool_id(4)
