// The itertools module: count, cycle, repeat, accumulate, chain, compress,
// dropwhile, takewhile, filterfalse, groupby, islice, starmap, tee,
// zip_longest, product, permutations, combinations,
// combinations_with_replacement, pairwise, batched.
// CPython: Modules/itertoolsmodule.c
//
// All the iterator types share one object layout (ItObj): a few owned
// references, a vector of owned values and integer state; each type reads the
// fields it needs. That keeps every type a real type with __iter__/__next__
// while the file stays small.
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

#include <new>
#include <vector>

namespace pyvm {

namespace {

struct ItObj : Object {
  Ref a, b, c, d, e;
  std::vector<Ref> pool;
  std::vector<int64_t> idx, cyc;
  int64_t n, m, k;
  int state;     // 0: first call, 1: running, 2: exhausted
  Object *raw;   // groupby: the current grouper (not owned, compared only)
};

void itDealloc(Object *self) {
  auto *o = static_cast<ItObj *>(self);
  o->a.~Ref();
  o->b.~Ref();
  o->c.~Ref();
  o->d.~Ref();
  o->e.~Ref();
  o->pool.~vector();
  o->idx.~vector();
  o->cyc.~vector();
}

ItObj *newIt(Type *type) {
  Object *o = allocObject(type);
  if (!o)
    return nullptr;
  auto *it = static_cast<ItObj *>(o);
  new (&it->pool) std::vector<Ref>();
  new (&it->idx) std::vector<int64_t>();
  new (&it->cyc) std::vector<int64_t>();
  return it;
}

inline ItObj *self_(Value v) { return v.as<ItObj>(); }
Ref iterSelf(Value self) { return Ref::borrow(self); }

Type CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType,
    DropwhileType, TakewhileType, FilterfalseType, GroupbyType, GrouperType, IsliceType,
    StarmapType, TeeType, TeeDataType, ZipLongestType, ProductType, PermutationsType,
    CombinationsType, CwrType, PairwiseType, BatchedType;

bool noKw(const char *name, Value kwnames) { return checkNoKeywords(name, kwnames); }

Ref tupleFromRefs(const std::vector<Ref> &v) {
  Ref t = newTuple(v.size());
  if (!t)
    return t;
  for (size_t i = 0; i < v.size(); i++)
    tupleInit(t.get(), i, v[i]);
  return t;
}

// --- count ------------------------------------------------------------------

bool isNumber(Value v) {
  Type *t = v.type();
  return t->index || t->toInt || t->toFloat || t->name == "complex";
}

Ref countNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"count", {"start", "step"}, 0, 0}, args, nargs, kwnames, out))
    return {};
  Ref start = out[0] ? Ref::borrow(out[0]) : Ref::smallInt(0);
  Ref step = out[1] ? Ref::borrow(out[1]) : Ref::smallInt(1);
  if (!isNumber(*start) || !isNumber(*step))
    return raise(&TypeErrorType, "a number is required");
  ItObj *o = newIt(type);
  if (!o)
    return {};
  o->a = start;
  o->b = step;
  return Ref::steal(o);
}

Ref countNext(Value self) {
  ItObj *o = self_(self);
  Ref next = binaryOp(*o->a, *o->b, BinaryOp::Add);
  if (!next)
    return {};
  Ref cur = std::move(o->a);
  o->a = next;
  return cur;
}

Ref countRepr(Value self) {
  ItObj *o = self_(self);
  std::string s = strToUtf8(*self.type()->nameObject) + "(";
  if (!appendRepr(s, *o->a))
    return {};
  int64_t st;
  bool one = isInt(*o->b) && intFitsInt64(*o->b, &st) && st == 1;
  if (!one) {
    s += ", ";
    if (!appendRepr(s, *o->b))
      return {};
  }
  s += ")";
  return newStr(s);
}

// --- cycle ------------------------------------------------------------------

Ref cycleNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (!noKw("cycle", kwnames) || !checkPositional("cycle", nargs, 1, 1))
    return {};
  Ref it = getIter(args[0]);
  if (!it)
    return {};
  ItObj *o = newIt(type);
  if (!o)
    return {};
  o->a = it;
  return Ref::steal(o);
}

