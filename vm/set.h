// Python set and frozenset, with CPython's hash-table layout so that the
// iteration order of small ints matches CPython's. CPython: Objects/setobject.c
#pragma once

#include "vm/object.h"

namespace pyvm {

extern Type SetType;
extern Type FrozenSetType;

bool isAnySet(Value v); // set, frozenset or a subclass

Ref newSet();
Ref newFrozenSet(); // empty; fill with setAdd before sharing it
int setAdd(Value set, Value key);      // also for a frozenset being built
int setContains(Value set, Value key); // 1/0/-1
size_t setSize(Value set);
// Iterates in table order; key is borrowed.
bool setNext(Value set, size_t *pos, Value *key);

// set(iterable) / frozenset(iterable); null with an error pending.
Ref newSetFrom(Value iterable);
Ref newFrozenSetFrom(Value iterable);
// set.discard(key): 1 removed, 0 absent, -1 error.
int setDiscard(Value set, Value key);
// set.update(iterable) with CPython's set_update_internal (a set/frozenset
// argument is merged table-wise, which decides the iteration order, e.g. of
// {*s}); -1 on error. SET_UPDATE should use this.
int setUpdateInternal(Value set, Value iterable);
void setClear(Value set);
extern Type SetIterType; // set_iterator

void initSetTypes();

} // namespace pyvm
