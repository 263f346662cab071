// Python tuple. CPython: Objects/tupleobject.c
#pragma once

#include "vm/object.h"

#include <initializer_list>
#include <span>

namespace pyvm {

struct TupleObject : Object {
  size_t size;
  Value items[]; // owned references
};
extern Type TupleType;

inline bool isTuple(Value v) { return v.isObject() && v.type()->hasFlag(kTypeTupleSubclass); }
inline size_t tupleSize(Value t) { return t.as<TupleObject>()->size; }
inline Value tupleItem(Value t, size_t i) { return t.as<TupleObject>()->items[i]; }
inline std::span<const Value> tupleItems(Value t) {
  auto *o = t.as<TupleObject>();
  return {o->items, o->size};
}

// A tuple of n null items, to be filled with tupleInit (each takes ownership).
Ref newTuple(size_t n);
inline void tupleInit(Value t, size_t i, Ref item) { t.as<TupleObject>()->items[i] = item.release(); }
// A tuple of the given values (each borrowed and incref'd).
Ref newTupleOf(std::initializer_list<Value> items);
Ref newTupleFrom(std::span<const Value> items);

void initTupleType();

} // namespace pyvm
