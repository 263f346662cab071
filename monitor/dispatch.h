// Calling the tools' callbacks for an event at an instruction: highest tool id
// first, DISABLE handling, monitoring of the callbacks themselves suppressed.
//
// Indices are code-unit indices (byte offset / 2); callbacks receive byte
// offsets. Functions returning int give 0, or -1 with an exception pending.
// CPython: Python/instrumentation.c call_instrumentation_vector,
// _Py_call_instrumentation*, Python/ceval.c monitor_* helpers
#pragma once

#include "monitor/events.h"
#include "vm/code.h"

#include <span>

namespace pyvm::monitor {

// Calls one tool's callable for `event` with `args` (code, ...), counting
// the call as tracing so no events fire for the code it runs. 1 when it
// returned DISABLE, 0 otherwise, -1 on error. CPython: call_one_instrument
int callOneTool(const Value *args, size_t nargs, int tool, int event);

// Calls the tools for `event` at instruction `index`: callback(code,
// reportIndex * 2, *extra). Local events answered with DISABLE are removed at
// `index`; other events raise ValueError "Cannot disable X events. Callback
// removed." and drop the callable. CPython: call_instrumentation_vector
int callInstrumentation(CodeObject *code, int event, int index, int reportIndex,
                        std::span<const Value> extra);

// CPython: _Py_call_instrumentation, _arg, _2args
int callInstrumentation(CodeObject *code, int event, int index);
int callInstrumentationArg(CodeObject *code, int event, int index, Value arg);
int callInstrumentation2Args(CodeObject *code, int event, int index, Value arg0, Value arg1);

// JUMP / BRANCH_LEFT / BRANCH_RIGHT: callback(code, src * 2, dest * 2); the
// tools are those of instruction `index`. CPython: _Py_call_instrumentation_jump
int callInstrumentationJump(CodeObject *code, int event, int index, int src, int dest);

// Fires with an exception pending, which is kept unless a callback raises
// (then the callback's exception replaces it). CPython: _Py_call_instrumentation_exc2
void callInstrumentationExc2(CodeObject *code, int event, int index, Value arg0, Value arg1);

// INSTRUMENTED_LINE: fires LINE when `index` starts a new line relative to
// `prevIndex` (the instruction executed before; -1 if none), or always after
// a RESUME. Returns the original opcode to execute, or -1 on error.
// CPython: _Py_call_instrumentation_line
int callInstrumentationLine(CodeObject *code, int index, int prevIndex);

// INSTRUMENTED_INSTRUCTION: fires INSTRUCTION and returns the original
// opcode, or -1 on error. CPython: _Py_call_instrumentation_instruction
int callInstrumentationInstruction(CodeObject *code, int index);

// Any tool for a local event on this code / a global event?
// CPython: Python/ceval.c no_tools_for_local_event, no_tools_for_global_event
bool hasToolsForLocalEvent(const CodeObject *code, int event);
bool hasToolsForGlobalEvent(int event);

// Fires `event` with the pending exception as argument, keeping it pending
// unless a callback raises. CPython: Python/ceval.c do_monitor_exc
int monitorException(CodeObject *code, int index, int event);

} // namespace pyvm::monitor