Ref cycleNext(Value self) {
  ItObj *o = self_(self);
  if (o->state == 0) {
    Ref item = iterNext(*o->a);
    if (item) {
      o->pool.push_back(item);
      return item;
    }
    if (errorPending())
      return {};
    o->state = 1;
    o->a.reset();
    o->n = 0;
  }
  if (o->pool.empty())
    return {};
  Ref r = o->pool[size_t(o->n)];
  o->n = (o->n + 1) % int64_t(o->pool.size());
  return r;
}

// --- repeat -----------------------------------------------------------------

Ref repeatNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"repeat", {"object", "times"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  int64_t times = -1;
  if (out[1]) {
    if (!indexAsInt64(out[1], &times, &OverflowErrorType))
      return {};
    if (times < 0)
      times = 0;
  }
  ItObj *o = newIt(type);
  if (!o)
    return {};
  o->a = Ref::borrow(out[0]);
  o->n = times;
  return Ref::steal(o);
}

Ref repeatNext(Value self) {
  ItObj *o = self_(self);
  if (o->n == 0)
    return {};
  if (o->n > 0)
    o->n--;
  return o->a;
}

Ref repeatRepr(Value self) {
  ItObj *o = self_(self);
  std::string s = strToUtf8(*self.type()->nameObject) + "(";
  if (!appendRepr(s, *o->a))
    return {};
  if (o->n >= 0)
    s += ", " + std::to_string(o->n);
  s += ")";
  return newStr(s);
}

Ref repeatLengthHint(Value self) {
  ItObj *o = self_(self);
  if (o->n < 0)
    return raise(&TypeErrorType, "len() of unsized object");
  return newInt(o->n);
}

// --- accumulate -------------------------------------------------------------

Ref accumulateNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  if (!parseArgs({"accumulate", {"iterable", "func", "initial"}, 1, 0, 2}, args, nargs, kwnames,
                 out))
    return {};
  Ref it = getIter(out[0]);
  if (!it)
    return {};
  ItObj *o = newIt(type);
  if (!o)
    return {};
  o->a = it;
  if (out[1] && !isNone(out[1]))
    o->b = Ref::borrow(out[1]);
  if (out[2] && !isNone(out[2]))
    o->d = Ref::borrow(out[2]);
  return Ref::steal(o);
}

Ref accumulateNext(Value self) {
  ItObj *o = self_(self);
  if (o->d) {
    o->c = std::move(o->d);
    return o->c;
  }
  Ref v = iterNext(*o->a);
  if (!v)
    return {};
  if (!o->c) {
    o->c = v;
  } else {
    Ref t = o->b ? call(*o->b, {*o->c, *v}) : binaryOp(*o->c, *v, BinaryOp::Add);
    if (!t)
      return {};
    o->c = t;
  }
  return o->c;
}

// --- chain ------------------------------------------------------------------

Ref chainNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (type == &ChainType && !noKw("chain", kwnames))
    return {};
  Ref t = newTupleFrom({args, nargs});
  if (!t)
    return {};
  Ref src = getIter(t.get());
  if (!src)
    return {};
  ItObj *o = newIt(type);
  if (!o)
    return {};
  o->a = src;
  return Ref::steal(o);
}

Ref chainFromIterable(Value cls, Value arg) {
  Ref src = getIter(arg);
  if (!src)
    return {};
  ItObj *o = newIt(reinterpret_cast<Type *>(cls.object()));
  if (!o)
    return {};
  o->a = src;
  return Ref::steal(o);
}

Ref chainNext(Value self) {
  ItObj *o = self_(self);
  while (o->a) {
    if (!o->b) {
      Ref iterable = iterNext(*o->a);
      if (!iterable) {
        if (errorPending())
          return {};
        o->a.reset();
        return {};
      }
      Ref it = getIter(*iterable);
      if (!it)
        return {};
      o->b = it;
    }
    Ref item = iterNext(*o->b);
    if (item)
      return item;
    if (errorPending())
      return {};
    o->b.reset();
  }
  return {};
}

// --- compress, dropwhile, takewhile, filterfalse ----------------------------

Ref compressNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"compress", {"data", "selectors"}, 2, 0}, args, nargs, kwnames, out))
    return {};
  Ref d = getIter(out[0]);
  if (!d)
    return {};
  Ref s = getIter(out[1]);
  if (!s)
    return {};
  ItObj *o = newIt(type);
  if (!o)
    return {};
  o->a = d;
  o->b = s;
  return Ref::steal(o);
}

