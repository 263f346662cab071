// functools.cached_property: a non-data descriptor that computes the value
// once and stores it in the instance __dict__ under the attribute name, where
// later lookups find it first. Its own state (func, attrname, __doc__,
// __module__) lives in its instance __dict__, as in the pure-Python class.
// CPython: Lib/functools.py cached_property
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/iterators.h"
#include "vm/singletons.h"
#include "vm/str.h"

namespace pyvm {

namespace {

Type CachedPropertyType;

struct CachedPropertyObject : Object {
  Ref dict; // instance __dict__
};

void cpDealloc(Object *self) { static_cast<CachedPropertyObject *>(self)->dict.~Ref(); }

Ref cpNew(Type *type, const Value *, size_t, Value) {
  Object *o = allocObject(type);
  if (!o)
    return {};
  Ref self = Ref::steal(o);
  static_cast<CachedPropertyObject *>(o)->dict = newDict();
  if (!static_cast<CachedPropertyObject *>(o)->dict)
    return {};
  return self;
}

Value ownDict(Value self) { return *self.as<CachedPropertyObject>()->dict; }

// An attribute of the function copied when present (__doc__, __module__).
int copyAttr(Value self, Value func, const char *name) {
  Ref nameStr = newStr(name);
  if (!nameStr)
    return -1;
  Ref v = lookupAttr(func, *nameStr);
  if (!v) {
    if (errorPending())
      return -1;
    v = newNone();
  }
  return dictSetItem(ownDict(self), name, *v);
}

int cpInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  if (!parseArgs({"cached_property", {"func"}, 1, 0}, args, nargs, kwnames, out))
    return -1;
  if (dictSetItem(ownDict(self), "func", out[0]) < 0 ||
      dictSetItem(ownDict(self), "attrname", None()) < 0 || copyAttr(self, out[0], "__doc__") < 0 ||
      copyAttr(self, out[0], "__module__") < 0)
    return -1;
  return 0;
}

// The attribute of the instance's own state, or None.
Ref stateAttr(Value self, const char *name) {
  Ref nameStr = newStr(name);
  Ref v = nameStr ? getAttr(self, *nameStr) : Ref();
  return v;
}

Ref cpSetName(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("__set_name__", nargs, 2, 2))
    return {};
  Ref current = stateAttr(self, "attrname");
  if (!current)
    return {};
  if (isNone(*current)) {
    Ref name = newStr("attrname");
    if (!name || setAttr(self, *name, args[1]) < 0)
      return {};
    return newNone();
  }
  int same = compareBool(*current, args[1], CompareOp::Eq);
  if (same < 0)
    return {};
  if (!same) {
    Ref a = repr(*current), b = repr(args[1]);
    if (!a || !b)
      return {};
    return raisef(&TypeErrorType,
                  "Cannot assign the same cached_property to two different names ({} and {}).",
                  strToUtf8(*a), strToUtf8(*b));
  }
  return newNone();
}

Ref cpGet(Value self, Value instance, Value) {
  if (!instance || isNone(instance))
    return Ref::borrow(self);
  Ref attrname = stateAttr(self, "attrname");
  if (!attrname)
    return {};
  if (isNone(*attrname))
    return raise(&TypeErrorType,
                 "Cannot use cached_property instance without calling __set_name__ on it.");
  std::string typeName = strToUtf8(*instance.type()->nameObject);
  std::string attr = isStr(*attrname) ? strToUtf8(*attrname) : "?";
  Ref dictName = newStr("__dict__");
  Ref cache = dictName ? lookupAttr(instance, *dictName) : Ref();
  if (!cache) {
    if (errorPending() && !pendingExceptionMatches(&AttributeErrorType))
      return {};
    clearPendingException();
    return raisef(&TypeErrorType, "No '__dict__' attribute on '{}' instance to cache '{}' property.",
                  typeName, attr);
  }
  Ref val;
  if (isDict(*cache)) {
    int found = dictLookup(*cache, *attrname, &val);
    if (found < 0)
      return {};
    if (found)
      return val;
  }
  Ref func = stateAttr(self, "func");
  val = func ? call(*func, {instance}) : Ref();
  if (!val)
    return {};
  if (setItem(*cache, *attrname, *val) < 0) {
    if (!pendingExceptionMatches(&TypeErrorType))
      return {};
    clearPendingException();
    return raisef(&TypeErrorType,
                  "The '__dict__' attribute on '{}' instance does not support item assignment "
                  "for caching '{}' property.",
                  typeName, attr);
  }
  return val;
}

const MethodDef kCachedPropertyMethods[] = {
    method("__set_name__", cpSetName),
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
};

} // namespace

// Adds functools.cached_property to the module.
bool addCachedProperty(Value module) {
  if (!CachedPropertyType.hasFlag(kTypeReady)) {
    initStaticType(&CachedPropertyType, "functools.cached_property", &ObjectType,
                   sizeof(CachedPropertyObject), kTypeBaseType);
    CachedPropertyType.nameObject = newStr("cached_property");
    CachedPropertyType.dealloc = cpDealloc;
    CachedPropertyType.newInstance = cpNew;
    CachedPropertyType.init = cpInit;
    CachedPropertyType.descrGet = cpGet;
    CachedPropertyType.getattr = genericGetAttr;
    CachedPropertyType.setattr = genericSetAttr;
    CachedPropertyObject probe;
    CachedPropertyType.dictOffset =
        size_t(reinterpret_cast<char *>(&probe.dict) - reinterpret_cast<char *>(&probe));
    if (!typeReady(&CachedPropertyType, kCachedPropertyMethods))
      return false;
  }
  return moduleAddObject(module, "cached_property", typeValue(&CachedPropertyType)) == 0;
}

} // namespace pyvm
