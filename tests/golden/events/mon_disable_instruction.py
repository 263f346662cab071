# DISABLE from an INSTRUCTION callback: each instruction is reported to the tool once.
import sys
M = sys.monitoring
M.use_tool_id(0, "once")
offs = []
def on_ins(code, off):
    if code.co_name == "loop":
        offs.append(off)
        return M.DISABLE
M.register_callback(0, M.events.INSTRUCTION, on_ins)
M.set_events(0, M.events.INSTRUCTION)
def loop():
    t = 0
    for i in range(3):
        t += i
    return t
loop()
M.set_events(0, 0)
M.free_tool_id(0)
M.restart_events()
print(offs)
