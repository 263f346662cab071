// Python dict: CPython's compact ordered layout (an indices table probed with
// CPython's perturbation scheme, plus a dense entries array in insertion
// order), with CPython's growth policy so that iteration, deletion and
// mutation-during-iteration behave as in CPython. CPython: Objects/dictobject.c
#include "vm/dict.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/set.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace pyvm {

Type DictType;
Type DictKeysType;
Type DictValuesType;
Type DictItemsType;
Type DictKeyIterType;
Type DictValueIterType;
Type DictItemIterType;
Type DictRevKeyIterType;
Type DictRevValueIterType;
Type DictRevItemIterType;

namespace {

constexpr int32_t kIxEmpty = -1;
constexpr int32_t kIxDummy = -2;
constexpr int64_t kIxError = -3;
constexpr int64_t kMinSize = 8;
constexpr int kPerturbShift = 5;

struct Entry {
  Value key;   // owned; null when deleted
  Value value; // owned; null when deleted
  int64_t hash;
};

// The keys object: header, `size` int32 indices, then the entries.
struct Keys {
  int64_t size;     // indices table size, a power of two
  int64_t usable;   // entries that may still be appended
  int64_t nentries; // entries used (live or deleted)
  int32_t *indices() { return reinterpret_cast<int32_t *>(this + 1); }
  Entry *entries() { return reinterpret_cast<Entry *>(indices() + size); }
};

constexpr int64_t usableFraction(int64_t n) { return (n << 1) / 3; }

// The shared empty keys (CPython: Py_EMPTY_KEYS): lookups fail at once, the
// first insertion resizes.
struct EmptyKeysStorage {
  Keys header;
  int32_t indices[kMinSize];
};
EmptyKeysStorage gEmptyKeysStorage = {{kMinSize, 0, 0},
                                      {kIxEmpty, kIxEmpty, kIxEmpty, kIxEmpty, kIxEmpty,
                                       kIxEmpty, kIxEmpty, kIxEmpty}};
Keys *const kEmptyKeys = &gEmptyKeysStorage.header;

uint64_t gDictVersion = 0;

Keys *newKeys(int64_t size) {
  int64_t usable = usableFraction(size);
  size_t bytes = sizeof(Keys) + sizeof(int32_t) * size + sizeof(Entry) * usable;
  auto *k = static_cast<Keys *>(std::malloc(bytes));
  if (!k)
    return nullptr;
  k->size = size;
  k->usable = usable;
  k->nentries = 0;
  std::memset(k->indices(), 0xff, sizeof(int32_t) * size); // kIxEmpty
  return k;
}

void freeKeys(Keys *k) {
  if (k != kEmptyKeys)
    std::free(k);
}

} // namespace

struct DictObject : Object {
  int64_t used;
  uint64_t version;
  uint64_t keysVersion;
  Keys *keys;
};

