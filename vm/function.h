// Python functions, bound methods, and argument binding.
// CPython: Objects/funcobject.c, Objects/classobject.c, Python/ceval.c
// initialize_locals
#pragma once

#include "vm/code.h"

#include <string>
#include <vector>

namespace pyvm {

struct Frame;

struct FunctionObject : Object {
  CodeObject *code;   // strong
  Value globals;      // strong dict
  Value builtins;     // strong dict
  Ref name;
  Ref qualname;
  Ref defaults;       // tuple or null
  Ref kwdefaults;     // dict or null
  Ref closure;        // tuple of cells or null
  Ref doc;
  Ref module;
  Ref annotations;    // dict or null
  Ref annotate;       // callable or null (PEP 649)
  Ref typeParams;     // tuple or null
  Ref dict;           // __dict__, created lazily
  uint32_t version;   // bumped when code/defaults change (for specialisation)
};
extern Type FunctionType;

// A method bound to an instance. CPython: PyMethodObject
struct MethodObject : Object {
  Ref func;
  Ref self;
};
extern Type MethodType;

inline bool isFunction(Value v) { return v.isObject() && v.type() == &FunctionType; }
inline bool isMethod(Value v) { return v.isObject() && v.type() == &MethodType; }

// A function for `code` with `globals` (MAKE_FUNCTION). Name, qualname and
// doc come from the code object, __module__ from globals['__name__'].
Ref newFunction(CodeObject *code, Value globals);
Ref newMethod(Value func, Value self);

// Binds call arguments into the frame's fast locals as CPython does
// (positional, *args, keywords, **kwargs, defaults), with CPython's exact
// TypeErrors. Arguments are borrowed. Returns false with an error pending.
bool bindArguments(FunctionObject *func, Value *localsplus, const Value *args, size_t nargs,
                   Value kwnames);

// Pushes a frame for a call of `func` with the arguments bound, ready to run.
// Null with an error pending (the frame is already popped).
Frame *pushFunctionFrame(FunctionObject *func, const Value *args, size_t nargs,
                         Value kwnames);

// Calls a Python function from native code (re-entering the eval loop).
Ref callFunction(Value func, const Value *args, size_t nargs, Value kwnames);

void initFunctionTypes();

} // namespace pyvm

namespace pyvm {
// The closest candidate to `name` by CPython's suggestion rules ("Did you
// mean ...?"), or "" when none is close. CPython: Python/suggestions.c
std::string calculateSuggestion(const std::vector<std::string> &candidates,
                                const std::string &name);
} // namespace pyvm
