// Python set and frozenset with CPython's open-addressing table (linear
// probes then perturbation, fill/used accounting, x4 growth), so that the
// iteration order -- and thus repr -- of sets of ints matches CPython's.
// CPython: Objects/setobject.c
#include "vm/set.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cstdlib>
#include <cstring>

namespace pyvm {

Type SetType;
Type FrozenSetType;
Type SetIterType;

namespace {

constexpr int64_t kSetMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

struct SetEntry {
  Value key; // owned; null = unused, dummy = deleted
  int64_t hash;
};

// The deleted-entry marker (CPython: _dummy_struct).
Object gDummy{kImmortalRefcount, nullptr};
inline Value dummy() { return Value::fromObject(&gDummy); }

} // namespace

struct SetObject : Object {
  int64_t fill; // active + dummy entries
  int64_t used; // active entries
  int64_t mask;
  SetEntry *table;
  int64_t hash; // frozenset only, -1 until computed
  int64_t finger;
  SetEntry smalltable[kSetMinSize];
};

namespace {

inline SetObject *asSet(Value v) { return v.as<SetObject>(); }

void initSetObject(SetObject *so) {
  so->fill = 0;
  so->used = 0;
  so->mask = kSetMinSize - 1;
  so->table = so->smalltable;
  so->hash = -1;
  so->finger = 0;
  std::memset(static_cast<void *>(so->smalltable), 0, sizeof(so->smalltable));
}

bool isExactAnySet(Value v) {
  return v.isObject() && (v.type() == &SetType || v.type() == &FrozenSetType);
}

bool isSetOrSubclass(Value v) { return v.isObject() && isInstance(v, &SetType); }

// CPython: set_unhashable_type
void unhashableElement(Value key) {
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
  raisef(&TypeErrorType, "cannot use '{}' as a set element ({})", typeName(key),
         strToUtf8(*text));
}

inline bool keysEqualFast(Value a, Value b) {
  return isExactStr(a) && isExactStr(b) && strEquals(a, b);
}

// CPython: set_lookkey. Null on error; an entry whose key is null when absent.
SetEntry *lookKey(SetObject *so, Value key, int64_t hash) {
restart:
  size_t perturb = static_cast<size_t>(hash);
  size_t mask = static_cast<size_t>(so->mask);
  size_t i = static_cast<size_t>(hash) & mask;
  bool frozen = so->type == &FrozenSetType;
  for (;;) {
    SetEntry *entry = &so->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (entry->hash == 0 && entry->key.isNull())
        return entry;
      if (entry->hash == hash) {
        Value start = entry->key;
        if (start.is(key) || keysEqualFast(start, key))
          return entry;
        SetEntry *table = so->table;
        int cmp;
        if (frozen) {
          cmp = compareBool(start, key, CompareOp::Eq);
          if (cmp < 0)
            return nullptr;
        } else {
          incref(start);
          cmp = compareBool(start, key, CompareOp::Eq);
          decref(start);
          if (cmp < 0)
            return nullptr;
          if (table != so->table || !entry->key.is(start))
            goto restart;
        }
        if (cmp > 0)
          return entry;
        mask = static_cast<size_t>(so->mask);
      }
      ++entry;
      if (probes-- == 0)
        break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// CPython: set_insert_clean
void insertClean(SetEntry *table, size_t mask, Value key, int64_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry *entry = &table[i];
    if (entry->key.isNull()) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.isNull()) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// CPython: set_table_resize
int tableResize(SetObject *so, int64_t minused) {
  size_t newsize = kSetMinSize;
  while (newsize <= static_cast<size_t>(minused))
    newsize <<= 1;
  SetEntry *oldtable = so->table;
  int64_t oldmask = so->mask;
  bool oldMalloced = oldtable != so->smalltable;
  SetEntry smallCopy[kSetMinSize];
  SetEntry *newtable;
  if (newsize == kSetMinSize) {
    newtable = so->smalltable;
    if (newtable == oldtable) {
      if (so->fill == so->used)
        return 0;
      std::memcpy(smallCopy, oldtable, sizeof(smallCopy));
      oldtable = smallCopy;
    }
  } else {
    newtable = static_cast<SetEntry *>(std::malloc(sizeof(SetEntry) * newsize));
    if (!newtable) {
      raiseEmpty(&MemoryErrorType);
      return -1;
    }
  }
  std::memset(static_cast<void *>(newtable), 0, sizeof(SetEntry) * newsize);
  so->mask = static_cast<int64_t>(newsize) - 1;
  so->table = newtable;
  size_t newmask = newsize - 1;
  if (so->fill == so->used) {
    for (SetEntry *e = oldtable; e <= oldtable + oldmask; ++e)
      if (!e->key.isNull())
        insertClean(newtable, newmask, e->key, e->hash);
  } else {
    so->fill = so->used;
    for (SetEntry *e = oldtable; e <= oldtable + oldmask; ++e)
      if (!e->key.isNull() && !e->key.is(dummy()))
        insertClean(newtable, newmask, e->key, e->hash);
  }
  if (oldMalloced)
    std::free(oldtable);
  return 0;
}

// CPython: set_add_entry_takeref
int addEntryTake(SetObject *so, Value key, int64_t hash) {
restart:
  size_t mask = static_cast<size_t>(so->mask);
  size_t i = static_cast<size_t>(hash) & mask;
  SetEntry *freeslot = nullptr;
  size_t perturb = static_cast<size_t>(hash);
  SetEntry *entry;
  for (;;) {
    entry = &so->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (entry->hash == 0 && entry->key.isNull())
        goto foundUnusedOrDummy;
      if (entry->hash == hash) {
        Value start = entry->key;
        if (start.is(key) || keysEqualFast(start, key)) {
          decref(key);
          return 0;
        }
        SetEntry *table = so->table;
        incref(start);
        int cmp = compareBool(start, key, CompareOp::Eq);
        decref(start);
        if (cmp > 0) {
          decref(key);
          return 0;
        }
        if (cmp < 0) {
          decref(key);
          return -1;
        }
        if (table != so->table || !entry->key.is(start))
          goto restart;
        mask = static_cast<size_t>(so->mask);
      } else if (entry->hash == -1) {
        freeslot = entry;
      }
      ++entry;
      if (probes-- == 0)
        break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
foundUnusedOrDummy:
  if (freeslot) {
    if (freeslot->hash != -1)
      goto restart;
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
  }
  so->fill++;
  so->used++;
  entry->key = key;
  entry->hash = hash;
  if (static_cast<size_t>(so->fill) * 5 < mask * 3)
    return 0;
  return tableResize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int addEntry(SetObject *so, Value key, int64_t hash) {
  incref(key);
  return addEntryTake(so, key, hash);
}

int64_t hashElement(Value key) {
  int64_t h = fastHash(key);
  if (h == -1)
    unhashableElement(key);
  return h;
}

int addKey(SetObject *so, Value key) {
  int64_t h = hashElement(key);
  if (h == -1)
    return -1;
  return addEntry(so, key, h);
}

int containsEntry(SetObject *so, Value key, int64_t hash) {
  SetEntry *e = lookKey(so, key, hash);
  if (!e)
    return -1;
  return !e->key.isNull();
}

int containsKey(SetObject *so, Value key) {
  int64_t h = hashElement(key);
  if (h == -1)
    return -1;
  return containsEntry(so, key, h);
}

constexpr int kDiscardNotFound = 0;
constexpr int kDiscardFound = 1;

int discardEntry(SetObject *so, Value key, int64_t hash) {
  SetEntry *e = lookKey(so, key, hash);
  if (!e)
    return -1;
  if (e->key.isNull())
    return kDiscardNotFound;
  Value old = e->key;
  e->key = dummy();
  e->hash = -1;
  so->used--;
  decref(old);
  return kDiscardFound;
}

int discardKey(SetObject *so, Value key) {
  int64_t h = hashElement(key);
  if (h == -1)
    return -1;
  return discardEntry(so, key, h);
}

// CPython: set_clear_internal
void clearInternal(SetObject *so) {
  SetEntry *table = so->table;
  int64_t used = so->used;
  bool malloced = table != so->smalltable;
  SetEntry smallCopy[kSetMinSize];
  if (malloced) {
    initSetObject(so);
  } else if (so->fill > 0) {
    std::memcpy(smallCopy, table, sizeof(smallCopy));
    table = smallCopy;
    initSetObject(so);
  }
  for (SetEntry *e = table; used > 0; ++e) {
    if (!e->key.isNull() && !e->key.is(dummy())) {
      --used;
      decref(e->key);
    }
  }
  if (malloced)
    std::free(table);
}

// CPython: set_next
bool nextEntry(SetObject *so, int64_t *pos, SetEntry **out) {
  int64_t i = *pos;
  int64_t mask = so->mask;
  SetEntry *e = &so->table[i];
  while (i <= mask && (e->key.isNull() || e->key.is(dummy()))) {
    ++i;
    ++e;
  }
  *pos = i + 1;
  if (i > mask)
    return false;
  *out = e;
  return true;
}

void setDealloc(Object *self) {
  auto *so = static_cast<SetObject *>(self);
  int64_t used = so->used;
  for (SetEntry *e = so->table; used > 0; ++e) {
    if (!e->key.isNull() && !e->key.is(dummy())) {
      --used;
      decref(e->key);
    }
  }
  if (so->table != so->smalltable)
    std::free(so->table);
}

// CPython: set_merge_lock_held
int merge(SetObject *so, SetObject *other) {
  if (other == so || other->used == 0)
    return 0;
  if ((so->fill + other->used) * 5 >= so->mask * 3) {
    if (tableResize(so, (so->used + other->used) * 2) != 0)
      return -1;
  }
  SetEntry *soEntry = so->table;
  SetEntry *otherEntry = other->table;
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; ++i, ++soEntry, ++otherEntry) {
      Value key = otherEntry->key;
      if (!key.isNull()) {
        incref(key);
        soEntry->key = key;
        soEntry->hash = otherEntry->hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  if (so->fill == 0) {
    SetEntry *newtable = so->table;
    size_t newmask = static_cast<size_t>(so->mask);
    so->fill = other->used;
    so->used = other->used;
    for (int64_t i = other->mask + 1; i > 0; --i, ++otherEntry) {
      Value key = otherEntry->key;
      if (!key.isNull() && !key.is(dummy())) {
        incref(key);
        insertClean(newtable, newmask, key, otherEntry->hash);
      }
    }
    return 0;
  }
  for (int64_t i = 0; i <= other->mask; ++i) {
    otherEntry = &other->table[i];
    Value key = otherEntry->key;
    if (!key.isNull() && !key.is(dummy())) {
      if (addEntry(so, key, otherEntry->hash))
        return -1;
    }
  }
  return 0;
}

// Hashes are those of the dict's entries (CPython: set_update_dict_lock_held).
int updateDict(SetObject *so, Value dict) {
  int64_t dictsize = static_cast<int64_t>(dictSize(dict));
  if ((so->fill + dictsize) * 5 >= so->mask * 3) {
    if (tableResize(so, (so->used + dictsize) * 2) != 0)
      return -1;
  }
  size_t pos = 0;
  Value key;
  int64_t h;
  while (dictNextWithHash(dict, &pos, &key, nullptr, &h)) {
    if (addEntry(so, key, h))
      return -1;
  }
  return 0;
}

int updateIterable(SetObject *so, Value other) {
  Ref it = getIter(other);
  if (!it)
    return -1;
  for (;;) {
    Ref key = iterNext(*it);
    if (!key)
      return errorPending() ? -1 : 0;
    if (addKey(so, *key))
      return -1;
  }
}

// CPython: set_update_internal
int updateInternal(SetObject *so, Value other) {
  if (isAnySet(other)) {
    if (other.is(Value::fromObject(so)))
      return 0;
    return merge(so, asSet(other));
  }
  if (other.isObject() && other.type() == &DictType)
    return updateDict(so, other);
  return updateIterable(so, other);
}

// CPython: make_new_set
Ref makeNewSet(Type *type, Value iterable) {
  // The explicit size lets sets be made before their type is readied.
  Object *o = allocObject(type, type->basicSize > sizeof(SetObject) ? type->basicSize
                                                                     : sizeof(SetObject));
  if (!o)
    return Ref();
  auto *so = static_cast<SetObject *>(o);
  initSetObject(so);
  Ref r = Ref::steal(o);
  if (iterable && updateInternal(so, iterable) < 0)
    return Ref();
  return r;
}

// CPython: make_new_set_basetype
Ref makeNewSetBasetype(Type *type, Value iterable) {
  if (type != &SetType && type != &FrozenSetType)
    type = isSubtype(type, &SetType) ? &SetType : &FrozenSetType;
  return makeNewSet(type, iterable);
}

// CPython: set_swap_bodies
void swapBodies(SetObject *a, SetObject *b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  SetEntry *u = a->table;
  if (a->table == a->smalltable)
    u = b->smalltable;
  a->table = b->table;
  if (b->table == b->smalltable)
    a->table = a->smalltable;
  b->table = u;
  if (a->table == a->smalltable || b->table == b->smalltable) {
    SetEntry tab[kSetMinSize];
    std::memcpy(tab, a->smalltable, sizeof(tab));
    std::memcpy(a->smalltable, b->smalltable, sizeof(tab));
    std::memcpy(b->smalltable, tab, sizeof(tab));
  }
  if (isSubtype(a->type, &FrozenSetType) && isSubtype(b->type, &FrozenSetType)) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = -1;
    b->hash = -1;
  }
}

Ref setCopy(Value self) {
  Ref copy = makeNewSetBasetype(self.type(), Value());
  if (!copy)
    return copy;
  if (merge(asSet(*copy), asSet(self)) < 0)
    return Ref();
  return copy;
}

Ref frozensetCopy(Value self) {
  if (self.type() == &FrozenSetType)
    return Ref::borrow(self);
  return setCopy(self);
}

// CPython: set_intersection
Ref intersection(Value selfv, Value other) {
  SetObject *so = asSet(selfv);
  if (other.is(Value::fromObject(so)))
    return setCopy(selfv);
  Ref result = makeNewSetBasetype(selfv.type(), Value());
  if (!result)
    return result;
  SetObject *rs = asSet(*result);
  if (isAnySet(other)) {
    SetObject *o = asSet(other);
    if (o->used > so->used)
      std::swap(so, o);
    int64_t pos = 0;
    SetEntry *entry;
    while (nextEntry(o, &pos, &entry)) {
      Ref key = Ref::borrow(entry->key);
      int64_t h = entry->hash;
      int rv = containsEntry(so, *key, h);
      if (rv < 0)
        return Ref();
      if (rv && addEntry(rs, *key, h))
        return Ref();
    }
    return result;
  }
  Ref it = getIter(other);
  if (!it)
    return Ref();
  for (;;) {
    Ref key = iterNext(*it);
    if (!key) {
      if (errorPending())
        return Ref();
      return result;
    }
    int64_t h = hash(*key);
    if (h == -1)
      return Ref();
    int rv = containsEntry(so, *key, h);
    if (rv < 0)
      return Ref();
    if (rv) {
      if (addEntry(rs, *key, h))
        return Ref();
      if (rs->used >= so->used)
        return result;
    }
  }
}

// CPython: set_difference_update_internal
int differenceUpdateInternal(SetObject *so, Value other) {
  if (other.is(Value::fromObject(so))) {
    clearInternal(so);
    return 0;
  }
  if (isAnySet(other)) {
    Ref o;
    if ((asSet(other)->used >> 3) > so->used) {
      o = intersection(Value::fromObject(so), other);
      if (!o)
        return -1;
    } else {
      o = Ref::borrow(other);
    }
    int64_t pos = 0;
    SetEntry *entry;
    while (nextEntry(asSet(*o), &pos, &entry)) {
      Ref key = Ref::borrow(entry->key);
      if (discardEntry(so, *key, entry->hash) < 0)
        return -1;
    }
  } else {
    Ref it = getIter(other);
    if (!it)
      return -1;
    for (;;) {
      Ref key = iterNext(*it);
      if (!key) {
        if (errorPending())
          return -1;
        break;
      }
      if (discardKey(so, *key) < 0)
        return -1;
    }
  }
  if (static_cast<size_t>(so->fill - so->used) <= static_cast<size_t>(so->mask) / 4)
    return 0;
  return tableResize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Ref copyAndDifference(Value self, Value other) {
  Ref result = setCopy(self);
  if (!result)
    return result;
  if (differenceUpdateInternal(asSet(*result), other) < 0)
    return Ref();
  return result;
}

// CPython: set_difference_untracked
Ref difference(Value self, Value other) {
  SetObject *so = asSet(self);
  int64_t otherSize;
  bool otherIsDict = other.isObject() && other.type() == &DictType;
  if (isAnySet(other))
    otherSize = asSet(other)->used;
  else if (otherIsDict)
    otherSize = static_cast<int64_t>(dictSize(other));
  else
    return copyAndDifference(self, other);
  if ((so->used >> 2) > otherSize)
    return copyAndDifference(self, other);
  Ref result = makeNewSetBasetype(self.type(), Value());
  if (!result)
    return result;
  int64_t pos = 0;
  SetEntry *entry;
  while (nextEntry(so, &pos, &entry)) {
    Ref key = Ref::borrow(entry->key);
    int64_t h = entry->hash;
    int rv = otherIsDict ? dictContainsHashed(other, *key, h) : containsEntry(asSet(other), *key, h);
    if (rv < 0)
      return Ref();
    if (!rv && addEntry(asSet(*result), *key, h))
      return Ref();
  }
  return result;
}

int symmetricDifferenceUpdateSet(SetObject *so, SetObject *other) {
  int64_t pos = 0;
  SetEntry *entry;
  while (nextEntry(other, &pos, &entry)) {
    Ref key = Ref::borrow(entry->key);
    int64_t h = entry->hash;
    int rv = discardEntry(so, *key, h);
    if (rv < 0)
      return -1;
    if (rv == kDiscardNotFound && addEntry(so, *key, h))
      return -1;
  }
  return 0;
}

int symmetricDifferenceUpdateDict(SetObject *so, Value dict) {
  size_t pos = 0;
  Value k;
  int64_t h;
  while (dictNextWithHash(dict, &pos, &k, nullptr, &h)) {
    Ref key = Ref::borrow(k);
    int rv = discardEntry(so, *key, h);
    if (rv < 0)
      return -1;
    if (rv == kDiscardNotFound && addEntry(so, *key, h))
      return -1;
  }
  return 0;
}

int symmetricDifferenceUpdate(Value self, Value other) {
  SetObject *so = asSet(self);
  if (other.is(Value::fromObject(so))) {
    clearInternal(so);
    return 0;
  }
  if (other.isObject() && other.type() == &DictType)
    return symmetricDifferenceUpdateDict(so, other);
  if (isAnySet(other))
    return symmetricDifferenceUpdateSet(so, asSet(other));
  Ref otherset = makeNewSetBasetype(self.type(), other);
  if (!otherset)
    return -1;
  return symmetricDifferenceUpdateSet(so, asSet(*otherset));
}

Ref symmetricDifference(Value self, Value other) {
  Ref result = makeNewSetBasetype(self.type(), Value());
  if (!result)
    return result;
  if (updateInternal(asSet(*result), other) < 0)
    return Ref();
  if (symmetricDifferenceUpdateSet(asSet(*result), asSet(self)) < 0)
    return Ref();
  return result;
}

Ref issubset(Value self, Value other);
Ref issuperset(Value self, Value other);

Ref issubset(Value self, Value other) {
  SetObject *so = asSet(self);
  if (!isAnySet(other)) {
    Ref tmp = intersection(self, other);
    if (!tmp)
      return tmp;
    return newBool(asSet(*tmp)->used == so->used);
  }
  if (so->used > asSet(other)->used)
    return newBool(false);
  int64_t pos = 0;
  SetEntry *entry;
  while (nextEntry(so, &pos, &entry)) {
    Ref key = Ref::borrow(entry->key);
    int rv = containsEntry(asSet(other), *key, entry->hash);
    if (rv < 0)
      return Ref();
    if (!rv)
      return newBool(false);
  }
  return newBool(true);
}

Ref issuperset(Value self, Value other) {
  if (isAnySet(other))
    return issubset(other, self);
  Ref it = getIter(other);
  if (!it)
    return Ref();
  for (;;) {
    Ref key = iterNext(*it);
    if (!key) {
      if (errorPending())
        return Ref();
      return newBool(true);
    }
    int rv = containsKey(asSet(self), *key);
    if (rv < 0)
      return Ref();
    if (!rv)
      return newBool(false);
  }
}

// CPython: frozenset_hash_impl
uint64_t shuffleBits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

int64_t frozensetHashImpl(SetObject *so) {
  uint64_t h = 0;
  for (SetEntry *e = so->table; e <= &so->table[so->mask]; ++e)
    h ^= shuffleBits(static_cast<uint64_t>(e->hash));
  if ((so->mask + 1 - so->fill) & 1)
    h ^= shuffleBits(0);
  if ((so->fill - so->used) & 1)
    h ^= shuffleBits(static_cast<uint64_t>(-1));
  h ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237UL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923UL;
  if (h == static_cast<uint64_t>(-1))
    h = 590923713UL;
  return static_cast<int64_t>(h);
}

int64_t frozensetHash(Value self) {
  SetObject *so = asSet(self);
  if (so->hash != -1)
    return so->hash;
  so->hash = frozensetHashImpl(so);
  return so->hash;
}

int64_t setUnhashable(Value self) {
  raisef(&TypeErrorType, "unhashable type: '{}'", typeName(self));
  return -1;
}

// --- slots -------------------------------------------------------------------

// CPython: set_repr_lock_held
Ref setRepr(Value self) {
  SetObject *so = asSet(self);
  int status = reprEnter(self);
  if (status != 0)
    return status > 0 ? newStr(self.type()->name + "(...)") : Ref();
  if (!so->used) {
    reprLeave(self);
    return newStr(self.type()->name + "()");
  }
  Ref keys = newList(static_cast<size_t>(so->used));
  int64_t pos = 0;
  SetEntry *entry;
  while (nextEntry(so, &pos, &entry))
    listAppend(*keys, Ref::borrow(entry->key));
  std::string inner;
  if (!appendRepr(inner, *keys)) {
    reprLeave(self);
    return Ref();
  }
  inner = inner.substr(1, inner.size() - 2);
  std::string out;
  if (self.type() != &SetType)
    out = self.type()->name + "({" + inner + "})";
  else
    out = "{" + inner + "}";
  reprLeave(self);
  return newStr(out);
}

int64_t setLength(Value self) { return asSet(self)->used; }

// CPython: set_contains_lock_held (a set key is looked up as a frozenset)
int setContainsSlot(Value self, Value key) {
  int rv = containsKey(asSet(self), key);
  if (rv < 0) {
    if (!isSetOrSubclass(key) || !pendingExceptionMatches(&TypeErrorType))
      return -1;
    clearPendingException();
    rv = containsEntry(asSet(self), key, frozensetHashImpl(asSet(key)));
  }
  return rv;
}

Ref setRichCompare(Value self, Value w, CompareOp op) {
  if (!isAnySet(self) || !isAnySet(w))
    return newNotImplemented();
  SetObject *v = asSet(self);
  switch (op) {
  case CompareOp::Eq: {
    if (v->used != asSet(w)->used)
      return newBool(false);
    if (v->hash != -1 && asSet(w)->hash != -1 && v->hash != asSet(w)->hash)
      return newBool(false);
    return issubset(self, w);
  }
  case CompareOp::Ne: {
    Ref r = setRichCompare(self, w, CompareOp::Eq);
    if (!r)
      return r;
    int t = isTrue(*r);
    if (t < 0)
      return Ref();
    return newBool(!t);
  }
  case CompareOp::Le:
    return issubset(self, w);
  case CompareOp::Ge:
    return issuperset(self, w);
  case CompareOp::Lt:
    if (v->used >= asSet(w)->used)
      return newBool(false);
    return issubset(self, w);
  case CompareOp::Gt:
    if (v->used <= asSet(w)->used)
      return newBool(false);
    return issuperset(self, w);
  }
  return newNotImplemented();
}

Ref setOr(Value self, Value other) {
  if (!isAnySet(self) || !isAnySet(other))
    return newNotImplemented();
  Ref result = setCopy(self);
  if (!result || self.is(other))
    return result;
  if (updateInternal(asSet(*result), other) < 0)
    return Ref();
  return result;
}

Ref setAnd(Value self, Value other) {
  if (!isAnySet(self) || !isAnySet(other))
    return newNotImplemented();
  return intersection(self, other);
}

Ref setSub(Value self, Value other) {
  if (!isAnySet(self) || !isAnySet(other))
    return newNotImplemented();
  return difference(self, other);
}

Ref setXor(Value self, Value other) {
  if (!isAnySet(self) || !isAnySet(other))
    return newNotImplemented();
  return symmetricDifference(self, other);
}

Ref setIor(Value self, Value other) {
  if (!isAnySet(other))
    return newNotImplemented();
  if (updateInternal(asSet(self), other) < 0)
    return Ref();
  return Ref::borrow(self);
}

Ref setIand(Value self, Value other) {
  if (!isAnySet(other))
    return newNotImplemented();
  Ref tmp = intersection(self, other);
  if (!tmp)
    return tmp;
  swapBodies(asSet(self), asSet(*tmp));
  return Ref::borrow(self);
}

Ref setIsub(Value self, Value other) {
  if (!isAnySet(other))
    return newNotImplemented();
  if (differenceUpdateInternal(asSet(self), other) < 0)
    return Ref();
  return Ref::borrow(self);
}

Ref setIxor(Value self, Value other) {
  if (!isAnySet(other))
    return newNotImplemented();
  if (symmetricDifferenceUpdate(self, other) < 0)
    return Ref();
  return Ref::borrow(self);
}

Ref setIter(Value self);

Ref setNewSlot(Type *type, const Value *, size_t, Value) { return makeNewSet(type, Value()); }

// CPython: set_init
int setInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("set", kwnames))
    return -1;
  if (!checkPositional(self.type()->name.c_str(), nargs, 0, 1))
    return -1;
  SetObject *so = asSet(self);
  if (so->fill)
    clearInternal(so);
  so->hash = -1;
  if (nargs == 0)
    return 0;
  return updateInternal(so, args[0]);
}

// CPython: frozenset_new / make_new_frozenset
Ref frozensetNewSlot(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (type == &FrozenSetType && !checkNoKeywords("frozenset", kwnames))
    return Ref();
  if (!checkPositional(type->name.c_str(), nargs, 0, 1))
    return Ref();
  Value iterable = nargs ? args[0] : Value();
  if (type == &FrozenSetType && iterable && iterable.type() == &FrozenSetType)
    return Ref::borrow(iterable);
  return makeNewSet(type, iterable);
}

// --- methods -----------------------------------------------------------------

Ref setAddMethod(Value self, Value key) {
  if (addKey(asSet(self), key))
    return Ref();
  return newNone();
}

Ref setClearMethod(Value self) {
  clearInternal(asSet(self));
  return newNone();
}

Ref setContainsMethod(Value self, Value key) {
  int r = setContainsSlot(self, key);
  if (r < 0)
    return Ref();
  return newBool(r);
}

int discardWithSetKey(Value self, Value key) {
  int rv = discardKey(asSet(self), key);
  if (rv < 0) {
    if (!isSetOrSubclass(key) || !pendingExceptionMatches(&TypeErrorType))
      return -1;
    clearPendingException();
    rv = discardEntry(asSet(self), key, frozensetHashImpl(asSet(key)));
  }
  return rv;
}

Ref setDiscardMethod(Value self, Value key) {
  if (discardWithSetKey(self, key) < 0)
    return Ref();
  return newNone();
}

Ref setRemoveMethod(Value self, Value key) {
  int rv = discardWithSetKey(self, key);
  if (rv < 0)
    return Ref();
  if (rv == kDiscardNotFound) {
    Ref exc = call(Value::fromObject(&KeyErrorType), {key});
    if (exc)
      setPendingException(std::move(exc));
    return Ref();
  }
  return newNone();
}

// CPython: set_pop_impl
Ref setPopMethod(Value self) {
  SetObject *so = asSet(self);
  SetEntry *entry = so->table + (so->finger & so->mask);
  SetEntry *limit = so->table + so->mask;
  if (so->used == 0)
    return raise(&KeyErrorType, "pop from an empty set");
  while (entry->key.isNull() || entry->key.is(dummy())) {
    ++entry;
    if (entry > limit)
      entry = so->table;
  }
  Value key = entry->key;
  entry->key = dummy();
  entry->hash = -1;
  so->used--;
  so->finger = entry - so->table + 1;
  return Ref::steal(key);
}

Ref setUnionMethod(Value self, const Value *args, size_t nargs) {
  Ref result = makeNewSetBasetype(self.type(), self);
  if (!result)
    return result;
  for (size_t i = 0; i < nargs; ++i) {
    if (args[i].is(self))
      continue;
    if (updateInternal(asSet(*result), args[i]) < 0)
      return Ref();
  }
  return result;
}

Ref setUpdateMethod(Value self, const Value *args, size_t nargs) {
  for (size_t i = 0; i < nargs; ++i)
    if (updateInternal(asSet(self), args[i]) < 0)
      return Ref();
  return newNone();
}

Ref setIntersectionMulti(Value self, const Value *args, size_t nargs) {
  if (nargs == 0)
    return setCopy(self);
  Ref result = Ref::borrow(self);
  for (size_t i = 0; i < nargs; ++i) {
    Ref next = intersection(*result, args[i]);
    if (!next)
      return next;
    result = std::move(next);
  }
  return result;
}

Ref setIntersectionUpdateMulti(Value self, const Value *args, size_t nargs) {
  Ref tmp = setIntersectionMulti(self, args, nargs);
  if (!tmp)
    return tmp;
  swapBodies(asSet(self), asSet(*tmp));
  return newNone();
}

Ref setDifferenceMulti(Value self, const Value *args, size_t nargs) {
  if (nargs == 0)
    return setCopy(self);
  Ref result = difference(self, args[0]);
  if (!result)
    return result;
  for (size_t i = 1; i < nargs; ++i)
    if (differenceUpdateInternal(asSet(*result), args[i]) < 0)
      return Ref();
  return result;
}

Ref setDifferenceUpdateMethod(Value self, const Value *args, size_t nargs) {
  for (size_t i = 0; i < nargs; ++i)
    if (differenceUpdateInternal(asSet(self), args[i]) < 0)
      return Ref();
  return newNone();
}

Ref setSymmetricDifferenceMethod(Value self, Value other) {
  return symmetricDifference(self, other);
}

Ref setSymmetricDifferenceUpdateMethod(Value self, Value other) {
  if (symmetricDifferenceUpdate(self, other) < 0)
    return Ref();
  return newNone();
}

// CPython: set_isdisjoint_impl
Ref setIsDisjoint(Value self, Value other) {
  SetObject *so = asSet(self);
  if (other.is(Value::fromObject(so)))
    return newBool(so->used == 0);
  if (isExactAnySet(other)) {
    SetObject *o = asSet(other);
    if (o->used > so->used)
      std::swap(so, o);
    int64_t pos = 0;
    SetEntry *entry;
    while (nextEntry(o, &pos, &entry)) {
      Ref key = Ref::borrow(entry->key);
      int rv = containsEntry(so, *key, entry->hash);
      if (rv < 0)
        return Ref();
      if (rv)
        return newBool(false);
    }
    return newBool(true);
  }
  Ref it = getIter(other);
  if (!it)
    return Ref();
  for (;;) {
    Ref key = iterNext(*it);
    if (!key) {
      if (errorPending())
        return Ref();
      return newBool(true);
    }
    int rv = containsKey(so, *key);
    if (rv < 0)
      return Ref();
    if (rv)
      return newBool(false);
  }
}

Ref setIsSubsetMethod(Value self, Value other) { return issubset(self, other); }
Ref setIsSupersetMethod(Value self, Value other) { return issuperset(self, other); }

Ref setSizeof(Value self) {
  SetObject *so = asSet(self);
  int64_t res = 200;
  if (so->table != so->smalltable)
    res += (so->mask + 1) * 16;
  return newInt(res);
}

Ref setReduce(Value self) {
  Ref keys = sequenceToList(self);
  if (!keys)
    return keys;
  Ref args = newTupleOf({*keys});
  if (!args)
    return args;
  Ref dictName = internStr("__dict__");
  Ref state = lookupAttr(self, *dictName);
  if (!state) {
    if (errorPending())
      return Ref();
    state = newNone();
  }
  return newTupleOf({Value::fromObject(self.type()), *args, *state});
}

// --- iterator ----------------------------------------------------------------

struct SetIterObject : Object {
  Value set; // owned, null when exhausted
  int64_t used;
  int64_t pos;
  int64_t len;
};

Ref setIter(Value self) {
  Object *o = allocObject(&SetIterType);
  if (!o)
    return Ref();
  auto *it = static_cast<SetIterObject *>(o);
  incref(self);
  it->set = self;
  it->used = asSet(self)->used;
  it->pos = 0;
  it->len = it->used;
  return Ref::steal(o);
}

void setIterDealloc(Object *self) { decref(static_cast<SetIterObject *>(self)->set); }

// CPython: setiter_iternext
Ref setIterNext(Value self) {
  auto *it = self.as<SetIterObject>();
  if (!it->set)
    return Ref();
  SetObject *so = asSet(it->set);
  if (it->used != so->used) {
    it->used = -1;
    return raise(&RuntimeErrorType, "Set changed size during iteration");
  }
  int64_t i = it->pos;
  SetEntry *entry = so->table;
  int64_t mask = so->mask;
  while (i <= mask && (entry[i].key.isNull() || entry[i].key.is(dummy())))
    ++i;
  it->pos = i + 1;
  if (i > mask) {
    Value s = it->set;
    it->set = Value();
    decref(s);
    return Ref();
  }
  it->len--;
  return Ref::borrow(entry[i].key);
}

Ref iterSelf(Value self) { return Ref::borrow(self); }

Ref setIterLengthHint(Value self) {
  auto *it = self.as<SetIterObject>();
  if (it->set && it->used == asSet(it->set)->used)
    return newInt(it->len);
  return newInt(0);
}

const MethodDef kSetMethods[] = {
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
    method("add", setAddMethod),
    method("clear", setClearMethod),
    method("__contains__", setContainsMethod, kMethodCoexist),
    method("copy", setCopy),
    method("discard", setDiscardMethod),
    method("difference", setDifferenceMulti),
    method("difference_update", setDifferenceUpdateMethod),
    method("intersection", setIntersectionMulti),
    method("intersection_update", setIntersectionUpdateMulti),
    method("isdisjoint", setIsDisjoint),
    method("issubset", setIsSubsetMethod),
    method("issuperset", setIsSupersetMethod),
    method("pop", setPopMethod),
    method("__reduce__", setReduce),
    method("remove", setRemoveMethod),
    method("__sizeof__", setSizeof),
    method("symmetric_difference", setSymmetricDifferenceMethod),
    method("symmetric_difference_update", setSymmetricDifferenceUpdateMethod),
    method("union", setUnionMethod),
    method("update", setUpdateMethod),
};

const MethodDef kFrozenSetMethods[] = {
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
    method("__contains__", setContainsMethod, kMethodCoexist),
    method("copy", frozensetCopy),
    method("difference", setDifferenceMulti),
    method("intersection", setIntersectionMulti),
    method("isdisjoint", setIsDisjoint),
    method("issubset", setIsSubsetMethod),
    method("issuperset", setIsSupersetMethod),
    method("__reduce__", setReduce),
    method("__sizeof__", setSizeof),
    method("symmetric_difference", setSymmetricDifferenceMethod),
    method("union", setUnionMethod),
};

const MethodDef kSetIterMethods[] = {
    method("__length_hint__", setIterLengthHint),
};

void setCommonSlots(Type *t) {
  t->dealloc = setDealloc;
  t->repr = setRepr;
  t->richcompare = setRichCompare;
  t->iter = setIter;
  t->length = setLength;
  t->contains = setContainsSlot;
  t->binary[static_cast<int>(BinaryOp::Subtract)] = setSub;
  t->binary[static_cast<int>(BinaryOp::And)] = setAnd;
  t->binary[static_cast<int>(BinaryOp::Xor)] = setXor;
  t->binary[static_cast<int>(BinaryOp::Or)] = setOr;
}

} // namespace

bool isAnySet(Value v) {
  if (!v.isObject())
    return false;
  Type *t = v.type();
  return t == &SetType || t == &FrozenSetType || isSubtype(t, &SetType) ||
         isSubtype(t, &FrozenSetType);
}

Ref newSet() { return makeNewSet(&SetType, Value()); }
Ref newFrozenSet() { return makeNewSet(&FrozenSetType, Value()); }

int setAdd(Value set, Value key) { return addKey(asSet(set), key); }

int setContains(Value set, Value key) { return setContainsSlot(set, key); }

size_t setSize(Value set) { return static_cast<size_t>(asSet(set)->used); }

bool setNext(Value set, size_t *pos, Value *key) {
  int64_t p = static_cast<int64_t>(*pos);
  SetEntry *entry;
  if (!nextEntry(asSet(set), &p, &entry))
    return false;
  *pos = static_cast<size_t>(p);
  *key = entry->key;
  return true;
}

Ref newSetFrom(Value iterable) { return makeNewSet(&SetType, iterable); }
Ref newFrozenSetFrom(Value iterable) { return makeNewSet(&FrozenSetType, iterable); }
int setDiscard(Value set, Value key) { return discardWithSetKey(set, key); }
int setUpdateInternal(Value set, Value iterable) { return updateInternal(asSet(set), iterable); }
void setClear(Value set) { clearInternal(asSet(set)); }

void initSetTypes() {
  initStaticType(&SetType, "set", &ObjectType, sizeof(SetObject), kTypeBaseType | kTypeImmutable);
  setCommonSlots(&SetType);
  SetType.hash = setUnhashable;
  SetType.newInstance = setNewSlot;
  SetType.init = setInit;
  SetType.inplace[static_cast<int>(BinaryOp::Subtract)] = setIsub;
  SetType.inplace[static_cast<int>(BinaryOp::And)] = setIand;
  SetType.inplace[static_cast<int>(BinaryOp::Xor)] = setIxor;
  SetType.inplace[static_cast<int>(BinaryOp::Or)] = setIor;
  typeReady(&SetType, kSetMethods);
  markUnhashable(&SetType);

  initStaticType(&FrozenSetType, "frozenset", &ObjectType, sizeof(SetObject),
                 kTypeBaseType | kTypeImmutable);
  setCommonSlots(&FrozenSetType);
  FrozenSetType.hash = frozensetHash;
  FrozenSetType.newInstance = frozensetNewSlot;
  typeReady(&FrozenSetType, kFrozenSetMethods);

  initStaticType(&SetIterType, "set_iterator", &ObjectType, sizeof(SetIterObject),
                 kTypeImmutable);
  SetIterType.dealloc = setIterDealloc;
  SetIterType.iter = iterSelf;
  SetIterType.iternext = setIterNext;
  typeReady(&SetIterType, kSetIterMethods);
}

} // namespace pyvm
