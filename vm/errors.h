// Raising and inspecting Python exceptions from native code.
//
// pyvm follows CPython's convention: a fallible function returns a null Ref
// (or -1) and leaves the exception *pending* in the thread state. C++
// exceptions are never used for Python errors.
#pragma once

#include "vm/object.h"

#include <fmt/format.h>

namespace pyvm {

#define EXCEPTION(Name, Base) extern Type Name##Type;
#include "vm/exceptions.def"
#undef EXCEPTION

// Sets a pending exception of `type` with one str argument. Returns a null
// Ref so that `return raise(TypeError, "...")` reads naturally.
Ref raise(Type *type, std::string_view message);

template <typename... Args>
Ref raisef(Type *type, fmt::format_string<Args...> format, Args &&...args) {
  return raise(type, fmt::format(format, std::forward<Args>(args)...));
}

// Sets an already built exception instance as the pending exception.
void setPendingException(Ref exception);
// True when an exception is pending.
bool errorPending();
// Takes the pending exception (null if none) and clears it.
Ref takePendingException();
// The pending exception without taking it (null if none).
Value pendingException();
// True when the pending exception is an instance of `type`.
bool pendingExceptionMatches(Type *type);
void clearPendingException();

// Guards native recursion (repr of nested lists, comparisons of nested
// tuples, Python calls made from native code) against the recursion limit:
// raises RecursionError("maximum recursion depth exceeded" + where) and
// returns false when the depth would pass sys.getrecursionlimit().
// CPython: Include/internal/pycore_ceval.h _Py_EnterRecursiveCall
bool enterRecursiveCall(const char *where);
void leaveRecursiveCall();
int getRecursionLimit();
void setRecursionLimit(int limit);

// The type name used in messages: "'int' object is not callable".
inline const std::string &typeName(Value v) { return v.type()->name; }

} // namespace pyvm
