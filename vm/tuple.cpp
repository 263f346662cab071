// Python tuple. CPython: Objects/tupleobject.c
#include "vm/tuple.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/slice.h"
#include "vm/str.h"

#include <cstring>

namespace pyvm {

Type TupleType;
Type TupleIterType;

namespace {

// The empty tuple is a singleton, as in CPython (`() is ()`).
TupleObject *emptyTuple() {
  static TupleObject *empty = [] {
    auto *o = static_cast<TupleObject *>(std::calloc(1, sizeof(TupleObject)));
    o->refcount = kImmortalRefcount;
    o->type = &TupleType;
    o->size = 0;
    o->hash = -1;
    return o;
  }();
  return empty;
}

// Freed exact tuples of 1..kFreeListSizes items, kept by size for reuse: a
// call to a function with *args (a monitoring callback, say) makes and drops
// one each time. Off under AddressSanitizer, which must see every free.
// CPython: Objects/tupleobject.c maybe_freelist_pop / maybe_freelist_push
// (PyTuple_MAXSAVESIZE, Py_tuple_MAXFREELIST)
#if defined(__SANITIZE_ADDRESS__)
#define PYVM_TUPLE_FREELIST 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PYVM_TUPLE_FREELIST 0
#endif
#endif
#ifndef PYVM_TUPLE_FREELIST
#define PYVM_TUPLE_FREELIST 1
#endif
constexpr size_t kFreeListSizes = 20;
constexpr int kFreeListMax = 2000;
struct FreeList {
  TupleObject *head = nullptr; // linked through items[0]
  int count = 0;
};
FreeList gFreeLists[kFreeListSizes];

TupleObject *freeListPop(size_t n) {
  if (!PYVM_TUPLE_FREELIST || n > kFreeListSizes)
    return nullptr;
  FreeList &fl = gFreeLists[n - 1];
  TupleObject *t = fl.head;
  if (!t)
    return nullptr;
  fl.head = reinterpret_cast<TupleObject *>(t->items[0].bits());
  fl.count--;
  t->items[0] = Value();
  t->refcount = 1;
  return t;
}

// TupleType.free: the memory of an exact tuple goes back to its free list.
void tupleFree(Object *self) {
  auto *t = static_cast<TupleObject *>(self);
  size_t n = t->size;
  if (PYVM_TUPLE_FREELIST && self->type == &TupleType && n >= 1 && n <= kFreeListSizes &&
      !t->outOfLine && gFreeLists[n - 1].count < kFreeListMax) {
    FreeList &fl = gFreeLists[n - 1];
    // tupleDealloc left the items null.
    t->items[0] = Value::fromBits(reinterpret_cast<uintptr_t>(fl.head));
    fl.head = t;
    fl.count++;
    return;
  }
  freeObject(self);
}

void tupleDealloc(Object *self) {
  bool exact = self->type == &TupleType;
  if (exact && !trashcanBegin(self))
    return;
  auto *t = static_cast<TupleObject *>(self);
  Value *items = t->data();
  for (size_t i = 0; i < t->size; ++i)
    decref(std::exchange(items[i], Value())); // null: the free list reuses it
  if (exact)
    trashcanEnd();
}

} // namespace

Ref newTupleOfType(Type *type, size_t n) {
  if (type == &TupleType)
    return newTuple(n);
  size_t base = type->basicSize < sizeof(TupleObject) ? sizeof(TupleObject) : type->basicSize;
  // Round up so the out-of-line items are aligned.
  base = (base + alignof(Value) - 1) & ~(alignof(Value) - 1);
  Object *o = allocObject(type, base + n * sizeof(Value));
  if (!o)
    return Ref();
  auto *t = static_cast<TupleObject *>(o);
  t->size = n;
  t->hash = -1;
  // A subclass's own fields (its __dict__ ...) start where the inline items
  // would: its items go after them.
  t->outOfLine = base > sizeof(TupleObject)
                     ? reinterpret_cast<Value *>(reinterpret_cast<char *>(o) + base)
                     : nullptr;
  return Ref::steal(o);
}

Ref newTuple(size_t n) {
  if (n == 0)
    return Ref::borrow(emptyTuple());
  if (TupleObject *t = freeListPop(n)) {
    t->hash = -1;
    return Ref::steal(t);
  }
  Object *o = allocObject(&TupleType, sizeof(TupleObject) + n * sizeof(Value));
  if (!o)
    return Ref();
  auto *t = static_cast<TupleObject *>(o);
  t->size = n;
  t->hash = -1;
  return Ref::steal(o);
}

Ref newTupleFrom(std::span<const Value> items) {
  Ref t = newTuple(items.size());
  if (!t)
    return t;
  auto *o = t.as<TupleObject>();
  for (size_t i = 0; i < items.size(); ++i) {
    incref(items[i]);
    o->items[i] = items[i]; // an exact tuple: items inline
  }
  return t;
}

Ref newTupleOf(std::initializer_list<Value> items) {
  return newTupleFrom(std::span<const Value>(items.begin(), items.size()));
}

Ref tupleSlice(Value t, size_t start, size_t stop) {
  if (start == 0 && stop == tupleSize(t) && t.type() == &TupleType)
    return Ref::borrow(t);
  if (stop < start)
    stop = start;
  return newTupleFrom(tupleItems(t).subspan(start, stop - start));
}

Ref tupleReuse(Value *cache, size_t n, Ref *items) {
  Value c = *cache;
  if (c && c.object()->refcount == 1 && tupleSize(c) == n) {
    auto *t = c.as<TupleObject>();
    Value old[8];
    size_t k = n < 8 ? n : 8;
    for (size_t i = 0; i < n; ++i) {
      if (i < k)
        old[i] = t->data()[i];
      else
        decref(t->data()[i]);
      t->data()[i] = items[i].release();
    }
    t->hash = -1;
    incref(c);
    // Release the previous items last: their finalisers may run code.
    for (size_t i = 0; i < k; ++i)
      decref(old[i]);
    return Ref::steal(c);
  }
  Ref t = newTuple(n);
  if (!t)
    return t;
  for (size_t i = 0; i < n; ++i)
    tupleInit(*t, i, std::move(items[i]));
  if (!c) {
    incref(*t);
    *cache = *t;
  }
  return t;
}

namespace {

// --- slots -------------------------------------------------------------------

// CPython: Objects/tupleobject.c tuple_repr
Ref tupleRepr(Value self) {
  size_t n = tupleSize(self);
  if (n == 0)
    return newStr("()");
  int status = reprEnter(self);
  if (status != 0)
    return status > 0 ? newStr("(...)") : Ref();
  std::string out = "(";
  for (size_t i = 0; i < n; ++i) {
    if (i)
      out += ", ";
    if (!appendRepr(out, tupleItem(self, i))) {
      reprLeave(self);
      return Ref();
    }
  }
  out += n == 1 ? ",)" : ")";
  reprLeave(self);
  return newStr(out);
}

// CPython: Objects/tupleobject.c tuple_hash (xxHash-based, 3.8+; cached 3.14)
constexpr uint64_t kXXPrime1 = 11400714785074694791ULL;
constexpr uint64_t kXXPrime2 = 14029467366897019727ULL;
constexpr uint64_t kXXPrime5 = 2870177450012600261ULL;

int64_t tupleHash(Value self) {
  auto *t = self.as<TupleObject>();
  // 0 also means "not computed", for tuples allocated without newTuple().
  if (t->hash != -1 && t->hash != 0)
    return t->hash;
  uint64_t acc = kXXPrime5;
  for (size_t i = 0; i < t->size; ++i) {
    int64_t h = hash(t->data()[i]);
    if (h == -1)
      return -1;
    uint64_t lane = static_cast<uint64_t>(h);
    acc += lane * kXXPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kXXPrime1;
  }
  acc += static_cast<uint64_t>(t->size) ^ (kXXPrime5 ^ 3527539UL);
  int64_t result = acc == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(acc);
  t->hash = result;
  return result;
}

int64_t tupleLength(Value self) { return static_cast<int64_t>(tupleSize(self)); }

int tupleContains(Value self, Value item) {
  for (Value v : tupleItems(self)) {
    int r = compareBool(v, item, CompareOp::Eq);
    if (r != 0)
      return r;
  }
  return 0;
}

Ref tupleGetItem(Value self, Value key) {
  size_t n = tupleSize(self);
  if (key.isSmallInt()) {
    int64_t i = key.smallInt();
    if (i < 0)
      i += static_cast<int64_t>(n);
    if (i < 0 || static_cast<uint64_t>(i) >= n)
      return raise(&IndexErrorType, "tuple index out of range");
    return Ref::borrow(tupleItem(self, static_cast<size_t>(i)));
  }
  if (key.type()->index) {
    int64_t i;
    if (!indexAsInt64(key, &i, &IndexErrorType))
      return Ref();
    if (i < 0)
      i += static_cast<int64_t>(n);
    if (i < 0 || static_cast<uint64_t>(i) >= n)
      return raise(&IndexErrorType, "tuple index out of range");
    return Ref::borrow(tupleItem(self, static_cast<size_t>(i)));
  }
  if (key.type() == &SliceType) {
    int64_t start, stop, step;
    int64_t count = sliceIndices(key, static_cast<int64_t>(n), &start, &stop, &step);
    if (count < 0)
      return Ref();
    if (step == 1)
      return tupleSlice(self, static_cast<size_t>(start), static_cast<size_t>(start + count));
    Ref result = newTuple(static_cast<size_t>(count));
    if (!result)
      return result;
    for (int64_t i = 0, j = start; i < count; ++i, j += step)
      tupleInit(*result, static_cast<size_t>(i), Ref::borrow(tupleItem(self, static_cast<size_t>(j))));
    return result;
  }
  return raisef(&TypeErrorType, "tuple indices must be integers or slices, not {}", typeName(key));
}

// CPython: Objects/tupleobject.c tuple_richcompare
Ref tupleRichCompare(Value a, Value b, CompareOp op) {
  if (!isTuple(a) || !isTuple(b))
    return newNotImplemented();
  size_t na = tupleSize(a), nb = tupleSize(b);
  size_t i = 0;
  for (; i < na && i < nb; ++i) {
    int k = compareBool(tupleItem(a, i), tupleItem(b, i), CompareOp::Eq);
    if (k < 0)
      return Ref();
    if (!k)
      break;
  }
  if (i >= na || i >= nb) {
    bool r = false;
    switch (op) {
    case CompareOp::Lt: r = na < nb; break;
    case CompareOp::Le: r = na <= nb; break;
    case CompareOp::Eq: r = na == nb; break;
    case CompareOp::Ne: r = na != nb; break;
    case CompareOp::Gt: r = na > nb; break;
    case CompareOp::Ge: r = na >= nb; break;
    }
    return newBool(r);
  }
  if (op == CompareOp::Eq)
    return newBool(false);
  if (op == CompareOp::Ne)
    return newBool(true);
  return richCompare(tupleItem(a, i), tupleItem(b, i), op);
}

Ref tupleConcat(Value a, Value b) {
  size_t na = tupleSize(a), nb = tupleSize(b);
  if (nb == 0 && a.type() == &TupleType)
    return Ref::borrow(a);
  if (na == 0 && b.type() == &TupleType)
    return Ref::borrow(b);
  Ref r = newTuple(na + nb);
  if (!r)
    return r;
  auto *o = r.as<TupleObject>();
  for (size_t i = 0; i < na; ++i) {
    o->data()[i] = tupleItem(a, i);
    incref(o->data()[i]);
  }
  for (size_t i = 0; i < nb; ++i) {
    o->data()[na + i] = tupleItem(b, i);
    incref(o->data()[na + i]);
  }
  return r;
}

Ref tupleAdd(Value a, Value b) {
  if (!isTuple(a))
    return newNotImplemented();
  if (isTuple(b))
    return tupleConcat(a, b);
  Ref other = trySequenceOtherSlot(a, b, BinaryOp::Add);
  if (!other || !(*other).is(NotImplemented()))
    return other;
  return raisef(&TypeErrorType, "can only concatenate tuple (not \"{}\") to tuple", typeName(b));
}

Ref tupleRepeat(Value t, int64_t n) {
  size_t size = tupleSize(t);
  if (n <= 0 || size == 0)
    return newTuple(0);
  if (n == 1 && t.type() == &TupleType)
    return Ref::borrow(t);
  if (static_cast<uint64_t>(n) > (SIZE_MAX / sizeof(Value)) / size)
    return raiseEmpty(&MemoryErrorType);
  size_t total = size * static_cast<size_t>(n);
  Ref r = newTuple(total);
  if (!r)
    return r;
  auto *o = r.as<TupleObject>();
  auto *src = t.as<TupleObject>();
  for (size_t k = 0; k < total; ++k) {
    o->data()[k] = src->data()[k % size];
    incref(o->data()[k]);
  }
  return r;
}

Ref tupleMul(Value a, Value b) {
  Value seq = isTuple(a) ? a : b;
  Value count = isTuple(a) ? b : a;
  if (!isTuple(seq))
    return newNotImplemented();
  if (count.isSmallInt())
    return tupleRepeat(seq, count.smallInt());
  if (seq.is(a)) {
    Ref other = trySequenceOtherSlot(a, b, BinaryOp::Multiply);
    if (!other || !(*other).is(NotImplemented()))
      return other;
  }
  int64_t n;
  if (!sequenceRepeatCount(count, &n))
    return Ref();
  return tupleRepeat(seq, n);
}

Ref tupleIter(Value self);

// CPython: Objects/tupleobject.c tuple_new_impl
Ref tupleNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (type == &TupleType && !checkNoKeywords("tuple", kwnames))
    return Ref();
  if (!checkPositional("tuple", nargs, 0, 1))
    return Ref();
  Ref items;
  if (nargs == 0)
    items = newTuple(0);
  else if (args[0].type() == &TupleType)
    items = Ref::borrow(args[0]);
  else
    items = sequenceToTuple(args[0]);
  if (!items || type == &TupleType)
    return items;
  size_t n = tupleSize(*items);
  Ref r = newTupleOfType(type, n);
  if (!r)
    return r;
  for (size_t i = 0; i < n; ++i)
    tupleInit(*r, i, Ref::borrow(tupleItem(*items, i)));
  return r;
}

// --- methods -----------------------------------------------------------------

Ref tupleCount(Value self, Value value) {
  int64_t count = 0;
  for (size_t i = 0; i < tupleSize(self); ++i) {
    int r = compareBool(tupleItem(self, i), value, CompareOp::Eq);
    if (r < 0)
      return Ref();
    count += r;
  }
  return newInt(count);
}

// Reads the optional start/stop of index(): ints clamped as CPython's
// _PyEval_SliceIndexNotNone, negative values counted from the end.
bool readIndexBound(Value v, int64_t size, int64_t *out) {
  if (!v.isSmallInt() && !v.type()->index)
    return !raise(&TypeErrorType,
                  "slice indices must be integers or have an __index__ method")
                .isNull();
  int64_t x;
  if (v.isSmallInt()) {
    x = v.smallInt();
  } else {
    Ref i = index(v);
    if (!i)
      return false;
    if (!intFitsInt64(*i, &x)) {
      BigInt b = intToBigInt(*i);
      x = b.isNegative() ? INT64_MIN : INT64_MAX;
    }
  }
  if (x < 0) {
    x += size;
    if (x < 0)
      x = 0;
  }
  *out = x;
  return true;
}

Ref tupleIndex(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("index", nargs, 1, 3))
    return Ref();
  int64_t size = static_cast<int64_t>(tupleSize(self));
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 1 && !readIndexBound(args[1], size, &start))
    return Ref();
  if (nargs > 2 && !readIndexBound(args[2], size, &stop))
    return Ref();
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(tupleSize(self)); ++i) {
    int r = compareBool(tupleItem(self, static_cast<size_t>(i)), args[0], CompareOp::Eq);
    if (r < 0)
      return Ref();
    if (r)
      return newInt(i);
  }
  return raise(&ValueErrorType, "tuple.index(x): x not in tuple");
}

