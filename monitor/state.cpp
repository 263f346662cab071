// The tool/event API of sys.monitoring over the interpreter-wide state.
// CPython: Python/instrumentation.c
#include "monitor/state.h"

#include "monitor/branch_handler.h"
#include "monitor/instrument.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/interp.h"
#include "vm/singletons.h"
#include "vm/specialize.h"
#include "vm/str.h"

#include <bit>

namespace pyvm {
// The eval loop's copy of the version (RESUME compares it). Weak, so the
// monitor also links into binaries without the interpreter (unit tests).
extern Interp gInterp __attribute__((weak));
} // namespace pyvm

namespace pyvm::monitor {

MonitoringState gMonitoring;

namespace {
// CPython: _PyInstrumentation_DISABLE / _PyInstrumentation_MISSING, two
// immortal instances of object.
Object gDisable{kImmortalRefcount, &ObjectType};
Object gMissing{kImmortalRefcount, &ObjectType};

// CPython: check_tool
int checkTool(int tool) {
  if (tool < kSysProfileId && gMonitoring.toolNames[tool].isNull()) {
    raisef(&ValueErrorType, "tool {} is not in use", tool);
    return -1;
  }
  return 0;
}

// CPython: set_events
void setToolBits(GlobalMonitors &m, int tool, EventSet events) {
  for (int e = 0; e < kUngroupedEvents; e++) {
    uint8_t bit = uint8_t(1u << tool);
    m.tools[e] = uint8_t((m.tools[e] & ~bit) | (((events >> e) & 1) ? bit : 0));
  }
}

// CPython: set_local_events
void setToolBits(LocalMonitors &m, int tool, EventSet events) {
  for (int e = 0; e < kLocalEvents; e++) {
    uint8_t bit = uint8_t(1u << tool);
    m.tools[e] = uint8_t((m.tools[e] & ~bit) | (((events >> e) & 1) ? bit : 0));
  }
}

// The C_RETURN/C_RAISE check and the BRANCH split shared by set_events and
// set_local_events. -1 with ValueError pending.
int normaliseEventSet(int *eventSet) {
  int es = *eventSet;
  if ((es & kCReturnEvents) && (es & kCCallEvents) != kCCallEvents) {
    raise(&ValueErrorType, "cannot set C_RETURN or C_RAISE events independently");
    return -1;
  }
  es &= ~int(kCReturnEvents);
  if (es & int(eventBit(Event::Branch))) {
    es &= ~int(eventBit(Event::Branch));
    es |= int(eventBit(Event::BranchLeft) | eventBit(Event::BranchRight));
  }
  *eventSet = es;
  return 0;
}
} // namespace

Value disableSentinel() { return Value::fromObject(&gDisable); }
Value missingSentinel() { return Value::fromObject(&gMissing); }

void setGlobalVersion(uint64_t version) {
  gMonitoring.globalVersion = version;
  if (&gInterp != nullptr)
    gInterp.monitoringVersion = version;
  // RESUME_CHECK compares the eval breaker with the code's version.
  assert((version & kEvalBreakerFlagsMask) == 0);
  gThread.evalBreaker = version | (gThread.evalBreaker & kEvalBreakerFlagsMask);
}

// --- The layer below ---------------------------------------------------------

EventSet globalEventsOf(int tool) {
  // CPython: get_events
  EventSet result = 0;
  for (int e = 0; e < kUngroupedEvents; e++)
    if ((gMonitoring.monitors.tools[e] >> tool) & 1)
      result |= EventSet(1) << e;
  return result;
}

// Events whose arguments can show CPython's specialised in-line forms (the
// offset of an exception out of an in-line callee; FOR_ITER_GEN returning
// through END_FOR). The specialisation model runs from the first time a tool
// asks for one of them, so a LINE or CALL tool does not pay for it.
constexpr EventSet kSpecialisationVisible =
    eventBit(Event::StopIteration) | eventBit(Event::Raise) |
    eventBit(Event::ExceptionHandled) | eventBit(Event::PyUnwind) | eventBit(Event::Reraise);

int setGlobalEvents(int tool, EventSet events) {
  if (events & kSpecialisationVisible)
    specialize::activate();
  // CPython: _PyMonitoring_SetEvents
  assert(tool >= 0 && tool < kToolIds);
  assert(events < (EventSet(1) << kUngroupedEvents));
  if (checkTool(tool) < 0)
    return -1;
  if (globalEventsOf(tool) == events)
    return 0;
  setToolBits(gMonitoring.monitors, tool, events);
  setGlobalVersion(gMonitoring.globalVersion + kMonitoringVersionStep);
  return instrumentAllExecutingCode();
}

EventSet codeLocalEventsOf(const CodeObject *code, int tool) {
  // CPython: get_local_events
  const CoMonitoringData *data = code->monitoring;
  if (!data)
    return 0;
  EventSet result = 0;
  for (int e = 0; e < kLocalEvents; e++)
    if ((data->localMonitors.tools[e] >> tool) & 1)
      result |= EventSet(1) << e;
  return result;
}

int setCodeLocalEvents(CodeObject *code, int tool, EventSet events) {
  if (events & kSpecialisationVisible)
    specialize::activate();
  // CPython: _PyMonitoring_SetLocalEvents
  assert(tool >= 0 && tool < kToolIds);
  assert(events < (EventSet(1) << kLocalEvents));
  CoMonitoringData *data = ensureMonitoringData(code);
  if (data->firstTraceable >= int(code->instructions.size())) {
    raisef(&SystemErrorType, "cannot instrument shim code object '{}'",
           code->name ? strToUtf8(code->name.get()) : std::string());
    return -1;
  }
  if (checkTool(tool) < 0)
    return -1;
  data->toolVersions[tool] = gMonitoring.toolVersions[tool];
  if (codeLocalEventsOf(code, tool) == events)
    return 0;
  setToolBits(data->localMonitors, tool, events);
  return forceInstrument(code);
}

Ref swapCallback(int tool, int eventId, Value func) {
  // CPython: _PyMonitoring_RegisterCallback
  assert(tool >= 0 && tool < kToolIds && eventId >= 0 && eventId < kEvents);
  Value *slots = gMonitoring.callables[tool];
  Ref previous;
  if (eventId == eventIndex(Event::Branch)) {
    Ref left, right;
    if (!func.isNull()) {
      right = newBranchHandler(tool, func, true);
      if (!right)
        return Ref();
      left = newBranchHandler(tool, func, false);
      if (!left)
        return Ref();
    }
    Ref oldRight = Ref::steal(slots[eventIndex(Event::BranchRight)]);
    slots[eventIndex(Event::BranchRight)] = right.release();
    previous = Ref::steal(slots[eventIndex(Event::BranchLeft)]);
    slots[eventIndex(Event::BranchLeft)] = left.release();
  } else {
    previous = Ref::steal(slots[eventId]);
    incref(func);
    slots[eventId] = func;
  }
  // A BRANCH wrapper hands back the function it wraps.
  if (previous && isBranchHandler(*previous))
    previous = Ref::borrow(branchHandlerFunction(*previous));
  return previous;
}

int clearToolIdInternal(int tool) {
  // CPython: _PyMonitoring_ClearToolId
  for (int e = 0; e < kEvents; e++)
    swapCallback(tool, e, Value());
  if (setGlobalEvents(tool, 0) < 0)
    return -1;
  uint64_t version = gMonitoring.globalVersion + kMonitoringVersionStep;
  // Local events set under an older tool version are dropped when a code
  // object is next instrumented.
  gMonitoring.toolVersions[tool] = version;
  setGlobalVersion(version);
  return instrumentAllExecutingCode();
}

// --- sys.monitoring ----------------------------------------------------------

int checkValidTool(int tool) {
  // CPython: check_valid_tool
  if (tool < 0 || tool >= kSysProfileId) {
    raisef(&ValueErrorType, "invalid tool {} (must be between 0 and 5)", tool);
    return -1;
  }
  return 0;
}

int useToolId(int tool, Value name) {
  // CPython: monitoring_use_tool_id_impl
  if (checkValidTool(tool) < 0)
    return -1;
  if (!isStr(name)) {
    raise(&ValueErrorType, "tool name must be a str");
    return -1;
  }
  if (!gMonitoring.toolNames[tool].isNull()) {
    raisef(&ValueErrorType, "tool {} is already in use", tool);
    return -1;
  }
  incref(name);
  gMonitoring.toolNames[tool] = name;
  return 0;
}

int clearToolId(int tool) {
  // CPython: monitoring_clear_tool_id_impl
  if (checkValidTool(tool) < 0)
    return -1;
  if (!gMonitoring.toolNames[tool].isNull() && clearToolIdInternal(tool) < 0)
    return -1;
  return 0;
}

int freeToolId(int tool) {
  // CPython: monitoring_free_tool_id_impl
  if (checkValidTool(tool) < 0)
    return -1;
  if (!gMonitoring.toolNames[tool].isNull() && clearToolIdInternal(tool) < 0)
    return -1;
  Ref name = Ref::steal(gMonitoring.toolNames[tool]);
  gMonitoring.toolNames[tool] = Value();
  return 0;
}

Value toolName(int tool) { return gMonitoring.toolNames[tool]; }

int64_t getEvents(int tool) {
  // CPython: monitoring_get_events_impl
  if (checkValidTool(tool) < 0)
    return -1;
  return globalEventsOf(tool);
}

int setEvents(int tool, int eventSet) {
  // CPython: monitoring_set_events_impl
  if (checkValidTool(tool) < 0)
    return -1;
  if (eventSet < 0 || eventSet >= (1 << kEvents)) {
    raisef(&ValueErrorType, "invalid event set 0x{:x}", uint32_t(eventSet));
    return -1;
  }
  if (normaliseEventSet(&eventSet) < 0)
    return -1;
  return setGlobalEvents(tool, EventSet(eventSet));
}

int64_t getLocalEvents(int tool, Value code) {
  // CPython: monitoring_get_local_events_impl
  if (!isCode(code)) {
    raise(&TypeErrorType, "code must be a code object");
    return -1;
  }
  if (checkValidTool(tool) < 0)
    return -1;
  return codeLocalEventsOf(code.as<CodeObject>(), tool);
}

int setLocalEvents(int tool, Value code, int eventSet) {
  // CPython: monitoring_set_local_events_impl
  if (!isCode(code)) {
    raise(&TypeErrorType, "code must be a code object");
    return -1;
  }
  if (checkValidTool(tool) < 0)
    return -1;
  if (normaliseEventSet(&eventSet) < 0)
    return -1;
  if (eventSet < 0 || eventSet >= (1 << kLocalEvents)) {
    raisef(&ValueErrorType, "invalid local event set 0x{:x}", uint32_t(eventSet));
    return -1;
  }
  return setCodeLocalEvents(code.as<CodeObject>(), tool, EventSet(eventSet));
}

int registerCallback(int tool, int eventBitValue, Value func, Ref *previous) {
  // CPython: monitoring_register_callback_impl
  if (checkValidTool(tool) < 0)
    return -1;
  if (std::popcount(uint32_t(eventBitValue)) != 1) {
    raise(&ValueErrorType, "The callback can only be set for one event at a time");
    return -1;
  }
  // _Py_bit_length of the (sign-extended) unsigned long.
  int eventId = std::bit_width(uint64_t(int64_t(eventBitValue))) - 1;
  if (eventId < 0 || eventId >= kEvents) {
    raisef(&ValueErrorType, "invalid event {}", eventBitValue);
    return -1;
  }
  if (isNone(func))
    func = Value();
  *previous = swapCallback(tool, eventId, func);
  return errorPending() ? -1 : 0;
}

int restartEvents() {
  // CPython: monitoring_restart_events_impl. Afterwards every code object's
  // version is below lastRestartVersion, which is below the global version.
  uint64_t restartVersion = gMonitoring.globalVersion + kMonitoringVersionStep;
  gMonitoring.lastRestartVersion = restartVersion;
  setGlobalVersion(restartVersion + kMonitoringVersionStep);
  return instrumentAllExecutingCode();
}

Ref allEvents() {
  // CPython: monitoring__all_events_impl
  Ref result = newDict();
  if (!result)
    return Ref();
  for (int e = 0; e < kUngroupedEvents; e++) {
    uint8_t tools = gMonitoring.monitors.tools[e];
    if (tools == 0)
      continue;
    if (dictSetItem(*result, eventName(e), Value::fromSmallInt(tools)) < 0)
      return Ref();
  }
  return result;
}

} // namespace pyvm::monitor
