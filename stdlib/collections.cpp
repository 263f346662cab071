// The _collections module: deque (and its iterators), defaultdict, OrderedDict
// (stdlib/odict.cpp), _tuplegetter and _count_elements, under the pure-Python
// Lib/collections package. CPython: Modules/_collectionsmodule.c
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <algorithm>
#include <deque>
#include <new>
#include <vector>

namespace pyvm {

Type DequeType;
Type DequeIterType;
Type DequeRevIterType;
Type DefaultDictType;
Type TupleGetterType;
extern Type OrderedDictType; // stdlib/odict.cpp
bool setupOrderedDict();     // stdlib/odict.cpp

namespace {

struct DequeObject : Object {
  std::deque<Value> items; // owned
  int64_t maxlen;          // -1: unbounded
  uint64_t state;          // bumped by every mutation that moves items
};

struct DequeIterObject : Object {
  Value deque; // owned
  size_t index;
  uint64_t state;
  size_t counter; // items left
};

inline DequeObject *dq(Value v) { return v.as<DequeObject>(); }
inline bool isDeque(Value v) { return v.isObject() && isInstance(v, &DequeType); }

void dequeClearItems(DequeObject *d) {
  std::deque<Value> old;
  old.swap(d->items);
  d->state++;
  for (Value v : old)
    decref(v);
}

void dequeDealloc(Object *self) {
  auto *d = static_cast<DequeObject *>(self);
  dequeClearItems(d);
  d->items.~deque();
}

Ref dequeNew(Type *type, const Value *, size_t, Value) {
  Object *o = allocObject(type);
  if (!o)
    return {};
  auto *d = static_cast<DequeObject *>(o);
  new (&d->items) std::deque<Value>();
  d->maxlen = -1;
  return Ref::steal(o);
}

// Appends (stealing `v`), trimming from the left when bounded.
void pushRight(DequeObject *d, Value v) {
  if (d->maxlen == 0) {
    decref(v);
    return;
  }
  d->items.push_back(v);
  d->state++;
  if (d->maxlen >= 0 && int64_t(d->items.size()) > d->maxlen) {
    Value old = d->items.front();
    d->items.pop_front();
    decref(old);
  }
}
void pushLeft(DequeObject *d, Value v) {
  if (d->maxlen == 0) {
    decref(v);
    return;
  }
  d->items.push_front(v);
  d->state++;
  if (d->maxlen >= 0 && int64_t(d->items.size()) > d->maxlen) {
    Value old = d->items.back();
    d->items.pop_back();
    decref(old);
  }
}

Ref dequeAppend(Value self, Value v) {
  incref(v);
  pushRight(dq(self), v);
  return newNone();
}
Ref dequeAppendLeft(Value self, Value v) {
  incref(v);
  pushLeft(dq(self), v);
  return newNone();
}

Ref dequePop(Value self) {
  DequeObject *d = dq(self);
  if (d->items.empty())
    return raise(&IndexErrorType, "pop from an empty deque");
  Value v = d->items.back();
  d->items.pop_back();
  d->state++;
  return Ref::steal(v);
}
Ref dequePopLeft(Value self) {
  DequeObject *d = dq(self);
  if (d->items.empty())
    return raise(&IndexErrorType, "pop from an empty deque");
  Value v = d->items.front();
  d->items.pop_front();
  d->state++;
  return Ref::steal(v);
}

Ref extendImpl(Value self, Value iterable, bool left) {
  Ref src = Ref::borrow(iterable);
  if (iterable.is(self)) {
    src = sequenceToList(iterable);
    if (!src)
      return {};
  }
  Ref it = getIter(*src);
  if (!it)
    return {};
  DequeObject *d = dq(self);
  for (;;) {
    Ref item = iterNext(*it);
    if (!item) {
      if (errorPending())
        return {};
      break;
    }
    if (left)
      pushLeft(d, item.release());
    else
      pushRight(d, item.release());
  }
  return newNone();
}
Ref dequeExtend(Value self, Value it) { return extendImpl(self, it, false); }
Ref dequeExtendLeft(Value self, Value it) { return extendImpl(self, it, true); }

Ref dequeRotate(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("rotate", nargs, 0, 1))
    return {};
  int64_t n = 1;
  if (nargs == 1) {
    if (!args[0].type()->index)
      return raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer",
                    typeName(args[0]));
    if (!indexAsInt64(args[0], &n, &OverflowErrorType))
      return {};
  }
  DequeObject *d = dq(self);
  int64_t len = int64_t(d->items.size());
  if (len <= 1)
    return newNone();
  n %= len;
  if (n < 0)
    n += len;
  if (n == 0)
    return newNone();
  std::rotate(d->items.begin(), d->items.begin() + (len - n), d->items.end());
  d->state++;
  return newNone();
}

