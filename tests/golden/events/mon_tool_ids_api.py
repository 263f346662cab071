# use_tool_id / get_tool / free_tool_id / clear_tool_id and their errors.
import sys
M = sys.monitoring
M.use_tool_id(2, "alpha")
print(M.get_tool(2), M.get_tool(3))
try:
    M.use_tool_id(2, "again")
except ValueError as e:
    print("ValueError:", e)
try:
    M.use_tool_id(6, "x")
except ValueError as e:
    print("ValueError:", e)
try:
    M.set_events(3, M.events.LINE)
except ValueError as e:
    print("ValueError:", e)
M.set_events(2, M.events.LINE | M.events.CALL)
print(M.get_events(2))
M.clear_tool_id(2)
print(M.get_tool(2), M.get_events(2))
M.free_tool_id(2)
print(M.get_tool(2))
try:
    M.set_events(2, M.events.C_RETURN)
except ValueError as e:
    print("ValueError:", e)
