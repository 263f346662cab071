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

// Sets an already built exception instance as the pending exception
// (chaining __context__ to the exception being handled, as CPython does).
void setPendingException(Ref exception);
// Restores a previously taken exception as pending, without chaining.
void restorePendingException(Ref exception);
// Reports an exception that cannot be raised (in __del__, a callback...)
// to stderr as CPython's sys.unraisablehook does:
//   "Exception ignored <message> <repr(obj)>:\nTraceback ..."
// e.g. message "while calling deallocator", obj the __del__ function.
// NEEDS(eval): a version that prints the traceback via vm/traceback. The weak
// fallback in vm/errors.cpp prints the message and "Type: value".
void writeUnraisable(Value exc, Value obj, const char *message);
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
// Records the base of the C stack for the native recursion guard (call from
// main() or initRuntime()).
void markStackBase(void *base);
void setRecursionLimit(int limit);

// Raises type(arg) with one argument of any kind: KeyError(key),
// StopIteration(value) ... Returns a null Ref.
Ref raiseWith(Type *type, Value arg);
// Raises AttributeError "'C' object has no attribute 'x'" (or "type object
// 'C' has no attribute 'x'" for types) with .name and .obj set.
Ref raiseAttributeError(Value obj, Value name);
// Raises the exception produced by calling `type` with no arguments.
Ref raiseEmpty(Type *type);

// Exception chaining when an exception is set while another is being
// handled (CPython: _PyErr_SetObject): the new exception's __context__ is
// the handled one, with cycles in the chain broken.
// NEEDS(eval): the exception currently being handled (sys.exception()), or
// null. vm/errors.cpp has a weak fallback returning null.
Value currentHandledException();

// --- Exception objects (vm/exceptions.cpp) ----------------------------------
// CPython: Include/cpython/pyerrors.h PyBaseExceptionObject
struct BaseExceptionObject : Object {
  Ref dict;      // instance __dict__
  Ref args;      // tuple
  Ref notes;     // __notes__ lives in dict in CPython; kept for speed
  Ref traceback; // __traceback__: a traceback object (vm/traceback.*) or null
  Ref context;   // __context__ or null
  Ref cause;     // __cause__ or null
  bool suppressContext = false;
};
inline bool isBaseException(Value v) {
  return v.isObject() && v.type()->hasFlag(kTypeBaseExcSubclass);
}
inline bool isExceptionClass(Value v) {
  return v.isObject() && v.type()->hasFlag(kTypeTypeSubclass) &&
         static_cast<Type *>(v.object())->hasFlag(kTypeBaseExcSubclass);
}
// Accessors for exception instances (borrowed values; null when unset).
inline BaseExceptionObject *asException(Value v) { return v.as<BaseExceptionObject>(); }
Value exceptionTraceback(Value exc);
void setExceptionTraceback(Value exc, Value tb); // null or None clears
Value exceptionContext(Value exc);
void setExceptionContext(Value exc, Value context); // context may be null
Value exceptionCause(Value exc);
// Sets __cause__ (null/None clears) and __suppress_context__ = True, as
// `raise ... from cause` does.
void setExceptionCause(Value exc, Value cause);
Value exceptionArgs(Value exc);

// Builds an exception instance: `type` with the given args (calls the type).
Ref newException(Type *type, std::string_view message);
Ref newExceptionFromArgs(Type *type, const Value *args, size_t nargs);
// `raise X`: X an exception class (instantiated with no args) or instance.
// Returns the instance, or null with TypeError "exceptions must derive from
// BaseException" pending.
Ref normalizeException(Value exc);
// `except T`: does exc (an instance) match T (a class or tuple of classes)?
// 1/0, or -1 with TypeError "catching classes that do not inherit from
// BaseException is not allowed" pending. CPython: PyErr_GivenExceptionMatches
int exceptionMatches(Value exc, Value type);
// StopIteration.value of a StopIteration instance (borrowed).
Value stopIterationValue(Value exc);
// The value of a pending StopIteration (taking it), for `yield from` and
// generator returns: returns true and *value (None when no value) if the
// pending exception was a StopIteration; false (nothing changed) otherwise.
bool takeStopIteration(Ref *value);

// except* support (CHECK_EG_MATCH): splits `eg` (an exception or exception
// group) by `matchType` (a class or tuple; validated with CPython's
// messages). *match and *rest are set to new references, None when empty.
// Returns false with an error pending on failure.
// A naked exception that matches is wrapped in ExceptionGroup("", [exc]).
// CPython: Objects/exceptions.c _PyExc_PrepReraiseStar / exception_group_match
bool exceptionGroupMatch(Value eg, Value matchType, Ref *match, Ref *rest);
// Builds the exception to re-raise at the end of a try/except* (CPython:
// _PyExc_PrepReraiseStar): `orig` the original, `excs` a list of raised or
// re-raised exceptions (None entries ignored). Returns the exception or None.
Ref prepReraiseStar(Value orig, Value excs);
bool isExceptionGroup(Value v);

// How an uncaught SyntaxError is displayed when CPython's traceback module
// would show something else than its attributes: the keyword-typo suggestion
// ("invalid syntax. Did you mean 'for'?") that TracebackException finds by
// recompiling the source, which pyvm's compiler works out beforehand. A tuple
// (msg, lineno, offset, text, end_lineno, end_offset), invisible to Python
// code; null when there is none. CPython: Lib/traceback.py _find_keyword_typos
void setSyntaxErrorDisplay(Value exc, Value display);
Value syntaxErrorDisplay(Value exc);

// The type name used in messages: "'int' object is not callable".
inline const std::string &typeName(Value v) { return v.type()->name; }

} // namespace pyvm
