// Monitoring scopes and the Fire* C API.
// CPython: Python/instrumentation.c capi_call_instrumentation,
// PyMonitoring_EnterScope, _PyMonitoring_Fire*Event
#include "monitor/scope.h"

#include "monitor/dispatch.h"
#include "monitor/state.h"
#include "vm/errors.h"

#include <bit>

namespace pyvm::monitor {
namespace {

// CPython: capi_call_instrumentation
int capiCall(MonState *state, Value codelike, int32_t offset, std::initializer_list<Value> extra,
             Event e) {
  int event = eventIndex(e);
  if (offset < 0) {
    raise(&ValueErrorType, "offset must be non-negative");
    return -1;
  }
  Value args[4];
  size_t nargs = 0;
  args[nargs++] = codelike;
  if (e != Event::Line)
    args[nargs++] = Value::fromSmallInt(offset);
  for (Value v : extra)
    args[nargs++] = v.isNull() ? missingSentinel() : v;
  uint8_t tools = state->active;
  while (tools) {
    int tool = std::bit_width(tools) - 1;
    tools ^= uint8_t(1u << tool);
    int res = callOneTool(args, nargs, tool, event);
    if (res == 0)
      continue;
    if (res < 0)
      return -1;
    if (!isLocalEvent(event)) {
      raisef(&ValueErrorType, "Cannot disable {} events. Callback removed.", eventName(event));
      Ref old = Ref::steal(gMonitoring.callables[tool][event]);
      gMonitoring.callables[tool][event] = Value();
      return -1;
    }
    state->active &= uint8_t(~(1u << tool));
  }
  return 0;
}

// CPython: exception_event_setup / exception_event_teardown
int fireWithException(MonState *state, Value codelike, int32_t offset, Event e) {
  if (!state->active)
    return 0;
  Ref exc = takePendingException();
  if (!exc) {
    raisef(&ValueErrorType, "Firing event {} with no exception set", eventIndex(e));
    return -1;
  }
  int err = capiCall(state, codelike, offset, {*exc}, e);
  if (err == 0)
    setPendingException(std::move(exc));
  return err;
}

} // namespace

int enterScope(MonState *states, uint64_t *version, const uint8_t *eventTypes, size_t length) {
  // CPython: PyMonitoring_EnterScope
  if (*version == gMonitoring.globalVersion)
    return 0;
  const uint8_t *tools = gMonitoring.monitors.tools;
  for (size_t i = 0; i < length; i++) {
    int event = eventTypes[i];
    if (event == eventIndex(Event::CReturn) || event == eventIndex(Event::CRaise))
      event = eventIndex(Event::Call);
    if (event == eventIndex(Event::Branch))
      states[i].active =
          tools[eventIndex(Event::BranchLeft)] | tools[eventIndex(Event::BranchRight)];
    else if (event >= 0 && event < kUngroupedEvents)
      states[i].active = tools[event];
    else
      states[i].active = 0;
  }
  *version = gMonitoring.globalVersion;
  return 0;
}

int exitScope() { return 0; }

int firePyStart(MonState *state, Value codelike, int32_t offset) {
  return state->active ? capiCall(state, codelike, offset, {}, Event::PyStart) : 0;
}

int firePyResume(MonState *state, Value codelike, int32_t offset) {
  return state->active ? capiCall(state, codelike, offset, {}, Event::PyResume) : 0;
}

int firePyReturn(MonState *state, Value codelike, int32_t offset, Value retval) {
  return state->active ? capiCall(state, codelike, offset, {retval}, Event::PyReturn) : 0;
}

int firePyYield(MonState *state, Value codelike, int32_t offset, Value retval) {
  return state->active ? capiCall(state, codelike, offset, {retval}, Event::PyYield) : 0;
}

int fireCall(MonState *state, Value codelike, int32_t offset, Value callable, Value arg0) {
  return state->active ? capiCall(state, codelike, offset, {callable, arg0}, Event::Call) : 0;
}

int fireLine(MonState *state, Value codelike, int32_t offset, int lineno) {
  if (!state->active)
    return 0;
  return capiCall(state, codelike, offset, {Value::fromSmallInt(lineno)}, Event::Line);
}

int fireJump(MonState *state, Value codelike, int32_t offset, Value targetOffset) {
  return state->active ? capiCall(state, codelike, offset, {targetOffset}, Event::Jump) : 0;
}

int fireBranch(MonState *state, Value codelike, int32_t offset, Value targetOffset) {
  return fireBranchRight(state, codelike, offset, targetOffset);
}

int fireBranchLeft(MonState *state, Value codelike, int32_t offset, Value targetOffset) {
  return state->active ? capiCall(state, codelike, offset, {targetOffset}, Event::BranchLeft) : 0;
}

int fireBranchRight(MonState *state, Value codelike, int32_t offset, Value targetOffset) {
  return state->active ? capiCall(state, codelike, offset, {targetOffset}, Event::BranchRight) : 0;
}

int fireCReturn(MonState *state, Value codelike, int32_t offset, Value retval) {
  return state->active ? capiCall(state, codelike, offset, {retval}, Event::CReturn) : 0;
}

int firePyThrow(MonState *state, Value codelike, int32_t offset) {
  return fireWithException(state, codelike, offset, Event::PyThrow);
}

int fireRaise(MonState *state, Value codelike, int32_t offset) {
  return fireWithException(state, codelike, offset, Event::Raise);
}

int fireCRaise(MonState *state, Value codelike, int32_t offset) {
  return fireWithException(state, codelike, offset, Event::CRaise);
}

int fireReraise(MonState *state, Value codelike, int32_t offset) {
  return fireWithException(state, codelike, offset, Event::Reraise);
}

int fireExceptionHandled(MonState *state, Value codelike, int32_t offset) {
  return fireWithException(state, codelike, offset, Event::ExceptionHandled);
}

int firePyUnwind(MonState *state, Value codelike, int32_t offset) {
  return fireWithException(state, codelike, offset, Event::PyUnwind);
}

int fireStopIteration(MonState *state, Value codelike, int32_t offset, Value value) {
  // CPython: _PyMonitoring_FireStopIterationEvent
  if (!state->active)
    return 0;
  assert(!errorPending());
  Ref exc = isInstance(value, &StopIterationType)
                ? Ref::borrow(value)
                : newExceptionFromArgs(&StopIterationType, &value, 1);
  if (!exc)
    return -1;
  return capiCall(state, codelike, offset, {*exc}, Event::StopIteration);
}

} // namespace pyvm::monitor
