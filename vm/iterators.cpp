// enumerate, zip, map, filter, reversed, the sequence iterator and the
// callable iterator, plus helpers shared by the container types.
// CPython: Objects/enumobject.c, Objects/iterobject.c, Python/bltinmodule.c
#include "vm/iterators.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <algorithm>
#include <vector>

namespace pyvm {

Type EnumerateType;
Type ZipType;
Type MapType;
Type FilterType;
Type ReversedType;
Type SeqIterType;
Type CallableIterType;

// --- helpers -------------------------------------------------------------------

namespace {
thread_local std::vector<Object *> tReprStack;
}

int reprEnter(Value v) {
  if (!v.isObject())
    return 0;
  Object *o = v.object();
  if (std::find(tReprStack.begin(), tReprStack.end(), o) != tReprStack.end())
    return 1;
  tReprStack.push_back(o);
  return 0;
}

void reprLeave(Value v) {
  if (!v.isObject())
    return;
  Object *o = v.object();
  for (size_t i = tReprStack.size(); i-- > 0;) {
    if (tReprStack[i] == o) {
      tReprStack.erase(tReprStack.begin() + static_cast<ptrdiff_t>(i));
      return;
    }
  }
}

bool appendRepr(std::string &out, Value v) {
  Ref r = repr(v);
  if (!r)
    return false;
  if (isStr(*r) && asStr(*r)->ascii)
    out += strAsciiView(*r);
  else
    out += strToUtf8(*r);
  return true;
}

bool sequenceIndex(Value key, int64_t *out) {
  if (key.isSmallInt()) {
    *out = key.smallInt();
    return true;
  }
  return indexAsInt64(key, out, &IndexErrorType);
}

Ref trySequenceOtherSlot(Value a, Value b, BinaryOp op) {
  Type *ta = a.type(), *tb = b.type();
  BinaryFn slotw = tb->binary[static_cast<int>(op)];
  // binary_op1 has already tried the other operand first when it is a
  // subtype; a shared slot is the sequence's own.
  if (!slotw || slotw == ta->binary[static_cast<int>(op)] || isSubtype(tb, ta))
    return newNotImplemented();
  return slotw(a, b);
}

bool sequenceRepeatCount(Value n, int64_t *out) {
  if (n.isSmallInt()) {
    *out = n.smallInt();
    return true;
  }
  if (!n.type()->index) {
    raisef(&TypeErrorType, "can't multiply sequence by non-int of type '{}'", typeName(n));
    return false;
  }
  return indexAsInt64(n, out, &OverflowErrorType);
}

namespace {
constexpr int kTrashcanLimit = 1000;
thread_local int tDeallocDepth = 0;
thread_local bool tDraining = false;
thread_local std::vector<Object *> tDeferred;
} // namespace

bool trashcanBegin(Object *self) {
  if (tDeallocDepth >= kTrashcanLimit) {
    self->refcount = 1; // owned by the queue until drained
    tDeferred.push_back(self);
    return false;
  }
  ++tDeallocDepth;
  return true;
}

void trashcanEnd() {
  if (--tDeallocDepth > 0 || tDraining || tDeferred.empty())
    return;
  tDraining = true;
  while (!tDeferred.empty()) {
    Object *o = tDeferred.back();
    tDeferred.pop_back();
    decref(Value::fromObject(o));
  }
  tDraining = false;
}

void markUnhashable(Type *type) {
  if (type->dict && isDict(*type->dict))
    dictSetItem(*type->dict, "__hash__", None());
}

namespace {

Ref iterSelf(Value self) { return Ref::borrow(self); }

// next(it) with StopIteration cleared: null and no error means exhausted.
inline Ref nextOf(Value it) {
  IterNextFn f = it.type()->iternext;
  if (!f)
    return iterNext(it);
  Ref r = f(it);
  if (!r && errorPending() && pendingExceptionMatches(&StopIterationType))
    clearPendingException();
  return r;
}

// --- enumerate -----------------------------------------------------------------

struct EnumerateObject : Object {
  Value it;        // owned iterator
  int64_t index;   // the next index while it fits
  Value longIndex; // owned int once index overflows, else null
  Value result;    // owned cached result tuple, or null
};

Ref makeEnumerate(Type *type, Value iterable, Value start) {
  Ref it = getIter(iterable);
  if (!it)
    return it;
  int64_t index = 0;
  Ref longIndex;
  if (start) {
    Ref s = pyvm::index(start);
    if (!s)
      return s;
    if (!intFitsInt64(*s, &index) || index == INT64_MAX)
      longIndex = s;
  }
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  auto *e = static_cast<EnumerateObject *>(o);
  e->it = it.release();
  e->index = index;
  e->longIndex = longIndex.release();
  return Ref::steal(o);
}

// CPython: Objects/enumobject.c enum_new_impl / enum_vectorcall
Ref enumerateNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (!kwnames || tupleSize(kwnames) == 0) {
    if (nargs == 0)
      return raise(&TypeErrorType, "enumerate() missing required argument 'iterable'");
    if (!checkPositional("enumerate", nargs, 1, 2))
      return Ref();
    return makeEnumerate(type, args[0], nargs > 1 ? args[1] : Value());
  }
  Value out[2] = {};
  if (!parseArgs({"enumerate", {"iterable", "start"}, 1, 0}, args, nargs, kwnames, out))
    return Ref();
  return makeEnumerate(type, out[0], out[1]);
}

void enumerateDealloc(Object *self) {
  auto *e = static_cast<EnumerateObject *>(self);
  decref(e->it);
  decref(e->longIndex);
  decref(e->result);
}

Ref enumerateNext(Value self) {
  auto *e = self.as<EnumerateObject>();
  Ref item = nextOf(e->it);
  if (!item)
    return item;
  Ref index;
  if (e->longIndex) {
    index = Ref::borrow(e->longIndex);
    Ref one = newInt(1);
    Ref next = binaryOp(e->longIndex, *one, BinaryOp::Add);
    if (!next)
      return next;
    decref(e->longIndex);
    e->longIndex = next.release();
  } else {
    index = newInt(e->index);
    if (e->index == INT64_MAX - 1) {
      Ref big = newInt(BigInt(INT64_MAX));
      e->longIndex = big.release();
    } else {
      e->index++;
    }
  }
  if (!index)
    return index;
  Ref pair[2] = {std::move(index), std::move(item)};
  return tupleReuse(&e->result, 2, pair);
}

// --- zip -----------------------------------------------------------------------

struct ZipObject : Object {
  Value iters;  // owned tuple of iterators
  Value result; // owned cached result tuple, or null
  bool strict;
};

Ref makeIterTuple(const Value *args, size_t n) {
  Ref t = newTuple(n);
  if (!t)
    return t;
  for (size_t i = 0; i < n; ++i) {
    Ref it = getIter(args[i]);
    if (!it)
      return it;
    tupleInit(*t, i, std::move(it));
  }
  return t;
}

// Reads the keyword-only strict= of zip() and map().
bool parseStrict(const char *function, const Value *args, size_t nargs, Value kwnames,
                 bool *strict) {
  *strict = false;
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  if (nkw == 0)
    return true;
  if (nkw > 1) {
    raisef(&TypeErrorType, "{}() takes at most 1 keyword argument ({} given)", function, nkw);
    return false;
  }
  Value out[1] = {};
  if (!parseArgs({function, {"strict"}, 0, 0, 0}, args + nargs, 0, kwnames, out))
    return false;
  if (out[0]) {
    int t = isTrue(out[0]);
    if (t < 0)
      return false;
    *strict = t != 0;
  }
  return true;
}

Ref zipNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  bool strict;
  if (!parseStrict("zip", args, nargs, kwnames, &strict))
    return Ref();
  Ref iters = makeIterTuple(args, nargs);
  if (!iters)
    return iters;
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  auto *z = static_cast<ZipObject *>(o);
  z->iters = iters.release();
  z->strict = strict;
  return Ref::steal(o);
}

