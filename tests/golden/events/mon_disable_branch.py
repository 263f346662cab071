# DISABLE from BRANCH_LEFT/BRANCH_RIGHT callbacks turns off each branch direction separately.
import sys
M = sys.monitoring
E = M.events
M.use_tool_id(0, "br")
def on_left(code, src, dst):
    if code.co_name == "pick":
        print("tool0 LEFT", src, dst)
        return M.DISABLE
def on_right(code, src, dst):
    if code.co_name == "pick":
        print("tool0 RIGHT", src, dst)
M.register_callback(0, E.BRANCH_LEFT, on_left)
M.register_callback(0, E.BRANCH_RIGHT, on_right)
M.set_events(0, E.BRANCH)
def pick(x):
    if x:
        return 1
    return 2
for v in (1, 0, 1, 0):
    pick(v)
M.set_events(0, 0)
M.free_tool_id(0)
