// A minimal SimpleNamespace. CPython: Objects/namespaceobject.c
#include "monitor/namespace.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cstddef>

namespace pyvm::monitor {

Type NamespaceType;

namespace {

void namespaceDealloc(Object *self) { static_cast<NamespaceObject *>(self)->dict.reset(); }

// CPython: namespace_repr -- "namespace(a=1, b=2)" (the type name for
// subclasses), "namespace(...)" on recursion.
Ref namespaceRepr(Value self) {
  if (!enterRecursiveCall(" while getting the repr of an object"))
    return Ref();
  std::string text = self.type() == &NamespaceType ? "namespace" : self.type()->name;
  text += "(";
  Value dict = self.as<NamespaceObject>()->dict.get();
  size_t pos = 0;
  Value key, value;
  bool first = true;
  while (!dict.isNull() && dictNext(dict, &pos, &key, &value)) {
    if (!isStr(key))
      continue;
    Ref r = repr(value);
    if (!r) {
      leaveRecursiveCall();
      return Ref();
    }
    if (!first)
      text += ", ";
    first = false;
    text += strToUtf8(key) + "=" + strToUtf8(*r);
  }
  text += ")";
  leaveRecursiveCall();
  return newStr(text);
}

// The instance dict, created on first use.
Value namespaceDict(Value self) {
  Ref &dict = self.as<NamespaceObject>()->dict;
  if (!dict)
    dict = newDict();
  return dict.get();
}

// CPython: namespace's __dict__ member
Ref namespaceGetDict(Value self) {
  Value dict = namespaceDict(self);
  return dict.isNull() ? Ref() : Ref::borrow(dict);
}

// CPython: namespace_richcompare -- equal when both are namespaces with
// equal dicts.
Ref namespaceRichCompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isInstance(a, &NamespaceType) ||
      !isInstance(b, &NamespaceType))
    return newNotImplemented();
  Value da = namespaceDict(a), db = namespaceDict(b);
  if (da.isNull() || db.isNull())
    return Ref();
  return richCompare(da, db, op);
}

// CPython: namespace_reduce -- (type(self), (), self.__dict__)
Ref namespaceReduce(Value self) {
  Value dict = namespaceDict(self);
  if (dict.isNull())
    return Ref();
  Ref empty = newTuple(0);
  if (!empty)
    return Ref();
  return newTupleOf({typeValue(self.type()), *empty, dict});
}

// CPython: namespace_replace -- a copy with the keyword arguments applied.
Ref namespaceReplace(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (nargs != 0) {
    raise(&TypeErrorType, "__replace__() takes no positional arguments");
    return Ref();
  }
  Ref result = call(typeValue(self.type()), {});
  if (!result)
    return Ref();
  Value dict = namespaceDict(*result), own = namespaceDict(self);
  if (dict.isNull() || own.isNull() || dictUpdate(dict, own) < 0)
    return Ref();
  if (!kwnames.isNull()) {
    for (size_t i = 0; i < tupleSize(kwnames); i++)
      if (dictSetItem(dict, tupleItem(kwnames, i), args[i]) < 0)
        return Ref();
  }
  return result;
}

// CPython: namespace_new
Ref namespaceNew(Type *type, const Value *, size_t, Value) {
  Object *o = allocObject(type);
  return o ? Ref::steal(o) : Ref();
}

// CPython: namespace_init -- SimpleNamespace(mapping_or_iterable=(), /, **kwargs)
int namespaceInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
  size_t npos = nargs;
  if (npos > 1) {
    raisef(&TypeErrorType, "SimpleNamespace expected at most 1 argument, got {}", npos);
    return -1;
  }
  Value dict = namespaceDict(self);
  if (dict.isNull())
    return -1;
  if (npos == 1) {
    Ref d = call(typeValue(&DictType), {args[0]});
    if (!d || dictUpdate(dict, *d) < 0)
      return -1;
  }
  for (size_t i = 0; i < nkw; i++)
    if (dictSetItem(dict, tupleItem(kwnames, i), args[npos + i]) < 0)
      return -1;
  return 0;
}

const MethodDef kNamespaceMethods[] = {
    method("__reduce__", namespaceReduce),
    method("__replace__", namespaceReplace),
};

const GetSetDef kNamespaceGetSets[] = {
    {"__dict__", namespaceGetDict},
};

bool ensureType() {
  static bool ready = false;
  if (ready)
    return true;
  initStaticType(&NamespaceType, "types.SimpleNamespace", &ObjectType, sizeof(NamespaceObject),
                 kTypeBaseType);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  NamespaceType.dictOffset = offsetof(NamespaceObject, dict);
#pragma GCC diagnostic pop
  NamespaceType.dealloc = namespaceDealloc;
  NamespaceType.repr = namespaceRepr;
  NamespaceType.richcompare = namespaceRichCompare;
  NamespaceType.newInstance = namespaceNew;
  NamespaceType.init = namespaceInit;
  // tp_name "types.SimpleNamespace": __name__ is the part after the dot.
  NamespaceType.nameObject = newStr("SimpleNamespace");
  if (!NamespaceType.nameObject)
    return false;
  if (!typeReady(&NamespaceType, kNamespaceMethods, kNamespaceGetSets))
    return false;
  ready = true;
  return true;
}

} // namespace

Ref newNamespace() {
  if (!ensureType())
    return Ref();
  Object *o = allocObject(&NamespaceType);
  if (!o)
    return Ref();
  Ref ns = Ref::steal(o);
  ns.as<NamespaceObject>()->dict = newDict();
  if (!ns.as<NamespaceObject>()->dict)
    return Ref();
  return ns;
}

} // namespace pyvm::monitor
