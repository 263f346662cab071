// The pending-exception state and the helpers that raise exceptions from
// native code. CPython: Python/errors.c
#include "vm/errors.h"

#include "vm/abstract.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

namespace pyvm {

namespace {
// The pending exception: an owned reference held as a raw Value so no
// destructor runs at process exit.
Value gPending;
int gRecursionLimit = 1000;
int gNativeDepth = 0;
// The native (C++) recursion limit. Python frames are counted by the eval
// loop against sys.getrecursionlimit(); native recursion gets its own, larger
// budget as CPython's C recursion limit, plus a check of the real stack.
constexpr int kNativeRecursionLimit = 8000;
constexpr size_t kStackBudget = size_t(6) << 20; // bytes of C stack we allow
char *gStackBase = nullptr;
} // namespace

__attribute__((weak)) Value currentHandledException() { return Value(); }

// CPython: Python/errors.c _PyErr_SetObject (the context-chaining part)
void setPendingException(Ref exception) {
  Value exc = exception.get();
  if (exc.isNull())
    return;
  Value handled = currentHandledException();
  if (!handled.isNull() && !handled.is(exc) && isBaseException(handled) &&
      isBaseException(exc)) {
    // Avoid a cycle: if exc is already in handled's context chain, cut it.
    Value o = handled;
    while (true) {
      Value ctx = exceptionContext(o);
      if (ctx.isNull())
        break;
      if (ctx.is(exc)) {
        setExceptionContext(o, Value());
        break;
      }
      o = ctx;
    }
    setExceptionContext(exc, handled);
  }
  Value old = gPending;
  gPending = exception.release();
  xdecref(old);
}

void restorePendingException(Ref exception) {
  Value old = gPending;
  gPending = exception.release();
  xdecref(old);
}

bool errorPending() { return !gPending.isNull(); }

Ref takePendingException() {
  Value v = gPending;
  gPending = Value();
  return Ref::steal(v);
}

Value pendingException() { return gPending; }

bool pendingExceptionMatches(Type *type) {
  return !gPending.isNull() && isInstance(gPending, type);
}

void clearPendingException() {
  Value old = gPending;
  gPending = Value();
  xdecref(old);
}

Ref raise(Type *type, std::string_view message) {
  Ref exc = newException(type, message);
  if (exc)
    setPendingException(std::move(exc));
  return Ref();
}

Ref raiseWith(Type *type, Value arg) {
  Ref exc = newExceptionFromArgs(type, &arg, 1);
  if (exc)
    setPendingException(std::move(exc));
  return Ref();
}

Ref raiseEmpty(Type *type) {
  Ref exc = newExceptionFromArgs(type, nullptr, 0);
  if (exc)
    setPendingException(std::move(exc));
  return Ref();
}

// --- Recursion guard ---------------------------------------------------------

bool enterRecursiveCall(const char *where) {
  char here;
  if (gStackBase == nullptr)
    gStackBase = &here;
  size_t used = gStackBase > &here ? size_t(gStackBase - &here) : 0;
  if (++gNativeDepth > kNativeRecursionLimit || used > kStackBudget) {
    --gNativeDepth;
    raisef(&RecursionErrorType, "maximum recursion depth exceeded{}", where);
    return false;
  }
  return true;
}

void leaveRecursiveCall() { --gNativeDepth; }

int getRecursionLimit() { return gRecursionLimit; }
void setRecursionLimit(int limit) { gRecursionLimit = limit; }

// Records the base of the C stack; runtime init calls it from near main().
void markStackBase(void *base) { gStackBase = static_cast<char *>(base); }

} // namespace pyvm