void zipDealloc(Object *self) {
  decref(static_cast<ZipObject *>(self)->iters);
  decref(static_cast<ZipObject *>(self)->result);
}

// The strict-mode length check after iterator `i` ran out (CPython: zip_next
// and map_next "check:" blocks).
Ref strictCheck(const char *name, Value iters, size_t i) {
  size_t n = tupleSize(iters);
  if (i) {
    const char *plural = i == 1 ? " " : "s 1-";
    return raisef(&ValueErrorType, "{}() argument {} is shorter than argument{}{}", name, i + 1,
                  plural, i);
  }
  for (i = 1; i < n; ++i) {
    Ref item = nextOf(tupleItem(iters, i));
    if (item) {
      const char *plural = i == 1 ? " " : "s 1-";
      return raisef(&ValueErrorType, "{}() argument {} is longer than argument{}{}", name,
                    i + 1, plural, i);
    }
    if (errorPending())
      return Ref();
  }
  return Ref();
}

Ref zipNext(Value self) {
  auto *z = self.as<ZipObject>();
  size_t n = tupleSize(z->iters);
  if (n == 0)
    return Ref();
  Ref small[4];
  std::vector<Ref> big;
  Ref *items = small;
  if (n > 4) {
    big.resize(n);
    items = big.data();
  }
  for (size_t i = 0; i < n; ++i) {
    items[i] = nextOf(tupleItem(z->iters, i));
    if (!items[i]) {
      if (errorPending())
        return Ref();
      if (z->strict)
        return strictCheck("zip", z->iters, i);
      return Ref();
    }
  }
  return tupleReuse(&z->result, n, items);
}