Ref dequeClear(Value self) {
  dequeClearItems(dq(self));
  return newNone();
}

Ref dequeCount(Value self, Value v) {
  DequeObject *d = dq(self);
  uint64_t state = d->state;
  int64_t count = 0;
  for (size_t i = 0; i < d->items.size(); i++) {
    Ref item = Ref::borrow(d->items[i]);
    int r = compareBool(*item, v, CompareOp::Eq);
    if (r < 0)
      return {};
    if (d->state != state)
      return raise(&RuntimeErrorType, "deque mutated during iteration");
    count += r;
  }
  return newInt(count);
}

int dequeContains(Value self, Value v) {
  DequeObject *d = dq(self);
  uint64_t state = d->state;
  for (size_t i = 0; i < d->items.size(); i++) {
    Ref item = Ref::borrow(d->items[i]);
    int r = compareBool(*item, v, CompareOp::Eq);
    if (r < 0)
      return -1;
    if (d->state != state) {
      raise(&RuntimeErrorType, "deque mutated during iteration");
      return -1;
    }
    if (r)
      return 1;
  }
  return 0;
}

bool clampIndex(Value v, int64_t *out) {
  Ref i = index(v);
  if (!i)
    return false;
  if (!intFitsInt64(*i, out))
    *out = compareBool(*i, Value::fromSmallInt(0), CompareOp::Lt) ? INT64_MIN : INT64_MAX;
  return true;
}

Ref dequeIndex(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("index", nargs, 1, 3))
    return {};
  DequeObject *d = dq(self);
  int64_t n = int64_t(d->items.size());
  int64_t start = 0, stop = n;
  if (nargs > 1 && !clampIndex(args[1], &start))
    return {};
  if (nargs > 2 && !clampIndex(args[2], &stop))
    return {};
  if (start < 0) {
    start += n;
    if (start < 0)
      start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0)
      stop = 0;
  }
  if (stop > n)
    stop = n;
  uint64_t state = d->state;
  for (int64_t i = start; i < stop && i < int64_t(d->items.size()); i++) {
    Ref item = Ref::borrow(d->items[size_t(i)]);
    int r = compareBool(*item, args[0], CompareOp::Eq);
    if (r < 0)
      return {};
    if (d->state != state)
      return raise(&RuntimeErrorType, "deque mutated during iteration");
    if (r)
      return newInt(i);
  }
  return raise(&ValueErrorType, "deque.index(x): x not in deque");
}

Ref dequeInsert(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("insert", nargs, 2, 2))
    return {};
  int64_t i;
  if (!clampIndex(args[0], &i))
    return {};
  DequeObject *d = dq(self);
  int64_t n = int64_t(d->items.size());
  if (d->maxlen >= 0 && n >= d->maxlen)
    return raise(&IndexErrorType, "deque already at its maximum size");
  if (i < 0) {
    i += n;
    if (i < 0)
      i = 0;
  }
  if (i > n)
    i = n;
  incref(args[1]);
  d->items.insert(d->items.begin() + i, args[1]);
  d->state++;
  return newNone();
}

Ref dequeRemove(Value self, Value v) {
  DequeObject *d = dq(self);
  uint64_t state = d->state;
  for (size_t i = 0; i < d->items.size(); i++) {
    Ref item = Ref::borrow(d->items[i]);
    int r = compareBool(*item, v, CompareOp::Eq);
    if (r < 0)
      return {};
    if (d->state != state)
      return raise(&IndexErrorType, "deque mutated during remove().");
    if (r) {
      Value old = d->items[i];
      d->items.erase(d->items.begin() + int64_t(i));
      d->state++;
      decref(old);
      return newNone();
    }
  }
  return raise(&ValueErrorType, "deque.remove(x): x not in deque");
}