Ref tupleGetNewArgs(Value self) {
  Ref copy = newTupleFrom(tupleItems(self));
  if (!copy)
    return copy;
  return newTupleOf({*copy});
}

// --- iterator ----------------------------------------------------------------

struct TupleIterObject : Object {
  Value seq; // owned tuple, null when exhausted
  size_t index;
};

Ref tupleIter(Value self) {
  Object *o = allocObject(&TupleIterType);
  if (!o)
    return Ref();
  auto *it = static_cast<TupleIterObject *>(o);
  incref(self);
  it->seq = self;
  it->index = 0;
  return Ref::steal(o);
}

void tupleIterDealloc(Object *self) { decref(static_cast<TupleIterObject *>(self)->seq); }

Ref tupleIterNext(Value self) {
  auto *it = self.as<TupleIterObject>();
  if (it->seq.isNull())
    return Ref();
  if (it->index < tupleSize(it->seq))
    return Ref::borrow(tupleItem(it->seq, it->index++));
  decref(it->seq);
  it->seq = Value();
  return Ref();
}

Ref iterSelf(Value self) { return Ref::borrow(self); }

Ref tupleIterLengthHint(Value self) {
  auto *it = self.as<TupleIterObject>();
  if (it->seq.isNull())
    return newInt(0);
  return newInt(static_cast<int64_t>(tupleSize(it->seq) - it->index));
}

