// The _weakref module: the weak reference types of vm/weakref.cpp and the
// functions Lib's weakref.py builds on.
// CPython: Modules/_weakref.c
#include "stdlib/modules.h"

#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/singletons.h"
#include "vm/weakref.h"

namespace pyvm {

namespace {

Ref getweakrefcount(Value, Value obj) { return newInt(weakrefCount(obj)); }

Ref getweakrefs(Value, Value obj) { return weakrefList(obj); }

Ref proxy(Value, const Value *args, size_t nargs) {
  if (!checkPositional("proxy", nargs, 1, 2))
    return {};
  return newWeakProxy(args[0], nargs > 1 ? args[1] : Value());
}

// Deletes dct[key] if it is a dead weak reference (WeakValueDictionary's
// clean-up). CPython: _weakref__remove_dead_weakref_impl
Ref removeDeadWeakref(Value, const Value *args, size_t nargs) {
  if (!checkPositional("_remove_dead_weakref", nargs, 2, 2))
    return {};
  if (!isDict(args[0]))
    return raisef(&TypeErrorType, "_remove_dead_weakref() argument 1 must be dict, not {}",
                  typeName(args[0]));
  Value value = dictGetItem(args[0], args[1]);
  if (!value) {
    if (errorPending())
      return {};
    return newNone(); // already gone
  }
  bool dead = isInstance(value, &WeakrefType) && isNone(weakrefReferent(value));
  if (dead && dictDelItem(args[0], args[1]) < 0)
    return {};
  return newNone();
}

const MethodDef kWeakrefFunctions[] = {
    method("getweakrefcount", getweakrefcount),
    method("getweakrefs", getweakrefs),
    method("proxy", proxy),
    method("_remove_dead_weakref", removeDeadWeakref),
};

} // namespace

Ref createWeakrefModule() {
  if (!initWeakrefTypes())
    return {};
  Ref module = newModule("_weakref");
  if (!module)
    return {};
  Value m = module.get();
  if (!moduleAddFunctions(m, kWeakrefFunctions))
    return {};
  moduleAddObject(m, "ref", typeValue(&WeakrefType));
  moduleAddObject(m, "ReferenceType", typeValue(&WeakrefType));
  moduleAddObject(m, "ProxyType", typeValue(&WeakProxyType));
  moduleAddObject(m, "CallableProxyType", typeValue(&WeakCallableProxyType));
  if (errorPending())
    return {};
  return module;
}

} // namespace pyvm
