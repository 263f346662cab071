# A second tool with INSTRUCTION events on one function only (local), offsets collected by the callback.
import sys
M = sys.monitoring
M.use_tool_id(3, "ins")
offs = []
M.register_callback(3, M.events.INSTRUCTION, lambda code, off: offs.append(off))
def work(n):
    s = 0
    for i in range(n):
        s += i
    return s
M.set_local_events(3, work.__code__, M.events.INSTRUCTION)
work(1)
M.set_local_events(3, work.__code__, 0)
M.free_tool_id(3)
print(offs)
