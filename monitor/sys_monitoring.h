// The sys.monitoring namespace: use_tool_id, clear_tool_id, free_tool_id,
// get_tool, register_callback, get_events, set_events, get_local_events,
// set_local_events, restart_events, _all_events, the `events` namespace,
// DEBUGGER_ID/COVERAGE_ID/PROFILER_ID/OPTIMIZER_ID, DISABLE and MISSING.
// The sys module attaches it as sys.monitoring.
// CPython: Python/instrumentation.c _Py_CreateMonitoringObject
#pragma once

#include "vm/object.h"

namespace pyvm::monitor {

// A new module object named "sys.monitoring", or null with an exception
// pending.
Ref buildSysMonitoringModule();

} // namespace pyvm::monitor