Ref dequeReverse(Value self) {
  DequeObject *d = dq(self);
  std::reverse(d->items.begin(), d->items.end());
  return newNone();
}

Ref dequeCopy(Value self) {
  DequeObject *d = dq(self);
  Type *t = self.type();
  if (t == &DequeType) {
    Ref r = dequeNew(t, nullptr, 0, Value());
    if (!r)
      return {};
    DequeObject *c = dq(*r);
    c->maxlen = d->maxlen;
    for (Value v : d->items) {
      incref(v);
      c->items.push_back(v);
    }
    return r;
  }
  if (d->maxlen < 0)
    return call(typeValue(t), {self});
  Ref ml = newInt(d->maxlen);
  return call(typeValue(t), {self, *ml});
}

Ref dequeGetMaxlen(Value self) {
  DequeObject *d = dq(self);
  return d->maxlen < 0 ? newNone() : newInt(d->maxlen);
}

int64_t dequeLength(Value self) { return int64_t(dq(self)->items.size()); }

bool dequeIndexArg(Value self, Value key, size_t *out) {
  if (!key.type()->index) {
    raisef(&TypeErrorType, "sequence index must be integer, not '{}'", typeName(key));
    return false;
  }
  int64_t i;
  if (!indexAsInt64(key, &i, &IndexErrorType))
    return false;
  int64_t n = int64_t(dq(self)->items.size());
  if (i < 0)
    i += n;
  if (i < 0 || i >= n) {
    raise(&IndexErrorType, "deque index out of range");
    return false;
  }
  *out = size_t(i);
  return true;
}

Ref dequeGetItem(Value self, Value key) {
  size_t i;
  if (!dequeIndexArg(self, key, &i))
    return {};
  return Ref::borrow(dq(self)->items[i]);
}

int dequeSetItem(Value self, Value key, Value value) {
  size_t i;
  if (!dequeIndexArg(self, key, &i))
    return -1;
  DequeObject *d = dq(self);
  Value old = d->items[i];
  if (value) {
    incref(value);
    d->items[i] = value;
  } else {
    d->items.erase(d->items.begin() + int64_t(i));
    d->state++;
  }
  decref(old);
  return 0;
}

int dequeInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"deque", {"iterable", "maxlen"}, 0, 0}, args, nargs, kwnames, out))
    return -1;
  DequeObject *d = dq(self);
  int64_t maxlen = -1;
  if (out[1] && !isNone(out[1])) {
    if (!indexAsInt64(out[1], &maxlen, &OverflowErrorType))
      return -1;
    if (maxlen < 0) {
      raise(&ValueErrorType, "maxlen must be non-negative");
      return -1;
    }
  }
  d->maxlen = maxlen;
  if (!d->items.empty())
    dequeClearItems(d);
  if (out[0]) {
    Ref r = extendImpl(self, out[0], false);
    if (!r)
      return -1;
  }
  return 0;
}

Ref dequeRepr(Value self) {
  std::string name = strToUtf8(*self.type()->nameObject);
  int status = reprEnter(self);
  if (status != 0)
    return status > 0 ? newStr("[...]") : Ref();
  Ref list = sequenceToList(self);
  std::string s = name + "(";
  bool ok = list && appendRepr(s, *list);
  reprLeave(self);
  if (!ok)
    return {};
  DequeObject *d = dq(self);
  if (d->maxlen >= 0)
    s += ", maxlen=" + std::to_string(d->maxlen);
  s += ")";
  return newStr(s);
}

std::vector<Ref> snapshot(Value v) {
  std::vector<Ref> out;
  for (Value x : dq(v)->items)
    out.push_back(Ref::borrow(x));
  return out;
}

