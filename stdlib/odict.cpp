// collections.OrderedDict: a dict subclass. CPython keeps a separate linked
// list of the keys (Objects/odictobject.c); pyvm's dict is already ordered by
// insertion, so the order of an OrderedDict is simply its dict's order, and
// reordering is delete + reinsert. Everything dict does (iteration, views,
// reversed, pop, setdefault ...) then already follows the OrderedDict order.
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <vector>

namespace pyvm {

Type OrderedDictType;

namespace {

Type ODictKeysType;
Type ODictValuesType;
Type ODictItemsType;

inline bool isODict(Value v) { return v.isObject() && isInstance(v, &OrderedDictType); }

// The (key, value) pairs in order, as owned references.
std::vector<std::pair<Ref, Ref>> snapshotItems(Value self) {
  std::vector<std::pair<Ref, Ref>> items;
  size_t pos = 0;
  Value k, v;
  while (dictNext(self, &pos, &k, &v))
    items.emplace_back(Ref::borrow(k), Ref::borrow(v));
  return items;
}

// CPython: Objects/odictobject.c OrderedDict_move_to_end_impl
Ref odictMoveToEnd(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"move_to_end", {"key", "last"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  bool last = true;
  if (out[1]) {
    int t = isTrue(out[1]);
    if (t < 0)
      return {};
    last = t;
  }
  Ref value;
  int found = dictLookup(self, out[0], &value);
  if (found < 0)
    return {};
  if (!found)
    return raiseWith(&KeyErrorType, out[0]);
  if (dictSize(self) == 1)
    return newNone();
  if (last) {
    Ref key = Ref::borrow(out[0]);
    if (dictDelItem(self, *key) < 0 || dictSetItem(self, *key, *value) < 0)
      return {};
    return newNone();
  }
  // To the front: rebuild the table with the key first (O(n); rare).
  auto items = snapshotItems(self);
  Ref key = Ref::borrow(out[0]);
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
  bool last = true;
  if (out[0]) {
    int t = isTrue(out[0]);
    if (t < 0)
      return {};
    last = t;
  }
  if (dictSize(self) == 0)
    return raise(&KeyErrorType, "dictionary is empty");
  Ref key;
  size_t pos = 0;
  Value k, v;
  while (dictNext(self, &pos, &k, &v)) {
    key = Ref::borrow(k);
    if (!last)
      break;
  }
  Ref value;
  if (dictPop(self, *key, &value) <= 0)
    return errorPending() ? Ref() : raiseWith(&KeyErrorType, *key);
  return newTupleOf({*key, *value});
}

// CPython: Objects/odictobject.c odict_repr (3.12+: OrderedDict({...}))
Ref odictRepr(Value self) {
  std::string name = strToUtf8(*self.type()->nameObject);
  if (dictSize(self) == 0)
    return newStr(name + "()");
  int status = reprEnter(self);
  if (status != 0)
    return status > 0 ? newStr("...") : Ref();
  Ref plain = newDict();
  bool ok = plain && dictUpdate(*plain, self) == 0;
  Ref inner = ok ? repr(*plain) : Ref();
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
  Ref res = DictType.richcompare(a, b, op);
  if (!res || !(op == CompareOp::Eq || op == CompareOp::Ne) || !isODict(b) ||
      res.get().is(NotImplemented()))
    return res;
  bool equal = op == CompareOp::Eq ? res.get().is(True()) : res.get().is(False());
  if (!equal)
    return res;
  int same = keysInSameOrder(a, b);
  if (same < 0)
    return {};
  return newBool(op == CompareOp::Eq ? same == 1 : same == 0);
}

// CPython: Objects/odictobject.c OrderedDict_copy (type(self)() then items)
Ref odictCopy(Value self) {
  Ref r = call(typeValue(self.type()), {});
  if (!r)
    return {};
  for (auto &[k, v] : snapshotItems(self))
    if (setItem(*r, *k, *v) < 0)
      return {};
  return r;
}

// CPython: Objects/odictobject.c odict_or
Ref odictOr(Value a, Value b) {
  if (!isODict(a) && !isODict(b))
    return newNotImplemented();
  if (!isDict(a) || !isDict(b))
    return newNotImplemented();
  Value self = isODict(a) ? a : b;
  Ref r = call(typeValue(self.type()), {a});
  if (!r || dictUpdate(*r, b) < 0)
    return {};
  return r;
}

Ref odictIor(Value a, Value b) {
  if (dictUpdateFromAny(a, b) < 0)
    return {};
  return Ref::borrow(a);
}

// setdefault/pop are dict's; keys()/values()/items() give odict_* views.
Ref odictKeys(Value self) { return newDictView(&ODictKeysType, self); }
Ref odictValues(Value self) { return newDictView(&ODictValuesType, self); }
Ref odictItems(Value self) { return newDictView(&ODictItemsType, self); }

// OrderedDict(iterable, /, **kwds) routes through __setitem__ so subclasses
// overriding it see every key. CPython: Objects/odictobject.c odict_init
int odictInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (nargs > 1) {
    raisef(&TypeErrorType, "expected at most 1 arguments, got {}", nargs);
    return -1;
  }
  if (self.type() == &OrderedDictType)
    return DictType.init(self, args, nargs, kwnames);
  Ref update = getAttr(self, "update");
  if (!update)
    return -1;
  Ref r = call(*update, args, nargs, kwnames);
  return r ? 0 : -1;
}

const MethodDef kODictMethods[] = {
    method("move_to_end", odictMoveToEnd),
    method("popitem", odictPopItem),
    method("copy", odictCopy),
    method("__copy__", odictCopy),
    method("keys", odictKeys),
    method("values", odictValues),
    method("items", odictItems),
};

} // namespace

// CPython: Objects/odictobject.c odict_mp_ass_sub
int odictAssSubscript(Value self, Value key, Value value) {
  return DictType.setitem(self, key, value);
}

bool setupOrderedDict() {
  if (OrderedDictType.hasFlag(kTypeReady))
    return true;
  initStaticType(&OrderedDictType, "collections.OrderedDict", &DictType, DictType.basicSize,
                 kTypeBaseType | kTypeDictSubclass);
  OrderedDictType.nameObject = newStr("OrderedDict");
  OrderedDictType.dealloc = DictType.dealloc;
  OrderedDictType.newInstance = DictType.newInstance;
  OrderedDictType.init = odictInit;
  // Its own slot (the order lives in the dict itself), so that
  // OrderedDict.__setitem__ is OrderedDict's slot wrapper as in CPython.
  OrderedDictType.setitem = odictAssSubscript;
  OrderedDictType.repr = odictRepr;
  OrderedDictType.richcompare = odictRichCompare;
  OrderedDictType.binary[int(BinaryOp::Or)] = odictOr;
  OrderedDictType.inplace[int(BinaryOp::Or)] = odictIor;
  if (!typeReady(&OrderedDictType, kODictMethods))
    return false;
  markUnhashable(&OrderedDictType);

  Type *views[] = {&ODictKeysType, &ODictValuesType, &ODictItemsType};
  Type *bases[] = {&DictKeysType, &DictValuesType, &DictItemsType};
  const char *names[] = {"odict_keys", "odict_values", "odict_items"};
  for (int i = 0; i < 3; i++) {
    initStaticType(views[i], names[i], bases[i], bases[i]->basicSize, kTypeImmutable);
    views[i]->dealloc = bases[i]->dealloc;
    if (!typeReady(views[i], {}))
      return false;
    if (bases[i]->hash == DictType.hash)
      markUnhashable(views[i]);
  }
  return true;
}

} // namespace pyvm
