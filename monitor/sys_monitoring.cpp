// sys.monitoring's Python functions: argument conversion as CPython's
// argument clinic does it, then the checked API of monitor/state.h.
// CPython: Python/instrumentation.c monitoring_*_impl,
// Python/clinic/instrumentation.c.h
#include "monitor/sys_monitoring.h"

#include "monitor/namespace.h"
#include "monitor/state.h"
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/module.h"
#include "vm/singletons.h"
#include "vm/str.h"

#include <climits>

namespace pyvm::monitor {
namespace {

// The clinic `int` converter: __index__, then the C int range.
// CPython: PyLong_AsInt
bool toCInt(Value v, int *out) {
  Ref i = index(v);
  if (!i)
    return false;
  int64_t n;
  if (!intFitsInt64(*i, &n) || n < INT_MIN || n > INT_MAX) {
    raise(&OverflowErrorType, "Python int too large to convert to C int");
    return false;
  }
  *out = int(n);
  return true;
}

Ref noneOrError(int rc) { return rc < 0 ? Ref() : newNone(); }

// CPython: monitoring.use_tool_id(tool_id, name, /)
Ref useToolIdFn(Value, const Value *args, size_t nargs) {
  int tool;
  if (!checkPositional("use_tool_id", nargs, 2, 2) || !toCInt(args[0], &tool))
    return Ref();
  return noneOrError(useToolId(tool, args[1]));
}

// CPython: monitoring.clear_tool_id(tool_id, /)
Ref clearToolIdFn(Value, Value arg) {
  int tool;
  if (!toCInt(arg, &tool))
    return Ref();
  return noneOrError(clearToolId(tool));
}

// CPython: monitoring.free_tool_id(tool_id, /)
Ref freeToolIdFn(Value, Value arg) {
  int tool;
  if (!toCInt(arg, &tool))
    return Ref();
  return noneOrError(freeToolId(tool));
}

// CPython: monitoring.get_tool(tool_id, /)
Ref getToolFn(Value, Value arg) {
  int tool;
  if (!toCInt(arg, &tool) || checkValidTool(tool) < 0)
    return Ref();
  Value name = toolName(tool);
  return name.isNull() ? newNone() : Ref::borrow(name);
}

// CPython: monitoring.register_callback(tool_id, event, func, /)
Ref registerCallbackFn(Value, const Value *args, size_t nargs) {
  int tool, event;
  if (!checkPositional("register_callback", nargs, 3, 3) || !toCInt(args[0], &tool) ||
      !toCInt(args[1], &event))
    return Ref();
  Ref previous;
  if (registerCallback(tool, event, args[2], &previous) < 0)
    return Ref();
  return previous ? previous : newNone();
}

// CPython: monitoring.get_events(tool_id, /) -> int
Ref getEventsFn(Value, Value arg) {
  int tool;
  if (!toCInt(arg, &tool))
    return Ref();
  int64_t events = getEvents(tool);
  if (events < 0)
    return Ref();
  return newInt(events);
}

// CPython: monitoring.set_events(tool_id, event_set, /)
Ref setEventsFn(Value, const Value *args, size_t nargs) {
  int tool, eventSet;
  if (!checkPositional("set_events", nargs, 2, 2) || !toCInt(args[0], &tool) ||
      !toCInt(args[1], &eventSet))
    return Ref();
  return noneOrError(setEvents(tool, eventSet));
}

// CPython: monitoring.get_local_events(tool_id, code, /) -> int
Ref getLocalEventsFn(Value, const Value *args, size_t nargs) {
  int tool;
  if (!checkPositional("get_local_events", nargs, 2, 2) || !toCInt(args[0], &tool))
    return Ref();
  int64_t events = getLocalEvents(tool, args[1]);
  if (events < 0)
    return Ref();
  return newInt(events);
}

// CPython: monitoring.set_local_events(tool_id, code, event_set, /)
Ref setLocalEventsFn(Value, const Value *args, size_t nargs) {
  int tool, eventSet;
  if (!checkPositional("set_local_events", nargs, 3, 3) || !toCInt(args[0], &tool) ||
      !toCInt(args[2], &eventSet))
    return Ref();
  return noneOrError(setLocalEvents(tool, args[1], eventSet));
}

// CPython: monitoring.restart_events()
Ref restartEventsFn(Value) { return noneOrError(restartEvents()); }

// CPython: monitoring._all_events()
Ref allEventsFn(Value) { return allEvents(); }

const MethodDef kFunctions[] = {
    method("use_tool_id", useToolIdFn),
    method("clear_tool_id", clearToolIdFn),
    method("free_tool_id", freeToolIdFn),
    method("get_tool", getToolFn),
    method("register_callback", registerCallbackFn),
    method("get_events", getEventsFn),
    method("set_events", setEventsFn),
    method("get_local_events", getLocalEventsFn),
    method("set_local_events", setLocalEventsFn),
    method("restart_events", restartEventsFn),
    method("_all_events", allEventsFn),
};

} // namespace

Ref buildSysMonitoringModule() {
  // CPython: _Py_CreateMonitoringObject
  Ref module = newModule("sys.monitoring");
  if (!module || !moduleAddFunctions(*module, kFunctions))
    return Ref();
  if (moduleAddObject(*module, "DISABLE", disableSentinel()) < 0 ||
      moduleAddObject(*module, "MISSING", missingSentinel()) < 0)
    return Ref();
  Ref events = newNamespace();
  if (!events || moduleAddObject(*module, "events", *events) < 0)
    return Ref();
  for (int e = 0; e < kEvents; e++) {
    Ref name = newStr(eventName(e));
    if (!name || setAttr(*events, *name, Value::fromSmallInt(int64_t(1) << e)) < 0)
      return Ref();
  }
  Ref noEvents = newStr("NO_EVENTS");
  if (!noEvents || setAttr(*events, *noEvents, Value::fromSmallInt(0)) < 0)
    return Ref();
  if (moduleAddObject(*module, "DEBUGGER_ID", Value::fromSmallInt(kDebuggerId)) < 0 ||
      moduleAddObject(*module, "COVERAGE_ID", Value::fromSmallInt(kCoverageId)) < 0 ||
      moduleAddObject(*module, "PROFILER_ID", Value::fromSmallInt(kProfilerId)) < 0 ||
      moduleAddObject(*module, "OPTIMIZER_ID", Value::fromSmallInt(kOptimizerId)) < 0)
    return Ref();
  return module;
}

} // namespace pyvm::monitor
