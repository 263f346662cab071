// Module objects. CPython: Objects/moduleobject.c
#pragma once

#include "vm/builtin.h"

#include <span>
#include <string_view>

namespace pyvm {

struct ModuleObject : Object {
  Ref dict;
  Ref name;
};
extern Type ModuleType;

inline bool isModule(Value v) { return v.isObject() && isInstance(v, &ModuleType); }
inline Value moduleDict(Value m) { return m.as<ModuleObject>()->dict.get(); }

// A module with __name__, __doc__ = None, __package__/__loader__/__spec__ = None.
Ref newModule(std::string_view name);
Ref newModule(Value name);
// Adds native functions (bound to the module) to its dict.
bool moduleAddFunctions(Value module, std::span<const MethodDef> functions);
int moduleAddObject(Value module, std::string_view name, Value value);

void initModuleType();

// --- Import (vm/import.cpp) -------------------------------------------------
// A native module: name and the function that builds it (returns the module).
struct NativeModuleDef {
  const char *name;
  Ref (*create)();
};
// The table of native modules (stdlib/modules.cpp). Ends with {nullptr, nullptr}.
extern const NativeModuleDef kNativeModules[];

// builtins.__import__(name, globals, locals, fromlist, level).
// CPython: Python/import.c PyImport_ImportModuleLevelObject
Ref importModuleLevel(Value name, Value globals, Value locals, Value fromlist, int level);
// import name (absolute); returns the named module itself (not the top package).
Ref importModule(std::string_view name);
// IMPORT_FROM: module.name, or the submodule module.name, or ImportError with
// CPython's message. CPython: Python/ceval.c _PyEval_ImportFrom
Ref importFrom(Value module, Value name);
// from module import *, into `locals` (a mapping).
// CPython: Python/ceval.c _PyEval_ImportAllFrom
int importAllFrom(Value locals, Value module);

} // namespace pyvm
