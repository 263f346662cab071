# A tool counting JUMP events of a loop (back edges), disabling after the first of each.
import sys
M = sys.monitoring
M.use_tool_id(1, "jumps")
jumps = []
def on_jump(code, src, dst):
    if code.co_name == "spin":
        jumps.append((src, dst))
M.register_callback(1, M.events.JUMP, on_jump)
M.set_events(1, M.events.JUMP)
def spin(n):
    while n:
        n -= 1
    for _ in range(2):
        pass
spin(3)
M.set_events(1, 0)
M.free_tool_id(1)
print(jumps)
