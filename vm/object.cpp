// Object allocation, deallocation, generic attribute access and the `object`
// type. CPython: Objects/object.c, Objects/typeobject.c (object_*)
#include "vm/object.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/weakref.h"
#include "vm/tuple.h"
#include "vm/typeobject_internal.h"

#include <cstdlib>
#include <cstring>

namespace pyvm {

Type ObjectType;

// --- Allocation ---------------------------------------------------------------

Object *allocObject(Type *type, size_t size) {
  if (size < type->basicSize)
    size = type->basicSize;
  // malloc + memset, not calloc: glibc's calloc skips the per-thread cache
  // (tcache) that makes small malloc/free pairs cheap (measured: calloc was
  // 6% of a LINE-callback run).
  void *mem = std::malloc(size);
  if (mem == nullptr) {
    raiseEmpty(&MemoryErrorType);
    return nullptr;
  }
  // GCC and Clang fold malloc + memset back into calloc: this empty asm,
  // which may read or write the memory, keeps them apart.
  asm volatile("" : : "r"(mem) : "memory");
  std::memset(mem, 0, size);
  Object *o = static_cast<Object *>(mem);
  o->refcount = 1;
  o->type = type;
  if (type->flags & kTypeHeap)
    ++type->refcount;
  return o;
}

void freeObject(Object *object) { std::free(object); }

void deallocObject(Object *object) {
  Type *type = object->type;
  // A class with __del__ clears them after the finaliser (subtypeDealloc).
  if (mayHaveWeakrefs(type) && !type->hasFinalizer)
    clearWeakrefs(object);
  if (type->dealloc)
    type->dealloc(object);
  if (object->refcount != 0)
    return; // resurrected by a finaliser
  if (type->free)
    type->free(object);
  else
    freeObject(object);
  if (type->flags & kTypeHeap)
    decref(Value::fromObject(type));
}

Type::~Type() {
  if (!(flags & kTypeHeap)) {
    // Static type at process exit: leak the members on purpose.
    (void)nameObject.release();
    (void)qualname.release();
    (void)bases.release();
    (void)mro.release();
    (void)dict.release();
    (void)doc.release();
    (void)slotNames.release();
  }
}

bool isSubtype(Type *sub, Type *base) {
  if (sub == base)
    return true;
  if (!sub->mro.isNull()) {
    for (Value t : tupleItems(sub->mro.get()))
      if (t.object() == base)
        return true;
    return false;
  }
  // Not ready yet: walk the base chain.
  for (Type *t = sub->base; t; t = t->base)
    if (t == base)
      return true;
  return base == &ObjectType;
}

int64_t pointerHash(const void *p) {
  // CPython: Python/pyhash.c _Py_HashPointerRaw (rotate by 4 bits).
  uintptr_t y = reinterpret_cast<uintptr_t>(p);
  y = (y >> 4) | (y << (8 * sizeof(y) - 4));
  int64_t h = static_cast<int64_t>(y);
  if (h == -1)
    h = -2;
  return h;
}

int64_t hashNotImplemented(Value self) {
  raisef(&TypeErrorType, "unhashable type: '{}'", typeName(self));
  return -1;
}

// --- Generic attribute access ---------------------------------------------------

static Ref attributeNameError(Value name) {
  return raisef(&TypeErrorType, "attribute name must be string, not '{}'", typeName(name));
}

// CPython: Objects/object.c _PyObject_GenericGetAttrWithDict
static Ref genericGetAttrImpl(Value obj, Value name, bool suppress) {
  if (!isStr(name)) [[unlikely]]
    return attributeNameError(name);
  Type *tp = obj.type();
  Value d = typeLookup(tp, name);
  if (d.isNull()) {
    // Fast path: no class attribute, only the instance dict can have it.
    if (Ref *slot = instanceDictSlot(obj); slot && *slot) {
      Value v = dictGetItem(slot->get(), name);
      if (v)
        return Ref::borrow(v);
      if (errorPending())
        return Ref();
    }
    if (suppress)
      return Ref();
    return raiseAttributeError(obj, name);
  }
  Ref descr = Ref::borrow(d);
  Type *dt = d.type();
  DescrGetFn f = dt->descrGet;
  if (f && dt->descrSet) {
    Ref r = f(d, obj, typeValue(tp));
    if (!r && suppress && pendingExceptionMatches(&AttributeErrorType))
      clearPendingException();
    return r;
  }
  if (Ref *slot = instanceDictSlot(obj); slot && *slot) {
    Ref dict = *slot; // keep alive across the lookup
    Value v = dictGetItem(dict.get(), name);
    if (v)
      return Ref::borrow(v);
    if (errorPending())
      return Ref();
  }
  if (f) {
    Ref r = f(d, obj, typeValue(tp));
    if (!r && suppress && pendingExceptionMatches(&AttributeErrorType))
      clearPendingException();
    return r;
  }
  return descr;
}

Ref genericGetAttr(Value obj, Value name) { return genericGetAttrImpl(obj, name, false); }
Ref genericGetAttrNoError(Value obj, Value name) { return genericGetAttrImpl(obj, name, true); }

// CPython: Objects/object.c _PyObject_GenericSetAttrWithDict
int genericSetAttr(Value obj, Value name, Value value) {
  if (!isStr(name)) {
    attributeNameError(name);
    return -1;
  }
  Type *tp = obj.type();
  Ref descr = Ref::borrow(typeLookup(tp, name));
  if (descr) {
    DescrSetFn f = descr.type()->descrSet;
    if (f)
      return f(descr.get(), obj, value);
  }
  Ref *slot = instanceDictSlot(obj);
  if (slot == nullptr) {
    if (!descr)
      raisef(&AttributeErrorType,
             "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
             tp->name, strToUtf8(name));
    else
      raisef(&AttributeErrorType, "'{}' object attribute '{}' is read-only", tp->name,
             strToUtf8(name));
    return -1;
  }
  if (value.isNull()) {
    int r = *slot ? dictDelItem(slot->get(), name) : 0;
    if (r == 0) {
      raiseAttributeError(obj, name);
      return -1;
    }
    return r < 0 ? -1 : 0;
  }
  if (!*slot) {
    *slot = newDict();
    if (!*slot)
      return -1;
  }
  Ref d = *slot;
  return dictSetItem(d.get(), name, value);
}

// --- object -----------------------------------------------------------------------

std::string typeQualifiedName(Type *type) {
  if (type->hasFlag(kTypeHeap)) {
    Value mod = type->dict ? dictGetItem(type->dict.get(), "__module__") : Value();
    if (errorPending())
      clearPendingException();
    std::string qn = type->qualname && isStr(type->qualname.get())
                         ? strToUtf8(type->qualname.get())
                         : type->name;
    if (mod && isStr(mod) && !strEqualsAscii(mod, "builtins"))
      return strToUtf8(mod) + "." + qn;
    return qn;
  }
  return type->name;
}

Ref objectRepr(Value self) {
  Type *tp = self.type();
  // A tagged int has no address; id() uses its bits, and so does this.
  const void *addr = reinterpret_cast<const void *>(self.bits());
  std::string text = fmt::format("<{} object at {}>",
                                 tp->hasFlag(kTypeHeap) ? typeQualifiedName(tp) : tp->name, addr);
  return newStr(text);
}

Ref objectStr(Value self) {
  UnaryFn f = self.type()->repr;
  if (f == nullptr)
    f = objectRepr;
  return f(self);
}

int64_t objectHash(Value self) {
  if (self.isSmallInt())
    return hash(self);
  return pointerHash(self.object());
}

// CPython: Objects/typeobject.c object_richcompare
Ref objectRichCompare(Value a, Value b, CompareOp op) {
  switch (op) {
  case CompareOp::Eq:
    return Ref::borrow(a.is(b) ? True() : NotImplemented());
  case CompareOp::Ne: {
    RichCompareFn f = a.type()->richcompare;
    if (f == nullptr)
      return newNotImplemented();
    Ref r = f(a, b, CompareOp::Eq);
    if (!r || r.get().is(NotImplemented()))
      return r;
    int t = isTrue(r.get());
    if (t < 0)
      return Ref();
    return newBool(!t);
  }
  default:
    return newNotImplemented();
  }
}

static bool excessArgs(size_t nargs, Value kwnames) {
  return nargs > 0 || (!kwnames.isNull() && tupleSize(kwnames) > 0);
}

static Ref abstractInstantiationError(Type *type) {
  Value am = typeLookup(type, "__abstractmethods__");
  Ref sorted;
  std::string joined;
  size_t count = 0;
  if (am) {
    sorted = sequenceToList(am);
    if (!sorted)
      return Ref();
    if (listSort(sorted.get(), Value(), false) < 0)
      return Ref();
    count = listSize(sorted.get());
    for (size_t i = 0; i < count; i++) {
      if (i)
        joined += ", ";
      Ref s = str(listItem(sorted.get(), i));
      if (!s)
        return Ref();
      joined += "'" + strToUtf8(s.get()) + "'";
    }
  }
  return raisef(&TypeErrorType,
                "Can't instantiate abstract class {} without an implementation for abstract "
                "method{} {}",
                type->name, count == 1 ? "" : "s", joined);
}

// CPython: Objects/typeobject.c object_new
Ref objectNew(Type *type, const Value *, size_t nargs, Value kwnames) {
  if (excessArgs(nargs, kwnames)) {
    if (type->newInstance != objectNew)
      return raise(&TypeErrorType,
                   "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->init == objectInit || type->init == nullptr)
      return raisef(&TypeErrorType, "{}() takes no arguments", type->name);
  }
  if (type->hasFlag(kTypeAbstract))
    return abstractInstantiationError(type);
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  return Ref::steal(o);
}

// CPython: Objects/typeobject.c object_init
int objectInit(Value self, const Value *, size_t nargs, Value kwnames) {
  if (excessArgs(nargs, kwnames)) {
    Type *type = self.type();
    if (type->init != objectInit) {
      raise(&TypeErrorType,
            "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (type->newInstance == objectNew) {
      raisef(&TypeErrorType,
             "{}.__init__() takes exactly one argument (the instance to initialize)",
             type->name);
      return -1;
    }
  }
  return 0;
}

// object.__format__(spec)
static Ref object_format(Value self, Value spec) {
  if (!isStr(spec))
    return raisef(&TypeErrorType, "__format__() argument must be str, not {}", typeName(spec));
  if (strLength(spec) > 0)
    return raisef(&TypeErrorType, "unsupported format string passed to {}.__format__",
                  self.type()->name);
  return str(self);
}

// Merges the names of cls.__dict__ and its bases' into dict.
// CPython: Objects/typeobject.c merge_class_dict
static int mergeClassDict(Value dict, Value cls) {
  Ref classdict = lookupAttr(cls, internStr("__dict__").get());
  if (!classdict) {
    if (errorPending())
      return -1;
  } else {
    if (dictUpdate(dict, classdict.get()) < 0)
      return -1;
  }
  Ref bases = lookupAttr(cls, internStr("__bases__").get());
  if (!bases)
    return errorPending() ? -1 : 0;
  if (!isTuple(bases.get()))
    return 0;
  for (Value b : tupleItems(bases.get()))
    if (mergeClassDict(dict, b) < 0)
      return -1;
  return 0;
}

// object.__dir__()  CPython: Objects/typeobject.c object___dir___impl
static Ref object_dir(Value self) {
  Ref dict = lookupAttr(self, internStr("__dict__").get());
  Ref result;
  if (!dict) {
    if (errorPending())
      return Ref();
    result = newDict();
  } else if (!isDict(dict.get())) {
    result = newDict();
  } else {
    result = dictCopy(dict.get());
  }
  if (!result)
    return Ref();
  Ref cls = lookupAttr(self, internStr("__class__").get());
  if (!cls && errorPending())
    return Ref();
  if (cls && mergeClassDict(result.get(), cls.get()) < 0)
    return Ref();
  Ref keys = newList(dictSize(result.get()));
  size_t pos = 0;
  Value k, v;
  while (dictNext(result.get(), &pos, &k, &v))
    listAppend(keys.get(), Ref::borrow(k));
  return keys;
}

static Ref object_sizeof(Value self) { return newInt(int64_t(self.type()->basicSize)); }

// CPython: METH_CLASS | METH_NOARGS, so the messages name the class:
// "C.__init_subclass__() takes no keyword arguments".
static Ref object_init_subclass(Value) { return newNone(); }

static Ref object_subclasshook(Value, Value) { return newNotImplemented(); }

// vm/object_reduce.cpp
Ref objectReduce(Value self);
Ref objectReduceEx(Value self, Value protocol);
Ref objectGetstate(Value self);

static Ref object_get_class(Value self) { return Ref::borrow(typeValue(self.type())); }

// CPython: Objects/typeobject.c object_set_class / compatible_for_assignment
static int object_set_class(Value self, Value value) {
  if (value.isNull()) {
    raise(&TypeErrorType, "can't delete __class__ attribute");
    return -1;
  }
  if (!isType(value)) {
    raisef(&TypeErrorType, "__class__ must be set to a class, not '{}' object",
           typeName(value));
    return -1;
  }
  Type *newto = static_cast<Type *>(value.object());
  Type *oldto = self.type();
  if (!(newto->hasFlag(kTypeHeap) && oldto->hasFlag(kTypeHeap))) {
    raise(&TypeErrorType,
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  Type *a = newto, *b = oldto;
  while (a->base && a->basicSize == a->base->basicSize && a->dictOffset == a->base->dictOffset &&
         !a->slotNames)
    a = a->base;
  while (b->base && b->basicSize == b->base->basicSize && b->dictOffset == b->base->dictOffset &&
         !b->slotNames)
    b = b->base;
  bool ok = newto->basicSize == oldto->basicSize && newto->dictOffset == oldto->dictOffset &&
            newto->dealloc == oldto->dealloc;
  if (ok && (a != b)) {
    // Same size but different solid layouts: compare slot names.
    ok = a->basicSize == b->basicSize && a->base == b->base;
  }
  if (!ok) {
    raisef(&TypeErrorType, "__class__ assignment: '{}' object layout differs from '{}'",
           newto->name, oldto->name);
    return -1;
  }
  incref(value);
  self.object()->type = newto;
  decref(Value::fromObject(oldto));
  return 0;
}

static const MethodDef kObjectMethods[] = {
    method("__reduce_ex__", objectReduceEx),
    method("__reduce__", objectReduce),
    method("__getstate__", objectGetstate),
    method("__subclasshook__", object_subclasshook, kMethodClass),
    method("__init_subclass__", object_init_subclass, kMethodClass),
    method("__format__", object_format),
    method("__sizeof__", object_sizeof),
    method("__dir__", object_dir),
};

static const GetSetDef kObjectGetSets[] = {
    {"__class__", object_get_class, object_set_class},
};

void initObjectType() {
  initStaticType(&ObjectType, "object", nullptr, sizeof(Object), kTypeBaseType);
  ObjectType.repr = objectRepr;
  ObjectType.str = objectStr;
  ObjectType.hash = objectHash;
  ObjectType.getattr = genericGetAttr;
  ObjectType.setattr = genericSetAttr;
  ObjectType.richcompare = objectRichCompare;
  ObjectType.newInstance = objectNew;
  ObjectType.init = objectInit;
}

std::span<const MethodDef> objectMethodTable() { return kObjectMethods; }
std::span<const GetSetDef> objectGetSetTable() { return kObjectGetSets; }

bool readyObjectType() { return typeReady(&ObjectType, kObjectMethods, kObjectGetSets); }

void setObjectTypeDoc() {
  if (!ObjectType.doc)
    ObjectType.doc = newStr("The base class of the class hierarchy.\n\nWhen called, it accepts no "
                            "arguments and returns a new featureless\ninstance that has no "
                            "instance attributes and cannot be given any.\n");
}

} // namespace pyvm
