// Heap objects and their types.
//
// Every Python type is a Type: a heap object that carries the *slots* of the
// type (repr, hash, call, attribute access, number operations ...) as plain
// function pointers, so a hot operation is one indirect call. A class written
// in Python fills the slots that its dunder methods name, with functions that
// look the method up and call it, as CPython's typeobject.c does.
#pragma once

#include "vm/value.h"

#include <string>
#include <string_view>
#include <vector>

namespace pyvm {

// Rich comparison operators, numbered as CPython's Py_LT..Py_GE, which is also
// the order COMPARE_OP's oparg uses (oparg >> 5).
enum class CompareOp : uint8_t { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 };

// Binary operators, numbered as BINARY_OP's oparg (CPython: NB_ADD ...).
// NB_INPLACE_X is X + kInplaceOffset; NB_SUBSCR (26) is not a number slot.
enum class BinaryOp : uint8_t {
  Add = 0,
  And = 1,
  FloorDivide = 2,
  LShift = 3,
  MatrixMultiply = 4,
  Multiply = 5,
  Remainder = 6,
  Or = 7,
  Power = 8,
  RShift = 9,
  Subtract = 10,
  TrueDivide = 11,
  Xor = 12,
};
constexpr int kBinaryOpCount = 13;
constexpr int kInplaceOffset = 13;
constexpr int kBinaryOpSubscr = 26;

// Slot signatures. A Ref result that is null means an exception is pending.
// An int result of -1 means the same. Number and comparison slots return the
// NotImplemented singleton when they do not handle the operand types.
using DeallocFn = void (*)(Object *self);
using UnaryFn = Ref (*)(Value self);
using BinaryFn = Ref (*)(Value a, Value b);
using TernaryFn = Ref (*)(Value a, Value b, Value c);
using InquiryFn = int (*)(Value self);   // 0 or 1, -1 on error
using LenFn = int64_t (*)(Value self);   // -1 on error
using HashFn = int64_t (*)(Value self);  // -1 on error
using RichCompareFn = Ref (*)(Value a, Value b, CompareOp op);
using GetAttrFn = Ref (*)(Value self, Value name);
using SetAttrFn = int (*)(Value self, Value name, Value value); // null value: delete
using GetItemFn = Ref (*)(Value self, Value key);
using SetItemFn = int (*)(Value self, Value key, Value value); // null value: delete
using ContainsFn = int (*)(Value self, Value item);
using IterNextFn = Ref (*)(Value self); // null and no error pending: exhausted
using DescrGetFn = Ref (*)(Value self, Value instance, Value owner);
using DescrSetFn = int (*)(Value self, Value instance, Value value);
// The vectorcall convention: positional arguments, then the values of the
// keyword arguments whose names are in the tuple kwnames (or null).
using CallFn = Ref (*)(Value callable, const Value *args, size_t nargs, Value kwnames);
using NewFn = Ref (*)(Type *type, const Value *args, size_t nargs, Value kwnames);
using InitFn = int (*)(Value self, const Value *args, size_t nargs, Value kwnames);

// Type flags. The *Subclass bits make isinstance checks against the core
// builtin types one bit test (CPython: Py_TPFLAGS_LONG_SUBCLASS ...).
enum TypeFlags : uint32_t {
  kTypeHeap = 1u << 0,       // created by a class statement or type()
  kTypeBaseType = 1u << 1,   // may be subclassed
  kTypeReady = 1u << 2,      // typeReady() has run
  kTypeAbstract = 1u << 3,   // has abstract methods
  kTypeImmutable = 1u << 4,  // attributes cannot be set (builtin types)
  // Instances are unbound methods that take self as the first argument, so
  // obj.f() may skip the bound method (CPython: Py_TPFLAGS_METHOD_DESCRIPTOR).
  kTypeMethodDescriptor = 1u << 5,
  // Instances can be weakly referenced (a heap class that added __weakref__;
  // builtin types are listed in vm/weakref.cpp). CPython: tp_weaklistoffset
  kTypeWeakrefable = 1u << 6,
  // Some instance was weakly referenced: its dealloc clears weak references.
  kTypeHadWeakrefs = 1u << 7,
  kTypeIntSubclass = 1u << 8,
  kTypeListSubclass = 1u << 9,
  kTypeTupleSubclass = 1u << 10,
  kTypeBytesSubclass = 1u << 11,
  kTypeStrSubclass = 1u << 12,
  kTypeDictSubclass = 1u << 13,
  kTypeBaseExcSubclass = 1u << 14,
  kTypeTypeSubclass = 1u << 15,
};

// CPython: Include/cpython/object.h PyTypeObject
struct Type : Object {
  std::string name; // __name__ as a C++ string, for messages
  Ref nameObject;   // __name__
  Ref qualname;     // __qualname__
  Type *base = nullptr; // the solid base (__base__)
  Ref bases;            // tuple, __bases__
  Ref mro;              // tuple, __mro__
  Ref dict;             // the type's namespace (a dict)
  uint32_t flags = 0;
  // Bumped whenever the type or a base changes, so caches keyed on it stay
  // valid (CPython: tp_version_tag).
  uint32_t version = 0;
  size_t basicSize = sizeof(Object);
  // Where an instance keeps its __dict__ (a Ref) or 0 if it has none.
  size_t dictOffset = 0;
  Ref doc;

