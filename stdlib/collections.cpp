// The _collections module (deque, defaultdict) and a native `collections`
// module exposing them, since the pure-Python collections package is not
// shipped. CPython: Modules/_collectionsmodule.c
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
Type CounterType;
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


// --- Counter (Lib/collections/__init__.py) ----------------------------------
// A dict subclass; the methods follow the pure-Python class line by line.

inline bool isCounter(Value v) { return v.isObject() && isInstance(v, &CounterType); }

Ref counterGet(Value self, Value key) {
  Ref out;
  int r = dictLookup(self, key, &out);
  if (r < 0)
    return {};
  return r ? out : Ref::smallInt(0);
}

// Counter.update / subtract: sign +1 or -1.
bool counterAdd(Value self, Value iterable, int sign) {
  if (isDict(iterable)) {
    if (sign > 0 && dictSize(self) == 0 && dictSize(iterable) > 0 && iterable.type() == &DictType)
      return dictUpdate(self, iterable) == 0;
    Ref items = sequenceToList(*Ref(dictItems(iterable)));
    if (!items)
      return false;
    for (size_t i = 0; i < listSize(*items); i++) {
      Value pair = listItem(*items, i);
      Value elem = tupleItem(pair, 0), count = tupleItem(pair, 1);
      Ref cur = counterGet(self, elem);
      if (!cur)
        return false;
      Ref nv = sign > 0 ? binaryOp(count, *cur, BinaryOp::Add)
                        : binaryOp(*cur, count, BinaryOp::Subtract);
      if (!nv || setItem(self, elem, *nv) < 0)
        return false;
    }
    return true;
  }
  Ref it = getIter(iterable);
  if (!it)
    return false;
  while (Ref elem = iterNext(*it)) {
    Ref cur = counterGet(self, *elem);
    if (!cur)
      return false;
    Ref nv = binaryOp(*cur, Value::fromSmallInt(sign), BinaryOp::Add);
    if (!nv || setItem(self, *elem, *nv) < 0)
      return false;
  }
  return !errorPending();
}

bool counterUpdateArgs(Value self, const Value *args, size_t nargs, Value kwnames, int sign,
                       const char *name) {
  if (!checkPositional(name, nargs, 0, 1))
    return false;
  if (nargs == 1 && !isNone(args[0]) && !counterAdd(self, args[0], sign))
    return false;
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  if (nkw) {
    Ref kw = newDict();
    if (!kw)
      return false;
    for (size_t i = 0; i < nkw; i++)
      if (dictSetItem(*kw, tupleItem(kwnames, i), args[nargs + i]) < 0)
        return false;
    if (!counterAdd(self, *kw, sign))
      return false;
  }
  return true;
}

int counterInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  return counterUpdateArgs(self, args, nargs, kwnames, 1, "__init__") ? 0 : -1;
}
Ref counterUpdate(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (!counterUpdateArgs(self, args, nargs, kwnames, 1, "update"))
    return {};
  return newNone();
}
Ref counterSubtract(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (!counterUpdateArgs(self, args, nargs, kwnames, -1, "subtract"))
    return {};
  return newNone();
}

Ref counterMissing(Value, Value) { return Ref::smallInt(0); }

// Items sorted by count, largest first, ties in insertion order.
Ref sortedItems(Value self) {
  Ref items = sequenceToList(*Ref(dictItems(self)));
  if (!items)
    return {};
  std::vector<Ref> v;
  for (size_t i = 0; i < listSize(*items); i++)
    v.push_back(Ref::borrow(listItem(*items, i)));
  bool failed = false;
  std::stable_sort(v.begin(), v.end(), [&](const Ref &a, const Ref &b) {
    if (failed)
      return false;
    int r = compareBool(tupleItem(*a, 1), tupleItem(*b, 1), CompareOp::Gt);
    if (r < 0)
      failed = true;
    return r > 0;
  });
  if (failed)
    return {};
  Ref out = newList(v.size());
  for (auto &r : v)
    listAppend(*out, r);
  return out;
}

Ref counterMostCommon(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  if (!parseArgs({"most_common", {"n"}, 0, 0}, args, nargs, kwnames, out))
    return {};
  Ref items = sortedItems(self);
  if (!items || !out[0] || isNone(out[0]))
    return items;
  int64_t n;
  if (!indexAsInt64(out[0], &n, &OverflowErrorType))
    return {};
  if (n < 0)
    n = 0;
  if (size_t(n) > listSize(*items))
    n = int64_t(listSize(*items));
  return listSlice(*items, 0, size_t(n));
}