Ref compressNext(Value self) {
  ItObj *o = self_(self);
  for (;;) {
    Ref d = iterNext(*o->a);
    if (!d)
      return {};
    Ref s = iterNext(*o->b);
    if (!s)
      return {};
    int ok = isTrue(*s);
    if (ok < 0)
      return {};
    if (ok)
      return d;
  }
}

// predicate, iterable
Ref predIterNew(const char *name, Type *type, const Value *args, size_t nargs,
                Value kwnames) {
  if (!noKw(name, kwnames) || !checkPositional(name, nargs, 2, 2))
    return {};
  Ref it = getIter(args[1]);
  if (!it)
    return {};
  ItObj *o = newIt(type);
  if (!o)
    return {};
  o->a = it;
  o->b = Ref::borrow(args[0]);
  return Ref::steal(o);
}
Ref dropwhileNew(Type *t, const Value *a, size_t n, Value k) {
  return predIterNew("dropwhile", t, a, n, k);
}
Ref takewhileNew(Type *t, const Value *a, size_t n, Value k) {
  return predIterNew("takewhile", t, a, n, k);
}
Ref filterfalseNew(Type *t, const Value *a, size_t n, Value k) {
  return predIterNew("filterfalse", t, a, n, k);
}

int predTrue(ItObj *o, Value item) {
  Ref r = call(*o->b, {item});
  if (!r)
    return -1;
  return isTrue(*r);
}

Ref dropwhileNext(Value self) {
  ItObj *o = self_(self);
  for (;;) {
    Ref item = iterNext(*o->a);
    if (!item)
      return {};
    if (o->state == 1)
      return item;
    int ok = predTrue(o, *item);
    if (ok < 0)
      return {};
    if (!ok) {
      o->state = 1;
      return item;
    }
  }
}

Ref takewhileNext(Value self) {
  ItObj *o = self_(self);
  if (o->state == 2)
    return {};
  Ref item = iterNext(*o->a);
  if (!item)
    return {};
  int ok = predTrue(o, *item);
  if (ok < 0)
    return {};
  if (ok)
    return item;
  o->state = 2;
  return {};
}

Ref filterfalseNext(Value self) {
  ItObj *o = self_(self);
  for (;;) {
    Ref item = iterNext(*o->a);
    if (!item)
      return {};
    int ok = isNone(*o->b) || (*o->b).is(typeValue(&BoolType)) ? isTrue(*item)
                                                                  : predTrue(o, *item);
    if (ok < 0)
      return {};
    if (!ok)
      return item;
  }
}

// --- groupby ----------------------------------------------------------------
// a: iterator, b: keyfunc, c: tgtkey, d: currkey, e: currvalue; raw: grouper.

Ref groupbyNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"groupby", {"iterable", "key"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  Ref it = getIter(out[0]);
  if (!it)
    return {};
  ItObj *o = newIt(type);
  if (!o)
    return {};
  o->a = it;
  if (out[1] && !isNone(out[1]))
    o->b = Ref::borrow(out[1]);
  return Ref::steal(o);
}

// 0 ok, -1 exhausted or error
int groupbyStep(ItObj *o) {
  Ref v = iterNext(*o->a);
  if (!v)
    return -1;
  Ref k = v;
  if (o->b) {
    k = call(*o->b, {*v});
    if (!k)
      return -1;
  }
  o->e = v;
  o->d = k;
  return 0;
}

Ref groupbyNext(Value self) {
  ItObj *o = self_(self);
  o->raw = nullptr;
  for (;;) {
    if (!o->d) {
    } else if (!o->c) {
      break;
    } else {
      int r = compareBool(*o->c, *o->d, CompareOp::Eq);
      if (r < 0)
        return {};
      if (r == 0)
        break;
    }
    if (groupbyStep(o) < 0)
      return {};
  }
  o->c = o->d;
  ItObj *g = newIt(&GrouperType);
  if (!g)
    return {};
  Ref grouper = Ref::steal(g);
  g->a = Ref::borrow(self);
  g->b = o->c;
  o->raw = g;
  return newTupleOf({*o->d, grouper.get()});
}