// --- map -----------------------------------------------------------------------

struct MapObject : Object {
  Value func;  // owned
  Value iters; // owned tuple of iterators
  bool strict;
};

Ref mapNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  bool strict;
  if (!parseStrict("map", args, nargs, kwnames, &strict))
    return Ref();
  if (nargs < 2)
    return raise(&TypeErrorType, "map() must have at least two arguments.");
  Ref iters = makeIterTuple(args + 1, nargs - 1);
  if (!iters)
    return iters;
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  auto *m = static_cast<MapObject *>(o);
  incref(args[0]);
  m->func = args[0];
  m->iters = iters.release();
  m->strict = strict;
  return Ref::steal(o);
}

void mapDealloc(Object *self) {
  auto *m = static_cast<MapObject *>(self);
  decref(m->func);
  decref(m->iters);
}

Ref mapNext(Value self) {
  auto *m = self.as<MapObject>();
  size_t n = tupleSize(m->iters);
  Value small[8];
  std::vector<Value> big;
  Value *stack = small;
  if (n > 8) {
    big.resize(n);
    stack = big.data();
  }
  size_t got = 0;
  Ref result;
  for (; got < n; ++got) {
    Ref item = nextOf(tupleItem(m->iters, got));
    if (!item) {
      if (!errorPending() && m->strict)
        strictCheck("map", m->iters, got);
      goto done;
    }
    stack[got] = item.release();
  }
  result = call(m->func, stack, n);
done:
  for (size_t i = 0; i < got; ++i)
    decref(stack[i]);
  return result;
}

// --- filter --------------------------------------------------------------------

struct FilterObject : Object {
  Value func; // owned
  Value it;   // owned iterator
};

Ref filterNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (type == &FilterType && !checkNoKeywords("filter", kwnames))
    return Ref();
  if (!checkPositional("filter", nargs, 2, 2))
    return Ref();
  Ref it = getIter(args[1]);
  if (!it)
    return it;
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  auto *f = static_cast<FilterObject *>(o);
  incref(args[0]);
  f->func = args[0];
  f->it = it.release();
  return Ref::steal(o);
}

void filterDealloc(Object *self) {
  auto *f = static_cast<FilterObject *>(self);
  decref(f->func);
  decref(f->it);
}

