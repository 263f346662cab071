// The interpreter-wide monitoring state and the tool/event API of
// sys.monitoring, with CPython 3.14's checks and error messages.
// CPython: Include/internal/pycore_interp_structs.h (monitors,
// monitoring_callables, monitoring_tool_names, monitoring_tool_versions,
// last_restart_version), Python/instrumentation.c
#pragma once

#include "monitor/events.h"
#include "vm/object.h"

#include <cstdint>

namespace pyvm {
struct CodeObject;
}

namespace pyvm::monitor {

// One bit per tool for each event, for the whole interpreter.
// CPython: _Py_GlobalMonitors
struct GlobalMonitors {
  uint8_t tools[kUngroupedEvents] = {};
};

// One bit per tool for each local event (of one code object).
// CPython: _Py_LocalMonitors
struct LocalMonitors {
  uint8_t tools[kLocalEvents] = {};
  bool operator==(const LocalMonitors &) const = default;
};

// The interpreter's monitoring slab (the seed's InterpState).
struct MonitoringState {
  GlobalMonitors monitors;
  // callables[tool][event]: owned references, null when none is registered.
  // A callable may be any Python callable or a NativeCallback (native_tool.h).
  Value callables[kToolIds][kEvents] = {};
  // Tool names (owned str), null for a free tool id.
  Value toolNames[kToolIds] = {};
  // Bumped for a tool when clear_tool_id/free_tool_id runs, so the local
  // events code objects hold for that tool are dropped when next instrumented.
  uint64_t toolVersions[kToolIds] = {};
  // The instrumentation version. A code object whose instrumentationVersion
  // differs is re-instrumented at its next RESUME (the only cost of
  // monitoring in the eval loop when no tool is on).
  uint64_t globalVersion = 0;
  // restart_events(): code instrumented before this version starts over.
  uint64_t lastRestartVersion = 0;
  // Legacy bridge bookkeeping (sys.setprofile / sys.settrace users).
  int sysProfilingThreads = 0;
  int sysTracingThreads = 0;
  // The running thread's state (pyvm runs Python code on one thread):
  // nonzero while a callback runs, so no event fires for code it runs.
  // CPython: PyThreadState.tracing, .what_event
  int tracing = 0;
  int whatEvent = -1;
};
extern MonitoringState gMonitoring;

// The sentinels callbacks return or receive: plain object() instances.
// CPython: _PyInstrumentation_DISABLE, _PyInstrumentation_MISSING
Value disableSentinel();
Value missingSentinel();
inline bool isDisable(Value v) { return v.is(disableSentinel()); }
inline bool isMissing(Value v) { return v.is(missingSentinel()); }

// --- sys.monitoring, as the Python functions behave (checks and errors). ----
// Tool ids and event sets are the C ints CPython's argument clinic produces.
// int results: 0 or -1 with an exception pending.

// CPython: check_valid_tool -- "invalid tool 6 (must be between 0 and 5)"
int checkValidTool(int tool);
// CPython: monitoring_use_tool_id_impl
int useToolId(int tool, Value name);
// CPython: monitoring_clear_tool_id_impl (quiet on a free tool)
int clearToolId(int tool);
// CPython: monitoring_free_tool_id_impl
int freeToolId(int tool);
// The tool's name (borrowed), or null when the id is free (no error).
// CPython: monitoring_get_tool_impl (after check_valid_tool)
Value toolName(int tool);
// CPython: monitoring_get_events_impl -- -1 with an error pending
int64_t getEvents(int tool);
// CPython: monitoring_set_events_impl (range, C_RETURN/C_RAISE, BRANCH)
int setEvents(int tool, int eventSet);
// CPython: monitoring_get_local_events_impl -- `code` any object
int64_t getLocalEvents(int tool, Value code);
// CPython: monitoring_set_local_events_impl
int setLocalEvents(int tool, Value code, int eventSet);
// Registers `func` (null or None: clear) for the event whose *bit* is
// `eventBit`, and stores the previous callable (or null) in *previous.
// CPython: monitoring_register_callback_impl
int registerCallback(int tool, int eventBit, Value func, Ref *previous);
// CPython: monitoring_restart_events_impl
int restartEvents();
// {event name: tool bits} of the global events. CPython: monitoring__all_events_impl
Ref allEvents();

// --- The layer below, for native tools and the legacy bridge (ids 0-7). ----

// The global events of a tool. CPython: get_events
EventSet globalEventsOf(int tool);
// Sets a tool's global events (already validated, BRANCH split, C_* dropped),
// bumps the version and re-instruments the executing code objects. Raises
// "tool N is not in use" for a free tool below 6. CPython: _PyMonitoring_SetEvents
int setGlobalEvents(int tool, EventSet events);
// CPython: _PyMonitoring_SetLocalEvents (events < 1 << kLocalEvents)
int setCodeLocalEvents(CodeObject *code, int tool, EventSet events);
// CPython: _PyMonitoring_GetLocalEvents
EventSet codeLocalEventsOf(const CodeObject *code, int tool);
// Swaps the callable of (tool, event id) and returns the previous one (owned,
// null when none); BRANCH installs the BRANCH_LEFT/BRANCH_RIGHT wrappers.
// CPython: _PyMonitoring_RegisterCallback
Ref swapCallback(int tool, int eventId, Value func);
// The registered callable (borrowed, null when none).
inline Value callbackOf(int tool, int eventId) { return gMonitoring.callables[tool][eventId]; }
// Drops a tool's callbacks and events, global and local (the name stays).
// CPython: _PyMonitoring_ClearToolId
int clearToolIdInternal(int tool);
// True when the tool id has a name. CPython: check_tool's test
inline bool isToolInUse(int tool) {
  return tool >= kSysProfileId || !gMonitoring.toolNames[tool].isNull();
}

// Advances the instrumentation version (and the eval loop's copy of it).
// CPython: set_global_version
void setGlobalVersion(uint64_t version);

} // namespace pyvm::monitor
