// The C API for code that emulates Python code outside bytecode (a native
// tool, a generated interpreter, a template engine): monitoring states per
// scope and the Fire* functions. Each Fire* is a no-op when state->active is
// 0 (the inline check of CPython's PyMonitoring_Fire*), else calls the tools
// in `active`, highest id first; DISABLE from a local event clears the tool in
// this state only. 0, or -1 with an exception pending.
// `codelike` is a code object or anything that emulates one; `offset` is
// passed to the callbacks as is.
// CPython: Include/cpython/monitoring.h, Python/instrumentation.c
// PyMonitoring_EnterScope, _PyMonitoring_Fire*Event (../seeds/001_*)
#pragma once

#include "monitor/events.h"
#include "vm/object.h"

#include <cstddef>
#include <cstdint>

namespace pyvm::monitor {

// The tools active for one event of a scope. CPython: PyMonitoringState
struct MonState {
  uint8_t active = 0;
  uint8_t opaque = 0;
};

// Refreshes states[i] for eventTypes[i] (event ids) when the global version
// moved since *version (start it at 0). C_RETURN/C_RAISE follow CALL, BRANCH
// is BRANCH_LEFT | BRANCH_RIGHT. CPython: PyMonitoring_EnterScope
int enterScope(MonState *states, uint64_t *version, const uint8_t *eventTypes, size_t length);
// CPython: PyMonitoring_ExitScope (nothing to do)
int exitScope();

int firePyStart(MonState *state, Value codelike, int32_t offset);
int firePyResume(MonState *state, Value codelike, int32_t offset);
int firePyReturn(MonState *state, Value codelike, int32_t offset, Value retval);
int firePyYield(MonState *state, Value codelike, int32_t offset, Value retval);
int fireCall(MonState *state, Value codelike, int32_t offset, Value callable, Value arg0);
// LINE callbacks get (codelike, lineno): the offset is only checked.
int fireLine(MonState *state, Value codelike, int32_t offset, int lineno);
int fireJump(MonState *state, Value codelike, int32_t offset, Value targetOffset);
// The 3.13 BRANCH: fires BRANCH_RIGHT. CPython: _PyMonitoring_FireBranchEvent
int fireBranch(MonState *state, Value codelike, int32_t offset, Value targetOffset);
int fireBranchLeft(MonState *state, Value codelike, int32_t offset, Value targetOffset);
int fireBranchRight(MonState *state, Value codelike, int32_t offset, Value targetOffset);
int fireCReturn(MonState *state, Value codelike, int32_t offset, Value retval);
// These pass the pending exception ("Firing event N with no exception set"
// when there is none) and leave it pending unless a callback raised.
int firePyThrow(MonState *state, Value codelike, int32_t offset);
int fireRaise(MonState *state, Value codelike, int32_t offset);
int fireCRaise(MonState *state, Value codelike, int32_t offset);
int fireReraise(MonState *state, Value codelike, int32_t offset);
int fireExceptionHandled(MonState *state, Value codelike, int32_t offset);
int firePyUnwind(MonState *state, Value codelike, int32_t offset);
// STOP_ITERATION with `value` (a StopIteration instance is used as is, else
// StopIteration(value) is made); no exception is pending afterwards.
int fireStopIteration(MonState *state, Value codelike, int32_t offset, Value value);

} // namespace pyvm::monitor