Ref dequeRichCompare(Value a, Value b, CompareOp op) {
  if (!isDeque(a) || !isDeque(b))
    return newNotImplemented();
  std::vector<Ref> va = snapshot(a), vb = snapshot(b);
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && va.size() != vb.size())
    return newBool(op == CompareOp::Ne);
  size_t i = 0;
  for (; i < va.size() && i < vb.size(); i++) {
    int r = compareBool(*va[i], *vb[i], CompareOp::Eq);
    if (r < 0)
      return {};
    if (!r)
      break;
  }
  if (i >= va.size() || i >= vb.size()) {
    size_t x = va.size(), y = vb.size();
    bool res = false;
    switch (op) {
    case CompareOp::Lt: res = x < y; break;
    case CompareOp::Le: res = x <= y; break;
    case CompareOp::Eq: res = x == y; break;
    case CompareOp::Ne: res = x != y; break;
    case CompareOp::Gt: res = x > y; break;
    case CompareOp::Ge: res = x >= y; break;
    }
    return newBool(res);
  }
  if (op == CompareOp::Eq)
    return newBool(false);
  if (op == CompareOp::Ne)
    return newBool(true);
  return richCompare(*va[i], *vb[i], op);
}

Ref dequeConcat(Value a, Value b) {
  if (!isDeque(a))
    return newNotImplemented();
  if (!isDeque(b))
    return raisef(&TypeErrorType, "can only concatenate deque (not \"{}\") to deque",
                  typeName(b));
  Ref c = dequeCopy(a);
  if (!c)
    return {};
  Ref r = extendImpl(*c, b, false);
  if (!r)
    return {};
  return c;
}

Ref dequeInplaceConcat(Value a, Value b) {
  Ref r = extendImpl(a, b, false);
  if (!r)
    return {};
  return Ref::borrow(a);
}

bool repeatInPlace(Value self, int64_t n) {
  DequeObject *d = dq(self);
  if (n <= 0) {
    dequeClearItems(d);
    return true;
  }
  std::vector<Ref> items = snapshot(self);
  for (int64_t k = 1; k < n; k++) {
    for (auto &v : items)
      pushRight(d, Ref(v).release());
    if (d->maxlen >= 0 && int64_t(d->items.size()) >= d->maxlen && items.size() > 0 &&
        k > d->maxlen)
      break;
  }
  return true;
}

Ref dequeRepeat(Value a, Value b) {
  Value seq = a, n = b;
  if (!isDeque(a)) {
    seq = b;
    n = a;
  }
  if (!isDeque(seq))
    return newNotImplemented();
  if (!n.type()->index)
    return raisef(&TypeErrorType, "can't multiply sequence by non-int of type '{}'",
                  typeName(n));
  int64_t count;
  if (!indexAsInt64(n, &count, &OverflowErrorType))
    return {};
  Ref c = dequeCopy(seq);
  if (!c || !repeatInPlace(*c, count))
    return {};
  return c;
}

Ref dequeInplaceRepeat(Value a, Value b) {
  if (!b.type()->index)
    return raisef(&TypeErrorType, "can't multiply sequence by non-int of type '{}'",
                  typeName(b));
  int64_t count;
  if (!indexAsInt64(b, &count, &OverflowErrorType))
    return {};
  if (!repeatInPlace(a, count))
    return {};
  return Ref::borrow(a);
}

// --- iterators -----------------------------------------------------------------

Ref makeDequeIter(Type *type, Value self) {
  Object *o = allocObject(type);
  if (!o)
    return {};
  auto *it = static_cast<DequeIterObject *>(o);
  incref(self);
  it->deque = self;
  DequeObject *d = dq(self);
  it->state = d->state;
  it->counter = d->items.size();
  it->index = type == &DequeIterType ? 0 : d->items.size() - 1;
  return Ref::steal(o);
}
Ref dequeIter(Value self) { return makeDequeIter(&DequeIterType, self); }
Ref dequeReversed(Value self) { return makeDequeIter(&DequeRevIterType, self); }

void dequeIterDealloc(Object *self) { decref(static_cast<DequeIterObject *>(self)->deque); }

Ref dequeIterNextImpl(Value self, bool reverse) {
  auto *it = self.as<DequeIterObject>();
  DequeObject *d = dq(it->deque);
  if (d->state != it->state) {
    it->counter = 0;
    return raise(&RuntimeErrorType, "deque mutated during iteration");
  }
  if (it->counter == 0)
    return {};
  Value v = d->items[it->index];
  if (reverse)
    it->index--;
  else
    it->index++;
  it->counter--;
  return Ref::borrow(v);
}
Ref dequeIterNext(Value self) { return dequeIterNextImpl(self, false); }
Ref dequeRevIterNext(Value self) { return dequeIterNextImpl(self, true); }
Ref dequeIterLengthHint(Value self) {
  return newInt(int64_t(self.as<DequeIterObject>()->counter));
}
Ref iterSelf(Value self) { return Ref::borrow(self); }

