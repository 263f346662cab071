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
// dictNext that also gives the stored hash of the key.
bool dictNextWithHash(Value dict, size_t *pos, Value *key, Value *value, int64_t *hash);
// `key in dict` with a known hash: 1/0/-1.
int dictContainsHashed(Value dict, Value key, int64_t hash);
// PyDict_Update(dict, other): `other` must be a mapping (a dict, or anything
// with keys() and __getitem__); a non-mapping raises the AttributeError for
// 'keys' (DICT_UPDATE turns it into "'int' object is not a mapping").
// -1 on error. The dict.update() method also takes iterables of pairs.
int dictUpdate(Value dict, Value other);
// dict.update(other) semantics: a mapping or an iterable of pairs.
int dictUpdateFromAny(Value dict, Value other);
// Merges the mapping `other` into dict (DICT_UPDATE / DICT_MERGE). With
// `failOnDuplicate`, a key already present raises KeyError(key), as CPython's
// _PyDict_MergeEx(override=2); the eval loop turns that into "f() got
// multiple values for keyword argument 'x'" (format_kwargs_error) and checks
// "keywords must be strings" itself. A non-mapping raises AttributeError for
// the missing 'keys' (the eval loop formats "'int' object is not a mapping").
int dictMerge(Value dict, Value other, bool failOnDuplicate);
Ref dictCopy(Value dict);

// --- fast paths for the eval loop -------------------------------------------
// d[key] for a str key (any str; fastest for interned exact strs, compared by
// identity first). Borrowed, or null (error pending only if a str subclass
// key's __eq__ raised).
Value dictGetItemStr(Value dict, Value strKey);
// Looks key up and returns d[key] as a new reference, or null: with no error
// pending when missing (no KeyError raised).
Ref dictGetItemRef(Value dict, Value key);
// d.get(key, default) semantics for code that needs "missing" distinct from
// error: 1 found (*out owned), 0 missing, -1 error.
int dictLookup(Value dict, Value key, Ref *out);
// d[key] = value with a precomputed hash.
int dictSetItemHashed(Value dict, Value key, int64_t hash, Value value);
// d.pop(key): 1 found (*out owned), 0 missing, -1 error.
int dictPop(Value dict, Value key, Ref *out);
// d.setdefault(key, default) returning a borrowed value.
Value dictSetDefault(Value dict, Value key, Value defaultValue);
void dictClear(Value dict);
// Lists of the keys / values / (key, value) tuples, in order.
Ref dictKeys(Value dict);
Ref dictValues(Value dict);
Ref dictItems(Value dict);
// A tag that changes on every mutation of the dict (insert, delete, value
// store, clear): a cache of any lookup result is valid while it is equal.
uint64_t dictVersion(Value dict);
// A tag that changes only when the set of keys or the table layout changes
// (not on a value store): a cached entry index stays valid while it is equal.
uint64_t dictKeysVersion(Value dict);
// The entry index of a str key (for LOAD_GLOBAL/LOAD_ATTR caches), or -1.
int64_t dictEntryIndexStr(Value dict, Value strKey);
// The value at an entry index from dictEntryIndexStr (borrowed; null when the
// entry was deleted).
Value dictEntryValue(Value dict, int64_t index);
// The entry index of any key, or -1 when missing (with an error pending when
// hashing or comparing raised: check errorPending()).
int64_t dictEntryIndex(Value dict, Value key);
// The live entry after `index` in insertion order (before it when
// `backwards`; index -1 / INT64_MAX start at either end): its index and its
// key (borrowed), or -1 at the end.
int64_t dictAdjacentEntry(Value dict, int64_t index, bool backwards, Value *key);

// hash(v) with inline fast paths for small ints and strs whose hash is
// cached. -1 with an error pending on failure.
int64_t fastHash(Value v);

extern Type DictKeysType;   // dict_keys
extern Type DictValuesType; // dict_values
extern Type DictItemsType;  // dict_items

// A view object of `viewType` (DictKeysType or a static subtype of one of
// the three view types, same layout) over dict.
Ref newDictView(Type *viewType, Value dict);
// The dict a view object (of any of the three view types) looks at, borrowed.
Value dictViewDict(Value view);

void initDictTypes(); // dict, its views and iterators

} // namespace pyvm