Ref grouperNext(Value self) {
  ItObj *g = self_(self);
  ItObj *o = self_(*g->a);
  if (o->raw != g)
    return {};
  if (!o->e) {
    if (groupbyStep(o) < 0)
      return {};
  }
  int r = compareBool(*g->b, *o->d, CompareOp::Eq);
  if (r <= 0)
    return {};
  return std::move(o->e);
}

// --- islice -----------------------------------------------------------------

// PyNumber_AsSsize_t(v, NULL): clamps on overflow; false when not an index.
bool ssizeClamp(Value v, int64_t *out) {
  Ref i = index(v);
  if (!i) {
    clearPendingException();
    return false;
  }
  if (intFitsInt64(*i, out))
    return true;
  int neg = compareBool(*i, Value::fromSmallInt(0), CompareOp::Lt);
  *out = neg ? INT64_MIN : INT64_MAX;
  return true;
}

Ref isliceNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (type == &IsliceType && !noKw("islice", kwnames))
    return {};
  if (!checkPositional("islice", nargs, 2, 4))
    return {};
  int64_t start = 0, stop = -1, step = 1;
  const char *stopMsg =
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (nargs == 2) {
    if (!isNone(args[1]) && (!ssizeClamp(args[1], &stop) || stop == -1))
      return raise(&ValueErrorType, stopMsg);
  } else {
    if (!isNone(args[1]) && !ssizeClamp(args[1], &start))
      start = -1;
    if (!isNone(args[2]) && (!ssizeClamp(args[2], &stop) || stop == -1))
      return raise(&ValueErrorType, stopMsg);
  }
  if (start < 0 || stop < -1)
    return raise(&ValueErrorType,
                 "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (nargs == 4) {
    if (!isNone(args[3]) && !ssizeClamp(args[3], &step))
      step = -1;
  }
  if (step < 1)
    return raise(&ValueErrorType, "Step for islice() must be a positive integer or None.");
  Ref it = getIter(args[0]);
  if (!it)
    return {};
  ItObj *o = newIt(type);
  if (!o)
    return {};
  o->a = it;
  o->n = start; // next
  o->m = stop;
  o->k = step;
  o->cyc.push_back(0); // cnt
  return Ref::steal(o);
}

Ref isliceNext(Value self) {
  ItObj *o = self_(self);
  if (!o->a)
    return {};
  int64_t &cnt = o->cyc[0];
  int64_t stop = o->m;
  while (cnt < o->n) {
    Ref item = iterNext(*o->a);
    if (!item) {
      o->a.reset();
      return {};
    }
    cnt++;
  }
  if (stop != -1 && cnt >= stop) {
    o->a.reset();
    return {};
  }
  Ref item = iterNext(*o->a);
  if (!item) {
    o->a.reset();
    return {};
  }
  cnt++;
  int64_t old = o->n;
  if (__builtin_add_overflow(o->n, o->k, &o->n) || o->n < old || (stop != -1 && o->n > stop))
    o->n = stop;
  return item;
}

// --- starmap ----------------------------------------------------------------

Ref starmapNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (type == &StarmapType && !noKw("starmap", kwnames))
    return {};
  if (!checkPositional("starmap", nargs, 2, 2))
    return {};
  Ref it = getIter(args[1]);
  if (!it)
    return {};
  ItObj *o = newIt(type);
  if (!o)
    return {};
  o->a = it;
  o->b = Ref::borrow(args[0]);
  return Ref::steal(o);
}

Ref starmapNext(Value self) {
  ItObj *o = self_(self);
  Ref args = iterNext(*o->a);
  if (!args)
    return {};
  if (!isTuple(*args) || args.get().type() != &TupleType) {
    args = sequenceToTuple(*args);
    if (!args)
      return {};
  }
  auto items = tupleItems(*args);
  return call(*o->b, items.data(), items.size());
}

// --- tee --------------------------------------------------------------------
// _tee_dataobject: a: iterator, b: next link, pool: values read.
// _tee: a: the data object, n: index into it.
constexpr size_t kLinkCells = 57;

Ref newTeeData(Value it) {
  ItObj *d = newIt(&TeeDataType);
  if (!d)
    return {};
  d->a = Ref::borrow(it);
  return Ref::steal(d);
}