Ref counterElements(Value self) {
  Ref out = newList();
  size_t pos = 0;
  Value k, v;
  while (dictNext(self, &pos, &k, &v)) {
    int64_t n;
    if (!indexAsInt64(v, &n, &OverflowErrorType))
      return {};
    for (int64_t i = 0; i < n; i++)
      listAppend(*out, Ref::borrow(k));
  }
  return getIter(*out);
}

Ref counterTotal(Value self) {
  Ref total = Ref::smallInt(0);
  size_t pos = 0;
  Value k, v;
  while (dictNext(self, &pos, &k, &v)) {
    total = binaryOp(*total, v, BinaryOp::Add);
    if (!total)
      return {};
  }
  return total;
}

Ref counterCopy(Value self) { return call(typeValue(self.type()), {self}); }

Ref counterFromKeys(Value, const Value *, size_t) {
  return raise(&NotImplementedErrorType,
               "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

Ref counterRepr(Value self) {
  std::string name = strToUtf8(*self.type()->nameObject);
  if (dictSize(self) == 0)
    return newStr(name + "()");
  Ref items = sortedItems(self);
  Ref d;
  if (items) {
    d = newDict();
    for (size_t i = 0; d && i < listSize(*items); i++)
      dictSetItem(*d, tupleItem(listItem(*items, i), 0), tupleItem(listItem(*items, i), 1));
  } else if (pendingExceptionMatches(&TypeErrorType)) {
    clearPendingException();
    d = dictCopy(self);
  }
  if (!d)
    return {};
  std::string s = name + "(";
  if (!appendRepr(s, *d))
    return {};
  return newStr(s + ")");
}

enum class CounterOp { Add, Sub, Or, And };

Ref counterBinary(Value a, Value b, CounterOp op) {
  if (!isCounter(a) || !isCounter(b))
    return newNotImplemented();
  Ref result = call(typeValue(&CounterType), nullptr, 0);
  if (!result)
    return {};
  Value zero = Value::fromSmallInt(0);
  size_t pos = 0;
  Value k, v;
  while (dictNext(a, &pos, &k, &v)) {
    Ref kk = Ref::borrow(k), count = Ref::borrow(v);
    Ref other = getItem(b, *kk);
    if (!other)
      return {};
    Ref nv;
    if (op == CounterOp::Add)
      nv = binaryOp(*count, *other, BinaryOp::Add);
    else if (op == CounterOp::Sub)
      nv = binaryOp(*count, *other, BinaryOp::Subtract);
    else {
      int lt = compareBool(*count, *other, CompareOp::Lt);
      if (lt < 0)
        return {};
      nv = (op == CounterOp::Or) == bool(lt) ? other : count;
    }
    if (!nv)
      return {};
    int pos0 = compareBool(*nv, zero, CompareOp::Gt);
    if (pos0 < 0)
      return {};
    if (pos0 && setItem(*result, *kk, *nv) < 0)
      return {};
  }
  if (op == CounterOp::And)
    return result;
  pos = 0;
  while (dictNext(b, &pos, &k, &v)) {
    Ref kk = Ref::borrow(k), count = Ref::borrow(v);
    int in = dictContainsHashed(a, *kk, hash(*kk));
    if (in < 0)
      return {};
    if (in)
      continue;
    int cmp = compareBool(*count, zero, op == CounterOp::Sub ? CompareOp::Lt : CompareOp::Gt);
    if (cmp < 0)
      return {};
    if (!cmp)
      continue;
    Ref nv = op == CounterOp::Sub ? binaryOp(zero, *count, BinaryOp::Subtract) : count;
    if (!nv || setItem(*result, *kk, *nv) < 0)
      return {};
  }
  return result;
}
Ref counterAddOp(Value a, Value b) { return counterBinary(a, b, CounterOp::Add); }
Ref counterSubOp(Value a, Value b) { return counterBinary(a, b, CounterOp::Sub); }
Ref counterOrOp(Value a, Value b) { return counterBinary(a, b, CounterOp::Or); }
Ref counterAndOp(Value a, Value b) { return counterBinary(a, b, CounterOp::And); }

// Counter.__pos__ / __neg__: the counts above zero of self / of -self, in a new Counter.
Ref counterUnary(Value self, bool negate) {
  Ref result = call(typeValue(&CounterType), nullptr, 0);
  if (!result)
    return {};
  Value zero = Value::fromSmallInt(0);
  Ref items = sequenceToList(*Ref(dictItems(self)));
  if (!items)
    return {};
  for (size_t i = 0; i < listSize(*items); i++) {
    Value pair = listItem(*items, i);
    Value elem = tupleItem(pair, 0), count = tupleItem(pair, 1);
    int keep = compareBool(count, zero, negate ? CompareOp::Lt : CompareOp::Gt);
    if (keep < 0)
      return {};
    if (!keep)
      continue;
    Ref nv = negate ? binaryOp(zero, count, BinaryOp::Subtract) : Ref::borrow(count);
    if (!nv || setItem(*result, elem, *nv) < 0)
      return {};
  }
  return result;
}
Ref counterPos(Value self) { return counterUnary(self, false); }
Ref counterNeg(Value self) { return counterUnary(self, true); }

// CPython: Lib/collections/__init__.py Counter._keep_positive
Ref counterKeepPositive(Value self) {
  Ref items = sequenceToList(*Ref(dictItems(self)));
  if (!items)
    return {};
  for (size_t i = 0; i < listSize(*items); i++) {
    Value pair = listItem(*items, i);
    int positive = compareBool(tupleItem(pair, 1), Value::fromSmallInt(0), CompareOp::Gt);
    if (positive < 0 || (!positive && delItem(self, tupleItem(pair, 0)) < 0))
      return {};
  }
  return Ref::borrow(self);
}

// Counter.__iadd__ / __isub__ / __ior__ / __iand__: update self in place from other's
// items, then drop the counts that are not positive. A non-Counter other gives
// NotImplemented (TypeError), where CPython's Python code fails on other.items().
Ref counterInplace(Value self, Value other, CounterOp op) {
  if (!isCounter(other))
    return newNotImplemented();
  Ref items = sequenceToList(*Ref(dictItems(op == CounterOp::And ? self : other)));
  if (!items)
    return {};
  for (size_t i = 0; i < listSize(*items); i++) {
    Value pair = listItem(*items, i);
    Value elem = tupleItem(pair, 0), count = tupleItem(pair, 1);
    Ref nv;
    if (op == CounterOp::Add || op == CounterOp::Sub) {
      Ref cur = getItem(self, elem);
      if (!cur)
        return {};
      nv = binaryOp(*cur, count, op == CounterOp::Add ? BinaryOp::Add : BinaryOp::Subtract);
    } else {
      // |=: other_count > self[elem] wins; &=: other[elem] < count wins.
      Ref cur = getItem(op == CounterOp::Or ? self : other, elem);
      if (!cur)
        return {};
      int wins = op == CounterOp::Or ? compareBool(count, *cur, CompareOp::Gt)
                                     : compareBool(*cur, count, CompareOp::Lt);
      if (wins < 0)
        return {};
      if (!wins)
        continue;
      nv = op == CounterOp::Or ? Ref::borrow(count) : cur;
    }
    if (!nv || setItem(self, elem, *nv) < 0)
      return {};
  }
  return counterKeepPositive(self);
}
Ref counterIaddOp(Value a, Value b) { return counterInplace(a, b, CounterOp::Add); }
Ref counterIsubOp(Value a, Value b) { return counterInplace(a, b, CounterOp::Sub); }
Ref counterIorOp(Value a, Value b) { return counterInplace(a, b, CounterOp::Or); }
Ref counterIandOp(Value a, Value b) { return counterInplace(a, b, CounterOp::And); }

// all(self[e] OP other[e] for c in (self, other) for e in c)
int counterAll(Value a, Value b, CompareOp op) {
  Value sides[2] = {a, b};
  for (Value c : sides) {
    Ref keys = sequenceToList(c);
    if (!keys)
      return -1;
    for (size_t i = 0; i < listSize(*keys); i++) {
      Value e = listItem(*keys, i);
      Ref x = getItem(a, e), y = getItem(b, e);
      if (!x || !y)
        return -1;
      int r = compareBool(*x, *y, op);
      if (r <= 0)
        return r;
    }
  }
  return 1;
}

Ref counterRichCompare(Value a, Value b, CompareOp op) {
  if (!isCounter(a) || !isCounter(b))
    return newNotImplemented();
  int r;
  switch (op) {
  case CompareOp::Eq:
  case CompareOp::Ne:
    r = counterAll(a, b, CompareOp::Eq);
    if (r < 0)
      return {};
    return newBool(op == CompareOp::Eq ? r : !r);
  case CompareOp::Le:
  case CompareOp::Ge:
    r = op == CompareOp::Le ? counterAll(a, b, CompareOp::Le) : counterAll(b, a, CompareOp::Le);
    if (r < 0)
      return {};
    return newBool(r);
  default: {
    r = op == CompareOp::Lt ? counterAll(a, b, CompareOp::Le) : counterAll(b, a, CompareOp::Le);
    if (r <= 0)
      return r < 0 ? Ref() : newBool(false);
    int eq = counterAll(a, b, CompareOp::Eq);
    if (eq < 0)
      return {};
    return newBool(!eq);
  }
  }
}

int counterSetItem(Value self, Value key, Value value) {
  if (!value) {
    int in = dictContainsHashed(self, key, hash(key));
    if (in <= 0)
      return in;
  }
  return DictType.setitem(self, key, value);
}

const MethodDef kCounterMethods[] = {
    method("__missing__", counterMissing),
    method("most_common", counterMostCommon),
    method("elements", counterElements),
    method("update", counterUpdate),
    method("subtract", counterSubtract),
    method("total", counterTotal),
    method("copy", counterCopy),
    method("__copy__", counterCopy),
    method("fromkeys", counterFromKeys, kMethodClass),
};

bool setupCounter() {
  if (CounterType.hasFlag(kTypeReady))
    return true;
  initStaticType(&CounterType, "collections.Counter", &DictType, DictType.basicSize,
                 kTypeBaseType | kTypeDictSubclass);
  CounterType.nameObject = newStr("Counter");
  CounterType.dealloc = DictType.dealloc;
  CounterType.newInstance = DictType.newInstance;
  CounterType.init = counterInit;
  CounterType.repr = counterRepr;
  CounterType.richcompare = counterRichCompare;
  CounterType.setitem = counterSetItem;
  CounterType.binary[int(BinaryOp::Add)] = counterAddOp;
  CounterType.binary[int(BinaryOp::Subtract)] = counterSubOp;
  CounterType.binary[int(BinaryOp::Or)] = counterOrOp;
  CounterType.binary[int(BinaryOp::And)] = counterAndOp;
  CounterType.inplace[int(BinaryOp::Add)] = counterIaddOp;
  CounterType.inplace[int(BinaryOp::Subtract)] = counterIsubOp;
  CounterType.inplace[int(BinaryOp::Or)] = counterIorOp;
  CounterType.inplace[int(BinaryOp::And)] = counterIandOp;
  CounterType.positive = counterPos;
  CounterType.negative = counterNeg;
  if (!typeReady(&CounterType, kCounterMethods))
    return false;
  markUnhashable(&CounterType);
  return true;
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
  return typeReady(&TupleGetterType, {}, kTupleGetterGetSets);
}

// --- namedtuple (Lib/collections/__init__.py) --------------------------------
// The class is built with type(typename, (tuple,), namespace) as the Python
// version does; its methods are native. __new__ is bound to the state tuple
// (typename, fields, defaults) and reproduces the argument errors of the
// generated `def __new__(_cls, x, y)`.

std::string quoteList(const std::vector<std::string> &names) {
  std::string s;
  for (size_t i = 0; i < names.size(); i++) {
    if (i)
      s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

Ref ntNew(Value state, const Value *args, size_t nargs, Value kwnames) {
  std::string tname = strToUtf8(tupleItem(state, 0));
  Value fields = tupleItem(state, 1), defaults = tupleItem(state, 2);
  size_t n = tupleSize(fields);
  size_t nd = isNone(defaults) ? 0 : tupleSize(defaults);
  std::string fn = tname + ".__new__()";
  if (nargs < 1)
    return raisef(&TypeErrorType, "{} missing 1 required positional argument: '_cls'", fn);
  Value cls = args[0];
  size_t given = nargs - 1;
  if (given > n) {
    if (nd)
      return raisef(&TypeErrorType, "{} takes from {} to {} positional arguments but {} were given",
                    fn, n - nd + 1, n + 1, nargs);
    return raisef(&TypeErrorType, "{} takes {} positional argument{} but {} {} given", fn, n + 1,
                  n + 1 == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
  }
  std::vector<Value> vals(n);
  for (size_t i = 0; i < given; i++)
    vals[i] = args[1 + i];
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t k = 0; k < nkw; k++) {
    Value name = tupleItem(kwnames, k);
    size_t i = 0;
    while (i < n && !strEquals(tupleItem(fields, i), name))
      i++;
    if (i == n)
      return raisef(&TypeErrorType, "{} got an unexpected keyword argument '{}'", fn,
                    strToUtf8(name));
    if (vals[i])
      return raisef(&TypeErrorType, "{} got multiple values for argument '{}'", fn,
                    strToUtf8(name));
    vals[i] = args[nargs + k];
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < n; i++) {
    if (vals[i])
      continue;
    if (i >= n - nd)
      vals[i] = tupleItem(defaults, i - (n - nd));
    else
      missing.push_back(strToUtf8(tupleItem(fields, i)));
  }
  if (!missing.empty())
    return raisef(&TypeErrorType, "{} missing {} required positional argument{}: {}", fn,
                  missing.size(), missing.size() == 1 ? "" : "s", quoteList(missing));
  if (!isType(cls))
    return raisef(&TypeErrorType, "tuple.__new__(X): X is not a type object ({})",
                  typeName(cls));
  Ref t = newTupleOfType(static_cast<Type *>(cls.object()), n);
  if (!t)
    return {};
  for (size_t i = 0; i < n; i++)
    tupleInit(*t, i, Ref::borrow(vals[i]));
  return t;
}
const MethodDef kNtNewDef = method("__new__", ntNew);

Ref fieldsOf(Value self) { return getAttr(typeValue(self.type()), "_fields"); }

Ref ntRepr(Value self) {
  Ref fields = fieldsOf(self);
  if (!fields)
    return {};
  Ref ft = sequenceToTuple(*fields);
  if (!ft)
    return {};
  std::string s = strToUtf8(*self.type()->nameObject) + "(";
  size_t n = tupleSize(self);
  for (size_t i = 0; i < n; i++) {
    if (i)
      s += ", ";
    if (i < tupleSize(*ft))
      s += strToUtf8(tupleItem(*ft, i));
    s += "=";
    if (!appendRepr(s, tupleItem(self, i)))
      return {};
  }
  return newStr(s + ")");
}

Ref ntAsDict(Value self) {
  Ref fields = fieldsOf(self);
  if (!fields)
    return {};
  Ref ft = sequenceToTuple(*fields);
  Ref d = newDict();
  if (!ft || !d)
    return {};
  for (size_t i = 0; i < tupleSize(*ft) && i < tupleSize(self); i++)
    if (dictSetItem(*d, tupleItem(*ft, i), tupleItem(self, i)) < 0)
      return {};
  return d;
}

Ref ntGetNewArgs(Value self) { return newTupleFrom(tupleItems(self)); }

Ref ntMakeImpl(Value cls, Value iterable) {
  Ref items = sequenceToTuple(iterable);
  if (!items)
    return {};
  Ref fields = getAttr(cls, "_fields");
  if (!fields)
    return {};
  int64_t n = length(*fields);
  if (n < 0)
    return {};
  if (int64_t(tupleSize(*items)) != n)
    return raisef(&TypeErrorType, "Expected {} arguments, got {}", n, tupleSize(*items));
  Ref t = newTupleOfType(static_cast<Type *>(cls.object()), size_t(n));
  if (!t)
    return {};
  for (size_t i = 0; i < size_t(n); i++)
    tupleInit(*t, i, Ref::borrow(tupleItem(*items, i)));
  return t;
}
Ref ntMake(Value cls, Value iterable) { return ntMakeImpl(cls, iterable); }

Ref ntReplace(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (!checkPositional("_replace", nargs, 0, 0))
    return {};
  Ref fields = fieldsOf(self);
  if (!fields)
    return {};
  Ref ft = sequenceToTuple(*fields);
  if (!ft)
    return {};
  size_t n = tupleSize(self);
  std::vector<Value> vals(tupleItems(self).begin(), tupleItems(self).end());
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  std::vector<Value> unknown;
  for (size_t k = 0; k < nkw; k++) {
    Value name = tupleItem(kwnames, k);
    size_t i = 0;
    while (i < tupleSize(*ft) && !strEquals(tupleItem(*ft, i), name))
      i++;
    if (i < n)
      vals[i] = args[k];
    else
      unknown.push_back(name);
  }
  if (!unknown.empty()) {
    Ref l = newList();
    for (Value u : unknown)
      listAppend(*l, Ref::borrow(u));
    std::string s;
    if (!appendRepr(s, *l))
      return {};
    return raisef(&TypeErrorType, "Got unexpected field names: {}", s);
  }
  Ref t = newTupleFrom(vals);
  if (!t)
    return {};
  return ntMakeImpl(typeValue(self.type()), *t);
}

const MethodDef kNtRepr = method("__repr__", ntRepr);
const MethodDef kNtAsDict = method("_asdict", ntAsDict);
const MethodDef kNtGetNewArgs = method("__getnewargs__", ntGetNewArgs);
const MethodDef kNtReplace = method("_replace", ntReplace);
const MethodDef kNtMake = method("_make", ntMake, kMethodClass);

const char *const kKeywords[] = {
    "False", "None",   "True",    "and",      "as",       "assert", "async", "await",
    "break", "class",  "continue", "def",     "del",      "elif",   "else",  "except",
    "finally", "for",  "from",    "global",   "if",       "import", "in",    "is",
    "lambda", "nonlocal", "not",  "or",       "pass",     "raise",  "return", "try",
    "while", "with",   "yield"};

int validName(Value name) { // 1 ok, 0 not an identifier, 2 keyword, -1 error
  Ref r = callMethod(name, "isidentifier", {});
  if (!r)
    return -1;
  if (!(*r).is(True()))
    return 0;
  std::string s = strToUtf8(name);
  for (const char *k : kKeywords)
    if (s == k)
      return 2;
  return 1;
}

Ref collectionsNamedTuple(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[5] = {};
  if (!parseArgs({"namedtuple", {"typename", "field_names", "rename", "defaults", "module"}, 2, 0, 2},
                 args, nargs, kwnames, out))
    return {};
  Ref typeName_ = str(out[0]);
  if (!typeName_)
    return {};
  Ref names;
  if (isStr(out[1])) {
    Ref replaced = callMethod(out[1], "replace", {*newStr(","), *newStr(" ")});
    if (!replaced)
      return {};
    names = callMethod(*replaced, "split", {});
  } else {
    names = sequenceToList(out[1]);
  }
  if (!names)
    return {};
  std::vector<Ref> fields;
  for (size_t i = 0; i < listSize(*names); i++) {
    Ref f = str(listItem(*names, i));
    if (!f)
      return {};
    fields.push_back(f);
  }
  int rename = out[2] ? isTrue(out[2]) : 0;
  if (rename < 0)
    return {};
  if (rename) {
    std::vector<std::string> seen;
    for (size_t i = 0; i < fields.size(); i++) {
      std::string s = strToUtf8(*fields[i]);
      int v = validName(*fields[i]);
      if (v < 0)
        return {};
      bool dup = std::find(seen.begin(), seen.end(), s) != seen.end();
      if (v != 1 || s.starts_with("_") || dup)
        fields[i] = newStr("_" + std::to_string(i));
      seen.push_back(s);
    }
  }
  std::vector<Value> all = {*typeName_};
  for (auto &f : fields)
    all.push_back(*f);
  for (Value name : all) {
    if (!isStr(name))
      return raise(&TypeErrorType, "Type names and field names must be strings");
    int v = validName(name);
    if (v < 0)
      return {};
    std::string r;
    if (!appendRepr(r, name))
      return {};
    if (v == 0)
      return raisef(&ValueErrorType,
                    "Type names and field names must be valid identifiers: {}", r);
    if (v == 2)
      return raisef(&ValueErrorType, "Type names and field names cannot be a keyword: {}", r);
  }
  std::vector<std::string> seen;
  for (auto &f : fields) {
    std::string s = strToUtf8(*f), r;
    if (!appendRepr(r, *f))
      return {};
    if (s.starts_with("_") && !rename)
      return raisef(&ValueErrorType, "Field names cannot start with an underscore: {}", r);
    if (std::find(seen.begin(), seen.end(), s) != seen.end())
      return raisef(&ValueErrorType, "Encountered duplicate field name: {}", r);
    seen.push_back(s);
  }
  std::vector<Value> fv;
  for (auto &f : fields)
    fv.push_back(*f);
  Ref fieldTuple = newTupleFrom(fv);
  if (!fieldTuple)
    return {};
  Ref defaults = newNone();
  Ref fieldDefaults = newDict();
  if (!fieldDefaults)
    return {};
  if (out[3] && !isNone(out[3])) {
    defaults = sequenceToTuple(out[3]);
    if (!defaults)
      return {};
    if (tupleSize(*defaults) > fields.size())
      return raise(&TypeErrorType, "Got more default values than field names");
    size_t nd = tupleSize(*defaults);
    for (size_t i = 0; i < nd; i++)
      if (dictSetItem(*fieldDefaults, fv[fields.size() - nd + i], tupleItem(*defaults, i)) < 0)
        return {};
  }
  Ref state = newTupleOf({*typeName_, *fieldTuple, *defaults});
  if (!state)
    return {};
  Ref ns = newDict();
  if (!ns)
    return {};
  std::string argList;
  for (size_t i = 0; i < fields.size(); i++)
    argList += (i ? ", " : "") + strToUtf8(*fields[i]);
  Ref doc = newStr(strToUtf8(*typeName_) + "(" + argList + ")");
  Ref emptyTuple = newTuple(0);
  Ref newFn = newBuiltinFunction(kNtNewDef, *state);
  Ref newSm = newFn ? newStaticMethod(*newFn) : Ref();
  Ref repr = newMethodDescriptor(&TupleType, &kNtRepr);
  Ref asdict = newMethodDescriptor(&TupleType, &kNtAsDict);
  Ref gna = newMethodDescriptor(&TupleType, &kNtGetNewArgs);
  Ref repl = newMethodDescriptor(&TupleType, &kNtReplace);
  Ref make = newClassMethodDescriptor(&TupleType, &kNtMake);
  if (!doc || !emptyTuple || !newSm || !repr || !asdict || !gna || !repl || !make)
    return {};
  if (dictSetItem(*ns, "__doc__", *doc) < 0 || dictSetItem(*ns, "__slots__", *emptyTuple) < 0 ||
      dictSetItem(*ns, "_fields", *fieldTuple) < 0 ||
      dictSetItem(*ns, "_field_defaults", *fieldDefaults) < 0 ||
      dictSetItem(*ns, "__new__", *newSm) < 0 || dictSetItem(*ns, "_make", *make) < 0 ||
      dictSetItem(*ns, "_replace", *repl) < 0 || dictSetItem(*ns, "__repr__", *repr) < 0 ||
      dictSetItem(*ns, "_asdict", *asdict) < 0 ||
      dictSetItem(*ns, "__getnewargs__", *gna) < 0 ||
      dictSetItem(*ns, "__match_args__", *fieldTuple) < 0)
    return {};
  if (out[4] && !isNone(out[4]) && dictSetItem(*ns, "__module__", out[4]) < 0)
    return {};
  for (size_t i = 0; i < fields.size(); i++) {
    Ref pdoc = newStr("Alias for field number " + std::to_string(i));
    Ref prop = pdoc && setupTupleGetter() ? newTupleGetter(int64_t(i), *pdoc) : Ref();
    if (!prop || dictSetItem(*ns, fv[i], *prop) < 0)
      return {};
  }
  Ref bases = newTupleOf({typeValue(&TupleType)});
  if (!bases)
    return {};
  return call(typeValue(&TypeType), {*typeName_, *bases, *ns});
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

const MethodDef kCollectionsFunctions[] = {
    method("namedtuple", collectionsNamedTuple),
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

Ref makeModule(const char *name) {
  if (!setupTypes())
    return {};
  Ref module = newModule(name);
  if (!module)
    return {};
  if (!setupOrderedDict() || moduleAddObject(*module, "OrderedDict", typeValue(&OrderedDictType)) < 0 ||
      !moduleAddFunctions(*module, kCollectionsNativeFunctions) ||
      moduleAddObject(*module, "deque", typeValue(&DequeType)) < 0 ||
      moduleAddObject(*module, "defaultdict", typeValue(&DefaultDictType)) < 0)
    return {};
  return module;
}

} // namespace

Ref createCollectionsNativeModule() { return makeModule("_collections"); }
Ref createCollectionsModule() {
  Ref m = makeModule("collections");
  if (!m || !setupCounter() || moduleAddObject(*m, "Counter", typeValue(&CounterType)) < 0 ||
      !moduleAddFunctions(*m, kCollectionsFunctions))
    return {};
  return m;
}

} // namespace pyvm