  DeallocFn dealloc = nullptr;
  // Releases the memory after dealloc (null: freeObject). Not inherited.
  // CPython: tp_free
  DeallocFn free = nullptr;
  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  HashFn hash = nullptr;
  CallFn call = nullptr;
  GetAttrFn getattr = nullptr;
  SetAttrFn setattr = nullptr;
  RichCompareFn richcompare = nullptr;
  UnaryFn iter = nullptr;
  IterNextFn iternext = nullptr;
  DescrGetFn descrGet = nullptr;
  DescrSetFn descrSet = nullptr;
  NewFn newInstance = nullptr;
  InitFn init = nullptr;

  // Async protocol (CPython: tp_as_async am_await, am_aiter, am_anext).
  UnaryFn asyncAwait = nullptr;
  UnaryFn asyncIter = nullptr;
  UnaryFn asyncNext = nullptr;

  // Number protocol.
  BinaryFn binary[kBinaryOpCount] = {};
  BinaryFn inplace[kBinaryOpCount] = {};
  TernaryFn power3 = nullptr; // pow(a, b, c)
  UnaryFn negative = nullptr;
  UnaryFn positive = nullptr;
  UnaryFn invert = nullptr;
  UnaryFn absolute = nullptr;
  InquiryFn boolean = nullptr;
  UnaryFn toInt = nullptr;   // __int__
  UnaryFn toFloat = nullptr; // __float__
  UnaryFn index = nullptr;   // __index__
  BinaryFn divmod = nullptr; // divmod(a, b): __divmod__ / __rdivmod__

  // Sequence and mapping protocol.
  LenFn length = nullptr;
  GetItemFn getitem = nullptr;
  SetItemFn setitem = nullptr;
  ContainsFn contains = nullptr;

  // --- Bookkeeping (vm/typeobject.cpp) ---------------------------------
  // Direct subclasses (borrowed; a heap subclass removes itself when freed),
  // so a change to this type can re-version and re-slot its subclasses.
  std::vector<Type *> subclasses;
  // Heap types: the (mangled) names of __slots__, a tuple or null.
  Ref slotNames;
  // Heap types: the type defines or inherits __del__.
  bool hasFinalizer = false;

  bool hasFlag(uint32_t f) const { return (flags & f) != 0; }

