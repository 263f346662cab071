// The eval loop's entry points into the monitor: thin, checked wrappers over
// dispatch.cpp, each named for the INSTRUMENTED_* opcode that calls it.
// CPython: Python/bytecodes.c, Python/ceval.c monitor_*
#include "monitor/hooks.h"

#include "monitor/dispatch.h"
#include "monitor/instrument.h"
#include "vm/errors.h"
#include "vm/singletons.h"
#include "vm/tuple.h"

namespace pyvm::monitor {

int instrumentOnResume(CodeObject *code) {
  // CPython: _MAYBE_INSTRUMENT (skipped while tracing)
  if (gMonitoring.tracing)
    return 0;
  if (instrument(code) < 0)
    return -1;
  return 1;
}

int fireResume(CodeObject *code, int instr, int oparg) {
  // CPython: _MONITOR_RESUME
  Event e = oparg == 0 ? Event::PyStart : Event::PyResume;
  return callInstrumentation(code, eventIndex(e), instr);
}

int firePyReturn(CodeObject *code, int instr, Value retval) {
  // CPython: _RETURN_VALUE_EVENT
  return callInstrumentationArg(code, eventIndex(Event::PyReturn), instr, retval);
}

int firePyYield(CodeObject *code, int instr, Value value) {
  // CPython: _YIELD_VALUE_EVENT
  return callInstrumentationArg(code, eventIndex(Event::PyYield), instr, value);
}

int fireCall(CodeObject *code, int instr, Value callable, Value arg0) {
  // CPython: _MONITOR_CALL
  return callInstrumentation2Args(code, eventIndex(Event::Call), instr, callable, arg0);
}

int fireCReturn(CodeObject *code, int instr, Value callable, Value arg0) {
  // CPython: _DO_CALL (opcode == INSTRUMENTED_CALL)
  return callInstrumentation2Args(code, eventIndex(Event::CReturn), instr, callable, arg0);
}

void fireCRaise(CodeObject *code, int instr, Value callable, Value arg0) {
  callInstrumentationExc2(code, eventIndex(Event::CRaise), instr, callable, arg0);
}

int fireJump(CodeObject *code, int instr, int dest) {
  // CPython: INSTRUMENTED_JUMP(this_instr, dest, PY_MONITORING_EVENT_JUMP)
  return callInstrumentationJump(code, eventIndex(Event::Jump), instr, instr, dest);
}

int fireBranchLeft(CodeObject *code, int instr, int src, int dest) {
  return callInstrumentationJump(code, eventIndex(Event::BranchLeft), instr, src, dest);
}

int fireBranchRight(CodeObject *code, int instr, int src, int dest) {
  return callInstrumentationJump(code, eventIndex(Event::BranchRight), instr, src, dest);
}

int fireLine(CodeObject *code, int instr, int prevInstr) {
  return callInstrumentationLine(code, instr, prevInstr);
}

int fireInstruction(CodeObject *code, int instr) {
  return callInstrumentationInstruction(code, instr);
}

int fireStopIteration(CodeObject *code, int instr, Value value) {
  // CPython: Python/ceval.c monitor_stop_iteration
  constexpr int kEvent = eventIndex(Event::StopIteration);
  if (!hasToolsForLocalEvent(code, kEvent))
    return 0;
  assert(!errorPending());
  // PyErr_SetObject(PyExc_StopIteration, value): a tuple is the args.
  Ref exc;
  if (value.isNull() || isNone(value))
    exc = newExceptionFromArgs(&StopIterationType, nullptr, 0);
  else if (isTuple(value))
    exc = newExceptionFromArgs(&StopIterationType, tupleItems(value).data(), tupleSize(value));
  else
    exc = newExceptionFromArgs(&StopIterationType, &value, 1);
  if (!exc)
    return -1;
  setPendingException(std::move(exc));
  if (monitorException(code, instr, kEvent) < 0)
    return -1;
  clearPendingException();
  return 0;
}

void fireRaise(CodeObject *code, int instr) {
  // CPython: _PyEval_MonitorRaise
  if (hasToolsForGlobalEvent(eventIndex(Event::Raise)))
    monitorException(code, instr, eventIndex(Event::Raise));
}

void fireReraise(CodeObject *code, int instr) {
  // CPython: monitor_reraise
  if (hasToolsForGlobalEvent(eventIndex(Event::Reraise)))
    monitorException(code, instr, eventIndex(Event::Reraise));
}

void firePyUnwind(CodeObject *code, int instr) {
  // CPython: monitor_unwind
  if (hasToolsForGlobalEvent(eventIndex(Event::PyUnwind)))
    monitorException(code, instr, eventIndex(Event::PyUnwind));
}

void firePyThrow(CodeObject *code, int instr) {
  // CPython: monitor_throw
  if (hasToolsForGlobalEvent(eventIndex(Event::PyThrow)))
    monitorException(code, instr, eventIndex(Event::PyThrow));
}

int fireExceptionHandled(CodeObject *code, int instr, Value exc) {
  // CPython: monitor_handled
  constexpr int kEvent = eventIndex(Event::ExceptionHandled);
  if (!hasToolsForGlobalEvent(kEvent))
    return 0;
  return callInstrumentationArg(code, kEvent, instr, exc);
}

uint8_t originalOpcode(const CodeObject *code, int instr) { return baseOpcode(code, instr); }

} // namespace pyvm::monitor
