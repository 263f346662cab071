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

  // Sequence and mapping protocol.
  LenFn length = nullptr;
  GetItemFn getitem = nullptr;
  SetItemFn setitem = nullptr;
  ContainsFn contains = nullptr;

  bool hasFlag(uint32_t f) const { return (flags & f) != 0; }
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

} // namespace pyvm
