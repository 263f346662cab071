// collections.OrderedDict: a dict subclass. CPython keeps a separate linked
// list of the keys (Objects/odictobject.c); pyvm's dict is already ordered by
// insertion, so the order of an OrderedDict is simply its dict's order, and
// reordering is delete + reinsert. What CPython's linked list makes visible
// is kept: its own iterator type (odict_iterator, which follows the current
// key and notices reordering through a state counter), its own methods
// (pop, setdefault, update ... as method descriptors of OrderedDict) and an
// instance __dict__.
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/str_internal.h"
#include "vm/tuple.h"

#include <cstdint>
#include <vector>

namespace pyvm {

Type OrderedDictType;

namespace {

Type ODictKeysType;
Type ODictValuesType;
Type ODictItemsType;
Type ODictIterType;

inline bool isODict(Value v) { return v.isObject() && isInstance(v, &OrderedDictType); }

// What an OrderedDict adds after its dict part (at DictType.basicSize).
struct ODictExtra {
  // Bumped whenever the order changes: a key added, removed or moved
  // (CPython: od_state), so iterators can tell "mutated during iteration".
  uint64_t state;
  Ref instDict; // the instance __dict__, created on demand
};

inline ODictExtra *extra(Value od) {
  return reinterpret_cast<ODictExtra *>(reinterpret_cast<char *>(od.object()) + DictType.basicSize);
}

inline void bumpState(Value od) { extra(od)->state++; }

void odictDealloc(Object *self) {
  extra(Value::fromObject(self))->instDict.reset();
  DictType.dealloc(self);
}

// The (key, value) pairs in order, as owned references.
std::vector<std::pair<Ref, Ref>> snapshotItems(Value self) {
  std::vector<std::pair<Ref, Ref>> items;
  size_t pos = 0;
  Value k, v;
  while (dictNext(self, &pos, &k, &v))
    items.emplace_back(Ref::borrow(k), Ref::borrow(v));
  return items;
}

// The first or last key (borrowed), or null when empty.
Value endKey(Value self, bool last) {
  Value key;
  return dictAdjacentEntry(self, last ? INT64_MAX : -1, last, &key) >= 0 ? key : Value();
}

// --- odict_iterator ----------------------------------------------------------

enum IterKind : uint8_t { kIterReversed = 1, kIterKeys = 2, kIterValues = 4 };

// CPython: Objects/odictobject.c odictiterobject. It tracks the current key,
// not a position, as CPython does.
struct ODictIterObject : Object {
  Value odict;          // owned; null once exhausted
  Value current;        // owned: the key to return next; null at the end
  Value result;         // owned cached (key, value) tuple of items iterators, or null
  int64_t size;         // the size when created; -1 after "changed size" (sticky)
  uint64_t state;       // the OrderedDict's state when created
  uint64_t keysVersion; // the dict's keys version when `index` was found
  int64_t index;        // the entry index of `current`
  uint8_t kind;
};

// CPython: Objects/odictobject.c odictiter_new
Ref newODictIter(Value od, uint8_t kind) {
  Object *o = allocObject(&ODictIterType);
  if (!o)
    return {};
  auto *it = static_cast<ODictIterObject *>(o);
  Value key;
  it->index =
      dictAdjacentEntry(od, (kind & kIterReversed) ? INT64_MAX : -1, kind & kIterReversed, &key);
  if (it->index >= 0) {
    incref(key);
    it->current = key;
  }
  incref(od);
  it->odict = od;
  it->size = int64_t(dictSize(od));
  it->state = extra(od)->state;
  it->keysVersion = dictKeysVersion(od);
  it->kind = kind;
  return Ref::steal(o);
}

void odictIterDealloc(Object *self) {
  auto *it = static_cast<ODictIterObject *>(self);
  decref(it->odict);
  decref(it->current);
  decref(it->result);
}

void clearField(Value *field) {
  Value v = *field;
  *field = Value();
  decref(v);
}

// The next key (owned) and its entry index, or null. CPython: odictiter_nextkey
Ref nextKey(ODictIterObject *it, int64_t *index) {
  if (!it->odict)
    return {};
  Value od = it->odict;
  if (!it->current) {
    clearField(&it->odict);
    return {};
  }
  if (extra(od)->state != it->state) {
    raise(&RuntimeErrorType, "OrderedDict mutated during iteration");
    clearField(&it->odict);
    return {};
  }
  if (it->size != int64_t(dictSize(od))) {
    it->size = -1; // sticky, as CPython
    return raise(&RuntimeErrorType, "OrderedDict changed size during iteration");
  }
  if (it->keysVersion != dictKeysVersion(od)) {
    // Changed under the OrderedDict (dict.__delitem__(od, k) ...): find the key again.
    it->index = dictEntryIndex(od, it->current);
    if (it->index < 0) {
      if (!errorPending())
        raiseWith(&KeyErrorType, it->current);
      clearField(&it->current);
      return {};
    }
    it->keysVersion = dictKeysVersion(od);
  }
  Ref key = Ref::steal(it->current);
  *index = it->index;
  Value next;
  it->index = dictAdjacentEntry(od, it->index, it->kind & kIterReversed, &next);
  it->current = Value();
  if (it->index >= 0) {
    incref(next);
    it->current = next;
  }
  return key;
}

// CPython: Objects/odictobject.c odictiter_iternext
Ref odictIterNext(Value self) {
  auto *it = self.as<ODictIterObject>();
  int64_t index = -1;
  Ref key = nextKey(it, &index);
  if (!key || !(it->kind & kIterValues))
    return key;
  Value value = dictEntryValue(it->odict, index);
  if (!value) {
    clearField(&it->current);
    clearField(&it->odict);
    return raiseWith(&KeyErrorType, *key);
  }
  if (!(it->kind & kIterKeys))
    return Ref::borrow(value);
  Ref pair[2] = {std::move(key), Ref::borrow(value)};
  return tupleReuse(&it->result, 2, pair);
}

Ref iterSelf(Value self) { return Ref::borrow(self); }

// iter(list(rest)) without consuming this iterator. CPython: odictiter_reduce
Ref odictIterReduce(Value self) {
  auto *it = self.as<ODictIterObject>();
  Ref copy = Ref::steal(allocObject(&ODictIterType));
  if (!copy)
    return {};
  auto *c = copy.get().as<ODictIterObject>();
  c->odict = it->odict;
  c->current = it->current;
  incref(c->odict);
  incref(c->current);
  c->size = it->size;
  c->state = it->state;
  c->keysVersion = it->keysVersion;
  c->index = it->index;
  c->kind = it->kind;
  Ref list = sequenceToList(*copy);
  if (!list)
    return {};
  Ref iter = builtinIter();
  if (!iter)
    return {};
  Ref args = newTupleOf({*list});
  return args ? newTupleOf({*iter, *args}) : Ref();
}

const MethodDef kODictIterMethods[] = {
    method("__reduce__", odictIterReduce),
};

// --- views ---------------------------------------------------------------------

Ref keysViewIter(Value view) { return newODictIter(dictViewDict(view), kIterKeys); }
Ref valuesViewIter(Value view) { return newODictIter(dictViewDict(view), kIterValues); }
Ref itemsViewIter(Value view) { return newODictIter(dictViewDict(view), kIterKeys | kIterValues); }
Ref keysViewReversed(Value view) {
  return newODictIter(dictViewDict(view), kIterKeys | kIterReversed);
}
Ref valuesViewReversed(Value view) {
  return newODictIter(dictViewDict(view), kIterValues | kIterReversed);
}
Ref itemsViewReversed(Value view) {
  return newODictIter(dictViewDict(view), kIterKeys | kIterValues | kIterReversed);
}

const MethodDef kKeysViewMethods[] = {method("__reversed__", keysViewReversed)};
const MethodDef kValuesViewMethods[] = {method("__reversed__", valuesViewReversed)};
const MethodDef kItemsViewMethods[] = {method("__reversed__", itemsViewReversed)};

// --- MutableMapping.update, as CPython's C version -------------------------------

// CPython: Objects/odictobject.c mutablemapping_add_pairs
int addPairs(Value self, Value pairs) {
  Ref it = getIter(pairs);
  if (!it)
    return -1;
  for (;;) {
    Ref pair = iterNext(*it);
    if (!pair)
      return errorPending() ? -1 : 0;
    Ref pairIt = getIter(*pair);
    if (!pairIt)
      return -1;
    Ref key = iterNext(*pairIt);
    if (!key) {
      if (!errorPending())
        raise(&ValueErrorType, "need more than 0 values to unpack");
      return -1;
    }
    Ref value = iterNext(*pairIt);
    if (!value) {
      if (!errorPending())
        raise(&ValueErrorType, "need more than 1 value to unpack");
      return -1;
    }
    Ref unexpected = iterNext(*pairIt);
    if (unexpected || errorPending()) {
      if (unexpected)
        raise(&ValueErrorType, "too many values to unpack (expected 2)");
      return -1;
    }
    if (setItem(self, *key, *value) < 0)
      return -1;
  }
}

// CPython: Objects/odictobject.c mutablemapping_update_arg
int updateArg(Value self, Value arg) {
  if (arg.isObject() && arg.type() == &DictType) {
    Ref items = dictItems(arg);
    return items ? addPairs(self, *items) : -1;
  }
  Ref keysName = internStr("keys");
  Ref keys = keysName ? lookupAttr(arg, *keysName) : Ref();
  if (keys) {
    Ref keyList = call(*keys, nullptr, 0);
    Ref it = keyList ? getIter(*keyList) : Ref();
    if (!it)
      return -1;
    for (;;) {
      Ref key = iterNext(*it);
      if (!key)
        return errorPending() ? -1 : 0;
      Ref value = getItem(arg, *key);
      if (!value || setItem(self, *key, *value) < 0)
        return -1;
    }
  }
  if (errorPending())
    return -1;
  Ref itemsName = internStr("items");
  Ref items = itemsName ? lookupAttr(arg, *itemsName) : Ref();
  if (items) {
    Ref pairs = call(*items, nullptr, 0);
    return pairs ? addPairs(self, *pairs) : -1;
  }
  if (errorPending())
    return -1;
  return addPairs(self, arg);
}

// CPython: Objects/odictobject.c mutablemapping_update
int updateCommon(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (nargs > 1) {
    raisef(&TypeErrorType, "update() takes at most 1 positional argument ({} given)", nargs);
    return -1;
  }
  if (nargs == 1 && updateArg(self, args[0]) < 0)
    return -1;
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++)
    if (setItem(self, tupleItem(kwnames, i), args[nargs + i]) < 0)
      return -1;
  return 0;
}

Ref odictUpdate(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (updateCommon(self, args, nargs, kwnames) < 0)
    return {};
  return newNone();
}

// --- methods -----------------------------------------------------------------------

// CPython: Objects/odictobject.c OrderedDict_move_to_end_impl
Ref odictMoveToEnd(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"move_to_end", {"key", "last"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  bool last;
  if (!truthOr(out[1], true, &last))
    return {};
  Value end = endKey(self, last);
  if (!end)
    return raiseWith(&KeyErrorType, out[0]);
  if (end.is(out[0]))
    return newNone();
  Ref key = Ref::borrow(out[0]);
  int64_t ix = dictEntryIndex(self, *key);
  if (ix < 0)
    return errorPending() ? Ref() : raiseWith(&KeyErrorType, *key);
  Value neighbor;
  if (dictAdjacentEntry(self, ix, !last, &neighbor) < 0)
    return newNone(); // already there
  Ref value = Ref::borrow(dictEntryValue(self, ix));
  bumpState(self);
  if (last) {
    if (dictDelItem(self, *key) < 0 || dictSetItem(self, *key, *value) < 0)
      return {};
    return newNone();
  }
  // To the front: rebuild the table with the key first (O(n); rare).
  auto items = snapshotItems(self);
  dictClear(self);
  if (dictSetItem(self, *key, *value) < 0)
    return {};
  for (auto &[k, v] : items)
    if (!dictContainsHashed(self, *k, hash(*k)) && dictSetItem(self, *k, *v) < 0)
      return {};
  return newNone();
}

// CPython: Objects/odictobject.c OrderedDict_popitem_impl
Ref odictPopItem(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  if (!parseArgs({"popitem", {"last"}, 0, 0}, args, nargs, kwnames, out))
    return {};
  bool last;
  if (!truthOr(out[0], true, &last))
    return {};
  Value end = endKey(self, last);
  if (!end)
    return raise(&KeyErrorType, "dictionary is empty");
  Ref key = Ref::borrow(end);
  Ref value;
  bumpState(self);
  if (dictPop(self, *key, &value) <= 0)
    return errorPending() ? Ref() : raiseWith(&KeyErrorType, *key);
  return newTupleOf({*key, *value});
}

// Skips __missing__, __getitem__ and __delitem__, as CPython 3.14.
// CPython: Objects/odictobject.c OrderedDict_pop_impl
Ref odictPop(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"pop", {"key", "default"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  Ref value;
  int r = dictPop(self, out[0], &value);
  if (r < 0)
    return {};
  if (r) {
    bumpState(self);
    return value;
  }
  if (out[1])
    return Ref::borrow(out[1]);
  return raiseWith(&KeyErrorType, out[0]);
}

// CPython: Objects/odictobject.c OrderedDict_setdefault_impl
Ref odictSetDefault(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"setdefault", {"key", "default"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  Value dflt = out[1] ? out[1] : None();
  if (self.type() == &OrderedDictType) {
    Ref found;
    int r = dictLookup(self, out[0], &found);
    if (r < 0)
      return {};
    if (r)
      return found;
  } else {
    int r = contains(self, out[0]);
    if (r < 0)
      return {};
    if (r)
      return getItem(self, out[0]);
  }
  if (setItem(self, out[0], dflt) < 0)
    return {};
  return Ref::borrow(dflt);
}

// CPython: Objects/odictobject.c odict_clear
Ref odictClear(Value self) {
  dictClear(self);
  bumpState(self);
  return newNone();
}

// CPython: Objects/odictobject.c odict_copy (a subclass copies through
// type(self)(), __getitem__ and __setitem__)
Ref odictCopy(Value self) {
  bool exact = self.type() == &OrderedDictType;
  Ref r = call(typeValue(self.type()), {});
  if (!r)
    return {};
  for (auto &[k, v] : snapshotItems(self)) {
    Ref value = exact ? v : getItem(self, *k);
    if (!value || setItem(*r, *k, *value) < 0)
      return {};
  }
  return r;
}

// CPython: Objects/odictobject.c OrderedDict_fromkeys_impl (_PyDict_FromKeys)
Ref odictFromKeys(Value cls, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"fromkeys", {"iterable", "value"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  Value value = out[1] ? out[1] : None();
  Ref d = call(cls, nullptr, 0);
  Ref it = d ? getIter(out[0]) : Ref();
  if (!it)
    return {};
  for (;;) {
    Ref key = iterNext(*it);
    if (!key)
      return errorPending() ? Ref() : d;
    if (setItem(*d, *key, value) < 0)
      return {};
  }
}

// dict's size plus CPython's linked list nodes. CPython: odict_sizeof
Ref odictSizeof(Value self) {
  Value dictSizeofFn = dictGetItem(DictType.dict.get(), "__sizeof__");
  Ref base = dictSizeofFn ? call(dictSizeofFn, {self}) : Ref();
  int64_t n = 0;
  if (!base || !indexAsInt64(*base, &n))
    return {};
  return newInt(n + 32 * int64_t(dictSize(self)));
}

// (type, (), __dict__ or None, None, iter(items())). CPython: odict_reduce
Ref odictReduce(Value self) {
  Ref state = getAttr(self, "__dict__");
  if (!state)
    return {};
  int64_t n = length(*state);
  if (n < 0)
    return {};
  Ref items = callMethod(self, "items", {});
  Ref iter = items ? getIter(*items) : Ref();
  Ref args = iter ? newTuple(0) : Ref();
  if (!args)
    return {};
  return newTupleOf({typeValue(self.type()), *args, n ? *state : None(), None(), *iter});
}

Ref odictReversed(Value self) { return newODictIter(self, kIterKeys | kIterReversed); }
Ref odictIter(Value self) { return newODictIter(self, kIterKeys); }

Ref odictKeys(Value self) { return newDictView(&ODictKeysType, self); }
Ref odictValues(Value self) { return newDictView(&ODictValuesType, self); }
Ref odictItems(Value self) { return newDictView(&ODictItemsType, self); }

Ref odictGetDict(Value self) {
  Ref &slot = extra(self)->instDict;
  if (!slot)
    slot = newDict();
  return slot;
}

int odictSetDict(Value self, Value value) {
  if (value && !isDict(value)) {
    raisef(&TypeErrorType, "__dict__ must be set to a dictionary, not a '{}'", typeName(value));
    return -1;
  }
  extra(self)->instDict = value ? Ref::borrow(value) : Ref();
  return 0;
}

// A plain dict of the items, through keys() and __getitem__ for a subclass
// (CPython: odict_repr copies the OrderedDict with PyDict_Copy, whose merge
// takes the slow path for a type with its own __iter__).
Ref plainCopy(Value self) {
  Ref plain = newDict();
  if (!plain)
    return {};
  if (self.type() == &OrderedDictType)
    return dictUpdate(*plain, self) == 0 ? plain : Ref();
  Ref keys = callMethod(self, "keys", {});
  Ref it = keys ? getIter(*keys) : Ref();
  if (!it)
    return {};
  for (;;) {
    Ref key = iterNext(*it);
    if (!key)
      return errorPending() ? Ref() : plain;
    Ref value = getItem(self, *key);
    if (!value || dictSetItem(*plain, *key, *value) < 0)
      return {};
  }
}

// CPython: Objects/odictobject.c odict_repr (3.12+: OrderedDict({...}))
Ref odictRepr(Value self) {
  std::string name = strToUtf8(*self.type()->nameObject);
  if (dictSize(self) == 0)
    return newStr(name + "()");
  int status = reprEnter(self);
  if (status != 0)
    return status > 0 ? newStr("...") : Ref();
  Ref plain = plainCopy(self);
  Ref inner = plain ? repr(*plain) : Ref();
  reprLeave(self);
  if (!inner)
    return {};
  return newStr(name + "(" + strToUtf8(*inner) + ")");
}

// Keys of both in the same order. CPython: Objects/odictobject.c _odict_keys_equal
int keysInSameOrder(Value a, Value b) {
  auto ia = snapshotItems(a), ib = snapshotItems(b);
  if (ia.size() != ib.size())
    return 0;
  for (size_t i = 0; i < ia.size(); i++) {
    int r = compareBool(*ia[i].first, *ib[i].first, CompareOp::Eq);
    if (r <= 0)
      return r;
  }
  return 1;
}

// Between two OrderedDicts == also compares the order.
// CPython: Objects/odictobject.c odict_richcompare
Ref odictRichCompare(Value a, Value b, CompareOp op) {
  if (!isODict(a) || !isDict(b) || !(op == CompareOp::Eq || op == CompareOp::Ne))
    return newNotImplemented();
  Ref res = DictType.richcompare(a, b, op);
  if (!res || !isODict(b) || res.get().is(NotImplemented()))
    return res;
  bool equal = op == CompareOp::Eq ? res.get().is(True()) : res.get().is(False());
  if (!equal)
    return res;
  int same = keysInSameOrder(a, b);
  if (same < 0)
    return {};
  return newBool(op == CompareOp::Eq ? same == 1 : same == 0);
}

// CPython: Objects/odictobject.c odict_or
Ref odictOr(Value a, Value b) {
  Value self = isODict(a) ? a : b;
  Value other = isODict(a) ? b : a;
  if (!isDict(other))
    return newNotImplemented();
  Ref r = call(typeValue(self.type()), {a});
  if (!r || updateArg(*r, b) < 0)
    return {};
  return r;
}

Ref odictIor(Value a, Value b) {
  if (updateArg(a, b) < 0)
    return {};
  return Ref::borrow(a);
}

// OrderedDict(iterable, /, **kwds) is update(): every key goes through
// __setitem__. CPython: Objects/odictobject.c odict_init
int odictInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (nargs > 1) {
    raisef(&TypeErrorType, "expected at most 1 argument, got {}", nargs);
    return -1;
  }
  return updateCommon(self, args, nargs, kwnames);
}

const MethodDef kODictMethods[] = {
    method("fromkeys", odictFromKeys, kMethodClass),
    method("__sizeof__", odictSizeof),
    method("__reduce__", odictReduce),
    method("setdefault", odictSetDefault),
    method("pop", odictPop),
    method("popitem", odictPopItem),
    method("keys", odictKeys),
    method("values", odictValues),
    method("items", odictItems),
    method("update", odictUpdate),
    method("clear", odictClear),
    method("copy", odictCopy),
    method("__reversed__", odictReversed),
    method("move_to_end", odictMoveToEnd),
};

const GetSetDef kODictGetSets[] = {
    {"__dict__", odictGetDict, odictSetDict},
};

} // namespace

// Adding or removing a key changes the order (CPython: odict_mp_ass_sub),
// storing a value does not.
int odictAssSubscript(Value self, Value key, Value value) {
  size_t before = dictSize(self);
  int r = DictType.setitem(self, key, value);
  if (r == 0 && (!value || dictSize(self) != before))
    bumpState(self);
  return r;
}

bool setupOrderedDict() {
  if (OrderedDictType.hasFlag(kTypeReady))
    return true;
  initStaticType(&OrderedDictType, "collections.OrderedDict", &DictType,
                 DictType.basicSize + sizeof(ODictExtra), kTypeBaseType | kTypeDictSubclass);
  OrderedDictType.nameObject = newStr("OrderedDict");
  OrderedDictType.doc = newStr("Dictionary that remembers insertion order");
  OrderedDictType.dictOffset = DictType.basicSize + offsetof(ODictExtra, instDict);
  OrderedDictType.dealloc = odictDealloc;
  OrderedDictType.newInstance = DictType.newInstance;
  OrderedDictType.init = odictInit;
  OrderedDictType.iter = odictIter;
  // Its own slot (the order lives in the dict itself), so that
  // OrderedDict.__setitem__ is OrderedDict's slot wrapper as in CPython.
  OrderedDictType.setitem = odictAssSubscript;
  OrderedDictType.repr = odictRepr;
  OrderedDictType.richcompare = odictRichCompare;
  OrderedDictType.binary[int(BinaryOp::Or)] = odictOr;
  OrderedDictType.inplace[int(BinaryOp::Or)] = odictIor;
  if (!typeReady(&OrderedDictType, kODictMethods, kODictGetSets))
    return false;
  markUnhashable(&OrderedDictType);

  initStaticType(&ODictIterType, "odict_iterator", &ObjectType, sizeof(ODictIterObject),
                 kTypeImmutable);
  ODictIterType.dealloc = odictIterDealloc;
  ODictIterType.iter = iterSelf;
  ODictIterType.iternext = odictIterNext;
  if (!typeReady(&ODictIterType, kODictIterMethods))
    return false;

  Type *views[] = {&ODictKeysType, &ODictValuesType, &ODictItemsType};
  Type *bases[] = {&DictKeysType, &DictValuesType, &DictItemsType};
  const char *names[] = {"odict_keys", "odict_values", "odict_items"};
  UnaryFn iters[] = {keysViewIter, valuesViewIter, itemsViewIter};
  std::span<const MethodDef> methods[] = {kKeysViewMethods, kValuesViewMethods, kItemsViewMethods};
  for (int i = 0; i < 3; i++) {
    initStaticType(views[i], names[i], bases[i], bases[i]->basicSize, kTypeImmutable);
    views[i]->dealloc = bases[i]->dealloc;
    views[i]->iter = iters[i];
    if (!typeReady(views[i], methods[i]))
      return false;
    if (bases[i]->hash == DictType.hash)
      markUnhashable(views[i]);
  }
  return true;
}

} // namespace pyvm
