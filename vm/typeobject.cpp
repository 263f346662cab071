// `type`: static type set-up (initStaticType/typeReady), the dunder <-> slot
// table, slot wrappers of builtin types, slot functions of heap classes,
// class creation (type_new), the C3 MRO, the method cache, and type's own
// attributes. CPython: Objects/typeobject.c
#include "vm/abstract.h"
#include "vm/bytes.h"
#include "vm/builtin.h"
#include "vm/descriptors.h"
#include "vm/typing.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/runtime.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject_internal.h"
#include "vm/weakref.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace pyvm {

Type TypeType;

// --- Version tags and the method cache -----------------------------------------

namespace {
uint32_t gNextVersion = 1;

} // namespace

TypeCacheEntry gTypeCache[kTypeCacheSize];

uint32_t typeVersion(Type *type) {
  if (type->version == 0) {
    if (gNextVersion == UINT32_MAX)
      return 0; // exhausted: no more caching
    // The bases get a version first: typeModified stops at a type without a
    // version, which is only correct if no subclass has one
    // (CPython: assign_version_tag).
    if (type->mro)
      for (Value b : tupleItems(type->mro.get()))
        if (b.object() != type && static_cast<Type *>(b.object())->version == 0)
          if (typeVersion(static_cast<Type *>(b.object())) == 0)
            return 0;
    type->version = gNextVersion++;
  }
  return type->version;
}

void typeModified(Type *type) {
  if (type->version == 0)
    return; // nobody cached anything keyed on it (subclasses neither)
  type->version = 0;
  for (Type *sub : type->subclasses)
    typeModified(sub);
}

static Value findInMro(Type *type, Value name) {
  if (type->mro) {
    for (Value b : tupleItems(type->mro.get())) {
      Type *t = static_cast<Type *>(b.object());
      if (!t->dict)
        continue;
      Value v = dictGetItem(t->dict.get(), name);
      if (v)
        return v;
    }
  } else {
    for (Type *t = type; t; t = t->base) {
      if (!t->dict)
        continue;
      Value v = dictGetItem(t->dict.get(), name);
      if (v)
        return v;
    }
  }
  if (errorPending())
    clearPendingException();
  return Value();
}

Value typeLookupSlow(Type *type, Value name) {
  if (isExactStr(name) && asStr(name)->interned) {
    uint32_t v = typeVersion(type);
    if (v != 0) {
      TypeCacheEntry &e = gTypeCache[typeCacheIndex(v, name.object())];
      if (e.version == v && e.name == name.object())
        return e.value;
      Value r = findInMro(type, name);
      e.version = v;
      e.name = name.object();
      e.value = r;
      return r;
    }
  }
  return findInMro(type, name);
}

Value typeLookup(Type *type, std::string_view asciiName) {
  Ref name = internStr(asciiName);
  if (!name) {
    clearPendingException();
    return Value();
  }
  return typeLookup(type, name.get());
}

// --- The slot table ------------------------------------------------------------------

enum class SK : uint8_t {
  Repr,
  Str,
  Hash,
  Call,
  GetAttribute,
  GetAttr, // __getattr__: shares the getattr slot
  SetAttr,
  DelAttr,
  RichCmp,
  Iter,
  IterNext,
  DescrGet,
  DescrSet,
  DescrDelete,
  Init,
  New,
  Binary,
  RBinary,
  Inplace,
  Pow,
  RPow,
  Divmod,
  RDivmod,
  Neg,
  Pos,
  Invert,
  Abs,
  Bool,
  Int,
  Float,
  Index,
  Len,
  GetItem,
  SetItem,
  DelItem,
  Contains,
  Del, // __del__: no slot, sets hasFinalizer
  Await,
  AIter,
  ANext,
};

struct SlotDef {
  const char *name;
  SK kind;
  uint8_t op; // BinaryOp for Binary/RBinary/Inplace, CompareOp for RichCmp
  Value nameStr = Value();
};

// Ordered as CPython's slotdefs, so the dicts of builtin types list their
// wrappers in CPython's order.
static SlotDef gSlotDefs[] = {
    {"__repr__", SK::Repr, 0},
    {"__hash__", SK::Hash, 0},
    {"__call__", SK::Call, 0},
    {"__str__", SK::Str, 0},
    {"__getattribute__", SK::GetAttribute, 0},
    {"__getattr__", SK::GetAttr, 0},
    {"__setattr__", SK::SetAttr, 0},
    {"__delattr__", SK::DelAttr, 0},
    {"__lt__", SK::RichCmp, uint8_t(CompareOp::Lt)},
    {"__le__", SK::RichCmp, uint8_t(CompareOp::Le)},
    {"__eq__", SK::RichCmp, uint8_t(CompareOp::Eq)},
    {"__ne__", SK::RichCmp, uint8_t(CompareOp::Ne)},
    {"__gt__", SK::RichCmp, uint8_t(CompareOp::Gt)},
    {"__ge__", SK::RichCmp, uint8_t(CompareOp::Ge)},
    {"__iter__", SK::Iter, 0},
    {"__next__", SK::IterNext, 0},
    {"__get__", SK::DescrGet, 0},
    {"__set__", SK::DescrSet, 0},
    {"__delete__", SK::DescrDelete, 0},
    {"__init__", SK::Init, 0},
    {"__new__", SK::New, 0},
    {"__del__", SK::Del, 0},
    {"__await__", SK::Await, 0},
    {"__aiter__", SK::AIter, 0},
    {"__anext__", SK::ANext, 0},
    {"__add__", SK::Binary, uint8_t(BinaryOp::Add)},
    {"__radd__", SK::RBinary, uint8_t(BinaryOp::Add)},
    {"__sub__", SK::Binary, uint8_t(BinaryOp::Subtract)},
    {"__rsub__", SK::RBinary, uint8_t(BinaryOp::Subtract)},
    {"__mul__", SK::Binary, uint8_t(BinaryOp::Multiply)},
    {"__rmul__", SK::RBinary, uint8_t(BinaryOp::Multiply)},
    {"__mod__", SK::Binary, uint8_t(BinaryOp::Remainder)},
    {"__rmod__", SK::RBinary, uint8_t(BinaryOp::Remainder)},
    {"__divmod__", SK::Divmod, 0},
    {"__rdivmod__", SK::RDivmod, 0},
    {"__pow__", SK::Pow, uint8_t(BinaryOp::Power)},
    {"__rpow__", SK::RPow, uint8_t(BinaryOp::Power)},
    {"__neg__", SK::Neg, 0},
    {"__pos__", SK::Pos, 0},
    {"__abs__", SK::Abs, 0},
    {"__bool__", SK::Bool, 0},
    {"__invert__", SK::Invert, 0},
    {"__lshift__", SK::Binary, uint8_t(BinaryOp::LShift)},
    {"__rlshift__", SK::RBinary, uint8_t(BinaryOp::LShift)},
    {"__rshift__", SK::Binary, uint8_t(BinaryOp::RShift)},
    {"__rrshift__", SK::RBinary, uint8_t(BinaryOp::RShift)},
    {"__and__", SK::Binary, uint8_t(BinaryOp::And)},
    {"__rand__", SK::RBinary, uint8_t(BinaryOp::And)},
    {"__xor__", SK::Binary, uint8_t(BinaryOp::Xor)},
    {"__rxor__", SK::RBinary, uint8_t(BinaryOp::Xor)},
    {"__or__", SK::Binary, uint8_t(BinaryOp::Or)},
    {"__ror__", SK::RBinary, uint8_t(BinaryOp::Or)},
    {"__int__", SK::Int, 0},
    {"__float__", SK::Float, 0},
    {"__iadd__", SK::Inplace, uint8_t(BinaryOp::Add)},
    {"__isub__", SK::Inplace, uint8_t(BinaryOp::Subtract)},
    {"__imul__", SK::Inplace, uint8_t(BinaryOp::Multiply)},
    {"__imod__", SK::Inplace, uint8_t(BinaryOp::Remainder)},
    {"__ipow__", SK::Inplace, uint8_t(BinaryOp::Power)},
    {"__ilshift__", SK::Inplace, uint8_t(BinaryOp::LShift)},
    {"__irshift__", SK::Inplace, uint8_t(BinaryOp::RShift)},
    {"__iand__", SK::Inplace, uint8_t(BinaryOp::And)},
    {"__ixor__", SK::Inplace, uint8_t(BinaryOp::Xor)},
    {"__ior__", SK::Inplace, uint8_t(BinaryOp::Or)},
    {"__floordiv__", SK::Binary, uint8_t(BinaryOp::FloorDivide)},
    {"__rfloordiv__", SK::RBinary, uint8_t(BinaryOp::FloorDivide)},
    {"__truediv__", SK::Binary, uint8_t(BinaryOp::TrueDivide)},
    {"__rtruediv__", SK::RBinary, uint8_t(BinaryOp::TrueDivide)},
    {"__ifloordiv__", SK::Inplace, uint8_t(BinaryOp::FloorDivide)},
    {"__itruediv__", SK::Inplace, uint8_t(BinaryOp::TrueDivide)},
    {"__index__", SK::Index, 0},
    {"__matmul__", SK::Binary, uint8_t(BinaryOp::MatrixMultiply)},
    {"__rmatmul__", SK::RBinary, uint8_t(BinaryOp::MatrixMultiply)},
    {"__imatmul__", SK::Inplace, uint8_t(BinaryOp::MatrixMultiply)},
    {"__len__", SK::Len, 0},
    {"__getitem__", SK::GetItem, 0},
    {"__setitem__", SK::SetItem, 0},
    {"__delitem__", SK::DelItem, 0},
    {"__contains__", SK::Contains, 0},
};
constexpr size_t kSlotDefCount = sizeof(gSlotDefs) / sizeof(gSlotDefs[0]);

// The address of the function-pointer field a slot def fills (null for
// __del__). All slot fields are plain function pointers of one size.
static void **slotField(Type *t, const SlotDef &d) {
  switch (d.kind) {
  case SK::Repr: return reinterpret_cast<void **>(&t->repr);
  case SK::Str: return reinterpret_cast<void **>(&t->str);
  case SK::Hash: return reinterpret_cast<void **>(&t->hash);
  case SK::Call: return reinterpret_cast<void **>(&t->call);
  case SK::GetAttribute:
  case SK::GetAttr: return reinterpret_cast<void **>(&t->getattr);
  case SK::SetAttr:
  case SK::DelAttr: return reinterpret_cast<void **>(&t->setattr);
  case SK::RichCmp: return reinterpret_cast<void **>(&t->richcompare);
  case SK::Iter: return reinterpret_cast<void **>(&t->iter);
  case SK::IterNext: return reinterpret_cast<void **>(&t->iternext);
  case SK::DescrGet: return reinterpret_cast<void **>(&t->descrGet);
  case SK::DescrSet:
  case SK::DescrDelete: return reinterpret_cast<void **>(&t->descrSet);
  case SK::Init: return reinterpret_cast<void **>(&t->init);
  case SK::New: return reinterpret_cast<void **>(&t->newInstance);
  case SK::Binary:
  case SK::RBinary:
  case SK::Pow:
  case SK::RPow: return reinterpret_cast<void **>(&t->binary[d.op]);
  case SK::Inplace: return reinterpret_cast<void **>(&t->inplace[d.op]);
  case SK::Divmod:
  case SK::RDivmod: return reinterpret_cast<void **>(&t->divmod);
  case SK::Neg: return reinterpret_cast<void **>(&t->negative);
  case SK::Pos: return reinterpret_cast<void **>(&t->positive);
  case SK::Invert: return reinterpret_cast<void **>(&t->invert);
  case SK::Abs: return reinterpret_cast<void **>(&t->absolute);
  case SK::Bool: return reinterpret_cast<void **>(&t->boolean);
  case SK::Int: return reinterpret_cast<void **>(&t->toInt);
  case SK::Float: return reinterpret_cast<void **>(&t->toFloat);
  case SK::Index: return reinterpret_cast<void **>(&t->index);
  case SK::Len: return reinterpret_cast<void **>(&t->length);
  case SK::GetItem: return reinterpret_cast<void **>(&t->getitem);
  case SK::SetItem:
  case SK::DelItem: return reinterpret_cast<void **>(&t->setitem);
  case SK::Contains: return reinterpret_cast<void **>(&t->contains);
  case SK::Del: return nullptr;
  case SK::Await: return reinterpret_cast<void **>(&t->asyncAwait);
  case SK::AIter: return reinterpret_cast<void **>(&t->asyncIter);
  case SK::ANext: return reinterpret_cast<void **>(&t->asyncNext);
  }
  return nullptr;
}


Value dunderName(const char *name) {
  for (auto &d : gSlotDefs)
    if (std::strcmp(d.name, name) == 0)
      return d.nameStr;
  return Value();
}

// --- Calling special methods of heap classes ------------------------------------