  Type() = default;
  Type(const Type &) = delete;
  Type &operator=(const Type &) = delete;
  // Static types are immortal: at process exit their members are dropped
  // without decrefs so no teardown cascade runs in static-destruction order.
  ~Type();
};

// The type of types.
extern Type TypeType;
extern Type ObjectType;

// Immortal objects (static singletons and static types) start with a refcount
// so large that it never reaches zero.
constexpr intptr_t kImmortalRefcount = intptr_t(1) << 60;

inline bool hasTypeFlag(Value v, uint32_t flag) { return v.type()->hasFlag(flag); }

// Allocates zeroed memory for an instance of `type` of `size` bytes (at least
// type->basicSize) and sets its header. Returns null on out-of-memory with
// MemoryError pending.
Object *allocObject(Type *type, size_t size);
inline Object *allocObject(Type *type) { return allocObject(type, type->basicSize); }
// Frees memory from allocObject; called by deallocObject after type->dealloc.
void freeObject(Object *object);

// True when `sub` is `base` or derives from it (walks the MRO).
// CPython: Objects/typeobject.c PyType_IsSubtype
bool isSubtype(Type *sub, Type *base);
inline bool isInstance(Value v, Type *type) {
  return v.type() == type || isSubtype(v.type(), type);
}

// --- Attribute lookup (vm/object.cpp, vm/typeobject.cpp) -------------------
// Finds `name` (a str) along type's MRO without invoking descriptors.
// Returns a borrowed value or null; never raises. Cached per type version
// (interned names only). CPython: Objects/typeobject.c _PyType_Lookup
Value typeLookupSlow(Type *type, Value name);
struct TypeCacheEntry {
  uint32_t version;
  Object *name;  // an interned (immortal) str
  Value value;   // borrowed; valid while the version matches
};
constexpr size_t kTypeCacheSize = 4096;
extern TypeCacheEntry gTypeCache[kTypeCacheSize];
inline size_t typeCacheIndex(uint32_t version, const Object *name) {
  uintptr_t h = reinterpret_cast<uintptr_t>(name) >> 4;
  return (size_t(version) * 2654435761u ^ h) & (kTypeCacheSize - 1);
}
inline Value typeLookup(Type *type, Value name) {
  uint32_t v = type->version;
  if (v != 0 && name.isObject()) {
    const TypeCacheEntry &e = gTypeCache[typeCacheIndex(v, name.object())];
    if (e.version == v && e.name == name.object())
      return e.value;
  }
  return typeLookupSlow(type, name);
}
Value typeLookup(Type *type, std::string_view asciiName);
// The type's current version tag, assigning one if needed (never 0).
uint32_t typeVersion(Type *type);
// Call after changing type->dict or bases: re-versions the type and its
// subclasses and refreshes the slots of heap types. CPython: PyType_Modified
void typeModified(Type *type);

// CPython: Objects/object.c PyObject_GenericGetAttr / PyObject_GenericSetAttr
Ref genericGetAttr(Value obj, Value name);
int genericSetAttr(Value obj, Value name, Value value);
// As genericGetAttr, but a missing attribute returns null with NO error set.
Ref genericGetAttrNoError(Value obj, Value name);
// The instance __dict__ slot of obj, or null when its type has none.
inline Ref *instanceDictSlot(Value obj) {
  if (!obj.isObject())
    return nullptr;
  size_t off = obj.type()->dictOffset;
  if (off == 0)
    return nullptr;
  return reinterpret_cast<Ref *>(reinterpret_cast<char *>(obj.object()) + off);
}

// The `object` slots, so other types can reuse them.
Ref objectRepr(Value self);  // <__main__.C object at 0x...>
Ref objectStr(Value self);   // type(self).__repr__(self)
int64_t objectHash(Value self); // identity hash
Ref objectRichCompare(Value a, Value b, CompareOp op);
Ref objectNew(Type *type, const Value *args, size_t nargs, Value kwnames);
int objectInit(Value self, const Value *args, size_t nargs, Value kwnames);
// The hash slot of unhashable types: raises "unhashable type: 'list'".
// CPython: PyObject_HashNotImplemented
int64_t hashNotImplemented(Value self);
// The identity hash of an object (address based, as CPython's _Py_HashPointer).
int64_t pointerHash(const void *p);

// The type object of type(x) as a Value.
inline Value typeValue(Type *t) { return Value::fromObject(t); }
inline bool isType(Value v) { return v.isObject() && v.type()->hasFlag(kTypeTypeSubclass); }

// --- Types created at run time (vm/typeobject.cpp) --------------------------
// type(name, bases, dict, **kwds) as `__build_class__` calls the metaclass:
// `metatype` is the winner of the metaclass calculation or any metaclass.
// CPython: Objects/typeobject.c type_new
Ref typeNew(Type *metatype, const Value *args, size_t nargs, Value kwnames);
// The metaclass calculation: the most derived of `meta` and the types of
// the bases (a tuple). Raises TypeError "metaclass conflict: ..." on failure.
Type *calculateMetaclass(Type *meta, Value bases);
// The MRO of a type by C3 linearisation (a new tuple) or null with
// TypeError pending. CPython: Objects/typeobject.c mro_implementation
Ref computeMro(Type *type);
// Type name with module for messages and reprs: "__main__.C" or "int".
std::string typeQualifiedName(Type *type);
// The type dealloc of heap classes (clears __dict__/__slots__, runs the
// solid base's dealloc); exposed so other files can recognise it.
void subtypeDealloc(Object *self);

} // namespace pyvm