Ref filterNext(Value self) {
  auto *f = self.as<FilterObject>();
  bool checkTrue = isNone(f->func) || f->func.is(Value::fromObject(&BoolType));
  for (;;) {
    Ref item = nextOf(f->it);
    if (!item)
      return item;
    int ok;
    if (checkTrue) {
      ok = isTrue(*item);
    } else {
      Value arg = *item;
      Ref good = call(f->func, &arg, 1);
      if (!good)
        return good;
      ok = isTrue(*good);
    }
    if (ok > 0)
      return item;
    if (ok < 0)
      return Ref();
  }
}

// --- reversed ------------------------------------------------------------------

struct ReversedObject : Object {
  Value seq; // owned, null when exhausted
  int64_t index;
};

Ref makeReversedObject(Type *type, Value seq, int64_t n) {
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  auto *r = static_cast<ReversedObject *>(o);
  incref(seq);
  r->seq = seq;
  r->index = n - 1;
  return Ref::steal(o);
}

// CPython: Objects/enumobject.c reversed_new_impl
Ref reversedImpl(Type *type, Value seq) {
  Ref name = internStr("__reversed__");
  Ref meth = lookupAttr(Value::fromObject(seq.type()), *name);
  if (meth) {
    if (isNone(*meth))
      return raisef(&TypeErrorType, "'{}' object is not reversible", typeName(seq));
    return call(*meth, {seq});
  }
  if (errorPending())
    return Ref();
  if (!seq.type()->getitem || isDict(seq))
    return raisef(&TypeErrorType, "'{}' object is not reversible", typeName(seq));
  int64_t n = length(seq);
  if (n == -1)
    return Ref();
  return makeReversedObject(type, seq, n);
}

Ref reversedNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (type == &ReversedType && !checkNoKeywords("reversed", kwnames))
    return Ref();
  if (!checkPositional("reversed", nargs, 1, 1))
    return Ref();
  return reversedImpl(type, args[0]);
}

void reversedDealloc(Object *self) { decref(static_cast<ReversedObject *>(self)->seq); }

Ref reversedNext(Value self) {
  auto *r = self.as<ReversedObject>();
  if (r->index >= 0 && r->seq) {
    Ref key = newInt(r->index);
    Ref item = getItem(r->seq, *key);
    if (item) {
      r->index--;
      return item;
    }
    if (pendingExceptionMatches(&IndexErrorType) || pendingExceptionMatches(&StopIterationType))
      clearPendingException();
    else
      return item;
  }
  r->index = -1;
  Value seq = r->seq;
  r->seq = Value();
  decref(seq);
  return Ref();
}

Ref reversedLengthHint(Value self) {
  auto *r = self.as<ReversedObject>();
  if (!r->seq)
    return newInt(0);
  int64_t n = length(r->seq);
  if (n < 0)
    return Ref();
  int64_t position = r->index + 1;
  return newInt(n < position ? 0 : position);
}

// --- the sequence iterator ("iterator") ----------------------------------------

struct SeqIterObject : Object {
  Value seq; // owned, null when exhausted
  int64_t index;
};

void seqIterDealloc(Object *self) { decref(static_cast<SeqIterObject *>(self)->seq); }

// CPython: Objects/iterobject.c iter_iternext
Ref seqIterNext(Value self) {
  auto *it = self.as<SeqIterObject>();
  if (!it->seq)
    return Ref();
  if (it->index == INT64_MAX)
    return raise(&OverflowErrorType, "iter index too large");
  Ref key = newInt(it->index);
  Ref result = getItem(it->seq, *key);
  if (result) {
    it->index++;
    return result;
  }
  if (pendingExceptionMatches(&IndexErrorType) || pendingExceptionMatches(&StopIterationType)) {
    clearPendingException();
    Value seq = it->seq;
    it->seq = Value();
    decref(seq);
  }
  return Ref();
}