namespace {

inline DictObject *asDict(Value v) { return v.as<DictObject>(); }

inline void bumpVersion(DictObject *d) { d->version = ++gDictVersion; }
inline void bumpKeysVersion(DictObject *d) {
  d->version = ++gDictVersion;
  d->keysVersion = d->version;
}

void initDictObject(DictObject *d) {
  d->used = 0;
  d->keys = kEmptyKeys;
  bumpKeysVersion(d);
}

void dictDealloc(Object *self) {
  bool exact = self->type == &DictType;
  if (exact && !trashcanBegin(self))
    return;
  auto *d = static_cast<DictObject *>(self);
  Keys *k = d->keys;
  d->keys = kEmptyKeys;
  d->used = 0;
  Entry *e = k->entries();
  for (int64_t i = 0; i < k->nentries; ++i) {
    if (e[i].key) {
      decref(e[i].key);
      decref(e[i].value);
    }
  }
  freeKeys(k);
  if (exact)
    trashcanEnd();
}

// Raises TypeError "cannot use 'list' as a dict key (unhashable type: 'list')"
// in place of the pending TypeError of a failed hash.
// CPython: Objects/dictobject.c dict_unhashable_type
void unhashableKey(Value key, const char *what) {
  if (!pendingExceptionMatches(&TypeErrorType))
    return;
  Ref exc = takePendingException();
  if ((*exc).type() != &TypeErrorType) {
    setPendingException(std::move(exc));
    return;
  }
  Ref text = str(*exc);
  if (!text)
    return;
  raisef(&TypeErrorType, "cannot use '{}' as a {} ({})", typeName(key), what,
         strToUtf8(*text));
}

// fastHash with a str's cached hash read in line. -1: error pending.
inline int64_t keyHash(Value key) {
  if (isExactStr(key)) {
    int64_t h = key.as<StrObject>()->hash;
    if (h != -1)
      return h;
  }
  return fastHash(key);
}

inline int64_t hashKey(Value key) {
  int64_t h = keyHash(key);
  if (h == -1)
    unhashableKey(key, "dict key");
  return h;
}

// Finds the indices slot holding entry `ix` (CPython: lookdict_index).
size_t slotOfEntry(Keys *k, int64_t hash, int64_t ix) {
  size_t mask = static_cast<size_t>(k->size) - 1;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    if (k->indices()[i] == ix)
      return i;
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// A free slot (empty or dummy) for a key known to be absent.
// CPython: find_empty_slot
size_t findEmptySlot(Keys *k, int64_t hash) {
  size_t mask = static_cast<size_t>(k->size) - 1;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  while (k->indices()[i] >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// The entry index of `key`, kIxEmpty when absent, kIxError on error.
// CPython: _Py_dict_lookup / do_lookup with compare_generic
int64_t lookupSlow(DictObject *d, Value key, int64_t hash) {
restart:
  Keys *k = d->keys;
  size_t mask = static_cast<size_t>(k->size) - 1;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  bool keyIsStr = isExactStr(key);
  for (;;) {
    int32_t ix = k->indices()[i];
    if (ix == kIxEmpty)
      return kIxEmpty;
    if (ix >= 0) {
      Entry *e = &k->entries()[ix];
      if (e->key.is(key))
        return ix;
      if (e->hash == hash) {
        Value start = e->key;
        if (keyIsStr && isExactStr(start)) {
          if (strEquals(start, key))
            return ix;
        } else {
          incref(start);
          int cmp = compareBool(start, key, CompareOp::Eq);
          bool changed = k != d->keys || !e->key.is(start);
          decref(start);
          if (cmp < 0)
            return kIxError;
          if (changed)
            goto restart;
          if (cmp > 0)
            return ix;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// lookupSlow's result, found without a call when the key is in the table
// as itself (interned str keys, the usual case) or absent; an equal hash on
// another object takes the slow path, which compares.
inline int64_t lookup(DictObject *d, Value key, int64_t hash) {
  Keys *k = d->keys;
  size_t mask = static_cast<size_t>(k->size) - 1;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    int32_t ix = k->indices()[i];
    if (ix == kIxEmpty)
      return kIxEmpty;
    if (ix >= 0) {
      Entry *e = &k->entries()[ix];
      if (e->key.is(key))
        return ix;
      if (e->hash == hash)
        return lookupSlow(d, key, hash);
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Rebuilds the table with room for `minSize` (CPython: dictresize with
// calculate_log2_keysize(GROWTH_RATE)). Live entries keep their order.
bool resize(DictObject *d, int64_t minSize) {
  int64_t size = kMinSize;
  while (size < minSize)
    size <<= 1;
  Keys *old = d->keys;
  Keys *k = newKeys(size);
  if (!k) {
    raiseEmpty(&MemoryErrorType);
    return false;
  }
  Entry *src = old->entries();
  Entry *dst = k->entries();
  int64_t n = 0;
  size_t mask = static_cast<size_t>(size) - 1;
  for (int64_t i = 0; i < old->nentries; ++i) {
    if (!src[i].value)
      continue;
    dst[n] = src[i];
    size_t perturb = static_cast<size_t>(src[i].hash);
    size_t j = static_cast<size_t>(src[i].hash) & mask;
    while (k->indices()[j] != kIxEmpty) {
      perturb >>= kPerturbShift;
      j = (j * 5 + perturb + 1) & mask;
    }
    k->indices()[j] = static_cast<int32_t>(n);
    ++n;
  }
  k->nentries = n;
  k->usable -= n;
  d->keys = k;
  bumpKeysVersion(d);
  freeKeys(old);
  return true;
}

// Appends a new entry for a key known to be absent; takes the references.
bool insertNew(DictObject *d, Value key, Value value, int64_t hash) {
  if (d->keys->usable <= 0 && !resize(d, d->used * 3)) {
    decref(key);
    decref(value);
    return false;
  }
  Keys *k = d->keys;
  size_t slot = findEmptySlot(k, hash);
  int64_t ix = k->nentries;
  Entry *e = &k->entries()[ix];
  e->key = key;
  e->value = value;
  e->hash = hash;
  k->indices()[slot] = static_cast<int32_t>(ix);
  k->nentries++;
  k->usable--;
  d->used++;
  bumpKeysVersion(d);
  return true;
}

// d[key] = value; takes the references of key and value.
// CPython: insertdict
int insertTake(DictObject *d, Value key, int64_t hash, Value value) {
  int64_t ix = lookup(d, key, hash);
  if (ix == kIxError) {
    decref(key);
    decref(value);
    return -1;
  }
  if (ix >= 0) {
    Entry *e = &d->keys->entries()[ix];
    Value old = e->value;
    e->value = value;
    bumpVersion(d);
    decref(old);
    decref(key);
    return 0;
  }
  return insertNew(d, key, value, hash) ? 0 : -1;
}

// Removes the entry `ix` (found for `hash`); releases its references last.
void deleteEntry(DictObject *d, int64_t ix, int64_t hash) {
  Keys *k = d->keys;
  size_t slot = slotOfEntry(k, hash, ix);
  k->indices()[slot] = kIxDummy;
  Entry *e = &k->entries()[ix];
  Value key = e->key, value = e->value;
  e->key = Value();
  e->value = Value();
  d->used--;
  bumpKeysVersion(d);
  decref(key);
  decref(value);
}

void raiseKeyError(Value key) {
  Ref exc = call(Value::fromObject(&KeyErrorType), {key});
  if (exc)
    setPendingException(std::move(exc));
}

} // namespace

// --- public API --------------------------------------------------------------

int64_t fastHash(Value v) {
  if (v.isSmallInt()) {
    // CPython: Objects/longobject.c long_hash, modulus 2**61 - 1.
    constexpr int64_t kModulus = (int64_t(1) << 61) - 1;
    int64_t n = v.smallInt();
    if (n > -kModulus && n < kModulus) // the common case: no reduction
      return n == -1 ? -2 : n;
    uint64_t x = static_cast<uint64_t>(n < 0 ? -n : n) % static_cast<uint64_t>(kModulus);
    int64_t h = n < 0 ? -static_cast<int64_t>(x) : static_cast<int64_t>(x);
    return h == -1 ? -2 : h;
  }
  if (isExactStr(v)) {
    int64_t h = v.as<StrObject>()->hash;
    if (h != -1)
      return h;
  }
  return hash(v);
}

Ref newDict() {
  Object *o = allocObject(&DictType, sizeof(DictObject));
  if (!o)
    return Ref();
  initDictObject(static_cast<DictObject *>(o));
  return Ref::steal(o);
}

Value dictGetItem(Value dict, Value key) {
  int64_t h = hashKey(key);
  if (h == -1)
    return Value();
  DictObject *d = asDict(dict);
  int64_t ix = lookup(d, key, h);
  if (ix < 0)
    return Value();
  return d->keys->entries()[ix].value;
}

Value dictGetItemStr(Value dict, Value key) {
  int64_t h = isExactStr(key) ? key.as<StrObject>()->hash : -1;
  if (h == -1) {
    h = fastHash(key);
    if (h == -1)
      return Value();
  }
  DictObject *d = asDict(dict);
  Keys *k = d->keys;
  size_t mask = static_cast<size_t>(k->size) - 1;
  size_t perturb = static_cast<size_t>(h);
  size_t i = static_cast<size_t>(h) & mask;
  for (;;) {
    int32_t ix = k->indices()[i];
    if (ix == kIxEmpty)
      return Value();
    if (ix >= 0) {
      Entry *e = &k->entries()[ix];
      if (e->key.is(key))
        return e->value;
      if (e->hash == h) {
        if (!isExactStr(e->key) || !isExactStr(key)) {
          int64_t j = lookup(d, key, h);
          return j >= 0 ? d->keys->entries()[j].value : Value();
        }
        if (strEquals(e->key, key))
          return e->value;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value dictGetItem(Value dict, std::string_view asciiKey) {
  Ref key = internStr(asciiKey);
  if (!key)
    return Value();
  return dictGetItemStr(dict, *key);
}

Ref dictGetItemRef(Value dict, Value key) { return Ref::borrow(dictGetItem(dict, key)); }

int dictLookup(Value dict, Value key, Ref *out) {
  Value v = dictGetItem(dict, key);
  if (v) {
    *out = Ref::borrow(v);
    return 1;
  }
  return errorPending() ? -1 : 0;
}

int dictSetItemHashed(Value dict, Value key, int64_t hash, Value value) {
  incref(key);
  incref(value);
  return insertTake(asDict(dict), key, hash, value);
}

int dictSetItem(Value dict, Value key, Value value) {
  int64_t h = hashKey(key);
  if (h == -1)
    return -1;
  return dictSetItemHashed(dict, key, h, value);
}

int dictSetItem(Value dict, std::string_view asciiKey, Value value) {
  Ref key = internStr(asciiKey);
  if (!key)
    return -1;
  return dictSetItem(dict, *key, value);
}

int dictDelItem(Value dict, Value key) {
  int64_t h = hashKey(key);
  if (h == -1)
    return -1;
  DictObject *d = asDict(dict);
  int64_t ix = lookup(d, key, h);
  if (ix == kIxError)
    return -1;
  if (ix < 0)
    return 0;
  deleteEntry(d, ix, h);
  return 1;
}

size_t dictSize(Value dict) { return static_cast<size_t>(asDict(dict)->used); }

bool dictNext(Value dict, size_t *pos, Value *key, Value *value) {
  Keys *k = asDict(dict)->keys;
  size_t i = *pos;
  Entry *e = k->entries();
  while (i < static_cast<size_t>(k->nentries) && !e[i].value)
    ++i;
  if (i >= static_cast<size_t>(k->nentries))
    return false;
  *pos = i + 1;
  if (key)
    *key = e[i].key;
  if (value)
    *value = e[i].value;
  return true;
}

bool dictNextWithHash(Value dict, size_t *pos, Value *key, Value *value, int64_t *hash) {
  Keys *k = asDict(dict)->keys;
  size_t i = *pos;
  Entry *e = k->entries();
  while (i < static_cast<size_t>(k->nentries) && !e[i].value)
    ++i;
  if (i >= static_cast<size_t>(k->nentries))
    return false;
  *pos = i + 1;
  if (key)
    *key = e[i].key;
  if (value)
    *value = e[i].value;
  if (hash)
    *hash = e[i].hash;
  return true;
}

int dictContainsHashed(Value dict, Value key, int64_t hash) {
  int64_t ix = lookup(asDict(dict), key, hash);
  if (ix == kIxError)
    return -1;
  return ix >= 0;
}

int dictPop(Value dict, Value key, Ref *out) {
  DictObject *d = asDict(dict);
  if (d->used == 0)
    return 0;
  int64_t h = hashKey(key);
  if (h == -1)
    return -1;
  int64_t ix = lookup(d, key, h);
  if (ix == kIxError)
    return -1;
  if (ix < 0)
    return 0;
  *out = Ref::borrow(d->keys->entries()[ix].value);
  deleteEntry(d, ix, h);
  return 1;
}

Value dictSetDefault(Value dict, Value key, Value defaultValue) {
  int64_t h = hashKey(key);
  if (h == -1)
    return Value();
  DictObject *d = asDict(dict);
  int64_t ix = lookup(d, key, h);
  if (ix == kIxError)
    return Value();
  if (ix >= 0)
    return d->keys->entries()[ix].value;
  incref(key);
  incref(defaultValue);
  if (!insertNew(d, key, defaultValue, h))
    return Value();
  return defaultValue;
}

void dictClear(Value dict) {
  DictObject *d = asDict(dict);
  Keys *k = d->keys;
  if (k == kEmptyKeys)
    return;
  d->keys = kEmptyKeys;
  d->used = 0;
  bumpKeysVersion(d);
  Entry *e = k->entries();
  for (int64_t i = 0; i < k->nentries; ++i) {
    if (e[i].key) {
      decref(e[i].key);
      decref(e[i].value);
    }
  }
  freeKeys(k);
}

uint64_t dictVersion(Value dict) { return asDict(dict)->version; }
uint64_t dictKeysVersion(Value dict) { return asDict(dict)->keysVersion; }

int64_t dictEntryIndexStr(Value dict, Value strKey) {
  int64_t h = fastHash(strKey);
  if (h == -1)
    return -1;
  int64_t ix = lookup(asDict(dict), strKey, h);
  if (ix == kIxError) {
    clearPendingException();
    return -1;
  }
  return ix < 0 ? -1 : ix;
}

Value dictEntryValue(Value dict, int64_t index) {
  Keys *k = asDict(dict)->keys;
  if (index < 0 || index >= k->nentries)
    return Value();
  return k->entries()[index].value;
}

int64_t dictEntryIndex(Value dict, Value key) {
  int64_t h = hashKey(key);
  if (h == -1)
    return -1;
  int64_t ix = lookup(asDict(dict), key, h);
  return ix < 0 ? -1 : ix;
}

int64_t dictAdjacentEntry(Value dict, int64_t index, bool backwards, Value *key) {
  Keys *k = asDict(dict)->keys;
  Entry *e = k->entries();
  if (backwards) {
    for (int64_t i = std::min(index, k->nentries) - 1; i >= 0; --i)
      if (e[i].value) {
        *key = e[i].key;
        return i;
      }
    return -1;
  }
  for (int64_t i = std::max<int64_t>(index + 1, 0); i < k->nentries; ++i)
    if (e[i].value) {
      *key = e[i].key;
      return i;
    }
  return -1;
}

namespace {

// An exact copy of a keys object (same size, layout and deleted entries),
// taking new references. CPython: clone_combined_dict_keys
Keys *cloneKeys(Keys *src) {
  size_t bytes = sizeof(Keys) + sizeof(int32_t) * src->size +
                 sizeof(Entry) * usableFraction(src->size);
  auto *k = static_cast<Keys *>(std::malloc(bytes));
  if (!k)
    return nullptr;
  std::memcpy(k, src, bytes);
  Entry *e = k->entries();
  for (int64_t i = 0; i < k->nentries; ++i) {
    if (e[i].key) {
      incref(e[i].key);
      incref(e[i].value);
    }
  }
  return k;
}

int mergeMapping(Value dict, Value other, int override);

} // namespace

// CPython: Objects/dictobject.c PyDict_Copy / copy_lock_held
Ref dictCopy(Value dict) {
  Ref r = newDict();
  if (!r)
    return r;
  DictObject *src = asDict(dict);
  DictObject *d = asDict(*r);
  if (src->used == 0)
    return r;
  if (src->used >= (src->keys->nentries * 2) / 3) {
    Keys *k = cloneKeys(src->keys);
    if (!k)
      return raiseEmpty(&MemoryErrorType);
    d->keys = k;
    d->used = src->used;
    bumpKeysVersion(d);
    return r;
  }
  if (mergeMapping(*r, dict, 1) < 0)
    return Ref();
  return r;
}

Ref dictKeys(Value dict) {
  Ref l = newList(dictSize(dict));
  if (!l)
    return l;
  size_t pos = 0;
  Value k;
  while (dictNext(dict, &pos, &k, nullptr))
    listAppend(*l, Ref::borrow(k));
  return l;
}

Ref dictValues(Value dict) {
  Ref l = newList(dictSize(dict));
  if (!l)
    return l;
  size_t pos = 0;
  Value v;
  while (dictNext(dict, &pos, nullptr, &v))
    listAppend(*l, Ref::borrow(v));
  return l;
}

Ref dictItems(Value dict) {
  Ref l = newList(dictSize(dict));
  if (!l)
    return l;
  size_t pos = 0;
  Value k, v;
  while (dictNext(dict, &pos, &k, &v)) {
    Ref t = newTupleOf({k, v});
    if (!t)
      return t;
    listAppend(*l, std::move(t));
  }
  return l;
}

namespace {

bool isExactDictIterable(Value v) { return isDict(v) && v.type()->iter == DictType.iter; }

// CPython: Objects/dictobject.c dict_merge
int mergeMapping(Value dict, Value other, int override) {
  DictObject *d = asDict(dict);
  if (isExactDictIterable(other)) {
    if (other.is(dict) || dictSize(other) == 0)
      return 0;
    DictObject *o = asDict(other);
    Keys *ok = o->keys;
    if (d->used == 0 && override == 1 && o->used == ok->nentries &&
        (ok->size == kMinSize || usableFraction(ok->size / 2) < o->used)) {
      Keys *k = cloneKeys(ok);
      if (!k) {
        raiseEmpty(&MemoryErrorType);
        return -1;
      }
      Keys *old = d->keys;
      d->keys = k;
      d->used = o->used;
      bumpKeysVersion(d);
      freeKeys(old);
      return 0;
    }
    // Grow once up front (CPython: estimate_log2_keysize).
    if (usableFraction(d->keys->size) < o->used &&
        !resize(d, ((d->used + o->used) * 3 + 1) / 2))
      return -1;
    ok = o->keys;
    int64_t n = ok->nentries;
    for (int64_t i = 0; i < n; ++i) {
      Entry *e = &ok->entries()[i];
      if (!e->value)
        continue;
      Ref key = Ref::borrow(e->key);
      Ref value = Ref::borrow(e->value);
      int64_t h = e->hash;
      if (override == 1) {
        if (insertTake(d, key.release(), h, value.release()) < 0)
          return -1;
      } else {
        int64_t ix = lookup(d, *key, h);
        if (ix == kIxError)
          return -1;
        if (ix >= 0) {
          if (override == 2) {
            raiseKeyError(*key);
            return -1;
          }
          continue;
        }
        if (!insertNew(d, key.release(), value.release(), h))
          return -1;
      }
      if (o->keys != ok || o->keys->nentries != n) {
        raise(&RuntimeErrorType, "dict mutated during update");
        return -1;
      }
    }
    return 0;
  }
  // A generic mapping: keys(), then __getitem__.
  Ref keys = callMethod(other, "keys", {});
  if (!keys)
    return -1;
  Ref it = getIter(*keys);
  if (!it)
    return -1;
  for (;;) {
    Ref key = iterNext(*it);
    if (!key) {
      if (errorPending())
        return -1;
      break;
    }
    if (override != 1) {
      Value existing = dictGetItem(dict, *key);
      if (existing) {
        if (override == 2) {
          raiseKeyError(*key);
          return -1;
        }
        continue;
      }
      if (errorPending())
        return -1;
    }
    Ref value = getItem(other, *key);
    if (!value)
      return -1;
    if (dictSetItem(dict, *key, *value) < 0)
      return -1;
  }
  return 0;
}

// CPython: Objects/dictobject.c PyDict_MergeFromSeq2
int mergeFromSeq2(Value dict, Value seq, bool override) {
  Ref it = getIter(seq);
  if (!it)
    return -1;
  for (int64_t i = 0;; ++i) {
    Ref item = iterNext(*it);
    if (!item) {
      if (errorPending())
        return -1;
      return 0;
    }
    Ref fast;
    if (isExactListOrTuple(*item)) {
      fast = item;
    } else {
      Ref iter = getIter(*item);
      if (!iter) {
        if (pendingExceptionMatches(&TypeErrorType)) {
          clearPendingException();
          raise(&TypeErrorType, "object is not iterable");
          // NEEDS(core): add the note "Cannot convert dictionary update
          // sequence element #i to a sequence" to the pending exception.
        }
        return -1;
      }
      fast = sequenceToList(*iter);
      if (!fast)
        return -1;
    }
    size_t n = isList(*fast) ? listSize(*fast) : tupleSize(*fast);
    if (n != 2) {
      raisef(&ValueErrorType,
             "dictionary update sequence element #{} has length {}; 2 is required", i, n);
      return -1;
    }
    Ref key = Ref::borrow(isList(*fast) ? listItem(*fast, 0) : tupleItem(*fast, 0));
    Ref value = Ref::borrow(isList(*fast) ? listItem(*fast, 1) : tupleItem(*fast, 1));
    if (override) {
      if (dictSetItem(dict, *key, *value) < 0)
        return -1;
    } else if (!dictSetDefault(dict, *key, *value)) {
      return -1;
    }
  }
}

// CPython: Objects/dictobject.c dict_update_arg
int updateArg(Value dict, Value arg) {
  if (arg.type() == &DictType)
    return mergeMapping(dict, arg, 1);
  Ref keysName = internStr("keys");
  Ref keys = lookupAttr(arg, *keysName);
  if (keys)
    return mergeMapping(dict, arg, 1);
  if (errorPending())
    return -1;
  return mergeFromSeq2(dict, arg, true);
}

// dict(arg, **kw) / d.update(arg, **kw).
int updateCommon(Value dict, const Value *args, size_t nargs, Value kwnames, const char *name) {
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  size_t npos = nargs;
  if (npos > 1) {
    raisef(&TypeErrorType, "{} expected at most 1 argument, got {}", name, npos);
    return -1;
  }
  if (npos == 1 && updateArg(dict, args[0]) < 0)
    return -1;
  for (size_t i = 0; i < nkw; ++i)
    if (dictSetItem(dict, tupleItem(kwnames, i), args[nargs + i]) < 0)
      return -1;
  return 0;
}

} // namespace

int dictUpdate(Value dict, Value other) { return mergeMapping(dict, other, 1); }
int dictUpdateFromAny(Value dict, Value other) { return updateArg(dict, other); }

int dictMerge(Value dict, Value other, bool failOnDuplicate) {
  return mergeMapping(dict, other, failOnDuplicate ? 2 : 1);
}

namespace {

// --- slots -------------------------------------------------------------------

// CPython: Objects/dictobject.c dict_repr
Ref dictRepr(Value self) {
  if (dictSize(self) == 0)
    return newStr("{}");
  int status = reprEnter(self);
  if (status != 0)
    return status > 0 ? newStr("{...}") : Ref();
  std::string out = "{";
  bool first = true;
  size_t pos = 0;
  Value k, v;
  while (dictNext(self, &pos, &k, &v)) {
    Ref key = Ref::borrow(k), value = Ref::borrow(v);
    if (!first)
      out += ", ";
    first = false;
    if (!appendRepr(out, *key)) {
      reprLeave(self);
      return Ref();
    }
    out += ": ";
    if (!appendRepr(out, *value)) {
      reprLeave(self);
      return Ref();
    }
  }
  out += "}";
  reprLeave(self);
  return newStr(out);
}

int64_t dictLength(Value self) { return asDict(self)->used; }

int64_t unhashable(Value self) {
  raisef(&TypeErrorType, "unhashable type: '{}'", typeName(self));
  return -1;
}

// CPython: Objects/dictobject.c dict_subscript
Ref dictSubscript(Value self, Value key) {
  int64_t h = hashKey(key);
  if (h == -1)
    return Ref();
  DictObject *d = asDict(self);
  int64_t ix = lookup(d, key, h);
  if (ix == kIxError)
    return Ref();
  if (ix >= 0)
    return Ref::borrow(d->keys->entries()[ix].value);
  if (self.type() != &DictType) {
    Ref name = internStr("__missing__");
    Ref missing = lookupAttr(Value::fromObject(self.type()), *name);
    if (missing)
      return call(*missing, {self, key});
    if (errorPending())
      return Ref();
  }
  raiseKeyError(key);
  return Ref();
}

int dictAssSubscript(Value self, Value key, Value value) {
  if (value)
    return dictSetItem(self, key, value);
  int r = dictDelItem(self, key);
  if (r == 0) {
    raiseKeyError(key);
    return -1;
  }
  return r < 0 ? -1 : 0;
}

int dictContains(Value self, Value key) {
  int64_t h = hashKey(key);
  if (h == -1)
    return -1;
  int64_t ix = lookup(asDict(self), key, h);
  if (ix == kIxError)
    return -1;
  return ix >= 0;
}

// CPython: Objects/dictobject.c dict_equal
int dictEqual(Value a, Value b) {
  if (dictSize(a) != dictSize(b))
    return 0;
  DictObject *da = asDict(a);
  for (int64_t i = 0; i < da->keys->nentries; ++i) {
    Entry *e = &da->keys->entries()[i];
    if (!e->value)
      continue;
    Ref key = Ref::borrow(e->key);
    Ref aval = Ref::borrow(e->value);
    int64_t h = e->hash;
    int64_t ix = lookup(asDict(b), *key, h);
    if (ix == kIxError)
      return -1;
    if (ix < 0)
      return 0;
    Ref bval = Ref::borrow(asDict(b)->keys->entries()[ix].value);
    int cmp = compareBool(*aval, *bval, CompareOp::Eq);
    if (cmp <= 0)
      return cmp;
  }
  return 1;
}

Ref dictRichCompare(Value a, Value b, CompareOp op) {
  if (!isDict(a) || !isDict(b) || (op != CompareOp::Eq && op != CompareOp::Ne))
    return newNotImplemented();
  int r = dictEqual(a, b);
  if (r < 0)
    return Ref();
  return newBool((r == 1) == (op == CompareOp::Eq));
}

Ref dictOr(Value a, Value b) {
  if (!isDict(a) || !isDict(b))
    return newNotImplemented();
  Ref r = dictCopy(a);
  if (!r || updateArg(*r, b) < 0)
    return Ref();
  return r;
}

Ref dictIor(Value a, Value b) {
  if (updateArg(a, b) < 0)
    return Ref();
  return Ref::borrow(a);
}

Ref dictNew(Type *type, const Value *, size_t, Value) {
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  initDictObject(static_cast<DictObject *>(o));
  return Ref::steal(o);
}

int dictInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  return updateCommon(self, args, nargs, kwnames, "dict");
}

// --- iterators ---------------------------------------------------------------

enum class IterKind : uint8_t { Keys, Values, Items };

struct DictIterObject : Object {
  Value dict;   // owned, null when exhausted
  Value result; // owned cached (key, value) tuple of items iterators, or null
  int64_t used;
  int64_t pos;
  int64_t len;
  IterKind kind;
  bool reversed;
};

Ref makeDictIter(Value dict, IterKind kind, bool reversed) {
  static Type *const types[2][3] = {
      {&DictKeyIterType, &DictValueIterType, &DictItemIterType},
      {&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType}};
  Object *o = allocObject(types[reversed][static_cast<int>(kind)]);
  if (!o)
    return Ref();
  auto *it = static_cast<DictIterObject *>(o);
  DictObject *d = asDict(dict);
  incref(dict);
  it->dict = dict;
  it->used = d->used;
  it->len = d->used;
  it->kind = kind;
  it->reversed = reversed;
  it->pos = reversed ? (d->used ? d->keys->nentries - 1 : -1) : 0;
  return Ref::steal(o);
}

void dictIterDealloc(Object *self) {
  decref(static_cast<DictIterObject *>(self)->dict);
  decref(static_cast<DictIterObject *>(self)->result);
}

Ref iterResult(DictIterObject *it, Entry *e) {
  switch (it->kind) {
  case IterKind::Keys:
    return Ref::borrow(e->key);
  case IterKind::Values:
    return Ref::borrow(e->value);
  case IterKind::Items: {
    Ref pair[2] = {Ref::borrow(e->key), Ref::borrow(e->value)};
    return tupleReuse(&it->result, 2, pair);
  }
  }
  return Ref();
}

void exhaust(DictIterObject *it) {
  Value d = it->dict;
  it->dict = Value();
  decref(d);
}

// CPython: Objects/dictobject.c dictiter_iternextkey & co.
Ref dictIterNext(Value self) {
  auto *it = self.as<DictIterObject>();
  if (!it->dict)
    return Ref();
  DictObject *d = asDict(it->dict);
  if (it->used != d->used) {
    it->used = -1;
    return raise(&RuntimeErrorType, "dictionary changed size during iteration");
  }
  Keys *k = d->keys;
  int64_t i = it->pos;
  int64_t n = k->nentries;
  Entry *e = k->entries();
  while (i < n && !e[i].value)
    ++i;
  if (i >= n) {
    exhaust(it);
    return Ref();
  }
  if (it->len == 0) {
    exhaust(it);
    return raise(&RuntimeErrorType, "dictionary keys changed during iteration");
  }
  it->pos = i + 1;
  it->len--;
  return iterResult(it, &e[i]);
}

// CPython: Objects/dictobject.c dictreviter_iternext
Ref dictRevIterNext(Value self) {
  auto *it = self.as<DictIterObject>();
  if (!it->dict)
    return Ref();
  DictObject *d = asDict(it->dict);
  if (it->used != d->used) {
    it->used = -1;
    return raise(&RuntimeErrorType, "dictionary changed size during iteration");
  }
  int64_t i = it->pos;
  if (i < 0) {
    exhaust(it);
    return Ref();
  }
  Entry *e = d->keys->entries();
  if (i >= d->keys->nentries)
    i = d->keys->nentries - 1;
  while (i >= 0 && !e[i].value)
    --i;
  if (i < 0) {
    exhaust(it);
    return Ref();
  }
  it->pos = i - 1;
  it->len--;
  return iterResult(it, &e[i]);
}

Ref iterSelf(Value self) { return Ref::borrow(self); }

Ref dictIterLengthHint(Value self) {
  auto *it = self.as<DictIterObject>();
  if (it->dict && it->used == asDict(it->dict)->used)
    return newInt(it->len);
  return newInt(0);
}

Ref dictIter(Value self) { return makeDictIter(self, IterKind::Keys, false); }

// --- views -------------------------------------------------------------------

struct DictViewObject : Object {
  Value dict; // owned
};

Ref makeView(Type *type, Value dict) {
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  incref(dict);
  static_cast<DictViewObject *>(o)->dict = dict;
  return Ref::steal(o);
}

inline Value viewDict(Value view) { return view.as<DictViewObject>()->dict; }

// Subtypes count too (collections.OrderedDict's odict_keys / odict_items).
bool isSetLikeView(Value v) {
  return v.isObject() && (isSubtype(v.type(), &DictKeysType) || isSubtype(v.type(), &DictItemsType));
}

void viewDealloc(Object *self) { decref(static_cast<DictViewObject *>(self)->dict); }

int64_t viewLength(Value self) { return asDict(viewDict(self))->used; }

Ref keysViewIter(Value self) { return makeDictIter(viewDict(self), IterKind::Keys, false); }
Ref valuesViewIter(Value self) { return makeDictIter(viewDict(self), IterKind::Values, false); }
Ref itemsViewIter(Value self) { return makeDictIter(viewDict(self), IterKind::Items, false); }
Ref keysViewReversed(Value self) { return makeDictIter(viewDict(self), IterKind::Keys, true); }
Ref valuesViewReversed(Value self) { return makeDictIter(viewDict(self), IterKind::Values, true); }
Ref itemsViewReversed(Value self) { return makeDictIter(viewDict(self), IterKind::Items, true); }

int keysViewContains(Value self, Value key) { return dictContains(viewDict(self), key); }

// CPython: Objects/dictobject.c dictitems_contains
int itemsViewContains(Value self, Value item) {
  if (!isTuple(item) || tupleSize(item) != 2)
    return 0;
  Value key = tupleItem(item, 0);
  Ref found;
  int r = dictLookup(viewDict(self), key, &found);
  if (r <= 0)
    return r;
  return compareBool(*found, tupleItem(item, 1), CompareOp::Eq);
}

// CPython: Objects/dictobject.c dictview_repr
Ref viewRepr(Value self) {
  int status = reprEnter(self);
  if (status != 0)
    return status > 0 ? newStr("...") : Ref();
  Ref seq = sequenceToList(self);
  std::string out = self.type()->name + "(";
  if (!seq || !appendRepr(out, *seq)) {
    reprLeave(self);
    return Ref();
  }
  out += ")";
  reprLeave(self);
  return newStr(out);
}

// CPython: Objects/dictobject.c all_contained_in
int allContainedIn(Value self, Value other) {
  Ref it = getIter(self);
  if (!it)
    return -1;
  for (;;) {
    Ref item = iterNext(*it);
    if (!item)
      return errorPending() ? -1 : 1;
    int r = contains(other, *item);
    if (r <= 0)
      return r;
  }
}

// CPython: Objects/dictobject.c dictview_richcompare
Ref viewRichCompare(Value self, Value other, CompareOp op) {
  if (!isSetLikeView(self) || (!isAnySet(other) && !isSetLikeView(other)))
    return newNotImplemented();
  int64_t ls = length(self);
  if (ls < 0)
    return Ref();
  int64_t lo = length(other);
  if (lo < 0)
    return Ref();
  int ok = 0;
  switch (op) {
  case CompareOp::Ne:
  case CompareOp::Eq:
    if (ls == lo)
      ok = allContainedIn(self, other);
    if (op == CompareOp::Ne && ok >= 0)
      ok = !ok;
    break;
  case CompareOp::Lt:
    if (ls < lo)
      ok = allContainedIn(self, other);
    break;
  case CompareOp::Le:
    if (ls <= lo)
      ok = allContainedIn(self, other);
    break;
  case CompareOp::Gt:
    if (ls > lo)
      ok = allContainedIn(other, self);
    break;
  case CompareOp::Ge:
    if (ls >= lo)
      ok = allContainedIn(other, self);
    break;
  }
  if (ok < 0)
    return Ref();
  return newBool(ok != 0);
}

// set(view) for the binary operators (CPython: dictviews_to_set).
Ref viewToSet(Value v) {
  Value source = v;
  if (v.isObject() && v.type() == &DictKeysType && viewDict(v).type() == &DictType)
    source = viewDict(v);
  return call(Value::fromObject(&SetType), {source});
}

Ref viewSetOp(Value a, Value b, const char *method) {
  Ref result = viewToSet(a);
  if (!result)
    return result;
  Ref r = callMethod(*result, method, {b});
  if (!r)
    return r;
  return result;
}

Ref viewSub(Value a, Value b) { return viewSetOp(a, b, "difference_update"); }
Ref viewOr(Value a, Value b) { return viewSetOp(a, b, "update"); }
Ref viewXor(Value a, Value b) { return viewSetOp(a, b, "symmetric_difference_update"); }

// CPython: Objects/dictobject.c _PyDictView_Intersect
Ref viewAnd(Value self, Value other) {
  if (!isSetLikeView(self))
    std::swap(self, other);
  int64_t ls = length(self);
  if (ls < 0)
    return Ref();
  if (other.isObject() && other.type() == &SetType) {
    int64_t lo = length(other);
    if (lo < 0)
      return Ref();
    if (ls <= lo)
      return callMethod(other, "intersection", {self});
  }
  if (isSetLikeView(other)) {
    int64_t lo = length(other);
    if (lo > ls)
      std::swap(self, other);
  }
  Ref result = newSet();
  if (!result)
    return result;
  Ref it = getIter(other);
  if (!it)
    return Ref();
  bool keys = isSubtype(self.type(), &DictKeysType);
  for (;;) {
    Ref item = iterNext(*it);
    if (!item) {
      if (errorPending())
        return Ref();
      return result;
    }
    int r = keys ? keysViewContains(self, *item) : itemsViewContains(self, *item);
    if (r < 0)
      return Ref();
    if (r && setAdd(*result, *item) < 0)
      return Ref();
  }
}

// CPython: Objects/dictobject.c dictviews_isdisjoint
Ref viewIsDisjoint(Value self, Value other) {
  if (self.is(other))
    return newBool(dictSize(viewDict(self)) == 0);
  Value probe = self, iterate = other;
  if (isAnySet(other) || isSetLikeView(other)) {
    int64_t ls = length(self), lo = length(other);
    if (lo < 0)
      return Ref();
    if (lo > ls) {
      probe = other;
      iterate = self;
    }
  }
  Ref it = getIter(iterate);
  if (!it)
    return Ref();
  for (;;) {
    Ref item = iterNext(*it);
    if (!item) {
      if (errorPending())
        return Ref();
      return newBool(true);
    }
    int r = contains(probe, *item);
    if (r < 0)
      return Ref();
    if (r)
      return newBool(false);
  }
}

// --- dict methods --------------------------------------------------------------

Ref dictKeysMethod(Value self) { return makeView(&DictKeysType, self); }
Ref dictValuesMethod(Value self) { return makeView(&DictValuesType, self); }
Ref dictItemsMethod(Value self) { return makeView(&DictItemsType, self); }

Ref dictGet(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("get", nargs, 1, 2))
    return Ref();
  Ref v;
  int r = dictLookup(self, args[0], &v);
  if (r < 0)
    return Ref();
  if (r)
    return v;
  return Ref::borrow(nargs > 1 ? args[1] : None());
}

Ref dictSetDefaultMethod(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("setdefault", nargs, 1, 2))
    return Ref();
  Value v = dictSetDefault(self, args[0], nargs > 1 ? args[1] : None());
  if (!v)
    return Ref();
  return Ref::borrow(v);
}

Ref dictPopMethod(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("pop", nargs, 1, 2))
    return Ref();
  Ref v;
  int r = dictPop(self, args[0], &v);
  if (r < 0)
    return Ref();
  if (r)
    return v;
  if (nargs > 1)
    return Ref::borrow(args[1]);
  raiseKeyError(args[0]);
  return Ref();
}

// CPython: Objects/dictobject.c dict_popitem_impl
Ref dictPopItem(Value self) {
  DictObject *d = asDict(self);
  if (d->used == 0)
    return raise(&KeyErrorType, "popitem(): dictionary is empty");
  Keys *k = d->keys;
  int64_t i = k->nentries - 1;
  Entry *e = k->entries();
  while (i >= 0 && !e[i].value)
    --i;
  Ref result = newTuple(2);
  if (!result)
    return result;
  size_t slot = slotOfEntry(k, e[i].hash, i);
  k->indices()[slot] = kIxDummy;
  tupleInit(*result, 0, Ref::steal(e[i].key));
  tupleInit(*result, 1, Ref::steal(e[i].value));
  e[i].key = Value();
  e[i].value = Value();
  k->nentries = i;
  d->used--;
  bumpKeysVersion(d);
  return result;
}

Ref dictUpdateMethod(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (updateCommon(self, args, nargs, kwnames, "update") < 0)
    return Ref();
  return newNone();
}

Ref dictCopyMethod(Value self) { return dictCopy(self); }

Ref dictClearMethod(Value self) {
  dictClear(self);
  return newNone();
}

Ref dictContainsMethod(Value self, Value key) {
  int r = dictContains(self, key);
  if (r < 0)
    return Ref();
  return newBool(r);
}

Ref dictGetItemMethod(Value self, Value key) { return dictSubscript(self, key); }

Ref dictReversedMethod(Value self) { return makeDictIter(self, IterKind::Keys, true); }

Ref dictSizeof(Value self) {
  Keys *k = asDict(self)->keys;
  int64_t size = 48;
  if (k != kEmptyKeys)
    size += static_cast<int64_t>(sizeof(Keys) + k->size + (k->usable + k->nentries) * 24);
  return newInt(size);
}

// CPython: Objects/dictobject.c _PyDict_FromKeys
Ref dictFromKeys(Value cls, const Value *args, size_t nargs) {
  if (!checkPositional("fromkeys", nargs, 1, 2))
    return Ref();
  Value iterable = args[0];
  Value value = nargs > 1 ? args[1] : None();
  Ref d = call(cls, nullptr, 0);
  if (!d)
    return d;
  bool exact = (*d).type() == &DictType;
  if (exact && isExactDictIterable(iterable)) {
    size_t pos = 0;
    Value k;
    while (dictNext(iterable, &pos, &k, nullptr))
      if (dictSetItem(*d, k, value) < 0)
        return Ref();
    return d;
  }
  Ref it = getIter(iterable);
  if (!it)
    return Ref();
  for (;;) {
    Ref key = iterNext(*it);
    if (!key) {
      if (errorPending())
        return Ref();
      return d;
    }
    int r = exact ? dictSetItem(*d, *key, value) : setItem(*d, *key, value);
    if (r < 0)
      return Ref();
  }
}

const MethodDef kDictMethods[] = {
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
    method("keys", dictKeysMethod),
    method("values", dictValuesMethod),
    method("items", dictItemsMethod),
    method("get", dictGet),
    method("setdefault", dictSetDefaultMethod),
    method("pop", dictPopMethod),
    method("popitem", dictPopItem),
    method("update", dictUpdateMethod),
    method("copy", dictCopyMethod),
    method("clear", dictClearMethod),
    method("fromkeys", dictFromKeys, kMethodClass),
    method("__contains__", dictContainsMethod, kMethodCoexist),
    method("__getitem__", dictGetItemMethod, kMethodCoexist),
    method("__reversed__", dictReversedMethod),
    method("__sizeof__", dictSizeof),
};

const MethodDef kKeysViewMethods[] = {
    method("isdisjoint", viewIsDisjoint),
    method("__reversed__", keysViewReversed),
};
const MethodDef kValuesViewMethods[] = {
    method("__reversed__", valuesViewReversed),
};
const MethodDef kItemsViewMethods[] = {
    method("isdisjoint", viewIsDisjoint),
    method("__reversed__", itemsViewReversed),
};
const MethodDef kDictIterMethods[] = {
    method("__length_hint__", dictIterLengthHint),
};

Ref viewMapping(Value self) { return newMappingProxy(viewDict(self)); }

const GetSetDef kViewGetSets[] = {
    {"mapping", viewMapping},
};

void setupView(Type *type, const char *name, UnaryFn iter, std::span<const MethodDef> methods,
               bool setLike, ContainsFn containsFn) {
  initStaticType(type, name, &ObjectType, sizeof(DictViewObject), kTypeImmutable);
  type->dealloc = viewDealloc;
  type->repr = viewRepr;
  type->iter = iter;
  type->length = viewLength;
  type->contains = containsFn;
  if (setLike) {
    type->richcompare = viewRichCompare;
    type->binary[static_cast<int>(BinaryOp::Subtract)] = viewSub;
    type->binary[static_cast<int>(BinaryOp::And)] = viewAnd;
    type->binary[static_cast<int>(BinaryOp::Or)] = viewOr;
    type->binary[static_cast<int>(BinaryOp::Xor)] = viewXor;
    type->hash = unhashable;
  }
  typeReady(type, methods, kViewGetSets);
  if (setLike)
    markUnhashable(type);
}

void setupIter(Type *type, const char *name, bool reversed) {
  initStaticType(type, name, &ObjectType, sizeof(DictIterObject), kTypeImmutable);
  type->dealloc = dictIterDealloc;
  type->iter = iterSelf;
  type->iternext = reversed ? dictRevIterNext : dictIterNext;
  typeReady(type, kDictIterMethods);
}

} // namespace

Ref newDictView(Type *viewType, Value dict) { return makeView(viewType, dict); }
Value dictViewDict(Value view) { return viewDict(view); }

void initDictTypes() {
  initStaticType(&DictType, "dict", &ObjectType, sizeof(DictObject),
                 kTypeBaseType | kTypeImmutable | kTypeDictSubclass);
  DictType.dealloc = dictDealloc;
  DictType.repr = dictRepr;
  DictType.hash = unhashable;
  DictType.richcompare = dictRichCompare;
  DictType.iter = dictIter;
  DictType.newInstance = dictNew;
  DictType.init = dictInit;
  DictType.binary[static_cast<int>(BinaryOp::Or)] = dictOr;
  DictType.inplace[static_cast<int>(BinaryOp::Or)] = dictIor;
  DictType.length = dictLength;
  DictType.getitem = dictSubscript;
  DictType.setitem = dictAssSubscript;
  DictType.contains = dictContains;
  typeReady(&DictType, kDictMethods);
  markUnhashable(&DictType);

  setupView(&DictKeysType, "dict_keys", keysViewIter, kKeysViewMethods, true, keysViewContains);
  setupView(&DictValuesType, "dict_values", valuesViewIter, kValuesViewMethods, false, nullptr);
  setupView(&DictItemsType, "dict_items", itemsViewIter, kItemsViewMethods, true,
            itemsViewContains);

  setupIter(&DictKeyIterType, "dict_keyiterator", false);
  setupIter(&DictValueIterType, "dict_valueiterator", false);
  setupIter(&DictItemIterType, "dict_itemiterator", false);
  setupIter(&DictRevKeyIterType, "dict_reversekeyiterator", true);
  setupIter(&DictRevValueIterType, "dict_reversevalueiterator", true);
  setupIter(&DictRevItemIterType, "dict_reverseitemiterator", true);
}

} // namespace pyvm
