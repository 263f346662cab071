// Python dict: insertion-ordered hash table with CPython's iteration order
// and semantics. CPython: Objects/dictobject.c
#pragma once

#include "vm/object.h"

#include <string_view>

namespace pyvm {

struct DictObject; // layout private to vm/dict.cpp
extern Type DictType;

inline bool isDict(Value v) { return v.isObject() && v.type()->hasFlag(kTypeDictSubclass); }

Ref newDict();
// d[key] as a borrowed value, or null. Null with an error pending when
// hashing or comparing raised; check errorPending() to tell them apart.
Value dictGetItem(Value dict, Value key);
Value dictGetItem(Value dict, std::string_view asciiKey);
int dictSetItem(Value dict, Value key, Value value); // 0, or -1 on error
int dictSetItem(Value dict, std::string_view asciiKey, Value value);
// Removes key: 1 removed, 0 missing (no error), -1 error.
int dictDelItem(Value dict, Value key);
size_t dictSize(Value dict);
// Iterates in insertion order: `pos` starts at 0; returns false at the end.
// key/value are borrowed.
bool dictNext(Value dict, size_t *pos, Value *key, Value *value);
// dict.update(other) for a mapping or iterable of pairs; -1 on error.
int dictUpdate(Value dict, Value other);
// dict.update(**other) semantics with CPython's "keywords must be strings"
// checks and, when `failOnDuplicate`, "got multiple values for keyword
// argument" (DICT_MERGE).
int dictMerge(Value dict, Value other, bool failOnDuplicate);
Ref dictCopy(Value dict);

void initDictTypes(); // dict, its views and iterators

} // namespace pyvm
