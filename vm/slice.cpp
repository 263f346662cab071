// Python slice and range, with the range iterators.
// CPython: Objects/sliceobject.c, Objects/rangeobject.c
#include "vm/slice.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <climits>

namespace pyvm {

Type SliceType;
Type RangeType;
Type RangeIterType;
Type LongRangeIterType;

namespace {

constexpr uint64_t kXXPrime1 = 11400714785074694791ULL;
constexpr uint64_t kXXPrime2 = 14029467366897019727ULL;
constexpr uint64_t kXXPrime5 = 2870177450012600261ULL;

Ref iterSelf(Value self) { return Ref::borrow(self); }

// Reads an index-able value as int64, clamping out-of-range values to the
// int64 bounds (CPython: PyNumber_AsSsize_t(v, NULL)).
bool clampedIndex(Value v, int64_t *out) {
  if (v.isSmallInt()) {
    *out = v.smallInt();
    return true;
  }
  Ref i = index(v);
  if (!i)
    return false;
  if (!intFitsInt64(*i, out))
    *out = intToBigInt(*i).isNegative() ? INT64_MIN : INT64_MAX;
  return true;
}

// CPython: Python/ceval.c _PyEval_SliceIndex
bool sliceIndex(Value v, int64_t *out) {
  if (isNone(v))
    return true;
  if (!v.isSmallInt() && !v.type()->index) {
    raise(&TypeErrorType, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return clampedIndex(v, out);
}

} // namespace

// --- slice -------------------------------------------------------------------

Ref newSlice(Value start, Value stop, Value step) {
  Object *o = allocObject(&SliceType, sizeof(SliceObject));
  if (!o)
    return Ref();
  auto *s = static_cast<SliceObject *>(o);
  s->start = start ? start : None();
  s->stop = stop ? stop : None();
  s->step = step ? step : None();
  incref(s->start);
  incref(s->stop);
  incref(s->step);
  return Ref::steal(o);
}

// CPython: Objects/sliceobject.c PySlice_Unpack
bool sliceUnpack(Value slice, int64_t *start, int64_t *stop, int64_t *step) {
  auto *s = slice.as<SliceObject>();
  if (isNone(s->step)) {
    *step = 1;
  } else {
    if (!sliceIndex(s->step, step))
      return false;
    if (*step == 0) {
      raise(&ValueErrorType, "slice step cannot be zero");
      return false;
    }
    if (*step < -INT64_MAX)
      *step = -INT64_MAX;
  }
  if (isNone(s->start))
    *start = *step < 0 ? INT64_MAX : 0;
  else if (!sliceIndex(s->start, start))
    return false;
  if (isNone(s->stop))
    *stop = *step < 0 ? INT64_MIN : INT64_MAX;
  else if (!sliceIndex(s->stop, stop))
    return false;
  return true;
}

// CPython: Objects/sliceobject.c PySlice_AdjustIndices
int64_t sliceAdjustIndices(int64_t length, int64_t *start, int64_t *stop, int64_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0)
      *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0)
      *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start)
      return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

int64_t sliceIndices(Value slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step) {
  if (!sliceUnpack(slice, start, stop, step))
    return -1;
  return sliceAdjustIndices(length, start, stop, *step);
}

namespace {

// CPython: Objects/sliceobject.c _PySlice_GetLongIndices -- the arbitrary
// precision version used by slice.indices() and range slicing.
bool sliceLongIndices(Value slice, const BigInt &length, BigInt *start, BigInt *stop,
                      BigInt *step) {
  auto *s = slice.as<SliceObject>();
  bool stepNegative = false;
  if (isNone(s->step)) {
    *step = BigInt(1);
  } else {
    if (!s->step.isSmallInt() && !s->step.type()->index) {
      raise(&TypeErrorType, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    Ref i = index(s->step);
    if (!i)
      return false;
    *step = intToBigInt(*i);
    if (step->isZero()) {
      raise(&ValueErrorType, "slice step cannot be zero");
      return false;
    }
    stepNegative = step->isNegative();
  }
  BigInt lower, upper;
  if (stepNegative) {
    lower = BigInt(-1);
    upper = length + lower;
  } else {
    lower = BigInt(0);
    upper = length;
  }
  auto adjust = [&](Value v, BigInt *out, const BigInt &dflt) -> bool {
    if (isNone(v)) {
      *out = dflt;
      return true;
    }
    if (!v.isSmallInt() && !v.type()->index) {
      raise(&TypeErrorType, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    Ref i = index(v);
    if (!i)
      return false;
    BigInt x = intToBigInt(*i);
    if (x.isNegative()) {
      x = x + length;
      if (x < lower)
        x = lower;
    } else if (x > upper) {
      x = upper;
    }
    *out = std::move(x);
    return true;
  };
  if (!adjust(s->start, start, stepNegative ? upper : lower))
    return false;
  if (!adjust(s->stop, stop, stepNegative ? lower : upper))
    return false;
  return true;
}

void sliceDealloc(Object *self) {
  auto *s = static_cast<SliceObject *>(self);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
}

Ref sliceRepr(Value self) {
  auto *s = self.as<SliceObject>();
  std::string out = "slice(";
  if (!appendRepr(out, s->start))
    return Ref();
  out += ", ";
  if (!appendRepr(out, s->stop))
    return Ref();
  out += ", ";
  if (!appendRepr(out, s->step))
    return Ref();
  out += ")";
  return newStr(out);
}

// CPython: Objects/sliceobject.c slice_hash
int64_t sliceHash(Value self) {
  auto *s = self.as<SliceObject>();
  uint64_t acc = kXXPrime5;
  Value parts[3] = {s->start, s->stop, s->step};
  for (Value v : parts) {
    int64_t h = hash(v);
    if (h == -1)
      return -1;
    acc += static_cast<uint64_t>(h) * kXXPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kXXPrime1;
  }
  if (acc == static_cast<uint64_t>(-1))
    return 1546275796;
  return static_cast<int64_t>(acc);
}

Ref sliceRichCompare(Value a, Value b, CompareOp op) {
  if (a.type() != &SliceType || b.type() != &SliceType)
    return newNotImplemented();
  if (a.is(b) && (op == CompareOp::Eq || op == CompareOp::Ne))
    return newBool(op == CompareOp::Eq);
  auto *x = a.as<SliceObject>();
  auto *y = b.as<SliceObject>();
  Ref t1 = newTupleOf({x->start, x->stop, x->step});
  Ref t2 = newTupleOf({y->start, y->stop, y->step});
  if (!t1 || !t2)
    return Ref();
  return richCompare(*t1, *t2, op);
}

Ref sliceNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("slice", kwnames))
    return Ref();
  if (!checkPositional("slice", nargs, 1, 3))
    return Ref();
  if (nargs == 1)
    return newSlice(None(), args[0], None());
  return newSlice(args[0], args[1], nargs > 2 ? args[2] : None());
}

Ref sliceIndicesMethod(Value self, Value lengthArg) {
  Ref len = index(lengthArg);
  if (!len)
    return len;
  BigInt length = intToBigInt(*len);
  if (length.isNegative())
    return raise(&ValueErrorType, "length should not be negative");
  BigInt start, stop, step;
  if (!sliceLongIndices(self, length, &start, &stop, &step))
    return Ref();
  Ref a = newInt(start), b = newInt(stop), c = newInt(step);
  if (!a || !b || !c)
    return Ref();
  return newTupleOf({*a, *b, *c});
}

Ref sliceReduce(Value self) {
  auto *s = self.as<SliceObject>();
  Ref args = newTupleOf({s->start, s->stop, s->step});
  if (!args)
    return args;
  return newTupleOf({Value::fromObject(&SliceType), *args});
}

Ref sliceGetStart(Value self) { return Ref::borrow(self.as<SliceObject>()->start); }
Ref sliceGetStop(Value self) { return Ref::borrow(self.as<SliceObject>()->stop); }
Ref sliceGetStep(Value self) { return Ref::borrow(self.as<SliceObject>()->step); }

const MethodDef kSliceMethods[] = {
    method("indices", sliceIndicesMethod),
    method("__reduce__", sliceReduce),
};
const GetSetDef kSliceGetSets[] = {
    {"start", sliceGetStart},
    {"stop", sliceGetStop},
    {"step", sliceGetStep},
};

// --- range -------------------------------------------------------------------

struct RangeObject : Object {
  Value start, stop, step, length; // owned ints
  // When all four fit in int64 (the common case), their values.
  bool small;
  int64_t istart, istop, istep, ilength;
};

inline RangeObject *asRange(Value v) { return v.as<RangeObject>(); }

BigInt bigOf(Value v) { return intToBigInt(v); }

// CPython: Objects/rangeobject.c compute_range_length
BigInt computeLength(const BigInt &start, const BigInt &stop, const BigInt &step) {
  BigInt lo, hi, st;
  if (!step.isNegative()) {
    lo = start;
    hi = stop;
    st = step;
  } else {
    lo = stop;
    hi = start;
    st = -step;
  }
  if (lo >= hi)
    return BigInt(0);
  BigInt diff = hi - lo - BigInt(1);
  auto q = BigInt::floorDiv(diff, st);
  return q.value() + BigInt(1);
}

// CPython: Objects/rangeobject.c get_len_of_range (unsigned, no overflow)
uint64_t lenOfRange(int64_t lo, int64_t hi, int64_t step) {
  if (step > 0 && lo < hi)
    return 1 + (static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo) - 1) /
                   static_cast<uint64_t>(step);
  if (step < 0 && lo > hi)
    return 1 + (static_cast<uint64_t>(lo) - 1 - static_cast<uint64_t>(hi)) /
                   (0 - static_cast<uint64_t>(step));
  return 0;
}

Ref makeRange(Type *type, Ref start, Ref stop, Ref step) {
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  auto *r = static_cast<RangeObject *>(o);
  Ref result = Ref::steal(o);
  int64_t a, b, c;
  bool small = intFitsInt64(*start, &a) && intFitsInt64(*stop, &b) && intFitsInt64(*step, &c);
  Ref length;
  if (small) {
    uint64_t n = lenOfRange(a, b, c);
    length = newInt(BigInt::fromUint64(n));
    if (n > static_cast<uint64_t>(INT64_MAX))
      small = false;
    else
      r->ilength = static_cast<int64_t>(n);
  } else {
    length = newInt(computeLength(bigOf(*start), bigOf(*stop), bigOf(*step)));
  }
  if (!length)
    return Ref();
  r->small = small;
  if (small) {
    r->istart = a;
    r->istop = b;
    r->istep = c;
  }
  r->start = start.release();
  r->stop = stop.release();
  r->step = step.release();
  r->length = length.release();
  return result;
}

void rangeDealloc(Object *self) {
  auto *r = static_cast<RangeObject *>(self);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
}

// PyNumber_Index: an exact int (a bool or int subclass becomes a plain int).
Ref exactIndex(Value v) {
  Ref i = index(v);
  if (!i || (*i).isSmallInt() || (*i).type() == &IntType)
    return i;
  return newInt(intToBigInt(*i));
}

// CPython: Objects/rangeobject.c range_new / range_from_array
Ref rangeNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("range", kwnames))
    return Ref();
  if (nargs == 0)
    return raise(&TypeErrorType, "range expected at least 1 argument, got 0");
  if (nargs > 3)
    return raisef(&TypeErrorType, "range expected at most 3 arguments, got {}", nargs);
  Ref start, stop, step;
  if (nargs == 1) {
    stop = exactIndex(args[0]);
    if (!stop)
      return stop;
    start = newInt(0);
    step = newInt(1);
  } else {
    start = exactIndex(args[0]);
    if (!start)
      return start;
    stop = exactIndex(args[1]);
    if (!stop)
      return stop;
    if (nargs == 3) {
      step = exactIndex(args[2]);
      if (!step)
        return step;
      int64_t s;
      if (intFitsInt64(*step, &s) && s == 0)
        return raise(&ValueErrorType, "range() arg 3 must not be zero");
    } else {
      step = newInt(1);
    }
  }
  return makeRange(type, std::move(start), std::move(stop), std::move(step));
}

Ref rangeRepr(Value self) {
  auto *r = asRange(self);
  std::string out = "range(";
  if (!appendRepr(out, r->start))
    return Ref();
  out += ", ";
  if (!appendRepr(out, r->stop))
    return Ref();
  bool stepOne = r->small ? r->istep == 1 : bigOf(r->step) == BigInt(1);
  if (!stepOne) {
    out += ", ";
    if (!appendRepr(out, r->step))
      return Ref();
  }
  out += ")";
  return newStr(out);
}

int64_t rangeLength(Value self) {
  auto *r = asRange(self);
  if (r->small)
    return r->ilength;
  int64_t n;
  if (!intFitsInt64(r->length, &n)) {
    raise(&OverflowErrorType, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return n;
}

int rangeBool(Value self) {
  auto *r = asRange(self);
  if (r->small)
    return r->ilength != 0;
  return !intToBigInt(r->length).isZero();
}

// start + i * step
Ref computeItem(RangeObject *r, const BigInt &i) {
  if (r->small) {
    int64_t ii;
    if (i.fitsInt64(ii) && ii >= 0 && ii <= r->ilength) {
      // In range: no overflow beyond stop, which fits.
      __int128 v = static_cast<__int128>(r->istart) + static_cast<__int128>(ii) * r->istep;
      if (v >= INT64_MIN && v <= INT64_MAX)
        return newInt(static_cast<int64_t>(v));
    }
  }
  return newInt(bigOf(r->start) + i * bigOf(r->step));
}

Ref rangeItemBig(RangeObject *r, BigInt i) {
  BigInt len = bigOf(r->length);
  if (i.isNegative())
    i = i + len;
  if (i.isNegative() || i >= len)
    return raise(&IndexErrorType, "range object index out of range");
  return computeItem(r, i);
}

// CPython: Objects/rangeobject.c compute_slice
Ref rangeSlice(Value self, Value slice) {
  auto *r = asRange(self);
  BigInt start, stop, step;
  if (!sliceLongIndices(slice, bigOf(r->length), &start, &stop, &step))
    return Ref();
  BigInt rstep = bigOf(r->step);
  Ref substep = newInt(rstep * step);
  Ref substart = computeItem(r, start);
  Ref substop = computeItem(r, stop);
  if (!substep || !substart || !substop)
    return Ref();
  return makeRange(&RangeType, std::move(substart), std::move(substop), std::move(substep));
}

Ref rangeSubscript(Value self, Value key) {
  auto *r = asRange(self);
  if (key.isSmallInt() && r->small) {
    int64_t i = key.smallInt();
    if (i < 0)
      i += r->ilength;
    if (i < 0 || i >= r->ilength)
      return raise(&IndexErrorType, "range object index out of range");
    return newInt(static_cast<int64_t>(static_cast<uint64_t>(r->istart) +
                                       static_cast<uint64_t>(i) * static_cast<uint64_t>(r->istep)));
  }
  if (key.isSmallInt() || key.type()->index) {
    Ref i = index(key);
    if (!i)
      return i;
    return rangeItemBig(r, intToBigInt(*i));
  }
  if (key.type() == &SliceType)
    return rangeSlice(self, key);
  return raisef(&TypeErrorType, "range indices must be integers or slices, not {}",
                typeName(key));
}

bool isExactIntOrBool(Value v) {
  return v.isSmallInt() || v.type() == &IntType || v.type() == &BoolType;
}

// CPython: Objects/rangeobject.c range_contains_long
int containsLong(RangeObject *r, Value ob) {
  if (r->small && ob.isSmallInt()) {
    int64_t x = ob.smallInt();
    if (r->istep > 0) {
      if (!(r->istart <= x && x < r->istop))
        return 0;
    } else if (!(x <= r->istart && r->istop < x)) {
      return 0;
    }
    __int128 d = static_cast<__int128>(x) - r->istart;
    return d % r->istep == 0;
  }
  BigInt x = intToBigInt(ob), start = bigOf(r->start), stop = bigOf(r->stop),
         step = bigOf(r->step);
  bool ok = step.isNegative() ? (x <= start && stop < x) : (start <= x && x < stop);
  if (!ok)
    return 0;
  auto m = BigInt::mod(x - start, step);
  return m.value().isZero();
}

int rangeContains(Value self, Value ob) {
  if (isExactIntOrBool(ob))
    return containsLong(asRange(self), ob);
  // CPython: _PySequence_IterSearch(PY_ITERSEARCH_CONTAINS)
  Ref it = getIter(self);
  if (!it)
    return -1;
  for (;;) {
    Ref item = iterNext(*it);
    if (!item)
      return errorPending() ? -1 : 0;
    int r = compareBool(*item, ob, CompareOp::Eq);
    if (r != 0)
      return r;
  }
}

// CPython: Objects/rangeobject.c range_equals
int rangeEquals(RangeObject *a, RangeObject *b) {
  if (a == b)
    return 1;
  int r = compareBool(a->length, b->length, CompareOp::Eq);
  if (r != 1)
    return r;
  if (intToBigInt(a->length).isZero())
    return 1;
  r = compareBool(a->start, b->start, CompareOp::Eq);
  if (r != 1)
    return r;
  int64_t n;
  if (intFitsInt64(a->length, &n) && n == 1)
    return 1;
  return compareBool(a->step, b->step, CompareOp::Eq);
}

Ref rangeRichCompare(Value a, Value b, CompareOp op) {
  if (a.type() != &RangeType || b.type() != &RangeType ||
      (op != CompareOp::Eq && op != CompareOp::Ne))
    return newNotImplemented();
  int r = rangeEquals(asRange(a), asRange(b));
  if (r < 0)
    return Ref();
  return newBool((r == 1) == (op == CompareOp::Eq));
}

// CPython: Objects/rangeobject.c range_hash
int64_t rangeHash(Value self) {
  auto *r = asRange(self);
  Ref t;
  BigInt len = bigOf(r->length);
  if (len.isZero())
    t = newTupleOf({r->length, None(), None()});
  else if (len == BigInt(1))
    t = newTupleOf({r->length, r->start, None()});
  else
    t = newTupleOf({r->length, r->start, r->step});
  if (!t)
    return -1;
  return hash(*t);
}

Ref rangeCount(Value self, Value ob) {
  if (isExactIntOrBool(ob)) {
    int r = containsLong(asRange(self), ob);
    if (r < 0)
      return Ref();
    return newInt(r);
  }
  Ref it = getIter(self);
  if (!it)
    return it;
  int64_t count = 0;
  for (;;) {
    Ref item = iterNext(*it);
    if (!item) {
      if (errorPending())
        return Ref();
      return newInt(count);
    }
    int r = compareBool(*item, ob, CompareOp::Eq);
    if (r < 0)
      return Ref();
    count += r;
  }
}

Ref rangeIndex(Value self, Value ob) {
  auto *r = asRange(self);
  if (!isExactIntOrBool(ob)) {
    Ref it = getIter(self);
    if (!it)
      return it;
    for (int64_t i = 0;; ++i) {
      Ref item = iterNext(*it);
      if (!item) {
        if (errorPending())
          return Ref();
        return raise(&ValueErrorType, "sequence.index(x): x not in sequence");
      }
      int c = compareBool(*item, ob, CompareOp::Eq);
      if (c < 0)
        return Ref();
      if (c)
        return newInt(i);
    }
  }
  int c = containsLong(r, ob);
  if (c < 0)
    return Ref();
  if (!c)
    return raise(&ValueErrorType, "range.index(x): x not in range");
  if (r->small && ob.isSmallInt())
    return newInt(static_cast<int64_t>((static_cast<__int128>(ob.smallInt()) - r->istart) /
                                       r->istep));
  auto q = BigInt::floorDiv(intToBigInt(ob) - bigOf(r->start), bigOf(r->step));
  return newInt(q.value());
}

Ref rangeReduce(Value self) {
  auto *r = asRange(self);
  Ref args = newTupleOf({r->start, r->stop, r->step});
  if (!args)
    return args;
  return newTupleOf({Value::fromObject(&RangeType), *args});
}

Ref rangeGetStart(Value self) { return Ref::borrow(asRange(self)->start); }
Ref rangeGetStop(Value self) { return Ref::borrow(asRange(self)->stop); }
Ref rangeGetStep(Value self) { return Ref::borrow(asRange(self)->step); }

// --- range iterators ---------------------------------------------------------

struct RangeIterObject : Object {
  int64_t start;
  int64_t step;
  int64_t len;
};

struct LongRangeIterObject : Object {
  Value start, step, len; // owned ints
};

Ref fastRangeIter(int64_t start, int64_t step, int64_t len) {
  Object *o = allocObject(&RangeIterType);
  if (!o)
    return Ref();
  auto *it = static_cast<RangeIterObject *>(o);
  it->start = start;
  it->step = step;
  it->len = len;
  return Ref::steal(o);
}

Ref longRangeIter(BigInt start, BigInt step, BigInt len) {
  Ref a = newInt(start), b = newInt(step), c = newInt(len);
  if (!a || !b || !c)
    return Ref();
  Object *o = allocObject(&LongRangeIterType);
  if (!o)
    return Ref();
  auto *it = static_cast<LongRangeIterObject *>(o);
  it->start = a.release();
  it->step = b.release();
  it->len = c.release();
  return Ref::steal(o);
}

// CPython: Objects/rangeobject.c range_iter
Ref rangeIter(Value self) {
  auto *r = asRange(self);
  if (r->small)
    return fastRangeIter(r->istart, r->istep, r->ilength);
  return longRangeIter(bigOf(r->start), bigOf(r->step), bigOf(r->length));
}

// CPython: Objects/rangeobject.c range_reverse
Ref rangeReversed(Value self) {
  auto *r = asRange(self);
  if (r->small && r->istep != INT64_MIN) {
    int64_t lstart = r->istart, lstep = r->istep;
    bool overflow;
    if (lstep > 0)
      overflow = static_cast<uint64_t>(lstart) - static_cast<uint64_t>(INT64_MIN) <
                 static_cast<uint64_t>(lstep);
    else
      overflow = static_cast<uint64_t>(INT64_MAX) - static_cast<uint64_t>(lstart) <
                 0 - static_cast<uint64_t>(lstep);
    if (!overflow) {
      uint64_t ulen = static_cast<uint64_t>(r->ilength);
      uint64_t newStop = static_cast<uint64_t>(lstart) - static_cast<uint64_t>(lstep);
      int64_t newStart = static_cast<int64_t>(newStop + ulen * static_cast<uint64_t>(lstep));
      return fastRangeIter(newStart, -lstep, static_cast<int64_t>(ulen));
    }
  }
  BigInt len = bigOf(r->length), step = bigOf(r->step);
  BigInt start = bigOf(r->start) + (len - BigInt(1)) * step;
  return longRangeIter(std::move(start), -step, std::move(len));
}

Ref rangeIterNext(Value self) {
  auto *it = self.as<RangeIterObject>();
  if (it->len > 0) {
    int64_t result = it->start;
    it->start = static_cast<int64_t>(static_cast<uint64_t>(result) +
                                     static_cast<uint64_t>(it->step));
    it->len--;
    return newInt(result);
  }
  return Ref();
}

Ref rangeIterLengthHint(Value self) { return newInt(self.as<RangeIterObject>()->len); }

void longRangeIterDealloc(Object *self) {
  auto *it = static_cast<LongRangeIterObject *>(self);
  decref(it->start);
  decref(it->step);
  decref(it->len);
}

Ref longRangeIterNext(Value self) {
  auto *it = self.as<LongRangeIterObject>();
  BigInt len = intToBigInt(it->len);
  if (len.sign() <= 0)
    return Ref();
  Ref newLen = newInt(len - BigInt(1));
  Ref newStart = newInt(intToBigInt(it->start) + intToBigInt(it->step));
  if (!newLen || !newStart)
    return Ref();
  Value result = it->start;
  it->start = newStart.release();
  Value oldLen = it->len;
  it->len = newLen.release();
  decref(oldLen);
  return Ref::steal(result);
}

Ref longRangeIterLengthHint(Value self) {
  return Ref::borrow(self.as<LongRangeIterObject>()->len);
}

const MethodDef kRangeMethods[] = {
    method("count", rangeCount),
    method("index", rangeIndex),
    method("__reversed__", rangeReversed),
    method("__reduce__", rangeReduce),
};
const GetSetDef kRangeGetSets[] = {
    {"start", rangeGetStart},
    {"stop", rangeGetStop},
    {"step", rangeGetStep},
};
const MethodDef kRangeIterMethods[] = {
    method("__length_hint__", rangeIterLengthHint),
};
const MethodDef kLongRangeIterMethods[] = {
    method("__length_hint__", longRangeIterLengthHint),
};

} // namespace

Ref newRange(int64_t start, int64_t stop, int64_t step) {
  return makeRange(&RangeType, newInt(start), newInt(stop), newInt(step));
}

bool rangeFastParts(Value range, int64_t *start, int64_t *step, int64_t *length) {
  auto *r = asRange(range);
  if (!r->small)
    return false;
  *start = r->istart;
  *step = r->istep;
  *length = r->ilength;
  return true;
}

void initSliceTypes() {
  initStaticType(&SliceType, "slice", &ObjectType, sizeof(SliceObject), kTypeImmutable);
  SliceType.dealloc = sliceDealloc;
  SliceType.repr = sliceRepr;
  SliceType.hash = sliceHash;
  SliceType.richcompare = sliceRichCompare;
  SliceType.newInstance = sliceNew;
  typeReady(&SliceType, kSliceMethods, kSliceGetSets);

  initStaticType(&RangeType, "range", &ObjectType, sizeof(RangeObject), kTypeImmutable);
  RangeType.dealloc = rangeDealloc;
  RangeType.repr = rangeRepr;
  RangeType.hash = rangeHash;
  RangeType.richcompare = rangeRichCompare;
  RangeType.iter = rangeIter;
  RangeType.newInstance = rangeNew;
  RangeType.boolean = rangeBool;
  RangeType.length = rangeLength;
  RangeType.getitem = rangeSubscript;
  RangeType.contains = rangeContains;
  typeReady(&RangeType, kRangeMethods, kRangeGetSets);

  initStaticType(&RangeIterType, "range_iterator", &ObjectType, sizeof(RangeIterObject),
                 kTypeImmutable);
  RangeIterType.iter = iterSelf;
  RangeIterType.iternext = rangeIterNext;
  typeReady(&RangeIterType, kRangeIterMethods);

  initStaticType(&LongRangeIterType, "longrange_iterator", &ObjectType,
                 sizeof(LongRangeIterObject), kTypeImmutable);
  LongRangeIterType.dealloc = longRangeIterDealloc;
  LongRangeIterType.iter = iterSelf;
  LongRangeIterType.iternext = longRangeIterNext;
  typeReady(&LongRangeIterType, kLongRangeIterMethods);

  // The builtin iterator types (enumerate, zip, map, ...) are readied here
  // since initRuntime() has no separate step for them.
  initIteratorTypes();
}

} // namespace pyvm
