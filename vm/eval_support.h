// Helpers of the eval loop: the larger opcode bodies, kept out of the loop
// so that each TARGET reads as its semantics. Internal to vm/eval*.cpp.
// CPython: Python/ceval.c (do_raise, unpack_iterable, match_class, ...),
// Python/intrinsics.c
#pragma once

#include "vm/frame.h"
#include "vm/function.h"
#include "vm/generator.h"

namespace pyvm {

// Frames ---------------------------------------------------------------------
// Called when a frame returns or unwinds: a thread frame is popped, a
// generator frame is cleared and marked completed.
void finishFrame(Frame *frame);

// Names ------------------------------------------------------------------------
void raiseNameError(Value name);                  // name 'x' is not defined
void raiseUnboundLocal(Frame *frame, int index);  // cannot access local variable ...
void raiseUnboundFree(Frame *frame, int index);   // cannot access free variable ...
// mapping[name] for a dict or any mapping: null without error when missing.
Ref mappingLookup(Value mapping, Value name);
// globals, then builtins, else NameError.
Ref loadGlobal(Frame *frame, Value name);
Value commonConstant(int index);

// Calls ----------------------------------------------------------------------
Ref starArgsToTuple(Value func, Value callargs);
void formatKwargsError(Value func, Value kwargs);
void setFunctionAttribute(FunctionObject *func, int flag, Ref value);
Ref loadSpecial(Value owner, int which, Ref *self);
Ref newSuperForAttr(Value globalSuper, Value cls, Value self, bool twoArgs);
bool loadSuperAttr(Value globalSuper, Value cls, Value self, Value name, bool method,
                   bool twoArgs, Ref *attr, Ref *selfOut);
// The name a function has in call error messages: "f.<locals>.g()".
std::string functionNameForMessage(Value func);

// Operations -----------------------------------------------------------------
Ref concatStrings(const Value *pieces, size_t n);
int setUpdate(Value set, Value iterable);
// Unpacks `seq` into out[] (item 0 at the highest address). With after < 0
// exactly `before` items are expected (UNPACK_SEQUENCE); otherwise a list
// of the middle items goes between (UNPACK_EX).
bool unpackIterable(Value seq, int before, int after, Value *out);
int setupAnnotations(Value locals);
Ref buildTemplate(Value strings, Value interpolations);
Ref buildInterpolation(Value value, Value expr, Value spec, int conversion);

// Exceptions -----------------------------------------------------------------
// RAISE_VARARGS: 0 = an exception is now pending (add traceback), 1 = bare
// re-raise (no traceback entry). Consumes exc and cause (either may be null).
int doRaise(Value exc, Value cause);
bool checkExceptTypeValid(Value type);
bool exceptStarMatch(Value exc, Value matchType, Ref *match, Ref *rest);

// Generators and async -------------------------------------------------------
// With `code`, a StopIteration fires RAISE at `instr` (PEP 669, CPython: SEND).
SendResult sendToIterator(Value receiver, Value v, Ref *result, CodeObject *code = nullptr,
                          int instr = 0);
Ref getAIter(Value obj);
Ref getANext(Value aiter);
void formatAwaitableError(Value obj, int oparg);

// Pattern matching -----------------------------------------------------------
bool isMappingForMatch(Value subject);
bool isSequenceForMatch(Value subject);
Ref matchKeys(Value subject, Value keys);
Ref matchClass(Value subject, Value type, int nargs, Value kwNames);

// Intrinsics, imports, check points -------------------------------------------
Ref callIntrinsic1(Frame *frame, int which, Value v);
Ref callIntrinsic2(Frame *frame, int which, Value value2, Value value1);
Ref importName(Frame *frame, Value name, Value fromlist, Value level);
int handleEvalBreaker();
// RESUME's monitoring hook: brings the code up to the interpreter's
// instrumentation version (monitor/ replaces this). -1 on error.
int instrumentCode(CodeObject *code);

} // namespace pyvm