// --- defaultdict -----------------------------------------------------------

inline Ref &factoryOf(Value self) {
  return *reinterpret_cast<Ref *>(reinterpret_cast<char *>(self.object()) +
                                  DictType.basicSize);
}

void defaultDictDealloc(Object *self) {
  factoryOf(Value::fromObject(self)).~Ref();
  DictType.dealloc(self);
}

int defaultDictInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  Ref factory;
  if (nargs > 0) {
    Value f = args[0];
    if (!isNone(f) && !f.type()->call) {
      raise(&TypeErrorType, "first argument must be callable or None");
      return -1;
    }
    factory = Ref::borrow(f);
    args++;
    nargs--;
  }
  factoryOf(self) = factory;
  return DictType.init(self, args, nargs, kwnames);
}

Ref defaultDictMissing(Value self, Value key) {
  Ref &f = factoryOf(self);
  if (!f || isNone(*f))
    return raiseWith(&KeyErrorType, key);
  Ref value = call(*f, nullptr, 0);
  if (!value)
    return {};
  if (setItem(self, key, *value) < 0)
    return {};
  return value;
}

Ref defaultDictCopy(Value self) {
  Ref &f = factoryOf(self);
  return call(typeValue(self.type()), {f ? *f : None(), self});
}

Ref defaultDictRepr(Value self) {
  Ref &f = factoryOf(self);
  std::string s = strToUtf8(*self.type()->nameObject) + "(";
  if (!f || isNone(*f)) {
    s += "None";
  } else {
    int status = reprEnter(*f);
    if (status < 0)
      return {};
    if (status > 0) {
      s += "...";
    } else {
      bool ok = appendRepr(s, *f);
      reprLeave(*f);
      if (!ok)
        return {};
    }
  }
  s += ", ";
  Ref base = DictType.repr(self);
  if (!base)
    return {};
  s += strToUtf8(*base) + ")";
  return newStr(s);
}

Ref defaultDictGetFactory(Value self) {
  Ref &f = factoryOf(self);
  return f ? f : newNone();
}
int defaultDictSetFactory(Value self, Value v) {
  factoryOf(self) = v && !isNone(v) ? Ref::borrow(v) : Ref();
  return 0;
}

Ref defaultDictOr(Value a, Value b) {
  Value self = a, other = b;
  if (!isInstance(a, &DefaultDictType)) {
    self = b;
    other = a;
  }
  if (!isDict(other))
    return newNotImplemented();
  Ref r = defaultDictCopy(self);
  if (!r)
    return {};
  if (self.is(a)) {
    if (dictUpdate(*r, b) < 0)
      return {};
    return r;
  }
  // other | self: a copy of other's items updated with self's
  Ref f = factoryOf(self);
  Ref res = call(typeValue(self.type()), {f ? *f : None(), a});
  if (!res || dictUpdate(*res, b) < 0)
    return {};
  return res;
}


// --- _tuplegetter: namedtuple's field descriptors ----------------------------
// CPython: Modules/_collectionsmodule.c tuplegetter_* (read-only, unlike a property:
// setting a field says "can't set attribute").

struct TupleGetterObject : Object {
  int64_t index;
  Value doc; // owned
};

Ref tupleGetterGet(Value self, Value obj, Value) {
  auto *tg = self.as<TupleGetterObject>();
  if (obj.isNull() || isNone(obj))
    return Ref::borrow(self);
  if (!isTuple(obj))
    return raisef(&TypeErrorType,
                  "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
                  tg->index, typeName(obj));
  if (tg->index >= int64_t(tupleSize(obj)))
    return raise(&IndexErrorType, "tuple index out of range");
  return Ref::borrow(tupleItem(obj, size_t(tg->index)));
}

int tupleGetterSet(Value, Value, Value value) {
  raise(&AttributeErrorType, value ? "can't set attribute" : "can't delete attribute");
  return -1;
}

void tupleGetterDealloc(Object *self) { xdecref(static_cast<TupleGetterObject *>(self)->doc); }