Ref teeFromIterable(Value iterable) {
  Ref it = getIter(iterable);
  if (!it)
    return {};
  if (it.get().type() == &TeeType)
    return callMethod(*it, "__copy__", {});
  Ref data = newTeeData(*it);
  if (!data)
    return {};
  ItObj *t = newIt(&TeeType);
  if (!t)
    return {};
  t->a = data;
  return Ref::steal(t);
}

Ref teeNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  if (!noKw("_tee", kwnames) || !checkPositional("_tee", nargs, 1, 1))
    return {};
  return teeFromIterable(args[0]);
}

Ref teeNext(Value self) {
  ItObj *t = self_(self);
  ItObj *d = self_(*t->a);
  if (size_t(t->n) >= kLinkCells) {
    if (!d->b) {
      Ref link = newTeeData(*d->a);
      if (!link)
        return {};
      d->b = link;
    }
    t->a = d->b;
    t->n = 0;
    d = self_(*t->a);
  }
  if (size_t(t->n) < d->pool.size())
    return d->pool[size_t(t->n++)];
  if (d->state)
    return raise(&RuntimeErrorType, "cannot re-enter the tee iterator");
  d->state = 1;
  Ref v = iterNext(*d->a);
  d->state = 0;
  if (!v)
    return {};
  d->pool.push_back(v);
  t->n++;
  return v;
}

Ref teeCopy(Value self) {
  ItObj *t = self_(self);
  ItObj *c = newIt(&TeeType);
  if (!c)
    return {};
  c->a = t->a;
  c->n = t->n;
  return Ref::steal(c);
}

Ref itertoolsTee(Value, const Value *args, size_t nargs) {
  if (!checkPositional("tee", nargs, 1, 2))
    return {};
  int64_t n = 2;
  if (nargs == 2 && !indexAsInt64(args[1], &n, &OverflowErrorType))
    return {};
  if (n < 0)
    return raise(&ValueErrorType, "n must be >= 0");
  Ref result = newTuple(size_t(n));
  if (!result || n == 0)
    return result;
  Ref it = getIter(args[0]);
  if (!it)
    return {};
  Ref first;
  Ref copyFn = lookupAttr(*it, *internStr("__copy__"));
  if (copyFn) {
    first = it;
  } else {
    if (errorPending())
      return {};
    first = teeFromIterable(*it);
    if (!first)
      return {};
  }
  tupleInit(*result, 0, first);
  for (int64_t i = 1; i < n; i++) {
    Ref c = callMethod(*first, "__copy__", {});
    if (!c)
      return {};
    tupleInit(*result, size_t(i), c);
  }
  return result;
}

// --- zip_longest ------------------------------------------------------------

Ref zipLongestNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Ref fill = newNone();
  if (kwnames && tupleSize(kwnames) > 0) {
    if (tupleSize(kwnames) != 1 || !strEqualsAscii(tupleItem(kwnames, 0), "fillvalue"))
      return raise(&TypeErrorType, "zip_longest() got an unexpected keyword argument");
    fill = Ref::borrow(args[nargs]);
  }
  ItObj *o = newIt(type);
  if (!o)
    return {};
  Ref obj = Ref::steal(o);
  for (size_t i = 0; i < nargs; i++) {
    Ref it = getIter(args[i]);
    if (!it)
      return {};
    o->pool.push_back(it);
  }
  o->a = fill;
  o->n = int64_t(nargs);
  return obj;
}

Ref zipLongestNext(Value self) {
  ItObj *o = self_(self);
  size_t n = o->pool.size();
  if (n == 0 || o->n == 0)
    return {};
  std::vector<Ref> items(n);
  for (size_t i = 0; i < n; i++) {
    if (!o->pool[i]) {
      items[i] = o->a;
      continue;
    }
    Ref item = iterNext(*o->pool[i]);
    if (!item) {
      if (errorPending())
        return {};
      o->n--;
      if (o->n == 0)
        return {};
      o->pool[i].reset();
      item = o->a;
    }
    items[i] = item;
  }
  return tupleFromRefs(items);
}

// --- product, permutations, combinations ------------------------------------

