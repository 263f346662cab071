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
inline size_t listSize(Value l) { return l.as<ListObject>()->items.size(); }
inline Value listItem(Value l, size_t i) { return l.as<ListObject>()->items[i]; }

Ref newList(size_t reserve = 0);
void listAppend(Value list, Ref item);
// list.extend(iterable); -1 on error.
int listExtend(Value list, Value iterable);
// list.sort(key=None, reverse=False), stable; -1 on error.
int listSort(Value list, Value key, bool reverse);

void initListType();

} // namespace pyvm