Ref tupleGetterGetDoc(Value self) {
  Value doc = self.as<TupleGetterObject>()->doc;
  return doc ? Ref::borrow(doc) : Ref::borrow(None());
}

int tupleGetterSetDoc(Value self, Value value) {
  auto *tg = self.as<TupleGetterObject>();
  if (value)
    incref(value);
  xdecref(std::exchange(tg->doc, value));
  return 0;
}

// CPython: tuplegetter_repr
Ref tupleGetterRepr(Value self) {
  auto *tg = self.as<TupleGetterObject>();
  Ref doc = repr(tg->doc ? tg->doc : None());
  if (!doc)
    return {};
  return newStr(fmt::format("_tuplegetter({}, {})", tg->index, strToUtf8(*doc)));
}

const GetSetDef kTupleGetterGetSets[] = {
    {"__doc__", tupleGetterGetDoc, tupleGetterSetDoc},
};

Ref newTupleGetter(int64_t index, Value doc) {
  Object *o = allocObject(&TupleGetterType);
  if (!o)
    return {};
  auto *tg = static_cast<TupleGetterObject *>(o);
  tg->index = index;
  incref(doc);
  tg->doc = doc;
  return Ref::steal(o);
}

// _tuplegetter(index, doc). CPython: tuplegetter_new_impl
Ref tupleGetterNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  if (!checkPositional("_tuplegetter", nargs, 2, 2) || !checkNoKeywords("_tuplegetter", kwnames))
    return {};
  int64_t index;
  if (!intAsInt64(args[0], &index))
    return {};
  return newTupleGetter(index, args[1]);
}

bool setupTupleGetter() {
  if (TupleGetterType.hasFlag(kTypeReady))
    return true;
  initStaticType(&TupleGetterType, "", &ObjectType, sizeof(TupleGetterObject), 0);
  TupleGetterType.name = "collections._tuplegetter";
  TupleGetterType.repr = tupleGetterRepr;
  TupleGetterType.nameObject = newStr("_tuplegetter");
  TupleGetterType.dealloc = tupleGetterDealloc;
  TupleGetterType.descrGet = tupleGetterGet;
  TupleGetterType.descrSet = tupleGetterSet;
  TupleGetterType.newInstance = tupleGetterNew;
  return typeReady(&TupleGetterType, {}, kTupleGetterGetSets);
}

// _count_elements(mapping, iterable): mapping[e] = mapping.get(e, 0) + 1.
// CPython: Modules/_collectionsmodule.c _collections__count_elements_impl
Ref countElements(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"_count_elements", {"mapping", "iterable"}, 2, 2}, args, nargs, kwnames, out))
    return {};
  Ref it = getIter(out[1]);
  if (!it)
    return {};
  Ref one = Ref::smallInt(1);
  for (;;) {
    Ref elem = iterNext(*it);
    if (!elem)
      return errorPending() ? Ref() : newNone();
    Ref next;
    if (isDict(out[0]) && out[0].type()->getitem == DictType.getitem) {
      Ref cur;
      int r = dictLookup(out[0], *elem, &cur);
      if (r < 0)
        return {};
      next = r ? binaryOp(*cur, *one, BinaryOp::Add) : one;
    } else {
      Ref get = getAttr(out[0], "get");
      Ref cur = get ? call(*get, {*elem, *Ref::smallInt(0)}) : Ref();
      next = cur ? binaryOp(*cur, *one, BinaryOp::Add) : Ref();
    }
    if (!next || setItem(out[0], *elem, *next) < 0)
      return {};
  }
}

const MethodDef kCollectionsNativeFunctions[] = {
    method("_count_elements", countElements),
};

const MethodDef kDequeMethods[] = {
    method("append", dequeAppend),
    method("appendleft", dequeAppendLeft),
    method("pop", dequePop),
    method("popleft", dequePopLeft),
    method("extend", dequeExtend),
    method("extendleft", dequeExtendLeft),
    method("rotate", dequeRotate),
    method("clear", dequeClear),
    method("count", dequeCount),
    method("index", dequeIndex),
    method("insert", dequeInsert),
    method("remove", dequeRemove),
    method("reverse", dequeReverse),
    method("copy", dequeCopy),
    method("__copy__", dequeCopy),
    method("__reversed__", dequeReversed),
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
};
const GetSetDef kDequeGetSets[] = {
    {"maxlen", dequeGetMaxlen},
};
const MethodDef kDequeIterMethods[] = {
    method("__length_hint__", dequeIterLengthHint),
};
const MethodDef kDefaultDictMethods[] = {
    method("__missing__", defaultDictMissing),
    method("copy", defaultDictCopy),
    method("__copy__", defaultDictCopy),
};
const GetSetDef kDefaultDictGetSets[] = {
    {"default_factory", defaultDictGetFactory, defaultDictSetFactory},
};