Ref productNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  int64_t repeat = 1;
  if (kwnames && tupleSize(kwnames) > 0) {
    if (tupleSize(kwnames) != 1 || !strEqualsAscii(tupleItem(kwnames, 0), "repeat"))
      return raisef(&TypeErrorType, "product() got an unexpected keyword argument '{}'",
                    strToUtf8(tupleItem(kwnames, 0)));
    if (!indexAsInt64(args[nargs], &repeat, &OverflowErrorType))
      return {};
    if (repeat < 0)
      return raise(&ValueErrorType, "repeat argument cannot be negative");
  }
  ItObj *o = newIt(type);
  if (!o)
    return {};
  Ref obj = Ref::steal(o);
  std::vector<Ref> pools;
  for (size_t i = 0; i < nargs; i++) {
    Ref t = sequenceToTuple(args[i]);
    if (!t)
      return {};
    pools.push_back(t);
  }
  for (int64_t r = 0; r < repeat; r++)
    for (auto &p : pools)
      o->pool.push_back(p);
  o->idx.assign(o->pool.size(), 0);
  return obj;
}

Ref productNext(Value self) {
  ItObj *o = self_(self);
  size_t np = o->pool.size();
  if (o->state == 2)
    return {};
  if (o->state == 0) {
    o->state = 1;
    for (auto &p : o->pool)
      if (tupleSize(*p) == 0) {
        o->state = 2;
        return {};
      }
  } else {
    size_t i = np;
    for (;;) {
      if (i == 0) {
        o->state = 2;
        return {};
      }
      i--;
      if (size_t(++o->idx[i]) == tupleSize(*o->pool[i]))
        o->idx[i] = 0;
      else
        break;
    }
  }
  Ref t = newTuple(np);
  if (!t)
    return {};
  for (size_t i = 0; i < np; i++)
    tupleInit(*t, i, Ref::borrow(tupleItem(*o->pool[i], size_t(o->idx[i]))));
  return t;
}

bool poolAndR(const char *fn, Value iterable, Value rArg, bool rOptional, ItObj *o) {
  Ref t = sequenceToTuple(iterable);
  if (!t)
    return false;
  for (Value v : tupleItems(*t))
    o->pool.push_back(Ref::borrow(v));
  int64_t r = int64_t(o->pool.size());
  if (rArg && !(rOptional && isNone(rArg))) {
    if (rOptional && !isInt(rArg)) {
      raise(&TypeErrorType, "Expected int as r");
      return false;
    }
    if (!indexAsInt64(rArg, &r, &OverflowErrorType))
      return false;
    if (r < 0) {
      raise(&ValueErrorType, "r must be non-negative");
      return false;
    }
  }
  (void)fn;
  o->k = r;
  return true;
}

Ref makeTupleFromIdx(ItObj *o, size_t r) {
  Ref t = newTuple(r);
  if (!t)
    return {};
  for (size_t i = 0; i < r; i++)
    tupleInit(*t, i, o->pool[size_t(o->idx[i])]);
  return t;
}

Ref permutationsNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"permutations", {"iterable", "r"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  ItObj *o = newIt(type);
  if (!o)
    return {};
  Ref obj = Ref::steal(o);
  if (!poolAndR("permutations", out[0], out[1], true, o))
    return {};
  int64_t n = int64_t(o->pool.size()), r = o->k;
  for (int64_t i = 0; i < n; i++)
    o->idx.push_back(i);
  for (int64_t i = 0; i < r && i < n; i++)
    o->cyc.push_back(n - i);
  return obj;
}

Ref permutationsNext(Value self) {
  ItObj *o = self_(self);
  int64_t n = int64_t(o->pool.size()), r = o->k;
  if (o->state == 2)
    return {};
  if (o->state == 0) {
    o->state = 1;
    if (r > n) {
      o->state = 2;
      return {};
    }
  } else {
    if (n == 0) {
      o->state = 2;
      return {};
    }
    int64_t i = r - 1;
    for (; i >= 0; i--) {
      o->cyc[size_t(i)]--;
      if (o->cyc[size_t(i)] == 0) {
        int64_t first = o->idx[size_t(i)];
        for (int64_t j = i; j < n - 1; j++)
          o->idx[size_t(j)] = o->idx[size_t(j + 1)];
        o->idx[size_t(n - 1)] = first;
        o->cyc[size_t(i)] = n - i;
      } else {
        int64_t j = o->cyc[size_t(i)];
        std::swap(o->idx[size_t(i)], o->idx[size_t(n - j)]);
        break;
      }
    }
    if (i < 0) {
      o->state = 2;
      return {};
    }
  }
  return makeTupleFromIdx(o, size_t(r));
}

