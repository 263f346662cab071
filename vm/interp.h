// The interpreter and thread state: sys.modules, the builtins, the chain of
// executing frames, the stack of handled exceptions (sys.exception()), the
// data stack that frames are carved from, and running the VM on a thread with
// a stack large enough that native re-entry reaches RecursionError first.
// CPython: Include/internal/pycore_interp.h, pycore_tstate.h
#pragma once

#include "vm/object.h"

#include <functional>
#include <string>
#include <vector>

namespace pyvm {

struct Frame;
struct CodeObject;

// One level of the handled-exception stack. The thread has a base level; a
// running generator pushes its own (CPython: _PyErr_StackItem).
struct ExcState {
  Value exc;                   // owned; null when no exception is handled
  ExcState *previous = nullptr;
};

// A chunk of the data stack frames are allocated from (LIFO).
struct DataStackChunk {
  DataStackChunk *previous;
  size_t size; // in Values
  Value *savedTop;
  Value data[];
};

// Bits of ThreadState::evalBreaker that are requests, not the version.
constexpr int kEvalBreakerFlagBits = 8;
constexpr uint64_t kEvalBreakerFlagsMask = (uint64_t(1) << kEvalBreakerFlagBits) - 1;
// Monitoring versions step over the flag bits, so evalBreaker equals a code
// object's version exactly when that code is up to date and nothing is
// requested. CPython: MONITORING_VERSION_INCREMENT
constexpr uint64_t kMonitoringVersionStep = uint64_t(1) << kEvalBreakerFlagBits;

struct ThreadState {
  Frame *frame = nullptr; // the innermost executing frame
  ExcState baseExcState;
  ExcState *excInfo = &baseExcState;
  int pyDepth = 0; // Python frames executing (recursion limit)
  // Data stack.
  DataStackChunk *chunk = nullptr;
  Value *dataTop = nullptr;
  Value *dataLimit = nullptr;
  // The eval breaker, as CPython's: the low kEvalBreakerFlagBits bits are
  // requests to stop at the next check point (RESUME, JUMP_BACKWARD); the
  // bits above hold the monitor's instrumentation version. So RESUME_CHECK
  // makes one compare against the code's version for both (zero cost when no
  // tool is on). CPython: Include/internal/pycore_ceval.h _PY_EVAL_EVENTS_BITS
  volatile uint64_t evalBreaker = 0;
};

struct Interp {
  Ref modules;        // dict: sys.modules
  Ref builtinsModule; // module builtins
  Ref builtins;       // its dict
  Ref sysModule;      // module sys
  // Bumped when monitoring changes; RESUME compares code->instrumentationVersion.
  uint64_t monitoringVersion = 0;
  std::string mainDirectory; // the directory of the main file (sys.path[0])
  int exitCode = 0;
  // Called at the eval loop's check points (RESUME, JUMP_BACKWARD) after
  // evalBreaker was set; -1 with an exception pending stops the code. Only
  // the run fuzzer (tests/fuzz/pyc_run_fuzzer.cpp) sets it: its run budget.
  int (*evalBreakerHook)() = nullptr;
};

extern Interp gInterp;
extern ThreadState gThread;
inline ThreadState *currentThread() { return &gThread; }

// Sets up the types, builtins and sys. Idempotent. Returns false with an
// exception pending on failure.
bool initInterpreter();

// The exception currently being handled (sys.exception()), borrowed; null
// when there is none (also declared in vm/errors.h for the core's context
// chaining). CPython: _PyErr_GetTopmostException
Value currentHandledException();

// Sets exc.__context__ to the exception being handled (breaking cycles), as
// CPython's _PyErr_SetObject does whenever an exception is raised.
void chainExceptionContext(Value exc);

// Data stack allocation: `n` contiguous Values, freed in LIFO order.
Value *dataStackPush(size_t n);
void dataStackPop(Value *base);

// Runs fn on a thread with a 512 MiB stack and returns its result.
int runOnLargeStack(const std::function<int()> &fn);

// Runs a code object with the given globals and locals mapping (locals may be
// null for globals). CPython: PyEval_EvalCode
Ref evalCode(CodeObject *code, Value globals, Value locals, Value closure = Value());

// The builtins dict that code running with `globals` uses.
Value builtinsForGlobals(Value globals);

// Interned identifier strings used across the VM.
Value internedName(const char *ascii);

} // namespace pyvm

namespace pyvm {
// Runs `frame` (already initialised, not yet linked) until it returns or
// yields. With `throwing`, the pending exception is raised at the frame's
// current instruction first (generator.throw()). The frame is linked above
// the thread's current frame while it runs.
// CPython: Python/ceval.c _PyEval_EvalFrameDefault
Ref evalFrame(Frame *frame, bool throwing);
} // namespace pyvm
