// The _weakref module, without weak references: pyvm's objects have no weak
// reference lists yet, so a `ref` here keeps its referent alive and its
// callback never runs (NEEDS(gc): real weak references cleared on dealloc).
// That is enough for Lib's users that only need ref() to call back the
// object (_weakrefset.WeakSet under _py_abc's ABC caches); proxy() is refused.
// CPython: Objects/weakrefobject.c, Modules/_weakref.c
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"

namespace pyvm {

namespace {

Type RefType;
Type ProxyType;         // weakproxy: never instantiated (proxy() is refused)
Type CallableProxyType; // weakcallableproxy

struct RefObject : Object {
  Ref referent;
  Ref callback;
};

void refDealloc(Object *self) {
  auto *r = static_cast<RefObject *>(self);
  r->referent.~Ref();
  r->callback.~Ref();
}

// Builtin types CPython gives no weak reference slot.
bool refusesWeakrefs(Value v) {
  Type *t = v.type();
  return t == &IntType || t == &BoolType || t == &StrType || t == &TupleType ||
         t == &ListType || t == &DictType || t == &FloatType || t == &BytesType ||
         t == &NoneType;
}

// CPython: Objects/weakrefobject.c weakref___new__
Ref refNew(Type *type, const Value *args, size_t nargs, Value) {
  if (!checkPositional("__new__", nargs, 1, 2))
    return {};
  if (refusesWeakrefs(args[0]))
    return raisef(&TypeErrorType, "cannot create weak reference to '{}' object",
                  typeName(args[0]));
  Object *o = allocObject(type);
  if (!o)
    return {};
  auto *r = static_cast<RefObject *>(o); // zeroed: null Refs
  r->referent = Ref::borrow(args[0]);
  if (nargs > 1 && !isNone(args[1]))
    r->callback = Ref::borrow(args[1]);
  return Ref::steal(o);
}

int refInit(Value, const Value *, size_t, Value) { return 0; }

Ref refCall(Value self, const Value *, size_t nargs, Value kwnames) {
  if (!checkPositional("weakref", nargs, 0, 0) || !checkNoKeywords("weakref", kwnames))
    return {};
  return Ref::borrow(*self.as<RefObject>()->referent);
}

int64_t refHash(Value self) { return hash(*self.as<RefObject>()->referent); }

// CPython: Objects/weakrefobject.c weakref_richcompare
Ref refCompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isInstance(a, &RefType) ||
      !isInstance(b, &RefType))
    return Ref::borrow(NotImplemented());
  return richCompare(*a.as<RefObject>()->referent, *b.as<RefObject>()->referent, op);
}

Ref refRepr(Value self) {
  Value obj = *self.as<RefObject>()->referent;
  return newStr(fmt::format("<weakref at {}; to '{}' at {}>",
                            static_cast<const void *>(self.object()), typeName(obj),
                            static_cast<const void *>(obj.isSmallInt() ? nullptr : obj.object())));
}

Ref refGetCallback(Value self) {
  const Ref &cb = self.as<RefObject>()->callback;
  return cb ? Ref::borrow(*cb) : newNone();
}

const MethodDef kRefMethods[] = {
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
};
const GetSetDef kRefGetSets[] = {{"__callback__", refGetCallback}};

Ref weakrefCount(Value, Value) { return newInt(0); }
Ref weakrefList(Value, Value) { return newList(); }
Ref weakrefProxy(Value, const Value *args, size_t nargs) {
  if (!checkPositional("proxy", nargs, 1, 2))
    return {};
  return raisef(&TypeErrorType, "cannot create weak reference proxy to '{}' object in pyvm",
                typeName(args[0]));
}
Ref weakrefRemoveDead(Value, const Value *, size_t nargs) {
  if (!checkPositional("_remove_dead_weakref", nargs, 2, 2))
    return {};
  return newNone(); // no reference ever dies
}

const MethodDef kWeakrefFunctions[] = {
    method("getweakrefcount", weakrefCount),
    method("getweakrefs", weakrefList),
    method("proxy", weakrefProxy),
    method("_remove_dead_weakref", weakrefRemoveDead),
};

} // namespace

Ref createWeakrefModule() {
  if (!RefType.hasFlag(kTypeReady)) {
    initStaticType(&RefType, "weakref.ReferenceType", &ObjectType, sizeof(RefObject),
                   kTypeBaseType);
    RefType.nameObject = newStr("ReferenceType");
    RefType.dealloc = refDealloc;
    RefType.newInstance = refNew;
    RefType.init = refInit;
    RefType.call = refCall;
    RefType.hash = refHash;
    RefType.richcompare = refCompare;
    RefType.repr = refRepr;
    if (!typeReady(&RefType, kRefMethods, kRefGetSets))
      return {};
    initStaticType(&ProxyType, "weakref.ProxyType", &ObjectType, sizeof(Object), 0);
    ProxyType.nameObject = newStr("ProxyType");
    initStaticType(&CallableProxyType, "weakref.CallableProxyType", &ObjectType, sizeof(Object),
                   0);
    CallableProxyType.nameObject = newStr("CallableProxyType");
    if (!typeReady(&ProxyType) || !typeReady(&CallableProxyType))
      return {};
  }
  Ref module = newModule("_weakref");
  if (!module)
    return {};
  Value m = module.get();
  if (!moduleAddFunctions(m, kWeakrefFunctions))
    return {};
  moduleAddObject(m, "ref", typeValue(&RefType));
  moduleAddObject(m, "ReferenceType", typeValue(&RefType));
  moduleAddObject(m, "ProxyType", typeValue(&ProxyType));
  moduleAddObject(m, "CallableProxyType", typeValue(&CallableProxyType));
  if (errorPending())
    return {};
  return module;
}

} // namespace pyvm
