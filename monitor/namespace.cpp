// A minimal SimpleNamespace. CPython: Objects/namespaceobject.c
#include "monitor/namespace.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/str.h"

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
  if (!typeReady(&NamespaceType))
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
