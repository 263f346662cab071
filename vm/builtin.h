// Describing native (C++) methods, properties and members of builtin types
// and modules, and parsing their arguments.
//
// A builtin type lists its methods in a MethodDef table and calls typeReady(),
// which builds the type's dict (method descriptors, slot wrappers such as
// int.__add__ for filled slots), inherits slots from the base and computes
// the MRO. CPython: Include/methodobject.h PyMethodDef, Objects/typeobject.c
// PyType_Ready.
#pragma once

#include "vm/object.h"

#include <initializer_list>
#include <span>

namespace pyvm {

// How a native method takes its arguments (CPython: METH_*).
enum class CallStyle : uint8_t {
  NoArgs,   // f(self)
  OneArg,   // f(self, arg)
  Fast,     // f(self, args, nargs) -- positional only
  FastKw,   // f(self, args, nargs, kwnames) -- the vectorcall convention
};

using NoArgsFn = Ref (*)(Value self);
using OneArgFn = Ref (*)(Value self, Value arg);
using FastFn = Ref (*)(Value self, const Value *args, size_t nargs);
using FastKwFn = Ref (*)(Value self, const Value *args, size_t nargs, Value kwnames);

enum MethodFlags : uint8_t {
  kMethodClass = 1,  // a classmethod: self is the type
  kMethodStatic = 2, // a staticmethod: self is null
  // Replaces the slot wrapper of the same name in the type's dict (dict's
  // __getitem__, set's __contains__): CPython's METH_COEXIST.
  kMethodCoexist = 4,
};

struct MethodDef {
  const char *name;
  CallStyle style;
  void *function; // one of the *Fn types above, chosen by style
  uint8_t flags = 0;
  const char *doc = nullptr;
};

// Helpers that keep method tables readable and type-checked.
inline MethodDef method(const char *name, NoArgsFn f, uint8_t flags = 0) {
  return {name, CallStyle::NoArgs, reinterpret_cast<void *>(f), flags};
}
inline MethodDef method(const char *name, OneArgFn f, uint8_t flags = 0) {
  return {name, CallStyle::OneArg, reinterpret_cast<void *>(f), flags};
}
inline MethodDef method(const char *name, FastFn f, uint8_t flags = 0) {
  return {name, CallStyle::Fast, reinterpret_cast<void *>(f), flags};
}
inline MethodDef method(const char *name, FastKwFn f, uint8_t flags = 0) {
  return {name, CallStyle::FastKw, reinterpret_cast<void *>(f), flags};
}

using GetterFn = Ref (*)(Value self);
using SetterFn = int (*)(Value self, Value value); // null value: delete
struct GetSetDef {
  const char *name;
  GetterFn get;
  SetterFn set = nullptr;
  const char *doc = nullptr;
};

// Finishes a type: fills type->dict from the tables and the filled slots,
// inherits from type->base (ObjectType when null), computes __mro__.
// Call once per builtin type at start-up. Returns false with an exception
// pending on failure.
bool typeReady(Type *type, std::span<const MethodDef> methods = {},
               std::span<const GetSetDef> getsets = {});

// Sets up a static builtin type's header and name before typeReady().
void initStaticType(Type *type, const char *name, Type *base, size_t basicSize,
                    uint32_t flags);

// A builtin function object (CPython: builtin_function_or_method), bound to
// `self` (a module or null).
Ref newBuiltinFunction(const MethodDef &def, Value self);

// --- Argument parsing -------------------------------------------------------
// Binds vectorcall arguments to named parameters, as CPython's Argument
// Clinic generated code does, with CPython's exact error messages:
//   "f() takes at most 2 arguments (3 given)", "f() missing required
//   argument 'x' (pos 1)", "f() got an unexpected keyword argument 'y'" ...
// `names` lists every parameter; the first `positionalOnly` of them cannot
// be passed by keyword; those from `keywordOnlyFrom` on cannot be passed by
// position; the first `required` are required. Missing optional parameters
// are left null in `out`. Returns false with TypeError pending on failure.
struct ParamSpec {
  const char *function; // for messages: "print"
  std::initializer_list<const char *> names;
  size_t required = 0;
  size_t positionalOnly = 0;
  size_t keywordOnlyFrom = SIZE_MAX;
};
bool parseArgs(const ParamSpec &spec, const Value *args, size_t nargs, Value kwnames,
               Value *out);

// Checks a positional-only native call's argument count, raising
// CPython's _PyArg_CheckPositional errors: "insert expected 2 arguments, got
// 1", "pop expected at most 1 argument, got 2" (`function` without "()").
bool checkPositional(const char *function, size_t nargs, size_t min, size_t max);
// Raises "f() takes no keyword arguments" when kwnames is non-empty.
bool checkNoKeywords(const char *function, Value kwnames);

} // namespace pyvm
