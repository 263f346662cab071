// Python tuple. CPython: Objects/tupleobject.c
#pragma once

#include "vm/object.h"

#include <initializer_list>
#include <span>

namespace pyvm {

struct TupleObject : Object {
  size_t size;
  int64_t hash; // -1 until computed (CPython 3.14 caches tuple hashes)
  // Null for tuples whose items are inline (`items`). An instance of a tuple
  // subclass with fields of its own (a __dict__ at the subclass's
  // dictOffset, slots) keeps its items after those fields, here.
  Value *outOfLine;
  Value items[]; // owned references (inline case)
  Value *data() { return outOfLine ? outOfLine : items; }
  const Value *data() const { return outOfLine ? outOfLine : items; }
};
extern Type TupleType;

inline bool isTuple(Value v) { return v.isObject() && v.type()->hasFlag(kTypeTupleSubclass); }
inline size_t tupleSize(Value t) { return t.as<TupleObject>()->size; }
inline Value tupleItem(Value t, size_t i) { return t.as<TupleObject>()->data()[i]; }
inline std::span<const Value> tupleItems(Value t) {
  auto *o = t.as<TupleObject>();
  return {o->data(), o->size};
}

// A tuple of n null items, to be filled with tupleInit (each takes ownership).
Ref newTuple(size_t n);
inline void tupleInit(Value t, size_t i, Ref item) {
  t.as<TupleObject>()->data()[i] = item.release();
}
// A tuple of the given values (each borrowed and incref'd).
Ref newTupleOf(std::initializer_list<Value> items);
Ref newTupleFrom(std::span<const Value> items);

// Allocates a tuple of n null items of `type` (TupleType or a subclass).
Ref newTupleOfType(Type *type, size_t n);
// tuple[start:stop] for 0 <= start <= stop <= size.
Ref tupleSlice(Value t, size_t start, size_t stop);
// The result tuple of an iterator such as enumerate(), zip() or
// dict.items(): *cache (owned by the iterator) is reused when nobody else
// holds it -- the loop unpacked and dropped the previous result -- as
// CPython does, saving an allocation per step. Otherwise a new tuple is made
// (and kept as the cache when there is none). The items are taken.
Ref tupleReuse(Value *cache, size_t n, Ref *items);

// The tuple iterator type (iter(tuple)).
extern Type TupleIterType;

void initTupleType();

} // namespace pyvm
