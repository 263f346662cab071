// Weak references: weakref.ref, weakref.proxy and the per-object lists that
// are cleared (and their callbacks called) when the referent is freed.
// CPython: Objects/weakrefobject.c, Include/internal/pycore_weakref.h
#pragma once

#include "vm/object.h"

namespace pyvm {

// One weak reference (ref, proxy or callable proxy). The referent is borrowed:
// the list it sits in is cleared before the referent's memory goes away.
struct WeakrefObject : Object {
  Object *referent;  // null once the referent died
  Ref callback;      // null when none
  int64_t hash;      // -1 until hashed
  WeakrefObject *prev, *next; // the referent's list, oldest basic ref first
};

extern Type WeakrefType;              // weakref.ReferenceType (weakref.ref)
extern Type WeakProxyType;            // weakref.ProxyType
extern Type WeakCallableProxyType;    // weakref.CallableProxyType

// True when instances of `type` can be weakly referenced (CPython:
// tp_weaklistoffset != 0).
bool typeSupportsWeakrefs(Type *type);

// weakref.ref(obj, callback) / weakref.proxy(obj, callback). `type` is
// WeakrefType or a subclass for refs. Raises TypeError for objects without
// weak reference support.
Ref newWeakref(Type *type, Value obj, Value callback);
Ref newWeakProxy(Value obj, Value callback);

// The live referent of a weak reference, or None.
Value weakrefReferent(Value ref);

// Number of weak references and proxies to `obj` / a list of them.
int64_t weakrefCount(Value obj);
Ref weakrefList(Value obj);

// Called when an object whose type has had weak references is freed: every
// weak reference to it goes dead, then the callbacks run (newest first, as
// CPython's list order gives). CPython: PyObject_ClearWeakRefs
void clearWeakrefs(Object *object);

// Type flag kTypeHadWeakrefs marks types some instance of which was weakly
// referenced, so deallocObject only looks in the weak list table for those.
inline bool mayHaveWeakrefs(const Type *type) { return type->hasFlag(kTypeHadWeakrefs); }

// Sets up the three types (idempotent).
bool initWeakrefTypes();

} // namespace pyvm