Ref combinationsNewImpl(const char *fn, Type *type, const Value *args, size_t nargs,
                        Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({fn, {"iterable", "r"}, 2, 0}, args, nargs, kwnames, out))
    return {};
  ItObj *o = newIt(type);
  if (!o)
    return {};
  Ref obj = Ref::steal(o);
  if (!poolAndR(fn, out[0], out[1], false, o))
    return {};
  return obj;
}
Ref combinationsNew(Type *t, const Value *a, size_t n, Value k) {
  return combinationsNewImpl("combinations", t, a, n, k);
}
Ref cwrNew(Type *t, const Value *a, size_t n, Value k) {
  return combinationsNewImpl("combinations_with_replacement", t, a, n, k);
}

Ref combinationsNext(Value self) {
  ItObj *o = self_(self);
  int64_t n = int64_t(o->pool.size()), r = o->k;
  if (o->state == 2)
    return {};
  if (o->state == 0) {
    o->state = 1;
    if (r > n) {
      o->state = 2;
      return {};
    }
    for (int64_t i = 0; i < r; i++)
      o->idx.push_back(i);
  } else {
    int64_t i = r - 1;
    while (i >= 0 && o->idx[size_t(i)] == i + n - r)
      i--;
    if (i < 0) {
      o->state = 2;
      return {};
    }
    o->idx[size_t(i)]++;
    for (int64_t j = i + 1; j < r; j++)
      o->idx[size_t(j)] = o->idx[size_t(j - 1)] + 1;
  }
  return makeTupleFromIdx(o, size_t(r));
}

Ref cwrNext(Value self) {
  ItObj *o = self_(self);
  int64_t n = int64_t(o->pool.size()), r = o->k;
  if (o->state == 2)
    return {};
  if (o->state == 0) {
    o->state = 1;
    if (n == 0 && r > 0) {
      o->state = 2;
      return {};
    }
    o->idx.assign(size_t(r), 0);
  } else {
    int64_t i = r - 1;
    while (i >= 0 && o->idx[size_t(i)] == n - 1)
      i--;
    if (i < 0) {
      o->state = 2;
      return {};
    }
    int64_t v = o->idx[size_t(i)] + 1;
    for (int64_t j = i; j < r; j++)
      o->idx[size_t(j)] = v;
  }
  return makeTupleFromIdx(o, size_t(r));
}

// --- pairwise, batched -----------------------------------------------------

Ref pairwiseNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (type == &PairwiseType && !noKw("pairwise", kwnames))
    return {};
  if (!checkPositional("pairwise", nargs, 1, 1))
    return {};
  Ref it = getIter(args[0]);
  if (!it)
    return {};
  ItObj *o = newIt(type);
  if (!o)
    return {};
  o->a = it;
  return Ref::steal(o);
}

Ref pairwiseNext(Value self) {
  ItObj *o = self_(self);
  if (!o->a)
    return {};
  if (!o->b) {
    Ref first = iterNext(*o->a);
    if (!first) {
      o->a.reset();
      return {};
    }
    o->b = first;
  }
  Ref nx = iterNext(*o->a);
  if (!nx) {
    o->a.reset();
    o->b.reset();
    return {};
  }
  Ref t = newTupleOf({*o->b, *nx});
  o->b = nx;
  return t;
}

Ref batchedNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  if (!parseArgs({"batched", {"iterable", "n", "strict"}, 2, 0, 2}, args, nargs, kwnames, out))
    return {};
  int64_t n;
  if (!indexAsInt64(out[1], &n, &OverflowErrorType))
    return {};
  if (n < 1)
    return raise(&ValueErrorType, "n must be at least one");
  int strict = 0;
  if (out[2] && (strict = isTrue(out[2])) < 0)
    return {};
  Ref it = getIter(out[0]);
  if (!it)
    return {};
  ItObj *o = newIt(type);
  if (!o)
    return {};
  o->a = it;
  o->n = n;
  o->k = strict;
  return Ref::steal(o);
}

