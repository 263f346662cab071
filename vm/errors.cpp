// The pending-exception state and the helpers that raise exceptions from
// native code. CPython: Python/errors.c
#include "vm/errors.h"

#include "vm/abstract.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <pthread.h>

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
// The lowest stack address native code may reach on this thread (the real
// stack bounds minus a safety margin), found on first use.
thread_local char *tStackLimit = nullptr;

char *computeStackLimit(char *here) {
  pthread_attr_t attr;
  void *addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  constexpr size_t kMargin = size_t(256) << 10;
  if (addr == nullptr || size <= 2 * kMargin)
    return here - (size_t(6) << 20); // unknown bounds: allow 6 MiB from here
  return static_cast<char *>(addr) + kMargin;
}
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
  if (tStackLimit == nullptr)
    tStackLimit = computeStackLimit(&here);
  if (++gNativeDepth > kNativeRecursionLimit || &here < tStackLimit) {
    --gNativeDepth;
    raisef(&RecursionErrorType, "maximum recursion depth exceeded{}", where);
    return false;
  }
  return true;
}

void leaveRecursiveCall() { --gNativeDepth; }

int getRecursionLimit() { return gRecursionLimit; }
void setRecursionLimit(int limit) { gRecursionLimit = limit; }

// Kept for callers; the stack bounds are now read from the thread itself.
void markStackBase(void *) {}

} // namespace pyvm