void named(Type *t, const char *full, const char *shortName) {
  t->name = full;
  t->nameObject = newStr(shortName);
}

bool setupTypes() {
  if (DequeType.hasFlag(kTypeReady))
    return true;
  initStaticType(&DequeType, "", &ObjectType, sizeof(DequeObject), kTypeBaseType);
  named(&DequeType, "collections.deque", "deque");
  DequeType.dealloc = dequeDealloc;
  DequeType.newInstance = dequeNew;
  DequeType.init = dequeInit;
  DequeType.repr = dequeRepr;
  DequeType.richcompare = dequeRichCompare;
  DequeType.iter = dequeIter;
  DequeType.length = dequeLength;
  DequeType.getitem = dequeGetItem;
  DequeType.setitem = dequeSetItem;
  DequeType.contains = dequeContains;
  DequeType.hash = hashNotImplemented;
  DequeType.binary[int(BinaryOp::Add)] = dequeConcat;
  DequeType.binary[int(BinaryOp::Multiply)] = dequeRepeat;
  DequeType.inplace[int(BinaryOp::Add)] = dequeInplaceConcat;
  DequeType.inplace[int(BinaryOp::Multiply)] = dequeInplaceRepeat;
  if (!typeReady(&DequeType, kDequeMethods, kDequeGetSets))
    return false;
  markUnhashable(&DequeType);

  Type *its[] = {&DequeIterType, &DequeRevIterType};
  const char *names[] = {"collections._deque_iterator", "collections._deque_reverse_iterator"};
  const char *shorts[] = {"_deque_iterator", "_deque_reverse_iterator"};
  for (int i = 0; i < 2; i++) {
    initStaticType(its[i], "", &ObjectType, sizeof(DequeIterObject), 0);
    named(its[i], names[i], shorts[i]);
    its[i]->dealloc = dequeIterDealloc;
    its[i]->iter = iterSelf;
    its[i]->iternext = i == 0 ? dequeIterNext : dequeRevIterNext;
    if (!typeReady(its[i], kDequeIterMethods))
      return false;
  }

  initStaticType(&DefaultDictType, "", &DictType, DictType.basicSize + sizeof(Ref),
                 kTypeBaseType | kTypeDictSubclass);
  named(&DefaultDictType, "collections.defaultdict", "defaultdict");
  DefaultDictType.dealloc = defaultDictDealloc;
  DefaultDictType.newInstance = DictType.newInstance;
  DefaultDictType.init = defaultDictInit;
  DefaultDictType.repr = defaultDictRepr;
  DefaultDictType.binary[int(BinaryOp::Or)] = defaultDictOr;
  return typeReady(&DefaultDictType, kDefaultDictMethods, kDefaultDictGetSets);
}

Ref makeModule() {
  if (!setupTypes())
    return {};
  Ref module = newModule("_collections");
  if (!module)
    return {};
  if (!setupOrderedDict() || moduleAddObject(*module, "OrderedDict", typeValue(&OrderedDictType)) < 0 ||
      !moduleAddFunctions(*module, kCollectionsNativeFunctions) ||
      moduleAddObject(*module, "deque", typeValue(&DequeType)) < 0 ||
      moduleAddObject(*module, "defaultdict", typeValue(&DefaultDictType)) < 0 ||
      moduleAddObject(*module, "_deque_iterator", typeValue(&DequeIterType)) < 0 ||
      moduleAddObject(*module, "_deque_reverse_iterator", typeValue(&DequeRevIterType)) < 0 ||
      !setupTupleGetter() ||
      moduleAddObject(*module, "_tuplegetter", typeValue(&TupleGetterType)) < 0)
    return {};
  return module;
}

} // namespace

Ref createCollectionsNativeModule() { return makeModule(); }
} // namespace pyvm