// Looks up a special method on type(self). Returns null without an error
// when absent. *unbound is set when the result must be called with self
// prepended. CPython: Objects/typeobject.c lookup_maybe_method
static Ref lookupMaybeMethod(Value self, Value name, bool *unbound) {
  Value res = typeLookup(self.type(), name);
  if (!res)
    return Ref();
  Type *rt = res.type();
  if (rt->hasFlag(kTypeMethodDescriptor)) {
    *unbound = true;
    return Ref::borrow(res);
  }
  *unbound = false;
  if (rt->descrGet) {
    Ref keep = Ref::borrow(res);
    return rt->descrGet(res, self, typeValue(self.type()));
  }
  return Ref::borrow(res);
}

// Calls type(self).name(self, args...); *found tells whether it exists.
// CPython: Objects/typeobject.c vectorcall_maybe / call_method
static Ref callSpecial(Value self, Value name, const Value *args, size_t nargs, bool *found) {
  bool unbound = false;
  Ref func = lookupMaybeMethod(self, name, &unbound);
  if (!func) {
    *found = errorPending();
    return Ref();
  }
  *found = true;
  if (unbound) {
    Value stack[8];
    std::vector<Value> big;
    Value *p = stack;
    if (nargs + 1 > 8) {
      big.resize(nargs + 1);
      p = big.data();
    }
    p[0] = self;
    for (size_t i = 0; i < nargs; i++)
      p[i + 1] = args[i];
    return call(func.get(), p, nargs + 1);
  }
  return call(func.get(), args, nargs);
}

static Ref callSpecial0(Value self, const SlotDef &d, bool *found) {
  return callSpecial(self, d.nameStr, nullptr, 0, found);
}
static Ref callSpecial1(Value self, Value name, Value a, bool *found) {
  return callSpecial(self, name, &a, 1, found);
}

static Ref callSpecialRequired(Value self, Value name, const Value *args, size_t nargs) {
  bool found = false;
  Ref r = callSpecial(self, name, args, nargs, &found);
  if (!found && !errorPending())
    return raiseAttributeError(self, name);
  return r;
}

static const SlotDef &def(const char *name) {
  for (auto &d : gSlotDefs)
    if (std::strcmp(d.name, name) == 0)
      return d;
  __builtin_unreachable();
}

#define DUNDER(n) (def(n).nameStr)

// Slot functions installed on heap classes that define the dunder.
// CPython: Objects/typeobject.c slot_tp_repr ...

static Ref slotRepr(Value self) {
  bool found;
  static const SlotDef &d = def("__repr__");
  Ref r = callSpecial0(self, d, &found);
  if (!found && !errorPending())
    return objectRepr(self);
  return r;
}

static Ref slotStr(Value self) {
  bool found;
  static const SlotDef &d = def("__str__");
  Ref r = callSpecial0(self, d, &found);
  if (!found && !errorPending())
    return objectStr(self);
  return r;
}

static int64_t slotHash(Value self) {
  static const SlotDef &d = def("__hash__");
  Value f = typeLookup(self.type(), d.nameStr);
  if (!f || isNone(f))
    return hashNotImplemented(self);
  bool found;
  Ref r = callSpecial0(self, d, &found);
  if (!r)
    return -1;
  if (!isInt(r.get())) {
    raise(&TypeErrorType, "__hash__ method should return an integer");
    return -1;
  }
  int64_t h;
  if (!intFitsInt64(r.get(), &h)) {
    // CPython: hash of the int itself for out-of-range results.
    h = hash(r.get());
    if (h == -1 && errorPending())
      return -1;
  }
  if (h == -1)
    h = -2;
  return h;
}

static Ref slotCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  static const SlotDef &d = def("__call__");
  bool unbound = false;
  Ref func = lookupMaybeMethod(self, d.nameStr, &unbound);
  if (!func) {
    if (errorPending())
      return Ref();
    return raisef(&TypeErrorType, "'{}' object is not callable", typeName(self));
  }
  if (!unbound)
    return call(func.get(), args, nargs, kwnames);
  size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
  std::vector<Value> stack(nargs + nkw + 1);
  stack[0] = self;
  for (size_t i = 0; i < nargs + nkw; i++)
    stack[i + 1] = args[i];
  return call(func.get(), stack.data(), nargs + 1, kwnames);
}

// CPython: Objects/typeobject.c slot_tp_getattr_hook
static Ref slotGetAttrHook(Value self, Value name) {
  static const SlotDef &dga = def("__getattribute__");
  static const SlotDef &dg = def("__getattr__");
  Type *tp = self.type();
  Value getattr = typeLookup(tp, dg.nameStr);
  Value getattribute = typeLookup(tp, dga.nameStr);
  Ref res;
  if (getattribute && getattribute.type() == &WrapperDescrType &&
      getattribute.as<WrapperDescrObject>()->function == reinterpret_cast<void *>(genericGetAttr)) {
    if (getattr)
      res = genericGetAttrNoError(self, name);
    else
      return genericGetAttr(self, name);
  } else if (getattribute) {
    Ref keep = Ref::borrow(getattribute);
    bool found;
    res = callSpecial1(self, dga.nameStr, name, &found);
    if (!res && getattr && pendingExceptionMatches(&AttributeErrorType))
      clearPendingException();
  } else {
    res = genericGetAttrNoError(self, name);
  }
  if (res || errorPending() || !getattr) {
    if (!res && !errorPending())
      return raiseAttributeError(self, name);
    return res;
  }
  bool found;
  return callSpecial1(self, dg.nameStr, name, &found);
}

static int slotSetAttr(Value self, Value name, Value value) {
  Ref r;
  if (value.isNull()) {
    Value args[1] = {name};
    r = callSpecialRequired(self, DUNDER("__delattr__"), args, 1);
  } else {
    Value args[2] = {name, value};
    r = callSpecialRequired(self, DUNDER("__setattr__"), args, 2);
  }
  return r ? 0 : -1;
}

static const char *const kCompareDunders[] = {"__lt__", "__le__", "__eq__",
                                              "__ne__", "__gt__", "__ge__"};

static Ref slotRichCompare(Value a, Value b, CompareOp op) {
  bool found;
  Ref r = callSpecial1(a, DUNDER(kCompareDunders[int(op)]), b, &found);
  if (!found && !errorPending())
    return newNotImplemented();
  return r;
}

static Ref slotIter(Value self) {
  static const SlotDef &d = def("__iter__");
  Value f = typeLookup(self.type(), d.nameStr);
  if (f && isNone(f))
    return raisef(&TypeErrorType, "'{}' object is not iterable", typeName(self));
  bool found;
  Ref r = callSpecial0(self, d, &found);
  if (!found && !errorPending()) {
    return raisef(&TypeErrorType, "'{}' object is not iterable", typeName(self));
  }
  return r;
}

static Ref slotIterNext(Value self) {
  static const SlotDef &d = def("__next__");
  bool found;
  // A StopIteration raised by __next__ stays pending, as in CPython's
  // slot_tp_iternext: FOR_ITER reports it to monitoring (RAISE) before it
  // clears it, and iterNext() clears it for everyone else.
  return callSpecial0(self, d, &found);
}

static Ref slotDescrGet(Value self, Value obj, Value type) {
  static const SlotDef &d = def("__get__");
  Value args[2] = {obj.isNull() ? None() : obj, type.isNull() ? None() : type};
  bool found;
  Ref r = callSpecial(self, d.nameStr, args, 2, &found);
  if (!found && !errorPending())
    return Ref::borrow(self);
  return r;
}

static int slotDescrSet(Value self, Value obj, Value value) {
  Ref r;
  if (value.isNull()) {
    Value args[1] = {obj};
    r = callSpecialRequired(self, DUNDER("__delete__"), args, 1);
  } else {
    Value args[2] = {obj, value};
    r = callSpecialRequired(self, DUNDER("__set__"), args, 2);
  }
  return r ? 0 : -1;
}

static int slotInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  static const SlotDef &d = def("__init__");
  bool unbound = false;
  Ref func = lookupMaybeMethod(self, d.nameStr, &unbound);
  if (!func) {
    if (!errorPending())
      raiseAttributeError(self, d.nameStr);
    return -1;
  }
  Ref r;
  if (unbound) {
    size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
    Value stack[8];
    std::vector<Value> big;
    Value *p = stack;
    if (nargs + nkw + 1 > 8) {
      big.resize(nargs + nkw + 1);
      p = big.data();
    }
    p[0] = self;
    for (size_t i = 0; i < nargs + nkw; i++)
      p[i + 1] = args[i];
    r = call(func.get(), p, nargs + 1, kwnames);
  } else {
    r = call(func.get(), args, nargs, kwnames);
  }
  if (!r)
    return -1;
  if (!isNone(r.get())) {
    raisef(&TypeErrorType, "__init__() should return None, not '{}'", typeName(r.get()));
    return -1;
  }
  return 0;
}

// CPython: Objects/typeobject.c slot_tp_new
static Ref slotNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Ref func = getAttr(typeValue(type), DUNDER("__new__"));
  if (!func)
    return Ref();
  size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
  Value stack[8];
  std::vector<Value> big;
  Value *p = stack;
  if (nargs + nkw + 1 > 8) {
    big.resize(nargs + nkw + 1);
    p = big.data();
  }
  p[0] = typeValue(type);
  for (size_t i = 0; i < nargs + nkw; i++)
    p[i + 1] = args[i];
  return call(func.get(), p, nargs + 1, kwnames);
}

// Does type(right).name differ from type(left).name?
// CPython: Objects/typeobject.c method_is_overloaded
static bool methodIsOverloaded(Value left, Value right, Value name) {
  Value b = typeLookup(right.type(), name);
  if (!b)
    return false;
  Value a = typeLookup(left.type(), name);
  if (!a)
    return true;
  return !a.is(b);
}

static const char *const kBinaryDunders[kBinaryOpCount][2] = {
    {"__add__", "__radd__"},           {"__and__", "__rand__"},
    {"__floordiv__", "__rfloordiv__"}, {"__lshift__", "__rlshift__"},
    {"__matmul__", "__rmatmul__"},     {"__mul__", "__rmul__"},
    {"__mod__", "__rmod__"},           {"__or__", "__ror__"},
    {"__pow__", "__rpow__"},           {"__rshift__", "__rrshift__"},
    {"__sub__", "__rsub__"},           {"__truediv__", "__rtruediv__"},
    {"__xor__", "__rxor__"},
};
static const char *const kInplaceDunders[kBinaryOpCount] = {
    "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__",
    "__imul__", "__imod__", "__ior__",       "__ipow__",    "__irshift__",
    "__isub__", "__itruediv__", "__ixor__",
};

static Ref callMaybe(Value self, Value name, Value other) {
  bool found;
  Ref r = callSpecial1(self, name, other, &found);
  if (!found && !errorPending())
    return newNotImplemented();
  return r;
}

// CPython: Objects/typeobject.c SLOT1BINFULL
static Ref binaryFull(Value self, Value other, BinaryFn testfunc, BinaryFn Type::*, Value opName,
                      Value ropName, BinaryFn selfSlot, BinaryFn otherSlot) {
  bool doOther = self.type() != other.type() && otherSlot == testfunc;
  if (selfSlot == testfunc) {
    if (doOther && isSubtype(other.type(), self.type())) {
      if (methodIsOverloaded(self, other, ropName)) {
        Ref r = callMaybe(other, ropName, self);
        if (!r || !r.get().is(NotImplemented()))
          return r;
        doOther = false;
      }
    }
    Ref r = callMaybe(self, opName, other);
    if (!r || !r.get().is(NotImplemented()) || other.type() == self.type())
      return r;
  }
  if (doOther)
    return callMaybe(other, ropName, self);
  return newNotImplemented();
}

template <int Op> static Ref slotBinary(Value self, Value other) {
  static Value opName = DUNDER(kBinaryDunders[Op][0]);
  static Value ropName = DUNDER(kBinaryDunders[Op][1]);
  return binaryFull(self, other, &slotBinary<Op>, nullptr, opName, ropName,
                    self.type()->binary[Op], other.type()->binary[Op]);
}

static Ref slotDivmod(Value self, Value other) {
  static Value opName = DUNDER("__divmod__");
  static Value ropName = DUNDER("__rdivmod__");
  return binaryFull(self, other, &slotDivmod, nullptr, opName, ropName, self.type()->divmod,
                    other.type()->divmod);
}

template <int Op> static Ref slotInplace(Value self, Value other) {
  static Value name = DUNDER(kInplaceDunders[Op]);
  return callMaybe(self, name, other);
}

// Three-argument pow(). CPython 3.14: slot_nb_power (tries __rpow__ too).
static Ref slotPower3(Value self, Value other, Value mod) {
  static Value opName = DUNDER("__pow__");
  static Value ropName = DUNDER("__rpow__");
  if (self.type()->power3 == slotPower3) {
    Value args[2] = {other, mod};
    bool found;
    Ref r = callSpecial(self, opName, args, 2, &found);
    if (!found && !errorPending())
      r = newNotImplemented();
    if (!r || !r.get().is(NotImplemented()) || self.type() == other.type())
      return r;
  }
  if (other.type()->power3 == slotPower3 && other.type() != self.type()) {
    Value args[2] = {self, mod};
    bool found;
    Ref r = callSpecial(other, ropName, args, 2, &found);
    if (!found && !errorPending())
      return newNotImplemented();
    return r;
  }
  return newNotImplemented();
}

