// Calling the callbacks of the tools. CPython: Python/instrumentation.c
#include "monitor/dispatch.h"

#include "monitor/instrument.h"
#include "monitor/state.h"
#include "vm/abstract.h"
#include "vm/errors.h"

#include <bit>

namespace pyvm::monitor {
namespace {

// Tools are called from the highest id down. CPython: most_significant_bit
int mostSignificantBit(uint8_t bits) { return std::bit_width(bits) - 1; }

Value offsetValue(int index) { return Value::fromSmallInt(int64_t(index) * 2); }

} // namespace

int callOneTool(const Value *args, size_t nargs, int tool, int event) {
  // CPython: call_one_instrument
  Value callable = gMonitoring.callables[tool][event];
  if (callable.isNull())
    return 0;
  Ref keep = Ref::borrow(callable); // the callback may unregister itself
  int oldWhat = gMonitoring.whatEvent;
  gMonitoring.whatEvent = event;
  gMonitoring.tracing++;
  Ref result = call(callable, args, nargs);
  gMonitoring.tracing--;
  gMonitoring.whatEvent = oldWhat;
  if (!result)
    return -1;
  return isDisable(*result) ? 1 : 0;
}

int callInstrumentation(CodeObject *code, int event, int index, int reportIndex,
                        std::span<const Value> extra) {
  // CPython: call_instrumentation_vector
  if (gMonitoring.tracing)
    return 0;
  assert(extra.size() <= 2);
  Value args[4] = {Value::fromObject(code), offsetValue(reportIndex)};
  for (size_t i = 0; i < extra.size(); i++)
    args[2 + i] = extra[i].isNull() ? missingSentinel() : extra[i];
  size_t nargs = 2 + extra.size();
  uint8_t tools = toolsForInstruction(code, index, event);
  while (tools) {
    int tool = mostSignificantBit(tools);
    tools ^= uint8_t(1u << tool);
    int res = callOneTool(args, nargs, tool, event);
    if (res == 0)
      continue;
    if (res < 0)
      return -1;
    // DISABLE
    if (!isLocalEvent(event)) {
      raisef(&ValueErrorType, "Cannot disable {} events. Callback removed.", eventName(event));
      // Clear the callable so the error does not repeat forever.
      Ref old = Ref::steal(gMonitoring.callables[tool][event]);
      gMonitoring.callables[tool][event] = Value();
      return -1;
    }
    removeTools(code, index, event, uint8_t(1u << tool));
  }
  return 0;
}

int callInstrumentation(CodeObject *code, int event, int index) {
  return callInstrumentation(code, event, index, index, {});
}

int callInstrumentationArg(CodeObject *code, int event, int index, Value arg) {
  Value extra[1] = {arg};
  return callInstrumentation(code, event, index, index, extra);
}

int callInstrumentation2Args(CodeObject *code, int event, int index, Value arg0, Value arg1) {
  Value extra[2] = {arg0, arg1};
  return callInstrumentation(code, event, index, index, extra);
}

int callInstrumentationJump(CodeObject *code, int event, int index, int src, int dest) {
  // CPython: _Py_call_instrumentation_jump
  assert(event == eventIndex(Event::Jump) || event == eventIndex(Event::BranchLeft) ||
         event == eventIndex(Event::BranchRight));
  Value extra[1] = {offsetValue(dest)};
  return callInstrumentation(code, event, index, src, extra);
}

void callInstrumentationExc2(CodeObject *code, int event, int index, Value arg0, Value arg1) {
  // CPython: _Py_call_instrumentation_exc2 / call_instrumentation_vector_protected
  assert(errorPending());
  Ref exc = takePendingException();
  Value extra[2] = {arg0, arg1};
  if (callInstrumentation(code, event, index, index, extra) == 0)
    setPendingException(std::move(exc));
}

int callInstrumentationLine(CodeObject *code, int index, int prevIndex) {
  // CPython: _Py_call_instrumentation_line
  CoMonitoringData *m = code->monitoring;
  uint8_t original = m->lines[index].originalOpcode;
  if (gMonitoring.tracing)
    return original;
  int line = m->lines[index].line;
  if (prevIndex >= 0 && prevIndex < int(m->lines.size()) && m->lines[prevIndex].line == line) {
    // RESUME must never hide the first line of a frame.
    uint8_t prevOpcode = code->instructions[prevIndex].opcode;
    if (prevOpcode != CodeOp::RESUME && prevOpcode != CodeOp::INSTRUMENTED_RESUME)
      return original;
  }
  constexpr int kLineEvent = eventIndex(Event::Line);
  uint8_t tools =
      !m->lineTools.empty()
          ? m->lineTools[index]
          : uint8_t(gMonitoring.monitors.tools[kLineEvent] | m->localMonitors.tools[kLineEvent]);
  if (tools == 0)
    return original;
  Value args[2] = {Value::fromObject(code), Value::fromSmallInt(line)};
  while (tools) {
    int tool = mostSignificantBit(tools);
    tools &= uint8_t(~(1u << tool));
    int res = callOneTool(args, 2, tool, kLineEvent);
    if (res < 0)
      return -1;
    if (res > 0)
      removeLineTools(code, index, uint8_t(1u << tool));
  }
  // DISABLE may have moved INSTRUMENTED_INSTRUCTION's opcode here.
  return m->lines[index].originalOpcode;
}

int callInstrumentationInstruction(CodeObject *code, int index) {
  // CPython: _Py_call_instrumentation_instruction
  CoMonitoringData *m = code->monitoring;
  int next = m->perInstructionOpcodes[index];
  if (gMonitoring.tracing)
    return next;
  constexpr int kInstructionEvent = eventIndex(Event::Instruction);
  uint8_t tools = !m->perInstructionTools.empty()
                      ? m->perInstructionTools[index]
                      : uint8_t(gMonitoring.monitors.tools[kInstructionEvent] |
                                m->localMonitors.tools[kInstructionEvent]);
  Value args[2] = {Value::fromObject(code), offsetValue(index)};
  while (tools) {
    int tool = mostSignificantBit(tools);
    tools &= uint8_t(~(1u << tool));
    int res = callOneTool(args, 2, tool, kInstructionEvent);
    if (res < 0)
      return -1;
    if (res > 0)
      removePerInstructionTools(code, index, uint8_t(1u << tool));
  }
  return next;
}

bool hasToolsForGlobalEvent(int event) { return gMonitoring.monitors.tools[event] != 0; }

bool hasToolsForLocalEvent(const CodeObject *code, int event) {
  if (const CoMonitoringData *m = code->monitoring)
    return m->activeMonitors.tools[event] != 0;
  return hasToolsForGlobalEvent(event);
}

int monitorException(CodeObject *code, int index, int event) {
  // CPython: Python/ceval.c do_monitor_exc
  Ref exc = takePendingException();
  assert(exc);
  int err = callInstrumentationArg(code, event, index, *exc);
  if (err == 0)
    setPendingException(std::move(exc));
  return err;
}

} // namespace pyvm::monitor
