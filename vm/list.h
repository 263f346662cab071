// Python list. CPython: Objects/listobject.c
#pragma once

#include "vm/object.h"

#include <vector>

namespace pyvm {

struct ListObject : Object {
  std::vector<Value> items; // owned references
};
extern Type ListType;

inline bool isList(Value v) { return v.isObject() && v.type()->hasFlag(kTypeListSubclass); }
extern Type TupleType;
// An exact list or tuple, whose items CPython reads directly (PySequence_Fast,
// list_extend, _PyBytes_FromList...): a subclass may override __iter__, so it is iterated.
inline bool isExactListOrTuple(Value v) {
  return v.isObject() && (v.type() == &ListType || v.type() == &TupleType);
}
inline size_t listSize(Value l) { return l.as<ListObject>()->items.size(); }
inline Value listItem(Value l, size_t i) { return l.as<ListObject>()->items[i]; }

Ref newList(size_t reserve = 0);
void listAppend(Value list, Ref item);
// list.extend(iterable); -1 on error.
int listExtend(Value list, Value iterable);
// list.sort(key=None, reverse=False), stable; -1 on error.
int listSort(Value list, Value key, bool reverse);

// list[start:stop] as a new list (0 <= start <= stop <= size).
Ref listSlice(Value list, size_t start, size_t stop);
// The list as a new tuple.
Ref listAsTuple(Value list);
// list.insert(i, item) with CPython's clamping; -1 on error.
int listInsert(Value list, int64_t where, Value item);
// The iterator types (iter(list), reversed(list)).
extern Type ListIterType;
extern Type ListRevIterType;

void initListType();

} // namespace pyvm