template <int Id> static Ref slotUnary(Value self) {
  // CPython: slot_nb_negative ... slot_nb_index, slot_am_await/aiter/anext
  static const char *const names[] = {"__neg__",   "__pos__",   "__invert__", "__abs__",
                                      "__int__",   "__float__", "__index__",  "__await__",
                                      "__aiter__", "__anext__"};
  static Value name = DUNDER(names[Id]);
  return callSpecialRequired(self, name, nullptr, 0);
}

static int slotBool(Value self) {
  static const SlotDef &d = def("__bool__");
  bool found;
  Ref r = callSpecial0(self, d, &found);
  if (!r) {
    if (!found && !errorPending()) {
      // No __bool__ any more: fall back to __len__ / true.
      if (self.type()->length)
        return self.type()->length(self) > 0 ? 1 : (errorPending() ? -1 : 0);
      return 1;
    }
    return -1;
  }
  if (r.type() != &BoolType) {
    raisef(&TypeErrorType, "__bool__ should return bool, returned {}", typeName(r.get()));
    return -1;
  }
  return r.get().is(True()) ? 1 : 0;
}

static int64_t slotLen(Value self) {
  static const SlotDef &d = def("__len__");
  bool found;
  Ref r = callSpecial0(self, d, &found);
  if (!r) {
    if (!found && !errorPending())
      raisef(&TypeErrorType, "object of type '{}' has no len()", typeName(self));
    return -1;
  }
  Ref idx = index(r.get());
  if (!idx)
    return -1;
  int64_t n;
  if (!intFitsInt64(idx.get(), &n)) {
    BigInt b = intToBigInt(idx.get());
    if (b.isNegative())
      raise(&ValueErrorType, "__len__() should return >= 0");
    else
      raise(&OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  if (n < 0) {
    raise(&ValueErrorType, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

static Ref slotGetItem(Value self, Value key) {
  static const SlotDef &d = def("__getitem__");
  return callSpecialRequired(self, d.nameStr, &key, 1);
}

static int slotSetItem(Value self, Value key, Value value) {
  Ref r;
  if (value.isNull()) {
    r = callSpecialRequired(self, DUNDER("__delitem__"), &key, 1);
  } else {
    Value args[2] = {key, value};
    r = callSpecialRequired(self, DUNDER("__setitem__"), args, 2);
  }
  return r ? 0 : -1;
}

static int slotContains(Value self, Value item) {
  static const SlotDef &d = def("__contains__");
  Value f = typeLookup(self.type(), d.nameStr);
  if (f && isNone(f)) {
    raisef(&TypeErrorType, "'{}' object is not a container", typeName(self));
    return -1;
  }
  bool found;
  Ref r = callSpecial1(self, d.nameStr, item, &found);
  if (!r) {
    if (!found && !errorPending())
      return sequenceContainsByIteration(self, item);
    return -1;
  }
  return isTrue(r.get());
}

// The generic slot function of a heap class for a slot def.
static void *heapSlotFunction(const SlotDef &d) {
  switch (d.kind) {
  case SK::Repr: return reinterpret_cast<void *>(slotRepr);
  case SK::Str: return reinterpret_cast<void *>(slotStr);
  case SK::Hash: return reinterpret_cast<void *>(slotHash);
  case SK::Call: return reinterpret_cast<void *>(slotCall);
  case SK::GetAttribute:
  case SK::GetAttr: return reinterpret_cast<void *>(slotGetAttrHook);
  case SK::SetAttr:
  case SK::DelAttr: return reinterpret_cast<void *>(slotSetAttr);
  case SK::RichCmp: return reinterpret_cast<void *>(slotRichCompare);
  case SK::Iter: return reinterpret_cast<void *>(slotIter);
  case SK::IterNext: return reinterpret_cast<void *>(slotIterNext);
  case SK::DescrGet: return reinterpret_cast<void *>(slotDescrGet);
  case SK::DescrSet:
  case SK::DescrDelete: return reinterpret_cast<void *>(slotDescrSet);
  case SK::Init: return reinterpret_cast<void *>(slotInit);
  case SK::New: return reinterpret_cast<void *>(slotNew);
  case SK::Binary:
  case SK::RBinary:
  case SK::Pow:
  case SK::RPow:
    switch (d.op) {
#define CASE(n)                                                                          \
  case n: return reinterpret_cast<void *>(&slotBinary<n>);
      CASE(0) CASE(1) CASE(2) CASE(3) CASE(4) CASE(5) CASE(6) CASE(7) CASE(8) CASE(9)
      CASE(10) CASE(11) CASE(12)
#undef CASE
    }
    return nullptr;
  case SK::Inplace:
    switch (d.op) {
#define CASE(n)                                                                          \
  case n: return reinterpret_cast<void *>(&slotInplace<n>);
      CASE(0) CASE(1) CASE(2) CASE(3) CASE(4) CASE(5) CASE(6) CASE(7) CASE(8) CASE(9)
      CASE(10) CASE(11) CASE(12)
#undef CASE
    }
    return nullptr;
  case SK::Divmod:
  case SK::RDivmod: return reinterpret_cast<void *>(slotDivmod);
  case SK::Neg: return reinterpret_cast<void *>(&slotUnary<0>);
  case SK::Pos: return reinterpret_cast<void *>(&slotUnary<1>);
  case SK::Invert: return reinterpret_cast<void *>(&slotUnary<2>);
  case SK::Abs: return reinterpret_cast<void *>(&slotUnary<3>);
  case SK::Int: return reinterpret_cast<void *>(&slotUnary<4>);
  case SK::Float: return reinterpret_cast<void *>(&slotUnary<5>);
  case SK::Index: return reinterpret_cast<void *>(&slotUnary<6>);
  case SK::Bool: return reinterpret_cast<void *>(slotBool);
  case SK::Len: return reinterpret_cast<void *>(slotLen);
  case SK::GetItem: return reinterpret_cast<void *>(slotGetItem);
  case SK::SetItem:
  case SK::DelItem: return reinterpret_cast<void *>(slotSetItem);
  case SK::Contains: return reinterpret_cast<void *>(slotContains);
  case SK::Del: return nullptr;
  case SK::Await: return reinterpret_cast<void *>(&slotUnary<7>);
  case SK::AIter: return reinterpret_cast<void *>(&slotUnary<8>);
  case SK::ANext: return reinterpret_cast<void *>(&slotUnary<9>);
  }
  return nullptr;
}

static Ref tpNewWrapper(Value self, const Value *args, size_t nargs, Value kwnames);
static const MethodDef kTpNewDef = {"__new__", CallStyle::FastKw,
                                    reinterpret_cast<void *>(tpNewWrapper), 0,
                                    "Create and return a new object."};

// Recomputes one slot of a heap type from the dunders visible on it.
// CPython: Objects/typeobject.c update_one_slot
static void updateOneSlot(Type *type, void **field) {
  void *specific = nullptr;
  bool useGeneric = false;
  const SlotDef *anyDef = nullptr;
  for (size_t i = 0; i < kSlotDefCount; i++) {
    const SlotDef &d = gSlotDefs[i];
    if (slotField(type, d) != field)
      continue;
    anyDef = &d;
    Value descr = typeLookup(type, d.nameStr);
    if (!descr) {
      if (d.kind == SK::IterNext && false)
        useGeneric = true;
      continue;
    }
    if (descr.type() == &WrapperDescrType) {
      auto *w = descr.as<WrapperDescrObject>();
      void *fn = w->function;
      if (d.kind == SK::Pow || d.kind == SK::RPow) {
        // power3 shares the names; its wrapper stores the binary function.
        if (field == reinterpret_cast<void **>(&type->power3))
          fn = reinterpret_cast<void *>(w->owner->power3);
      }
      if (w->slot->kind != d.kind && !(d.kind == SK::GetAttr)) {
        useGeneric = true;
        continue;
      }
      if (!isSubtype(type, w->owner)) {
        useGeneric = true;
        continue;
      }
      if (specific == nullptr || specific == fn)
        specific = fn;
      else
        useGeneric = true;
    } else if (descr.type() == &MethodDescrType &&
               (descr.as<MethodDescrObject>()->def->flags & kMethodCoexist)) {
      // A METH_COEXIST method stands for its owner's own slot (dict.__getitem__
      // is dict's mp_subscript): a subclass keeps the C slot, not a generic one.
      Type *owner = descr.as<MethodDescrObject>()->owner;
      void **ownerField = isSubtype(type, owner) ? slotField(owner, d) : nullptr;
      void *fn = ownerField ? *ownerField : nullptr;
      if (fn && (specific == nullptr || specific == fn))
        specific = fn;
      else
        useGeneric = true;
    } else if (d.kind == SK::Hash && isNone(descr)) {
      if (specific == nullptr)
        specific = reinterpret_cast<void *>(hashNotImplemented);
      else
        useGeneric = true;
    } else if (d.kind == SK::New && isBuiltinFunction(descr) &&
               descr.as<BuiltinFunctionObject>()->def == &kTpNewDef) {
      Value owner = descr.as<BuiltinFunctionObject>()->self.get();
      void *fn = reinterpret_cast<void *>(static_cast<Type *>(owner.object())->newInstance);
      if (specific == nullptr || specific == fn)
        specific = fn;
      else
        useGeneric = true;
    } else {
      useGeneric = true;
    }
  }
  if (anyDef == nullptr)
    return;
  if (useGeneric) {
    if (field == reinterpret_cast<void **>(&type->power3))
      *field = reinterpret_cast<void *>(slotPower3);
    else
      *field = heapSlotFunction(*anyDef);
  } else {
    *field = specific;
  }
}

// Refreshes every slot of a heap type (after creation, or after a dunder
// changed on it or a base). CPython: fixup_slot_dispatchers
static void fixupSlots(Type *type) {
  std::vector<void **> done;
  for (size_t i = 0; i < kSlotDefCount; i++) {
    void **f = slotField(type, gSlotDefs[i]);
    if (f == nullptr || std::find(done.begin(), done.end(), f) != done.end())
      continue;
    done.push_back(f);
    updateOneSlot(type, f);
  }
  // power3 follows __pow__/__rpow__.
  {
    Value p = typeLookup(type, DUNDER("__pow__"));
    Value rp = typeLookup(type, DUNDER("__rpow__"));
    void *specific = nullptr;
    bool generic = false;
    for (Value d : {p, rp}) {
      if (!d)
        continue;
      if (d.type() == &WrapperDescrType) {
        void *fn = reinterpret_cast<void *>(d.as<WrapperDescrObject>()->owner->power3);
        if (specific == nullptr || specific == fn)
          specific = fn;
        else
          generic = true;
      } else {
        generic = true;
      }
    }
    type->power3 = generic ? slotPower3 : reinterpret_cast<TernaryFn>(specific);
  }
  type->hasFinalizer = typeLookup(type, DUNDER("__del__")).isObject();
}

// After a dunder changed on `type`: refresh it and its heap subclasses.
static void updateSlotsRecursive(Type *type) {
  if (type->hasFlag(kTypeHeap))
    fixupSlots(type);
  for (Type *sub : type->subclasses)
    updateSlotsRecursive(sub);
}

static bool isDunder(Value name) {
  if (!isStr(name))
    return false;
  size_t n = strLength(name);
  return n > 4 && strCharAt(name, 0) == '_' && strCharAt(name, 1) == '_' &&
         strCharAt(name, n - 1) == '_' && strCharAt(name, n - 2) == '_';
}

// --- Slot wrappers (int.__add__ ...) ------------------------------------------------

static bool checkNumArgs(size_t nargs, size_t n) {
  if (nargs == n)
    return true;
  raisef(&TypeErrorType, "expected {} argument{}, got {}", n, n == 1 ? "" : "s", nargs);
  return false;
}

Ref callSlotWrapper(const SlotDef *d, void *fn, Type *owner, Value self, const Value *args,
                    size_t nargs, Value kwnames) {
  bool acceptsKw = d->kind == SK::Init || d->kind == SK::Call;
  if (!acceptsKw && !kwnames.isNull() && tupleSize(kwnames) > 0)
    return raisef(&TypeErrorType, "wrapper {}() takes no keyword arguments", d->name);
  switch (d->kind) {
  case SK::Repr:
  case SK::Str:
  case SK::Iter:
  case SK::Neg:
  case SK::Pos:
  case SK::Invert:
  case SK::Abs:
  case SK::Int:
  case SK::Float:
  case SK::Index:
  case SK::Await:
  case SK::AIter:
  case SK::ANext:
    if (!checkNumArgs(nargs, 0))
      return Ref();
    return reinterpret_cast<UnaryFn>(fn)(self);
  case SK::IterNext: {
    if (!checkNumArgs(nargs, 0))
      return Ref();
    Ref r = reinterpret_cast<IterNextFn>(fn)(self);
    if (!r && !errorPending())
      return raiseEmpty(&StopIterationType);
    return r;
  }
  case SK::Hash: {
    if (!checkNumArgs(nargs, 0))
      return Ref();
    int64_t h = reinterpret_cast<HashFn>(fn)(self);
    if (h == -1 && errorPending())
      return Ref();
    return newInt(h);
  }
  case SK::Bool: {
    if (!checkNumArgs(nargs, 0))
      return Ref();
    int r = reinterpret_cast<InquiryFn>(fn)(self);
    if (r < 0)
      return Ref();
    return newBool(r);
  }
  case SK::Len: {
    if (!checkNumArgs(nargs, 0))
      return Ref();
    int64_t n = reinterpret_cast<LenFn>(fn)(self);
    if (n < 0)
      return Ref();
    return newInt(n);
  }
  case SK::Call:
    return reinterpret_cast<CallFn>(fn)(self, args, nargs, kwnames);
  case SK::GetAttribute:
  case SK::GetAttr:
    if (!checkNumArgs(nargs, 1))
      return Ref();
    return reinterpret_cast<GetAttrFn>(fn)(self, args[0]);
  case SK::SetAttr:
    if (!checkNumArgs(nargs, 2))
      return Ref();
    if (reinterpret_cast<SetAttrFn>(fn)(self, args[0], args[1]) < 0)
      return Ref();
    return newNone();
  case SK::DelAttr:
    if (!checkNumArgs(nargs, 1))
      return Ref();
    if (reinterpret_cast<SetAttrFn>(fn)(self, args[0], Value()) < 0)
      return Ref();
    return newNone();
  case SK::RichCmp:
    if (!checkNumArgs(nargs, 1))
      return Ref();
    return reinterpret_cast<RichCompareFn>(fn)(self, args[0], CompareOp(d->op));
  case SK::DescrGet: {
    if (nargs < 1 || nargs > 2)
      return raisef(&TypeErrorType, "expected 1 or 2 arguments, got {}", nargs);
    Value obj = args[0], type = nargs > 1 ? args[1] : Value();
    if (isNone(obj))
      obj = Value();
    if (!type.isNull() && isNone(type))
      type = Value();
    if (obj.isNull() && type.isNull())
      return raise(&TypeErrorType, "__get__(None, None) is invalid");
    return reinterpret_cast<DescrGetFn>(fn)(self, obj, type);
  }
  case SK::DescrSet:
    if (!checkNumArgs(nargs, 2))
      return Ref();
    if (reinterpret_cast<DescrSetFn>(fn)(self, args[0], args[1]) < 0)
      return Ref();
    return newNone();
  case SK::DescrDelete:
    if (!checkNumArgs(nargs, 1))
      return Ref();
    if (reinterpret_cast<DescrSetFn>(fn)(self, args[0], Value()) < 0)
      return Ref();
    return newNone();
  case SK::Init:
    if (reinterpret_cast<InitFn>(fn)(self, args, nargs, kwnames) < 0)
      return Ref();
    return newNone();
  case SK::New:
    return Ref(); // handled by tpNewWrapper
  case SK::Binary:
  case SK::Divmod:
  case SK::Inplace:
    if (!checkNumArgs(nargs, 1))
      return Ref();
    return reinterpret_cast<BinaryFn>(fn)(self, args[0]);
  case SK::RBinary:
  case SK::RDivmod:
    if (!checkNumArgs(nargs, 1))
      return Ref();
    return reinterpret_cast<BinaryFn>(fn)(args[0], self);
  case SK::Pow:
  case SK::RPow: {
    if (nargs < 1 || nargs > 2)
      return raisef(&TypeErrorType, "expected 1 or 2 arguments, got {}", nargs);
    bool rev = d->kind == SK::RPow;
    Value other = args[0];
    if (nargs == 2 && !isNone(args[1])) {
      TernaryFn p3 = owner->power3;
      if (!p3)
        return newNotImplemented();
      return rev ? p3(other, self, args[1]) : p3(self, other, args[1]);
    }
    return rev ? reinterpret_cast<BinaryFn>(fn)(other, self)
               : reinterpret_cast<BinaryFn>(fn)(self, other);
  }
  case SK::GetItem:
    if (!checkNumArgs(nargs, 1))
      return Ref();
    return reinterpret_cast<GetItemFn>(fn)(self, args[0]);
  case SK::SetItem:
    if (!checkNumArgs(nargs, 2))
      return Ref();
    if (reinterpret_cast<SetItemFn>(fn)(self, args[0], args[1]) < 0)
      return Ref();
    return newNone();
  case SK::DelItem:
    if (!checkNumArgs(nargs, 1))
      return Ref();
    if (reinterpret_cast<SetItemFn>(fn)(self, args[0], Value()) < 0)
      return Ref();
    return newNone();
  case SK::Contains: {
    if (!checkNumArgs(nargs, 1))
      return Ref();
    int r = reinterpret_cast<ContainsFn>(fn)(self, args[0]);
    if (r < 0)
      return Ref();
    return newBool(r);
  }
  case SK::Del:
    return newNone();
  }
  return Ref();
}

const char *slotDefName(const SlotDef *d) { return d->name; }

// T.__new__(S, ...): CPython: Objects/typeobject.c tp_new_wrapper
static Ref tpNewWrapper(Value self, const Value *args, size_t nargs, Value kwnames) {
  Type *type = static_cast<Type *>(self.object());
  if (nargs < 1)
    return raisef(&TypeErrorType, "{}.__new__(): not enough arguments", type->name);
  Value arg0 = args[0];
  if (!isType(arg0))
    return raisef(&TypeErrorType, "{}.__new__(X): X is not a type object ({})", type->name,
                  typeName(arg0));
  Type *subtype = static_cast<Type *>(arg0.object());
  if (!isSubtype(subtype, type))
    return raisef(&TypeErrorType, "{}.__new__({}): {} is not a subtype of {}", type->name,
                  subtype->name, subtype->name, type->name);
  // The most derived base that is not a heap type must have this tp_new.
  Type *staticbase = subtype;
  while (staticbase && staticbase->newInstance == slotNew)
    staticbase = staticbase->base;
  if (staticbase && staticbase->newInstance != type->newInstance)
    return raisef(&TypeErrorType, "{}.__new__({}) is not safe, use {}.__new__()", type->name,
                  subtype->name, staticbase->name);
  return type->newInstance(subtype, args + 1, nargs - 1, kwnames);
}

// --- Static types ---------------------------------------------------------------------

void initStaticType(Type *type, const char *name, Type *base, size_t basicSize,
                    uint32_t flags) {
  type->refcount = kImmortalRefcount;
  type->type = &TypeType;
  type->name = name;
  type->base = base;
  type->basicSize = basicSize;
  type->flags |= flags;
}

static bool addToDict(Type *type, const char *name, Ref value) {
  if (!value)
    return false;
  Value existing = dictGetItem(type->dict.get(), name);
  if (existing)
    return true;
  return dictSetItem(type->dict.get(), name, value.get()) == 0;
}

// The sequences whose + is CPython's sq_concat (no nb_add): their binary
// Add slot gets an __add__ wrapper but no __radd__ (sq_repeat gives both
// __mul__ and __rmul__, as nb_multiply would).
static bool isSequenceConcat(const Type *type) {
  return type == &StrType || type == &BytesType || type == &ByteArrayType ||
         type == &ListType || type == &TupleType;
}

// Adds wrappers for the slots the type defines itself.
// CPython: Objects/typeobject.c add_operators
static bool addOperators(Type *type) {
  Type *base = type->base;
  // CPython adds __new__ first (type_ready_add_new... add_tp_new_wrapper).
  if (type->newInstance && (!base || base->newInstance != type->newInstance) &&
      !dictGetItem(type->dict.get(), "__new__")) {
    Ref nw = newBuiltinFunctionWithModule(kTpNewDef, typeValue(type), Value());
    if (!nw || dictSetItem(type->dict.get(), DUNDER("__new__"), nw.get()) < 0)
      return false;
  }
  for (size_t i = 0; i < kSlotDefCount; i++) {
    const SlotDef &d = gSlotDefs[i];
    void **f = slotField(type, d);
    if (f == nullptr || *f == nullptr)
      continue;
    if (d.kind == SK::GetAttr)
      continue; // __getattr__ has no wrapper
    if (d.kind == SK::RBinary && d.op == uint8_t(BinaryOp::Add) && isSequenceConcat(type))
      continue;
    if (base) {
      void **bf = slotField(base, d);
      if (*bf == *f)
        continue; // inherited, the base's wrapper is found through the MRO
    }
    if (dictGetItem(type->dict.get(), d.nameStr))
      continue;
    Ref value;
    if (d.kind == SK::Hash && *f == reinterpret_cast<void *>(hashNotImplemented)) {
      value = newNone();
    } else if (d.kind == SK::New) {
      value = newBuiltinFunctionWithModule(kTpNewDef, typeValue(type), Value());
    } else {
      value = newWrapperDescriptor(type, &d, *f);
    }
    if (!value || dictSetItem(type->dict.get(), d.nameStr, value.get()) < 0)
      return false;
  }
  return true;
}

static constexpr uint32_t kInheritedFlags = kTypeIntSubclass | kTypeListSubclass |
                                            kTypeTupleSubclass | kTypeBytesSubclass |
                                            kTypeStrSubclass | kTypeDictSubclass |
                                            kTypeBaseExcSubclass | kTypeTypeSubclass;

// CPython: Objects/typeobject.c inherit_slots
static void inheritSlots(Type *type, Type *base) {
#define INHERIT(f)                                                                       \
  if (!type->f)                                                                          \
    type->f = base->f;
  INHERIT(dealloc)
  INHERIT(repr)
  INHERIT(str)
  INHERIT(call)
  INHERIT(getattr)
  INHERIT(setattr)
  INHERIT(iter)
  INHERIT(iternext)
  INHERIT(descrGet)
  INHERIT(descrSet)
  INHERIT(init)
  INHERIT(power3)
  INHERIT(negative)
  INHERIT(positive)
  INHERIT(invert)
  INHERIT(absolute)
  INHERIT(boolean)
  INHERIT(toInt)
  INHERIT(toFloat)
  INHERIT(index)
  INHERIT(divmod)
  INHERIT(length)
  INHERIT(getitem)
  INHERIT(setitem)
  INHERIT(contains)
  INHERIT(asyncAwait)
  INHERIT(asyncIter)
  INHERIT(asyncNext)
#undef INHERIT
  for (int i = 0; i < kBinaryOpCount; i++) {
    if (!type->binary[i])
      type->binary[i] = base->binary[i];
    if (!type->inplace[i])
      type->inplace[i] = base->inplace[i];
  }
  // richcompare and hash are inherited together.
  if (!type->richcompare && !type->hash) {
    type->richcompare = base->richcompare;
    type->hash = base->hash;
  }
  if (type->basicSize == 0)
    type->basicSize = base->basicSize;
  if (type->dictOffset == 0)
    type->dictOffset = base->dictOffset;
  type->flags |= base->flags & kInheritedFlags;
}

static void addSubclass(Type *base, Type *sub) {
  if (std::find(base->subclasses.begin(), base->subclasses.end(), sub) ==
      base->subclasses.end())
    base->subclasses.push_back(sub);
}

static void removeSubclass(Type *base, Type *sub) {
  auto &v = base->subclasses;
  v.erase(std::remove(v.begin(), v.end(), sub), v.end());
}

static bool ensureSlotNames() {
  for (auto &d : gSlotDefs) {
    if (d.nameStr.isNull()) {
      Ref s = internStr(d.name);
      if (!s)
        return false;
      d.nameStr = s.release(); // immortal
    }
  }
  return true;
}

bool typeReady(Type *type, std::span<const MethodDef> methods,
               std::span<const GetSetDef> getsets) {
  if (type->hasFlag(kTypeReady))
    return true;
  if (!ensureSlotNames())
    return false;
  if (type == &ObjectType)
    setObjectTypeDoc();
  if (type == &ObjectType && methods.empty()) {
    methods = objectMethodTable();
    getsets = objectGetSetTable();
  } else if (type == &TypeType && methods.empty()) {
    methods = typeMethodTable();
    getsets = typeGetSetTable();
  }
  if (type->type == nullptr)
    type->type = &TypeType;
  if (type->refcount < kImmortalRefcount && !type->hasFlag(kTypeHeap))
    type->refcount = kImmortalRefcount;
  if (type->base == nullptr && type != &ObjectType)
    type->base = &ObjectType;
  Type *base = type->base;
  if (base && !base->hasFlag(kTypeReady)) {
    if (!typeReady(base))
      return false;
  }
  if (type == &TypeType || isSubtype(type, &TypeType))
    type->flags |= kTypeTypeSubclass;
  if (!type->hasFlag(kTypeHeap))
    type->flags |= kTypeImmutable;

  if (!type->nameObject) {
    // A static type's __name__ is its dotted name's last part (CPython: type_name).
    std::string_view dotted = type->name;
    type->nameObject = newStr(dotted.substr(dotted.rfind('.') + 1));
    if (!type->nameObject)
      return false;
  }
  if (!type->qualname)
    type->qualname = type->nameObject;
  if (!type->dict) {
    type->dict = newDict();
    if (!type->dict)
      return false;
  }
  if (!type->bases) {
    type->bases = base ? newTupleOf({typeValue(base)}) : newTuple(0);
    if (!type->bases)
      return false;
  }

  // The type's own slots become wrappers before inheritance.
  if (!addOperators(type))
    return false;
  for (const MethodDef &m : methods) {
    Ref descr;
    if (m.flags & kMethodClass)
      descr = newClassMethodDescriptor(type, &m);
    else if (m.flags & kMethodStatic) {
      // CPython: METH_STATIC functions are bound to the type.
      Ref f = newBuiltinFunctionWithModule(m, typeValue(type), Value());
      if (!f)
        return false;
      descr = newStaticMethod(f.get());
    } else
      descr = newMethodDescriptor(type, &m);
    if (!descr)
      return false;
    if (!(m.flags & kMethodCoexist) && dictGetItem(type->dict.get(), m.name))
      continue;
    if (dictSetItem(type->dict.get(), m.name, descr.get()) < 0)
      return false;
  }
  for (const GetSetDef &g : getsets) {
    if (dictGetItem(type->dict.get(), g.name))
      continue;
    Ref descr = newGetSetDescriptor(type, &g);
    if (!descr || dictSetItem(type->dict.get(), g.name, descr.get()) < 0)
      return false;
  }

  // MRO: static types have single inheritance.
  if (!type->mro) {
    if (base) {
      size_t n = tupleSize(base->mro.get());
      Ref mro = newTuple(n + 1);
      if (!mro)
        return false;
      tupleInit(mro.get(), 0, Ref::borrow(typeValue(type)));
      for (size_t i = 0; i < n; i++)
        tupleInit(mro.get(), i + 1, Ref::borrow(tupleItem(base->mro.get(), i)));
      type->mro = std::move(mro);
    } else {
      type->mro = newTupleOf({typeValue(type)});
    }
    if (!type->mro)
      return false;
  }
  // CPython: static types don't inherit tp_new from object.
  NewFn ownNew = type->newInstance;
  if (base)
    inheritSlots(type, base);
  if (base == &ObjectType && !ownNew && !type->hasFlag(kTypeHeap))
    type->newInstance = nullptr;
  if (!type->hash) {
    type->hash = hashNotImplemented;
    if (!addToDict(type, "__hash__", newNone()))
      return false;
  }
  if (!dictGetItem(type->dict.get(), "__doc__")) {
    Ref doc = type->doc ? type->doc : newNone();
    if (dictSetItem(type->dict.get(), "__doc__", doc.get()) < 0)
      return false;
  }
  if (base)
    addSubclass(base, type);
  type->flags |= kTypeReady;
  typeVersion(type);
  return true;
}

// --- Heap types: dealloc ----------------------------------------------------------------

// Calls __del__ with the object temporarily resurrected.
// CPython: Objects/typeobject.c slot_tp_finalize
static void callFinalizer(Object *self) {
  Value v = Value::fromObject(self);
  Ref saved = takePendingException();
  Ref del = Ref::borrow(typeLookup(self->type, DUNDER("__del__")));
  bool found;
  Ref r = callSpecial(v, DUNDER("__del__"), nullptr, 0, &found);
  if (!r && errorPending()) {
    // CPython: "Exception ignored while calling deallocator <function ...>"
    Ref exc = takePendingException();
    writeUnraisable(exc.get(), del ? del.get() : v, "while calling deallocator");
  }
  if (saved)
    restorePendingException(std::move(saved));
}

// CPython: Objects/typeobject.c subtype_dealloc
void subtypeDealloc(Object *self) {
  Type *type = self->type;
  if (type->hasFinalizer) {
    self->refcount = 1;
    callFinalizer(self);
    if (--self->refcount != 0)
      return; // resurrected
    if (mayHaveWeakrefs(type))
      clearWeakrefs(self); // deallocObject left them for after __del__
  }
  // Clear the slots and __dict__ heap classes added after the solid base's
  // layout; the base's own dealloc clears the rest.
  Type *base = type;
  while (base->dealloc == subtypeDealloc && base->base)
    base = base->base;
  for (size_t off = base->basicSize; off + sizeof(Value) <= type->basicSize;
       off += sizeof(Value)) {
    Value *p = reinterpret_cast<Value *>(reinterpret_cast<char *>(self) + off);
    Value v = *p;
    *p = Value();
    xdecref(v);
  }
  if (base->dealloc)
    base->dealloc(self);
}

// Dealloc of heap type objects themselves.
static void typeDealloc(Object *self) {
  Type *type = static_cast<Type *>(self);
  assert(type->hasFlag(kTypeHeap));
  if (type->mro)
    for (Value b : tupleItems(type->mro.get()))
      if (b.object() != type)
        removeSubclass(static_cast<Type *>(b.object()), type);
  if (type->bases)
    for (Value b : tupleItems(type->bases.get()))
      removeSubclass(static_cast<Type *>(b.object()), type);
  std::destroy_at(type);
  // Restore the header destroy_at may have clobbered (deallocObject reads
  // the refcount afterwards).
  self->refcount = 0;
}

// --- C3 MRO ----------------------------------------------------------------------------

static std::string typeNameForMro(Value t) {
  return isType(t) ? static_cast<Type *>(t.object())->name : typeName(t);
}

// CPython: Objects/typeobject.c mro_implementation / pmerge
Ref computeMro(Type *type) {
  Value bases = type->bases.get();
  size_t n = tupleSize(bases);
  if (n == 1) {
    Type *b = static_cast<Type *>(tupleItem(bases, 0).object());
    size_t k = tupleSize(b->mro.get());
    Ref mro = newTuple(k + 1);
    if (!mro)
      return Ref();
    tupleInit(mro.get(), 0, Ref::borrow(typeValue(type)));
    for (size_t i = 0; i < k; i++)
      tupleInit(mro.get(), i + 1, Ref::borrow(tupleItem(b->mro.get(), i)));
    return mro;
  }
  // Duplicate bases.
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++)
      if (tupleItem(bases, i).is(tupleItem(bases, j)))
        return raisef(&TypeErrorType, "duplicate base class {}",
                      typeNameForMro(tupleItem(bases, i)));
  std::vector<std::vector<Value>> seqs;
  for (size_t i = 0; i < n; i++) {
    Type *b = static_cast<Type *>(tupleItem(bases, i).object());
    auto items = tupleItems(b->mro.get());
    seqs.emplace_back(items.begin(), items.end());
  }
  seqs.emplace_back(tupleItems(bases).begin(), tupleItems(bases).end());
  std::vector<size_t> pos(seqs.size(), 0);
  std::vector<Value> result{typeValue(type)};
  while (true) {
    bool empty = true;
    bool found = false;
    for (size_t i = 0; i < seqs.size(); i++) {
      if (pos[i] >= seqs[i].size())
        continue;
      empty = false;
      Value cand = seqs[i][pos[i]];
      bool inTail = false;
      for (size_t j = 0; j < seqs.size() && !inTail; j++)
        for (size_t k = pos[j] + 1; k < seqs[j].size(); k++)
          if (seqs[j][k].is(cand)) {
            inTail = true;
            break;
          }
      if (inTail)
        continue;
      result.push_back(cand);
      for (size_t j = 0; j < seqs.size(); j++)
        if (pos[j] < seqs[j].size() && seqs[j][pos[j]].is(cand))
          pos[j]++;
      found = true;
      break;
    }
    if (empty)
      break;
    if (!found) {
      // CPython: set_mro_error lists the remaining heads in order.
      std::string names;
      std::vector<Value> seen;
      for (size_t i = 0; i + 1 < seqs.size(); i++) {
        if (pos[i] >= seqs[i].size())
          continue;
        Value head = seqs[i][pos[i]];
        if (std::find(seen.begin(), seen.end(), head) != seen.end())
          continue;
        seen.push_back(head);
        if (!names.empty())
          names += ", ";
        names += typeNameForMro(head);
      }
      return raisef(&TypeErrorType,
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names);
    }
  }
  return newTupleFrom(result);
}

// --- Class creation ----------------------------------------------------------------------

// CPython: Objects/typeobject.c _PyType_CalculateMetaclass
Type *calculateMetaclass(Type *meta, Value bases) {
  Type *winner = meta;
  for (Value b : tupleItems(bases)) {
    Type *t = b.type();
    if (isSubtype(winner, t))
      continue;
    if (isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(&TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a "
                          "(non-strict) subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// The solid base: the most derived base that adds to the instance layout.
// CPython: Objects/typeobject.c solid_base / shape_differs
static Type *solidBase(Type *type) {
  Type *base = type->base ? solidBase(type->base) : &ObjectType;
  if (type->base == nullptr)
    return type;
  bool differs = type->basicSize != type->base->basicSize ||
                 (type->slotNames && tupleSize(type->slotNames.get()) > 0);
  // A heap class that only adds __dict__ does not change the shape.
  if (type->hasFlag(kTypeHeap) && type->dictOffset && !type->base->dictOffset &&
      type->basicSize == type->base->basicSize + sizeof(Value) &&
      !(type->slotNames && tupleSize(type->slotNames.get()) > 0))
    differs = false;
  return differs ? type : base;
}

// CPython: Objects/typeobject.c best_base
static Type *bestBase(Value bases) {
  Type *base = nullptr, *winner = nullptr;
  for (Value b : tupleItems(bases)) {
    if (!isType(b)) {
      raise(&TypeErrorType, "bases must be types");
      return nullptr;
    }
    Type *bt = static_cast<Type *>(b.object());
    if (!bt->hasFlag(kTypeBaseType)) {
      raisef(&TypeErrorType, "type '{}' is not an acceptable base type", bt->name);
      return nullptr;
    }
    Type *candidate = solidBase(bt);
    if (winner == nullptr) {
      winner = candidate;
      base = bt;
    } else if (isSubtype(winner, candidate)) {
      // keep
    } else if (isSubtype(candidate, winner)) {
      winner = candidate;
      base = bt;
    } else {
      raise(&TypeErrorType, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

static Ref subtypeGetDict(Value self) {
  Ref *slot = instanceDictSlot(self);
  if (!slot)
    return raiseAttributeError(self, internStr("__dict__").get());
  if (!*slot) {
    *slot = newDict();
    if (!*slot)
      return Ref();
  }
  return *slot;
}

static int subtypeSetDict(Value self, Value value) {
  Ref *slot = instanceDictSlot(self);
  if (!slot) {
    raiseAttributeError(self, internStr("__dict__").get());
    return -1;
  }
  if (value.isNull()) {
    slot->reset();
    return 0;
  }
  if (!isDict(value)) {
    raisef(&TypeErrorType, "__dict__ must be set to a dictionary, not a '{}'", typeName(value));
    return -1;
  }
  *slot = Ref::borrow(value);
  return 0;
}

// The first weak reference to the object, or None. CPython: subtype_getweakref
static Ref subtypeGetWeakref(Value self) {
  Ref refs = weakrefList(self);
  if (!refs)
    return {};
  if (listSize(refs.get()) == 0)
    return newNone();
  return Ref::borrow(listItem(refs.get(), 0));
}

static const GetSetDef kSubtypeDictGetSet = {"__dict__", subtypeGetDict, subtypeSetDict,
                                             "dictionary for instance variables"};
static const GetSetDef kSubtypeWeakrefGetSet = {"__weakref__", subtypeGetWeakref, nullptr,
                                                "list of weak references to the object"};

// Name mangling for private __slots__ names. CPython: _Py_Mangle
static Ref mangleName(Value className, Value name) {
  std::string n = strToUtf8(name);
  if (n.size() < 2 || n[0] != '_' || n[1] != '_' || (n.size() >= 4 && n.ends_with("__")) ||
      n.find('.') != std::string::npos)
    return Ref::borrow(name);
  std::string cls = strToUtf8(className);
  size_t i = 0;
  while (i < cls.size() && cls[i] == '_')
    i++;
  if (i == cls.size())
    return Ref::borrow(name);
  return internStr("_" + cls.substr(i) + n);
}

static bool isIdentifier(Value s) {
  size_t n = strLength(s);
  if (n == 0)
    return false;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = strCharAt(s, i);
    bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128 ||
              (i > 0 && c >= '0' && c <= '9');
    if (!ok)
      return false;
  }
  return true;
}

// Calls __set_name__ on the attributes. CPython: type_new_set_names
static bool setNames(Type *type) {
  Ref dict = dictCopy(type->dict.get());
  if (!dict)
    return false;
  size_t pos = 0;
  Value key, value;
  Value setName = internStr("__set_name__").get();
  while (dictNext(dict.get(), &pos, &key, &value)) {
    bool unbound;
    Ref func = lookupMaybeMethod(value, setName, &unbound);
    if (!func) {
      if (errorPending())
        return false;
      continue;
    }
    Ref r;
    if (unbound) {
      Value args[3] = {value, typeValue(type), key};
      r = call(func.get(), args, 3);
    } else {
      Value args[2] = {typeValue(type), key};
      r = call(func.get(), args, 2);
    }
    if (!r) {
      // CPython 3.12+: add a note naming the attribute. The exception is
      // taken out first: adding the note looks attributes up, which may
      // clear the pending error (and would free it under us).
      Ref exc = takePendingException();
      if (isBaseException(exc.get())) {
        Ref note = newStr(fmt::format("Error calling __set_name__ on '{}' instance '{}' in '{}'",
                                      typeName(value), strToUtf8(key), type->name));
        if (note && !exceptionAddNote(exc.get(), note.get()))
          return false;
      }
      restorePendingException(std::move(exc));
      return false;
    }
  }
  return true;
}

// super(type, type).__init_subclass__(**kwds). CPython: type_new_init_subclass
static bool initSubclass(Type *type, Value kwargs) {
  Value name = internStr("__init_subclass__").get();
  Value func = Value();
  Value mro = type->mro.get();
  for (size_t i = 1; i < tupleSize(mro); i++) {
    Type *t = static_cast<Type *>(tupleItem(mro, i).object());
    if (!t->dict)
      continue;
    func = dictGetItem(t->dict.get(), name);
    if (func)
      break;
  }
  if (!func)
    return true;
  Ref keep = Ref::borrow(func);
  Ref bound;
  if (func.type()->descrGet) {
    bound = func.type()->descrGet(func, typeValue(type), typeValue(type));
    if (!bound)
      return false;
  } else {
    bound = keep;
  }
  Ref r = callWithTupleAndDict(bound.get(), newTuple(0).get(), kwargs);
  return !r.isNull();
}

// The namespace's __module__ default: the calling frame's globals' __name__.
static Value currentModuleName() {
  Frame *f = currentThread()->frame;
  if (f == nullptr || f->globals.isNull())
    return Value();
  return dictGetItem(f->globals, "__name__");
}

static Ref typeNewSlot(Type *metatype, const Value *args, size_t nargs, Value kwnames);

Ref typeNew(Type *metatype, const Value *args, size_t nargs, Value kwnames) {
  size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
  if (nargs != 3)
    return raise(&TypeErrorType, "type.__new__() takes exactly 3 arguments (" +
                                     std::to_string(nargs) + " given)");
  Value name = args[0], bases = args[1], orig = args[2];
  if (!isStr(name))
    return raisef(&TypeErrorType, "type.__new__() argument 1 must be str, not {}",
                  typeName(name));
  if (!isTuple(bases))
    return raisef(&TypeErrorType, "type.__new__() argument 2 must be tuple, not {}",
                  typeName(bases));
  if (!isDict(orig))
    return raisef(&TypeErrorType, "type.__new__() argument 3 must be dict, not {}",
                  typeName(orig));

  // The metaclass calculation; a more derived metaclass takes over.
  Type *winner = calculateMetaclass(metatype, bases);
  if (!winner)
    return Ref();
  if (winner != metatype && winner->newInstance != typeNewSlot)
    return winner->newInstance(winner, args, nargs, kwnames);
  metatype = winner;

  Ref basesRef = Ref::borrow(bases);
  if (tupleSize(bases) == 0)
    basesRef = newTupleOf({typeValue(&ObjectType)});
  // mro_entries resolution is __build_class__'s job (types.resolve_bases).
  Type *base = bestBase(basesRef.get());
  if (!base)
    return Ref();

  Ref dict = dictCopy(orig);
  if (!dict)
    return Ref();

  // __slots__
  Value slotsVal = dictGetItem(dict.get(), "__slots__");
  Ref slots; // tuple of names (unmangled) or null
  bool addDict = base->dictOffset == 0;
  // Variable-size bases (int, tuple, bytes) have no room for a weak list.
  // CPython: type_new_slots may_add_weak
  bool mayAddWeak =
      !typeSupportsWeakrefs(base) &&
      !base->hasFlag(kTypeIntSubclass | kTypeTupleSubclass | kTypeBytesSubclass);
  bool addWeak = false;
  if (slotsVal) {
    if (isStr(slotsVal))
      slots = newTupleOf({slotsVal});
    else
      slots = sequenceToTuple(slotsVal);
    if (!slots)
      return Ref();
    if (tupleSize(slots.get()) > 0 && base->hasFlag(kTypeIntSubclass | kTypeTupleSubclass |
                                                    kTypeBytesSubclass) &&
        base->basicSize != sizeof(Object)) {
      // CPython: nonempty __slots__ not supported for subtype of 'int'
      if (base->hasFlag(kTypeIntSubclass) || base->hasFlag(kTypeTupleSubclass) ||
          base->hasFlag(kTypeBytesSubclass))
        return raisef(&TypeErrorType, "nonempty __slots__ not supported for subtype of '{}'",
                      base->name);
    }
    addDict = false;
    bool sawDict = false, sawWeak = false;
    for (Value s : tupleItems(slots.get())) {
      if (!isStr(s))
        return raisef(&TypeErrorType, "__slots__ items must be strings, not '{}'", typeName(s));
      if (!isIdentifier(s))
        return raise(&TypeErrorType, "__slots__ must be identifiers");
      if (strEqualsAscii(s, "__dict__")) {
        if (base->dictOffset != 0 || sawDict)
          return raise(&TypeErrorType, "__dict__ slot disallowed: we already got one");
        sawDict = true;
        addDict = true;
      } else if (strEqualsAscii(s, "__weakref__")) {
        if (!mayAddWeak || sawWeak)
          return raise(&TypeErrorType, "__weakref__ slot disallowed: we already got one");
        sawWeak = true;
        addWeak = true;
      }
    }
    // Conflicts with class variables.
    for (Value s : tupleItems(slots.get())) {
      if (strEqualsAscii(s, "__dict__") || strEqualsAscii(s, "__weakref__"))
        continue;
      Ref m = mangleName(name, s);
      if (!m)
        return Ref();
      if (dictGetItem(dict.get(), m.get()))
        return raisef(&ValueErrorType, "'{}' in __slots__ conflicts with class variable",
                      strToUtf8(s));
    }
  } else {
    addWeak = mayAddWeak;
  }

  // Allocate the type object.
  size_t typeSize = metatype->basicSize < sizeof(Type) ? sizeof(Type) : metatype->basicSize;
  Object *mem = allocObject(metatype, typeSize);
  if (!mem)
    return Ref();
  Type *type = new (mem) Type();
  type->refcount = 1;
  type->type = metatype; // allocObject already took a reference to a heap metatype
  Ref result = Ref::steal(static_cast<Object *>(type));
  type->flags = kTypeHeap | kTypeBaseType | kTypeReady;
  type->name = strToUtf8(name);
  type->nameObject = Ref::borrow(name);
  type->base = base;
  type->bases = basesRef;
  type->dict = dict;
  type->dealloc = subtypeDealloc;
  type->flags |= base->flags & kInheritedFlags;
  if (base->hasFlag(kTypeTypeSubclass) || isSubtype(base, &TypeType))
    type->flags |= kTypeTypeSubclass;

  // __qualname__
  Value qn = dictGetItem(dict.get(), "__qualname__");
  if (qn) {
    if (!isStr(qn))
      return raisef(&TypeErrorType, "type __qualname__ must be a str, not {}", typeName(qn));
    type->qualname = Ref::borrow(qn);
    Ref keepQn = Ref::borrow(qn);
    if (dictDelItem(dict.get(), internStr("__qualname__").get()) < 0)
      return Ref();
  } else {
    type->qualname = Ref::borrow(name);
  }
  // __module__
  if (!dictGetItem(dict.get(), "__module__")) {
    Value mod = currentModuleName();
    if (mod && dictSetItem(dict.get(), "__module__", mod) < 0)
      return Ref();
  }
  if (Value doc = dictGetItem(dict.get(), "__doc__"))
    type->doc = Ref::borrow(doc);
  // CPython 3.14: the class body's __annotate__ is kept as __annotate_func__.
  if (Value ann = dictGetItem(dict.get(), "__annotate__")) {
    Ref keep = Ref::borrow(ann);
    if (dictSetItem(dict.get(), "__annotate_func__", ann) < 0 ||
        dictDelItem(dict.get(), internStr("__annotate__").get()) < 0)
      return Ref();
  }
  // __new__ is a staticmethod; __init_subclass__/__class_getitem__ classmethods.
  if (Value nw = dictGetItem(dict.get(), "__new__");
      nw && nw.type()->hasFlag(kTypeMethodDescriptor) && nw.type() != &MethodDescrType) {
    Ref sm = newStaticMethod(nw);
    if (!sm || dictSetItem(dict.get(), "__new__", sm.get()) < 0)
      return Ref();
  }
  for (const char *cm : {"__init_subclass__", "__class_getitem__"}) {
    Value f = dictGetItem(dict.get(), cm);
    if (f && f.type()->hasFlag(kTypeMethodDescriptor) && f.type() != &MethodDescrType) {
      Ref c = newClassMethod(f);
      if (!c || dictSetItem(dict.get(), cm, c.get()) < 0)
        return Ref();
    }
  }

  // Layout: base size, then the slots, then __dict__.
  size_t size = base->basicSize;
  if (slots) {
    std::vector<Value> names;
    Ref mangled = newList(0);
    for (Value s : tupleItems(slots.get())) {
      if (strEqualsAscii(s, "__dict__") || strEqualsAscii(s, "__weakref__"))
        continue;
      Ref m = mangleName(name, s);
      if (!m)
        return Ref();
      listAppend(mangled.get(), std::move(m));
    }
    if (listSort(mangled.get(), Value(), false) < 0)
      return Ref();
    Ref slotTuple = listAsTuple(mangled.get());
    if (!slotTuple)
      return Ref();
    for (Value m : tupleItems(slotTuple.get())) {
      Ref md = newMemberDescriptor(type, m, size);
      if (!md || dictSetItem(dict.get(), m, md.get()) < 0)
        return Ref();
      size += sizeof(Value);
    }
    type->slotNames = std::move(slotTuple);
  }
  if (addDict) {
    type->dictOffset = size;
    size += sizeof(Value);
  } else {
    type->dictOffset = base->dictOffset;
  }
  type->basicSize = size;
  if (addDict && !dictGetItem(dict.get(), "__dict__")) {
    Ref gs = newGetSetDescriptor(type, &kSubtypeDictGetSet);
    if (!gs || dictSetItem(dict.get(), "__dict__", gs.get()) < 0)
      return Ref();
  }
  if (addWeak) {
    type->flags |= kTypeWeakrefable;
    Ref gs = newGetSetDescriptor(type, &kSubtypeWeakrefGetSet);
    if (!gs || dictSetItem(dict.get(), "__weakref__", gs.get()) < 0)
      return Ref();
  } else if (typeSupportsWeakrefs(base)) {
    type->flags |= kTypeWeakrefable;
  }
  // __doc__ comes after the descriptors, as PyType_Ready adds it.
  // CPython: Objects/typeobject.c type_dict_set_doc
  if (!dictGetItem(dict.get(), "__doc__") && dictSetItem(dict.get(), "__doc__", None()) < 0)
    return Ref();

  // __classcell__ / __classdictcell__
  if (Value cell = dictGetItem(dict.get(), "__classcell__")) {
    if (!isCell(cell))
      return raisef(&TypeErrorType, "__classcell__ must be a nonlocal cell, not {}",
                    reprString(typeValue(cell.type())));
    auto *c = cell.as<CellObject>();
    Value old = c->contents;
    c->contents = typeValue(type);
    incref(c->contents);
    xdecref(old);
    if (dictDelItem(dict.get(), internStr("__classcell__").get()) < 0)
      return Ref();
  }
  if (Value cell = dictGetItem(dict.get(), "__classdictcell__")) {
    if (!isCell(cell))
      return raisef(&TypeErrorType, "__classdictcell__ must be a nonlocal cell, not {}",
                    reprString(typeValue(cell.type())));
    auto *c = cell.as<CellObject>();
    Value old = c->contents;
    c->contents = dict.get();
    incref(c->contents);
    xdecref(old);
    if (dictDelItem(dict.get(), internStr("__classdictcell__").get()) < 0)
      return Ref();
  }

  // MRO (a metaclass may override mro()).
  Ref mro;
  if (metatype != &TypeType) {
    Value mroMethod = typeLookup(metatype, "mro");
    Value typeMro = typeLookup(&TypeType, "mro");
    if (mroMethod && !mroMethod.is(typeMro)) {
      type->mro = computeMro(type); // provisional, for the call
      if (!type->mro)
        return Ref();
      Ref r = callMethod(typeValue(type), "mro", {});
      if (!r)
        return Ref();
      mro = sequenceToTuple(r.get());
      if (!mro)
        return Ref();
    }
  }
  if (!mro)
    mro = computeMro(type);
  if (!mro)
    return Ref();
  type->mro = std::move(mro);

  // Inherit from every base in the MRO (CPython: inherit_slots for each).
  for (size_t i = 1; i < tupleSize(type->mro.get()); i++) {
    Type *b = static_cast<Type *>(tupleItem(type->mro.get(), i).object());
    inheritSlots(type, b);
  }
  type->dealloc = subtypeDealloc;
  if (type->basicSize < base->basicSize)
    type->basicSize = base->basicSize;
  // Register as a subclass of each base.
  for (Value b : tupleItems(type->bases.get()))
    addSubclass(static_cast<Type *>(b.object()), type);

  // Defining __eq__ without __hash__ makes the class unhashable.
  if (dictGetItem(dict.get(), "__eq__") && !dictGetItem(dict.get(), "__hash__")) {
    if (dictSetItem(dict.get(), "__hash__", None()) < 0)
      return Ref();
  }
  // Abstract methods (abc.ABCMeta sets __abstractmethods__ later via setattr).
  typeVersion(type);
  fixupSlots(type);
  if (type->getattr == nullptr)
    type->getattr = genericGetAttr;
  if (type->setattr == nullptr)
    type->setattr = genericSetAttr;

  if (!setNames(type))
    return Ref();
  // kwnames: the class keywords (for __init_subclass__).
  Ref kwargs = newDict();
  if (!kwargs)
    return Ref();
  for (size_t i = 0; i < nkw; i++)
    if (dictSetItem(kwargs.get(), tupleItem(kwnames, i), args[nargs + i]) < 0)
      return Ref();
  if (!initSubclass(type, kwargs.get()))
    return Ref();
  return result;
}

// --- type's slots ------------------------------------------------------------------------

// type.__call__  CPython: Objects/typeobject.c type_call
static Ref typeCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  Type *type = static_cast<Type *>(self.object());
  size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
  if (type == &TypeType && nargs == 1 && nkw == 0)
    return Ref::borrow(typeValue(args[0].type()));
  if (type->newInstance == nullptr)
    return raisef(&TypeErrorType, "cannot create '{}' instances", typeQualifiedName(type));
  Ref obj = type->newInstance(type, args, nargs, kwnames);
  if (!obj)
    return Ref();
  if (!isInstance(obj.get(), type))
    return obj;
  Type *t = obj.type();
  if (t->init) {
    if (t->init(obj.get(), args, nargs, kwnames) < 0)
      return Ref();
  }
  return obj;
}

// type.__new__ as a slot: type(x) / type(name, bases, dict).
static Ref typeNewSlot(Type *metatype, const Value *args, size_t nargs, Value kwnames) {
  size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
  if (metatype == &TypeType && nargs == 1 && nkw == 0)
    return Ref::borrow(typeValue(args[0].type()));
  if (nargs != 1 && nargs != 3)
    return raise(&TypeErrorType, "type() takes 1 or 3 arguments");
  return typeNew(metatype, args, nargs, kwnames);
}

// CPython: Objects/typeobject.c type_init
static int typeInit(Value, const Value *, size_t nargs, Value kwnames) {
  size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
  if (nargs == 1 && nkw != 0) {
    raise(&TypeErrorType, "type.__init__() takes no keyword arguments");
    return -1;
  }
  if (nargs != 1 && nargs != 3) {
    raise(&TypeErrorType, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

static Ref typeRepr(Value self) {
  Type *type = static_cast<Type *>(self.object());
  return newStr("<class '" + typeQualifiedName(type) + "'>");
}

// CPython: Objects/typeobject.c _Py_type_getattro_impl
static Ref typeGetAttrImpl(Value self, Value name, bool suppress) {
  if (!isStr(name))
    return raisef(&TypeErrorType, "attribute name must be string, not '{}'", typeName(name));
  Type *type = static_cast<Type *>(self.object());
  Type *meta = self.type();
  Ref metaAttr = Ref::borrow(typeLookup(meta, name));
  DescrGetFn metaGet = nullptr;
  if (metaAttr) {
    metaGet = metaAttr.type()->descrGet;
    if (metaGet && metaAttr.type()->descrSet) {
      Ref r = metaGet(metaAttr.get(), self, typeValue(meta));
      if (!r && suppress && pendingExceptionMatches(&AttributeErrorType))
        clearPendingException();
      return r;
    }
  }
  Ref attr = Ref::borrow(typeLookup(type, name));
  if (attr) {
    DescrGetFn localGet = attr.type()->descrGet;
    if (localGet) {
      Ref r = localGet(attr.get(), Value(), self);
      if (!r && suppress && pendingExceptionMatches(&AttributeErrorType))
        clearPendingException();
      return r;
    }
    return attr;
  }
  if (metaGet) {
    Ref r = metaGet(metaAttr.get(), self, typeValue(meta));
    if (!r && suppress && pendingExceptionMatches(&AttributeErrorType))
      clearPendingException();
    return r;
  }
  if (metaAttr)
    return metaAttr;
  if (suppress)
    return Ref();
  return raiseAttributeError(self, name);
}

Ref typeGetAttr(Value self, Value name) { return typeGetAttrImpl(self, name, false); }
Ref typeGetAttrNoError(Value self, Value name) { return typeGetAttrImpl(self, name, true); }

// CPython: Objects/typeobject.c type_setattro
static int typeSetAttr(Value self, Value name, Value value) {
  Type *type = static_cast<Type *>(self.object());
  if (!isStr(name)) {
    raisef(&TypeErrorType, "attribute name must be string, not '{}'", typeName(name));
    return -1;
  }
  if (type->hasFlag(kTypeImmutable)) {
    raisef(&TypeErrorType, "cannot set '{}' attribute of immutable type '{}'", strToUtf8(name),
           type->name);
    return -1;
  }
  Ref interned = internStr(Ref::borrow(name));
  if (!interned)
    return -1;
  // Data descriptors on the metatype (e.g. __name__, __doc__ ...).
  Type *meta = self.type();
  Value metaAttr = typeLookup(meta, interned.get());
  if (metaAttr && metaAttr.type()->descrSet) {
    Ref keep = Ref::borrow(metaAttr);
    return metaAttr.type()->descrSet(metaAttr, self, value);
  }
  int r;
  if (value.isNull()) {
    r = dictDelItem(type->dict.get(), interned.get());
    if (r == 0) {
      raisef(&AttributeErrorType, "type object '{}' has no attribute '{}'", type->name,
             strToUtf8(name));
      return -1;
    }
    if (r < 0)
      return -1;
  } else {
    if (dictSetItem(type->dict.get(), interned.get(), value) < 0)
      return -1;
  }
  typeModified(type);
  if (isDunder(interned.get()))
    updateSlotsRecursive(type);
  if (strEqualsAscii(interned.get(), "__abstractmethods__")) {
    int t = value.isNull() ? 0 : isTrue(value);
    if (t < 0)
      return -1;
    if (t)
      type->flags |= kTypeAbstract;
    else
      type->flags &= ~kTypeAbstract;
  }
  return 0;
}

// --- type's getsets and methods -----------------------------------------------------------

static Type *asType(Value v) { return static_cast<Type *>(v.object()); }

static Ref type_get_name(Value self) { return asType(self)->nameObject; }
static int type_set_name(Value self, Value value) {
  Type *t = asType(self);
  if (!t->hasFlag(kTypeHeap)) {
    raisef(&TypeErrorType, "cannot set '__name__' attribute of immutable type '{}'", t->name);
    return -1;
  }
  if (value.isNull()) {
    raisef(&TypeErrorType, "cannot delete '__name__' attribute of immutable type '{}'",
           t->name);
    return -1;
  }
  if (!isStr(value)) {
    raisef(&TypeErrorType, "can only assign string to {}.__name__, not '{}'", t->name,
           typeName(value));
    return -1;
  }
  t->name = strToUtf8(value);
  t->nameObject = Ref::borrow(value);
  return 0;
}
static Ref type_get_qualname(Value self) { return asType(self)->qualname; }
static int type_set_qualname(Value self, Value value) {
  Type *t = asType(self);
  if (!t->hasFlag(kTypeHeap) || value.isNull()) {
    raisef(&TypeErrorType, "cannot set '__qualname__' attribute of immutable type '{}'",
           t->name);
    return -1;
  }
  if (!isStr(value)) {
    raisef(&TypeErrorType, "can only assign string to {}.__qualname__, not '{}'", t->name,
           typeName(value));
    return -1;
  }
  t->qualname = Ref::borrow(value);
  return 0;
}
static Ref type_get_bases(Value self) { return asType(self)->bases; }
// C.__bases__ = (...): new bases with the same instance layout; the MRO and
// the slots of C and its subclasses are recomputed.
// CPython: Objects/typeobject.c type_set_bases
static int type_set_bases(Value self, Value value) {
  Type *t = asType(self);
  if (!t->hasFlag(kTypeHeap) || t->hasFlag(kTypeImmutable)) {
    raisef(&TypeErrorType, "cannot set '__bases__' attribute of immutable type '{}'", t->name);
    return -1;
  }
  if (!value) {
    raisef(&TypeErrorType, "cannot delete '__bases__' attribute of immutable type '{}'", t->name);
    return -1;
  }
  if (!isTuple(value)) {
    raisef(&TypeErrorType, "can only assign tuple to {}.__bases__, not {}", t->name,
           typeName(value));
    return -1;
  }
  if (tupleSize(value) == 0) {
    raisef(&TypeErrorType, "can only assign non-empty tuple to {}.__bases__, not ()", t->name);
    return -1;
  }
  for (Value b : tupleItems(value)) {
    if (!isType(b)) {
      raisef(&TypeErrorType, "{}.__bases__ must be tuple of classes, not '{}'", t->name,
             typeName(b));
      return -1;
    }
    if (isSubtype(static_cast<Type *>(b.object()), t)) {
      raise(&TypeErrorType, "a __bases__ item causes an inheritance cycle");
      return -1;
    }
  }
  Type *newBase = bestBase(value);
  if (!newBase)
    return -1;
  // CPython: compatible_for_assignment (deallocator first, then layout).
  Type *newSolid = solidBase(newBase), *oldSolid = solidBase(t->base);
  if (newSolid != oldSolid) {
    bool deallocDiffers = newBase->dealloc != t->base->dealloc;
    raisef(&TypeErrorType, "__bases__ assignment: '{}' {} differs from '{}'", newBase->name,
           deallocDiffers ? "deallocator" : "object layout", t->base->name);
    return -1;
  }
  Ref oldBases = t->bases, oldMro = t->mro;
  Type *oldBase = t->base;
  t->bases = Ref::borrow(value);
  t->base = newBase;
  Ref mro = computeMro(t);
  if (!mro) {
    t->bases = oldBases;
    t->base = oldBase;
    return -1;
  }
  t->mro = std::move(mro);
  for (Value b : tupleItems(*oldBases))
    removeSubclass(static_cast<Type *>(b.object()), t);
  for (Value b : tupleItems(value))
    addSubclass(static_cast<Type *>(b.object()), t);
  typeModified(t);
  updateSlotsRecursive(t);
  return 0;
}
static Ref type_get_mro(Value self) {
  Type *t = asType(self);
  return t->mro ? t->mro : newNone();
}
static Ref type_get_base(Value self) {
  Type *t = asType(self);
  return t->base ? Ref::borrow(typeValue(t->base)) : newNone();
}
static Ref type_get_dict(Value self) { return newMappingProxy(asType(self)->dict.get()); }
static Ref type_get_module(Value self) {
  Type *t = asType(self);
  if (t->hasFlag(kTypeHeap)) {
    Value m = dictGetItem(t->dict.get(), "__module__");
    if (!m)
      return raisef(&AttributeErrorType, "__module__");
    return Ref::borrow(m);
  }
  // A static type's module is its dotted name's prefix ("types.GenericAlias").
  // CPython: Objects/typeobject.c type_module
  std::string_view name = t->name;
  size_t dot = name.rfind('.');
  return newStr(dot == std::string_view::npos ? "builtins" : name.substr(0, dot));
}
static int type_set_module(Value self, Value value) {
  Type *t = asType(self);
  if (!t->hasFlag(kTypeHeap)) {
    raisef(&TypeErrorType, "cannot set '__module__' attribute of immutable type '{}'", t->name);
    return -1;
  }
  if (value.isNull()) {
    raisef(&TypeErrorType, "cannot delete '__module__' attribute of immutable type '{}'",
           t->name);
    return -1;
  }
  typeModified(t);
  return dictSetItem(t->dict.get(), "__module__", value);
}
static Ref type_get_doc(Value self) {
  Type *t = asType(self);
  Value d = dictGetItem(t->dict.get(), "__doc__");
  if (!d)
    return newNone();
  if (!t->hasFlag(kTypeHeap))
    return Ref::borrow(d);
  if (d.type()->descrGet)
    return d.type()->descrGet(d, Value(), self);
  return Ref::borrow(d);
}
static int type_set_doc(Value self, Value value) {
  Type *t = asType(self);
  if (!t->hasFlag(kTypeHeap)) {
    raisef(&TypeErrorType, "cannot set '__doc__' attribute of immutable type '{}'", t->name);
    return -1;
  }
  if (value.isNull()) {
    raisef(&TypeErrorType, "cannot delete '__doc__' attribute of immutable type '{}'", t->name);
    return -1;
  }
  typeModified(t);
  return dictSetItem(t->dict.get(), "__doc__", value);
}
static Ref type_get_abstractmethods(Value self) {
  Type *t = asType(self);
  Value v = t != &TypeType ? dictGetItem(t->dict.get(), "__abstractmethods__") : Value();
  if (!v)
    return raiseAttributeError(self, internStr("__abstractmethods__").get());
  return Ref::borrow(v);
}
// Stores in the type's dict itself (going through typeSetAttr would find this
// setter again) and keeps the abstract flag in step.
// CPython: Objects/typeobject.c type_set_abstractmethods
static int type_set_abstractmethods(Value self, Value value) {
  Type *t = asType(self);
  int abstract = 0;
  if (value.isNull()) {
    int r = t != &TypeType ? dictDelItem(t->dict.get(), internStr("__abstractmethods__").get()) : 0;
    if (r == 0)
      raiseAttributeError(self, internStr("__abstractmethods__").get());
    if (r <= 0)
      return -1;
  } else {
    abstract = isTrue(value);
    if (abstract < 0 || dictSetItem(t->dict.get(), "__abstractmethods__", value) < 0)
      return -1;
  }
  typeModified(t);
  if (abstract)
    t->flags |= kTypeAbstract;
  else
    t->flags &= ~kTypeAbstract;
  return 0;
}
// CPython 3.14: Objects/typeobject.c type_get_annotate / type_get_annotations
static Ref type_get_annotate(Value self) {
  Type *t = asType(self);
  if (!t->hasFlag(kTypeHeap))
    return raisef(&AttributeErrorType, "type object '{}' has no attribute '__annotate__'",
                  t->name);
  Value a = dictGetItem(t->dict.get(), "__annotate__");
  if (!a)
    a = dictGetItem(t->dict.get(), "__annotate_func__");
  if (a) {
    Ref keep = Ref::borrow(a);
    if (DescrGetFn get = a.type()->descrGet)
      return get(a, Value(), self);
    return keep;
  }
  if (dictSetItem(t->dict.get(), "__annotate_func__", None()) < 0)
    return Ref();
  typeModified(t);
  return newNone();
}
static int type_set_annotate(Value self, Value value) {
  Type *t = asType(self);
  if (value.isNull()) {
    raise(&TypeErrorType, "cannot delete __annotate__ attribute");
    return -1;
  }
  if (t->hasFlag(kTypeImmutable)) {
    raisef(&TypeErrorType, "cannot set '__annotate__' attribute of immutable type '{}'", t->name);
    return -1;
  }
  if (!isNone(value) && value.type()->call == nullptr) {
    raise(&TypeErrorType, "__annotate__ must be callable or None");
    return -1;
  }
  if (dictSetItem(t->dict.get(), "__annotate_func__", value) < 0)
    return -1;
  if (!isNone(value)) {
    Ref key = internStr("__annotations_cache__");
    if (dictDelItem(t->dict.get(), key.get()) < 0)
      return -1;
  }
  typeModified(t);
  return 0;
}
static Ref type_get_annotations(Value self) {
  Type *t = asType(self);
  if (!t->hasFlag(kTypeHeap))
    return raisef(&AttributeErrorType, "type object '{}' has no attribute '__annotations__'",
                  t->name);
  Value a = dictGetItem(t->dict.get(), "__annotations__");
  if (!a)
    a = dictGetItem(t->dict.get(), "__annotations_cache__");
  if (a) {
    Ref keep = Ref::borrow(a);
    if (DescrGetFn get = a.type()->descrGet)
      return get(a, Value(), self);
    return keep;
  }
  Ref annotate = type_get_annotate(self);
  if (!annotate)
    return Ref();
  Ref annotations;
  if (annotate.type()->call != nullptr) {
    annotations = call(annotate.get(), {Value::fromSmallInt(1)});
    if (!annotations)
      return Ref();
    if (!isDict(annotations.get()))
      return raisef(&TypeErrorType, "__annotate__ returned non-dict of type '{}'",
                    typeName(annotations.get()));
  } else {
    annotations = newDict();
    if (!annotations)
      return Ref();
  }
  if (dictSetItem(t->dict.get(), "__annotations_cache__", annotations.get()) < 0)
    return Ref();
  typeModified(t);
  return annotations;
}
static int type_set_annotations(Value self, Value value) {
  Type *t = asType(self);
  if (t->hasFlag(kTypeImmutable)) {
    raisef(&TypeErrorType, "cannot set '__annotations__' attribute of immutable type '{}'",
           t->name);
    return -1;
  }
  Ref key = internStr("__annotations_cache__");
  if (value.isNull()) {
    int r = dictDelItem(t->dict.get(), key.get());
    if (r <= 0) {
      if (r == 0) {
        Ref k2 = internStr("__annotations__");
        r = dictDelItem(t->dict.get(), k2.get());
      }
      if (r == 0)
        raise(&AttributeErrorType, "__annotations__");
      if (r <= 0)
        return -1;
    }
  } else {
    if (dictSetItem(t->dict.get(), key.get(), value) < 0)
      return -1;
    if (dictSetItem(t->dict.get(), "__annotate_func__", None()) < 0)
      return -1;
  }
  typeModified(t);
  return 0;
}

static Ref type_get_basicsize(Value self) { return newInt(int64_t(asType(self)->basicSize)); }
// pyvm's objects have no variable-size part and no weak reference list.
static Ref type_get_itemsize(Value) { return newInt(0); }
static Ref type_get_weakrefoffset(Value) { return newInt(0); }
static Ref type_get_dictoffset(Value self) { return newInt(int64_t(asType(self)->dictOffset)); }

// A generic class keeps its type parameters in its namespace.
// CPython: Objects/typeobject.c type_get_type_params, type_set_type_params
static Ref type_get_type_params(Value self) {
  Type *t = asType(self);
  Value params = t == &TypeType ? Value() : dictGetItem(t->dict.get(), "__type_params__");
  return params ? Ref::borrow(params) : newTuple(0);
}
static int type_set_type_params(Value self, Value value) {
  Type *t = asType(self);
  if (!t->hasFlag(kTypeHeap)) {
    raisef(&TypeErrorType, "cannot set '__type_params__' attribute of immutable type '{}'",
           t->name);
    return -1;
  }
  if (value.isNull()) {
    raisef(&TypeErrorType, "cannot delete '__type_params__' attribute of immutable type '{}'",
           t->name);
    return -1;
  }
  if (!isTuple(value)) {
    raisef(&TypeErrorType, "__type_params__ must be set to a tuple, not {}", typeName(value));
    return -1;
  }
  typeModified(t);
  return dictSetItem(t->dict.get(), "__type_params__", value);
}
static Ref type_get_flags(Value self) {
  // CPython's Py_TPFLAGS_* bit values for the ones code inspects.
  Type *t = asType(self);
  int64_t f = 0;
  if (t->hasFlag(kTypeHeap))
    f |= 1 << 9;
  if (t->hasFlag(kTypeBaseType))
    f |= 1 << 10;
  if (t->hasFlag(kTypeReady))
    f |= 1 << 12;
  if (t->hasFlag(kTypeAbstract))
    f |= 1 << 20;
  if (t->hasFlag(kTypeImmutable))
    f |= 1 << 8;
  if (t->hasFlag(kTypeMethodDescriptor))
    f |= 1 << 17;
  if (t->hasFlag(kTypeIntSubclass))
    f |= 1L << 24;
  if (t->hasFlag(kTypeListSubclass))
    f |= 1L << 25;
  if (t->hasFlag(kTypeTupleSubclass))
    f |= 1L << 26;
  if (t->hasFlag(kTypeBytesSubclass))
    f |= 1L << 27;
  if (t->hasFlag(kTypeStrSubclass))
    f |= 1L << 28;
  if (t->hasFlag(kTypeDictSubclass))
    f |= 1L << 29;
  if (t->hasFlag(kTypeBaseExcSubclass))
    f |= 1L << 30;
  if (t->hasFlag(kTypeTypeSubclass))
    f |= 1L << 31;
  return newInt(f);
}
static Ref type_get_text_signature(Value) { return newNone(); }

// type.mro()
static Ref type_mro(Value self) {
  Ref t = computeMro(asType(self));
  if (!t)
    return Ref();
  Ref l = newList(tupleSize(t.get()));
  for (Value v : tupleItems(t.get()))
    listAppend(l.get(), Ref::borrow(v));
  return l;
}

static Ref type_subclasses(Value self) {
  Type *t = asType(self);
  Ref l = newList(t->subclasses.size());
  for (Type *s : t->subclasses)
    listAppend(l.get(), Ref::borrow(typeValue(s)));
  return l;
}

static Ref type_instancecheck(Value self, Value inst) {
  int r = realIsInstance(inst, self);
  if (r < 0)
    return Ref();
  return newBool(r);
}

static Ref type_subclasscheck(Value self, Value sub) {
  int r = realIsSubclass(sub, self);
  if (r < 0)
    return Ref();
  return newBool(r);
}

static Ref type_prepare(Value, const Value *, size_t, Value) { return newDict(); }

static Ref type_dir(Value self) {
  Ref dict = newDict();
  if (!dict)
    return Ref();
  Value mro = asType(self)->mro.get();
  for (size_t i = tupleSize(mro); i-- > 0;) {
    Type *t = asType(tupleItem(mro, i));
    if (dictUpdate(dict.get(), t->dict.get()) < 0)
      return Ref();
  }
  Ref l = newList(dictSize(dict.get()));
  size_t pos = 0;
  Value k, v;
  while (dictNext(dict.get(), &pos, &k, &v))
    listAppend(l.get(), Ref::borrow(k));
  return l;
}

static Ref type_sizeof(Value self) {
  (void)self;
  return newInt(int64_t(sizeof(Type)));
}

static const MethodDef kTypeMethods[] = {
    method("mro", type_mro),
    method("__subclasses__", type_subclasses),
    method("__prepare__", type_prepare, kMethodClass),
    method("__instancecheck__", type_instancecheck),
    method("__subclasscheck__", type_subclasscheck),
    method("__dir__", type_dir),
    method("__sizeof__", type_sizeof),
};

// Members (CPython: type_members) first, as in CPython's type.__dict__.
static const GetSetDef kTypeGetSets[] = {
    {"__basicsize__", type_get_basicsize},
    {"__itemsize__", type_get_itemsize},
    {"__flags__", type_get_flags},
    {"__weakrefoffset__", type_get_weakrefoffset},
    {"__base__", type_get_base},
    {"__dictoffset__", type_get_dictoffset},
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__bases__", type_get_bases, type_set_bases},
    {"__mro__", type_get_mro},
    {"__module__", type_get_module, type_set_module},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods},
    {"__dict__", type_get_dict},
    {"__doc__", type_get_doc, type_set_doc},
    {"__text_signature__", type_get_text_signature},
    {"__annotations__", type_get_annotations, type_set_annotations},
    {"__annotate__", type_get_annotate, type_set_annotate},
    {"__type_params__", type_get_type_params, type_set_type_params},
};

bool initTypeType() {
  initStaticType(&TypeType, "type", &ObjectType, sizeof(Type), kTypeBaseType | kTypeTypeSubclass);
  TypeType.call = typeCall;
  TypeType.repr = typeRepr;
  TypeType.getattr = typeGetAttr;
  TypeType.setattr = typeSetAttr;
  TypeType.newInstance = typeNewSlot;
  TypeType.init = typeInit;
  TypeType.dealloc = typeDealloc;
  TypeType.hash = objectHash;
  TypeType.richcompare = objectRichCompare;
  TypeType.binary[int(BinaryOp::Or)] = unionOr; // int | str
  // Instances of type keep their namespace in Type::dict (CPython:
  // tp_dictoffset = offsetof(PyTypeObject, tp_dict)), so subclasses of type
  // get no second __dict__.
  TypeType.dictOffset = size_t(reinterpret_cast<char *>(&TypeType.dict) -
                               reinterpret_cast<char *>(static_cast<Object *>(&TypeType)));
  return true;
}

std::span<const MethodDef> typeMethodTable() { return kTypeMethods; }
std::span<const GetSetDef> typeGetSetTable() { return kTypeGetSets; }

bool readyTypeType() {
  if (!TypeType.doc)
    TypeType.doc = newStr("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> "
                          "a new type");
  return typeReady(&TypeType, kTypeMethods, kTypeGetSets);
}

} // namespace pyvm