Ref seqIterLengthHint(Value self) {
  auto *it = self.as<SeqIterObject>();
  if (it->seq) {
    if (!it->seq.type()->length)
      return newNotImplemented();
    int64_t n = length(it->seq);
    if (n < 0)
      return Ref();
    n -= it->index;
    return newInt(n < 0 ? 0 : n);
  }
  return newInt(0);
}

// --- the callable iterator ------------------------------------------------------

struct CallableIterObject : Object {
  Value callable; // owned, null when exhausted
  Value sentinel; // owned
};

void callableIterDealloc(Object *self) {
  auto *it = static_cast<CallableIterObject *>(self);
  decref(it->callable);
  decref(it->sentinel);
}

// CPython: Objects/iterobject.c calliter_iternext
Ref callableIterNext(Value self) {
  auto *it = self.as<CallableIterObject>();
  if (!it->callable)
    return Ref();
  Ref result = call(it->callable, nullptr, 0);
  if (result) {
    int ok = compareBool(it->sentinel, *result, CompareOp::Eq);
    if (ok == 0)
      return result;
    if (ok > 0) {
      Value c = it->callable, s = it->sentinel;
      it->callable = Value();
      it->sentinel = Value();
      decref(c);
      decref(s);
    }
    return Ref();
  }
  if (pendingExceptionMatches(&StopIterationType)) {
    clearPendingException();
    Value c = it->callable, s = it->sentinel;
    it->callable = Value();
    it->sentinel = Value();
    decref(c);
    decref(s);
  }
  return Ref();
}

const MethodDef kReversedMethods[] = {
    method("__length_hint__", reversedLengthHint),
};
const MethodDef kSeqIterMethods[] = {
    method("__length_hint__", seqIterLengthHint),
};

void setupIterType(Type *type, const char *name, size_t size, DeallocFn dealloc,
                   IterNextFn next, NewFn newFn, std::span<const MethodDef> methods = {}) {
  initStaticType(type, name, &ObjectType, size, newFn ? kTypeBaseType : kTypeImmutable);
  type->dealloc = dealloc;
  type->iter = iterSelf;
  type->iternext = next;
  type->newInstance = newFn;
  typeReady(type, methods);
}

} // namespace

Ref newSeqIter(Value seq) {
  Object *o = allocObject(&SeqIterType);
  if (!o)
    return Ref();
  auto *it = static_cast<SeqIterObject *>(o);
  incref(seq);
  it->seq = seq;
  it->index = 0;
  return Ref::steal(o);
}

Ref newCallableIter(Value callable, Value sentinel) {
  Object *o = allocObject(&CallableIterType);
  if (!o)
    return Ref();
  auto *it = static_cast<CallableIterObject *>(o);
  incref(callable);
  incref(sentinel);
  it->callable = callable;
  it->sentinel = sentinel;
  return Ref::steal(o);
}

Ref newReversed(Value seq) { return reversedImpl(&ReversedType, seq); }

void initIteratorTypes() {
  if (EnumerateType.flags & kTypeReady)
    return;
  setupIterType(&EnumerateType, "enumerate", sizeof(EnumerateObject), enumerateDealloc,
                enumerateNext, enumerateNew);
  setupIterType(&ZipType, "zip", sizeof(ZipObject), zipDealloc, zipNext, zipNew);
  setupIterType(&MapType, "map", sizeof(MapObject), mapDealloc, mapNext, mapNew);
  setupIterType(&FilterType, "filter", sizeof(FilterObject), filterDealloc, filterNext,
                filterNew);
  setupIterType(&ReversedType, "reversed", sizeof(ReversedObject), reversedDealloc,
                reversedNext, reversedNew, kReversedMethods);
  setupIterType(&SeqIterType, "iterator", sizeof(SeqIterObject), seqIterDealloc, seqIterNext,
                nullptr, kSeqIterMethods);
  setupIterType(&CallableIterType, "callable_iterator", sizeof(CallableIterObject),
                callableIterDealloc, callableIterNext, nullptr);
}

} // namespace pyvm