Ref batchedNext(Value self) {
  ItObj *o = self_(self);
  if (!o->a)
    return {};
  std::vector<Ref> items;
  while (int64_t(items.size()) < o->n) {
    Ref item = iterNext(*o->a);
    if (!item) {
      if (errorPending())
        return {};
      o->a.reset();
      break;
    }
    items.push_back(item);
  }
  if (items.empty())
    return {};
  if (o->k && int64_t(items.size()) < o->n)
    return raise(&ValueErrorType, "batched(): incomplete batch");
  return tupleFromRefs(items);
}

// --- type setup --------------------------------------------------------------

const MethodDef kChainMethods[] = {
    method("from_iterable", chainFromIterable, kMethodClass),
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
};
const MethodDef kRepeatMethods[] = {
    method("__length_hint__", repeatLengthHint),
};
const MethodDef kTeeMethods[] = {
    method("__copy__", teeCopy),
};

bool setup(Type *type, const char *name, IterNextFn next, NewFn newFn,
           std::span<const MethodDef> methods = {}, UnaryFn reprFn = nullptr) {
  if (type->hasFlag(kTypeReady))
    return true;
  std::string full = std::string("itertools.") + name;
  initStaticType(type, "", &ObjectType, sizeof(ItObj), newFn ? uint32_t(kTypeBaseType) : 0u);
  type->name = full;
  type->nameObject = newStr(name);
  type->dealloc = itDealloc;
  type->iter = iterSelf;
  type->iternext = next;
  type->newInstance = newFn;
  type->repr = reprFn;
  return typeReady(type, methods);
}

bool setupTypes() {
  return setup(&CountType, "count", countNext, countNew, {}, countRepr) &&
         setup(&CycleType, "cycle", cycleNext, cycleNew) &&
         setup(&RepeatType, "repeat", repeatNext, repeatNew, kRepeatMethods, repeatRepr) &&
         setup(&AccumulateType, "accumulate", accumulateNext, accumulateNew) &&
         setup(&ChainType, "chain", chainNext, chainNew, kChainMethods) &&
         setup(&CompressType, "compress", compressNext, compressNew) &&
         setup(&DropwhileType, "dropwhile", dropwhileNext, dropwhileNew) &&
         setup(&TakewhileType, "takewhile", takewhileNext, takewhileNew) &&
         setup(&FilterfalseType, "filterfalse", filterfalseNext, filterfalseNew) &&
         setup(&GroupbyType, "groupby", groupbyNext, groupbyNew) &&
         setup(&GrouperType, "_grouper", grouperNext, nullptr) &&
         setup(&IsliceType, "islice", isliceNext, isliceNew) &&
         setup(&StarmapType, "starmap", starmapNext, starmapNew) &&
         setup(&TeeDataType, "_tee_dataobject", nullptr, nullptr) &&
         setup(&TeeType, "_tee", teeNext, teeNew, kTeeMethods) &&
         setup(&ZipLongestType, "zip_longest", zipLongestNext, zipLongestNew) &&
         setup(&ProductType, "product", productNext, productNew) &&
         setup(&PermutationsType, "permutations", permutationsNext, permutationsNew) &&
         setup(&CombinationsType, "combinations", combinationsNext, combinationsNew) &&
         setup(&CwrType, "combinations_with_replacement", cwrNext, cwrNew) &&
         setup(&PairwiseType, "pairwise", pairwiseNext, pairwiseNew) &&
         setup(&BatchedType, "batched", batchedNext, batchedNew);
}

const MethodDef kItertoolsFunctions[] = {
    method("tee", itertoolsTee),
};

} // namespace

Ref createItertoolsModule() {
  if (!setupTypes())
    return {};
  Ref module = newModule("itertools");
  if (!module)
    return {};
  Value m = module.get();
  if (!moduleAddFunctions(m, kItertoolsFunctions))
    return {};
  Type *types[] = {&CountType,       &CycleType,        &RepeatType,       &AccumulateType,
                   &ChainType,       &CompressType,     &DropwhileType,    &TakewhileType,
                   &FilterfalseType, &GroupbyType,      &GrouperType,      &IsliceType,
                   &StarmapType,     &TeeType,          &TeeDataType,      &ZipLongestType,
                   &ProductType,     &PermutationsType, &CombinationsType, &CwrType,
                   &PairwiseType,    &BatchedType};
  for (Type *t : types)
    if (moduleAddObject(m, strToUtf8(*t->nameObject), typeValue(t)) < 0)
      return {};
  return module;
}

} // namespace pyvm
