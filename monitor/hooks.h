// The whole interface between the eval loop and the monitor. monitor/README.md
// says, opcode by opcode, where each INSTRUMENTED_* body calls these.
//
// Conventions:
//  - `instr` is the code-unit index of the instruction (frame->lasti(), or
//    `this_instr - code->instructions.data()`); callbacks see byte offsets.
//  - int results: 0 = go on, -1 = an exception is pending (goto error),
//    except where noted.
//  - Zero cost when no tool is on: the eval loop only compares versions at
//    RESUME (needsInstrumentation). Nothing else runs until a tool instruments
//    the code, and then only the INSTRUMENTED_* opcodes call in.
// CPython: Python/bytecodes.c (INSTRUMENTED_*, _MAYBE_INSTRUMENT,
// _MONITOR_*), Python/ceval.c (monitor_raise, monitor_unwind, ...)
#pragma once

#include "monitor/state.h"
#include "vm/code.h"

namespace pyvm::monitor {

// --- RESUME ------------------------------------------------------------------

// True when the code must be (re-)instrumented before it runs on.
// CPython: _MAYBE_INSTRUMENT's version compare
inline bool needsInstrumentation(const CodeObject *code) {
#ifdef PYVM_NO_MONITORING
  // Measurement baseline only (tools/bench/monitoring.sh): RESUME's check is
  // compiled out, so no tool can ever instrument code.
  (void)code;
  return false;
#else
  return code->instrumentationVersion != gMonitoring.globalVersion;
#endif
}
// Instruments the code. Returns 1 when the caller must re-dispatch the same
// instruction (it may have been rewritten), 0 to carry on (a callback is
// running: CPython does not instrument then), -1 on error.
int instrumentOnResume(CodeObject *code);

// True while a callback runs (events are suppressed). INSTRUMENTED_JUMP's
// fast path; the fire functions below check it themselves.
inline bool isTracing() { return gMonitoring.tracing != 0; }

// --- Events fired by INSTRUMENTED_* opcodes --------------------------------

// INSTRUMENTED_RESUME: PY_START (oparg 0) or PY_RESUME.
int fireResume(CodeObject *code, int instr, int oparg);
// INSTRUMENTED_RETURN_VALUE, before returning `retval`.
int firePyReturn(CodeObject *code, int instr, Value retval);
// INSTRUMENTED_YIELD_VALUE, before yielding `value`.
int firePyYield(CodeObject *code, int instr, Value value);
// INSTRUMENTED_CALL / CALL_KW / CALL_FUNCTION_EX / LOAD_SUPER_ATTR, before the
// call. `arg0` null means MISSING.
int fireCall(CodeObject *code, int instr, Value callable, Value arg0);
// After a call of anything but a Python function inlined by the loop:
// C_RETURN when it returned (on -1 drop the result and goto error) ...
int fireCReturn(CodeObject *code, int instr, Value callable, Value arg0);
// ... C_RAISE when it raised. The exception stays pending (a callback's
// exception replaces it); always goto error afterwards.
void fireCRaise(CodeObject *code, int instr, Value callable, Value arg0);
// INSTRUMENTED_JUMP_FORWARD / JUMP_BACKWARD: JUMP from `instr` to `dest`.
int fireJump(CodeObject *code, int instr, int dest);
// BRANCH_LEFT / BRANCH_RIGHT reported as src -> dest, with the tools of
// instruction `instr` (NOT_TAKEN and POP_ITER report their jump's offset).
int fireBranchLeft(CodeObject *code, int instr, int src, int dest);
int fireBranchRight(CodeObject *code, int instr, int src, int dest);
// INSTRUMENTED_LINE: `prevInstr` is the instruction executed before (the
// frame's previous instr pointer; -1 if none). Returns the original opcode to
// dispatch, or -1 on error.
int fireLine(CodeObject *code, int instr, int prevInstr);
// INSTRUMENTED_INSTRUCTION: returns the original opcode to dispatch, or -1.
int fireInstruction(CodeObject *code, int instr);
// INSTRUMENTED_END_FOR / END_SEND when the receiver is a generator or
// coroutine: STOP_ITERATION with StopIteration(value). CPython: monitor_stop_iteration
int fireStopIteration(CodeObject *code, int instr, Value value);

// --- Exception events (from the loop's error paths) -------------------------
// Each takes the pending exception as the event's argument and leaves it
// pending unless a callback raised (then that exception is pending instead).

// On `error:` after the traceback entry, with instr = next_instr - 1.
// CPython: monitor_raise
void fireRaise(CodeObject *code, int instr);
// RERAISE, before unwinding. CPython: monitor_reraise
void fireReraise(CodeObject *code, int instr);
// Leaving a frame by an exception (no handler). CPython: monitor_unwind
void firePyUnwind(CodeObject *code, int instr);
// gen.throw()/close() entering a suspended frame. CPython: monitor_throw
void firePyThrow(CodeObject *code, int instr);
// Jumping to a handler: `instr` is the handler, `exc` the exception (not
// pending). -1: a callback raised; unwind again. CPython: monitor_handled
int fireExceptionHandled(CodeObject *code, int instr, Value exc);

// generator.close() may finish a generator suspended at a yield outside any
// try block without throwing GeneratorExit into it, unless a tool wants
// PY_UNWIND. CPython: _PyEval_NoToolsForUnwind (gen_close)
inline bool hasToolsForUnwind() {
  return gMonitoring.monitors.tools[eventIndex(Event::PyUnwind)] != 0;
}

// --- Side tables --------------------------------------------------------------

// The base opcode at `instr` under any instrumentation (what dis shows, what
// the specialiser must see). CPython: _Py_GetBaseCodeUnit
uint8_t originalOpcode(const CodeObject *code, int instr);

} // namespace pyvm::monitor