const MethodDef kTupleMethods[] = {
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
    method("count", tupleCount),
    method("index", tupleIndex),
    method("__getnewargs__", tupleGetNewArgs),
};

const MethodDef kTupleIterMethods[] = {
    method("__length_hint__", tupleIterLengthHint),
};

} // namespace

void initTupleType() {
  initStaticType(&TupleType, "tuple", &ObjectType, sizeof(TupleObject),
                 kTypeBaseType | kTypeImmutable | kTypeTupleSubclass);
  TupleType.dealloc = tupleDealloc;
  TupleType.free = tupleFree;
  TupleType.repr = tupleRepr;
  TupleType.hash = tupleHash;
  TupleType.richcompare = tupleRichCompare;
  TupleType.iter = tupleIter;
  TupleType.newInstance = tupleNew;
  TupleType.binary[static_cast<int>(BinaryOp::Add)] = tupleAdd;
  TupleType.binary[static_cast<int>(BinaryOp::Multiply)] = tupleMul;
  TupleType.length = tupleLength;
  TupleType.getitem = tupleGetItem;
  TupleType.contains = tupleContains;
  typeReady(&TupleType, kTupleMethods);

  initStaticType(&TupleIterType, "tuple_iterator", &ObjectType, sizeof(TupleIterObject),
                 kTypeImmutable);
  TupleIterType.dealloc = tupleIterDealloc;
  TupleIterType.iter = iterSelf;
  TupleIterType.iternext = tupleIterNext;
  typeReady(&TupleIterType, kTupleIterMethods);
}

} // namespace pyvm
