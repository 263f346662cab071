// Python list. CPython: Objects/listobject.c
#include "vm/list.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/singletons.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <algorithm>
#include <cstring>
#include <new>

namespace pyvm {

Type ListType;
Type ListIterType;
Type ListRevIterType;

namespace {
// list.sort(): CPython's timsort with powersort merge policy, written after
// Objects/listsort.txt and Objects/listobject.c (count_run, binarysort,
// gallop_left/right, merge_lo/hi, found_new_run, merge_force_collapse), so
// that the sequence of __lt__ calls is CPython's.
// Included by vm/list.cpp.

namespace sortimpl {

constexpr int64_t kMinGallop = 7;
constexpr int kMaxMergePending = 85;

struct Slice {
  Value *keys;
  Value *values; // null when there is no key function
  void advance(int64_t n) {
    keys += n;
    if (values)
      values += n;
  }
};

struct Run {
  Slice base;
  int64_t len;
  int power;
};

struct MergeState {
  int64_t minGallop = kMinGallop;
  Value *baseKeys = nullptr;
  int64_t listLen = 0;
  bool hasValues = false;
  std::vector<Value> tmpKeys, tmpValues;
  Run pending[kMaxMergePending];
  int n = 0;
};

// 1 if a < b, 0 if not, -1 on error.
inline int isLess(Value a, Value b) {
  if (a.isSmallInt() && b.isSmallInt())
    return a.smallInt() < b.smallInt();
  return compareBool(a, b, CompareOp::Lt);
}

#define IFLT(X, Y)                                                                         \
  if ((k = isLess(X, Y)) < 0)                                                              \
    goto fail;                                                                             \
  if (k)

void reverseRange(Value *lo, Value *hi) {
  --hi;
  while (lo < hi) {
    std::swap(*lo, *hi);
    ++lo;
    --hi;
  }
}

void sliceReverse(Slice s, int64_t n) {
  reverseRange(s.keys, s.keys + n);
  if (s.values)
    reverseRange(s.values, s.values + n);
}

void sliceCopy(Slice dst, int64_t i, Slice src, int64_t j) {
  dst.keys[i] = src.keys[j];
  if (dst.values)
    dst.values[i] = src.values[j];
}

void sliceCopyIncr(Slice *dst, Slice *src) {
  *dst->keys++ = *src->keys++;
  if (dst->values)
    *dst->values++ = *src->values++;
}

void sliceCopyDecr(Slice *dst, Slice *src) {
  *dst->keys-- = *src->keys--;
  if (dst->values)
    *dst->values-- = *src->values--;
}

void sliceMove(Slice dst, int64_t i, Slice src, int64_t j, int64_t n) {
  std::memmove(dst.keys + i, src.keys + j, sizeof(Value) * n);
  if (dst.values)
    std::memmove(dst.values + i, src.values + j, sizeof(Value) * n);
}

// CPython: binarysort -- a[:ok] is already sorted.
int binarySort(Slice ss, int64_t n, int64_t ok) {
  int k;
  Value *a = ss.keys;
  Value *v = ss.values;
  if (!ok)
    ++ok;
  for (; ok < n; ++ok) {
    int64_t lo = 0, hi = ok;
    Value pivot = a[ok];
    do {
      int64_t m = (lo + hi) >> 1;
      IFLT(pivot, a[m])
      hi = m;
      else lo = m + 1;
    } while (lo < hi);
    for (int64_t m = ok; m > lo; --m)
      a[m] = a[m - 1];
    a[lo] = pivot;
    if (v) {
      Value vp = v[ok];
      for (int64_t m = ok; m > lo; --m)
        v[m] = v[m - 1];
      v[lo] = vp;
    }
  }
  return 0;
fail:
  return -1;
}

// CPython: count_run (3.13+: descending runs may contain equal elements).
int64_t countRun(Slice slo, int64_t nremaining) {
  int k;
  Value *lo = slo.keys;
  int64_t n;
  int64_t neq = 0;
  auto reverseLastNeq = [&]() {
    if (neq) {
      Slice s = slo;
      ++neq;
      s.advance(n - neq);
      sliceReverse(s, neq);
      neq = 0;
    }
  };
  for (n = 1; n < nremaining; ++n) {
    IFLT(lo[n], lo[n - 1])
    break;
  }
  if (n == nremaining)
    return n;
  if (n > 1) {
    IFLT(lo[0], lo[n - 1])
    return n;
    sliceReverse(slo, n);
  }
  ++n;
  for (; n < nremaining; ++n) {
    IFLT(lo[n], lo[n - 1]) { reverseLastNeq(); }
    else {
      IFLT(lo[n - 1], lo[n])
      break;
      else ++neq;
    }
  }
  reverseLastNeq();
  sliceReverse(slo, n);
  for (; n < nremaining; ++n) {
    IFLT(lo[n], lo[n - 1])
    break;
  }
  return n;
fail:
  return -1;
}

// CPython: gallop_left -- k such that a[k-1] < key <= a[k].
int64_t gallopLeft(Value key, Value *a, int64_t n, int64_t hint) {
  int k;
  int64_t ofs = 1, lastofs = 0;
  a += hint;
  IFLT(*a, key) {
    const int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      IFLT(a[ofs], key) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      else break;
    }
    if (ofs > maxofs)
      ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  else {
    const int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      IFLT(*(a - ofs), key)
      break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs)
      ofs = maxofs;
    int64_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    IFLT(a[m], key)
    lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
fail:
  return -1;
}

// CPython: gallop_right -- k such that a[k-1] <= key < a[k].
int64_t gallopRight(Value key, Value *a, int64_t n, int64_t hint) {
  int k;
  int64_t ofs = 1, lastofs = 0;
  a += hint;
  IFLT(key, *a) {
    const int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      IFLT(key, *(a - ofs)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      else break;
    }
    if (ofs > maxofs)
      ofs = maxofs;
    int64_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  else {
    const int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      IFLT(key, a[ofs])
      break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs)
      ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    IFLT(key, a[m])
    ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
fail:
  return -1;
}

Slice tempSlice(MergeState *ms, int64_t need) {
  if (static_cast<int64_t>(ms->tmpKeys.size()) < need) {
    ms->tmpKeys.resize(need);
    if (ms->hasValues)
      ms->tmpValues.resize(need);
  }
  return Slice{ms->tmpKeys.data(), ms->hasValues ? ms->tmpValues.data() : nullptr};
}

// CPython: merge_lo (na <= nb).
int mergeLo(MergeState *ms, Slice ssa, int64_t na, Slice ssb, int64_t nb) {
  int k;
  int result = -1;
  Slice tmp = tempSlice(ms, na);
  sliceMove(tmp, 0, ssa, 0, na);
  Slice dest = ssa;
  ssa = tmp;
  int64_t minGallop;

  sliceCopyIncr(&dest, &ssb);
  --nb;
  if (nb == 0)
    goto succeed;
  if (na == 1)
    goto copyB;

  minGallop = ms->minGallop;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      k = isLess(ssb.keys[0], ssa.keys[0]);
      if (k) {
        if (k < 0)
          goto fail;
        sliceCopyIncr(&dest, &ssb);
        ++bcount;
        acount = 0;
        --nb;
        if (nb == 0)
          goto succeed;
        if (bcount >= minGallop)
          break;
      } else {
        sliceCopyIncr(&dest, &ssa);
        ++acount;
        bcount = 0;
        --na;
        if (na == 1)
          goto copyB;
        if (acount >= minGallop)
          break;
      }
    }
    ++minGallop;
    do {
      minGallop -= minGallop > 1;
      ms->minGallop = minGallop;
      int64_t g = gallopRight(ssb.keys[0], ssa.keys, na, 0);
      acount = g;
      if (g) {
        if (g < 0)
          goto fail;
        sliceMove(dest, 0, ssa, 0, g);
        dest.advance(g);
        ssa.advance(g);
        na -= g;
        if (na == 1)
          goto copyB;
        if (na == 0)
          goto succeed;
      }
      sliceCopyIncr(&dest, &ssb);
      --nb;
      if (nb == 0)
        goto succeed;

      g = gallopLeft(ssa.keys[0], ssb.keys, nb, 0);
      bcount = g;
      if (g) {
        if (g < 0)
          goto fail;
        sliceMove(dest, 0, ssb, 0, g);
        dest.advance(g);
        ssb.advance(g);
        nb -= g;
        if (nb == 0)
          goto succeed;
      }
      sliceCopyIncr(&dest, &ssa);
      --na;
      if (na == 1)
        goto copyB;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++minGallop;
    ms->minGallop = minGallop;
  }
succeed:
  result = 0;
fail:
  if (na)
    sliceMove(dest, 0, ssa, 0, na);
  return result;
copyB:
  sliceMove(dest, 0, ssb, 0, nb);
  sliceCopy(dest, nb, ssa, 0);
  return 0;
}

// CPython: merge_hi (na >= nb).
int mergeHi(MergeState *ms, Slice ssa, int64_t na, Slice ssb, int64_t nb) {
  int k;
  int result = -1;
  Slice tmp = tempSlice(ms, nb);
  Slice dest = ssb;
  dest.advance(nb - 1);
  sliceMove(tmp, 0, ssb, 0, nb);
  Slice basea = ssa;
  Slice baseb = tmp;
  ssb.keys = tmp.keys + nb - 1;
  if (ms->hasValues)
    ssb.values = tmp.values + nb - 1;
  ssa.advance(na - 1);
  int64_t minGallop;

  sliceCopyDecr(&dest, &ssa);
  --na;
  if (na == 0)
    goto succeed;
  if (nb == 1)
    goto copyA;

  minGallop = ms->minGallop;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      k = isLess(ssb.keys[0], ssa.keys[0]);
      if (k) {
        if (k < 0)
          goto fail;
        sliceCopyDecr(&dest, &ssa);
        ++acount;
        bcount = 0;
        --na;
        if (na == 0)
          goto succeed;
        if (acount >= minGallop)
          break;
      } else {
        sliceCopyDecr(&dest, &ssb);
        ++bcount;
        acount = 0;
        --nb;
        if (nb == 1)
          goto copyA;
        if (bcount >= minGallop)
          break;
      }
    }
    ++minGallop;
    do {
      minGallop -= minGallop > 1;
      ms->minGallop = minGallop;
      int64_t g = gallopRight(ssb.keys[0], basea.keys, na, na - 1);
      if (g < 0)
        goto fail;
      g = na - g;
      acount = g;
      if (g) {
        dest.advance(-g);
        ssa.advance(-g);
        sliceMove(dest, 1, ssa, 1, g);
        na -= g;
        if (na == 0)
          goto succeed;
      }
      sliceCopyDecr(&dest, &ssb);
      --nb;
      if (nb == 1)
        goto copyA;

      g = gallopLeft(ssa.keys[0], baseb.keys, nb, nb - 1);
      if (g < 0)
        goto fail;
      g = nb - g;
      bcount = g;
      if (g) {
        dest.advance(-g);
        ssb.advance(-g);
        sliceMove(dest, 1, ssb, 1, g);
        nb -= g;
        if (nb == 1)
          goto copyA;
        if (nb == 0)
          goto succeed;
      }
      sliceCopyDecr(&dest, &ssa);
      --na;
      if (na == 0)
        goto succeed;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++minGallop;
    ms->minGallop = minGallop;
  }
succeed:
  result = 0;
fail:
  if (nb)
    sliceMove(dest, -(nb - 1), baseb, 0, nb);
  return result;
copyA:
  sliceMove(dest, 1 - na, ssa, 1 - na, na);
  dest.advance(-na);
  ssa.advance(-na);
  sliceCopy(dest, 0, ssb, 0);
  return 0;
}

// CPython: merge_at
int mergeAt(MergeState *ms, int i) {
  Slice ssa = ms->pending[i].base;
  int64_t na = ms->pending[i].len;
  Slice ssb = ms->pending[i + 1].base;
  int64_t nb = ms->pending[i + 1].len;
  ms->pending[i].len = na + nb;
  if (i == ms->n - 3)
    ms->pending[i + 1] = ms->pending[i + 2];
  --ms->n;
  int64_t k = gallopRight(*ssb.keys, ssa.keys, na, 0);
  if (k < 0)
    return -1;
  ssa.advance(k);
  na -= k;
  if (na == 0)
    return 0;
  nb = gallopLeft(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
  if (nb <= 0)
    return static_cast<int>(nb);
  if (na <= nb)
    return mergeLo(ms, ssa, na, ssb, nb);
  return mergeHi(ms, ssa, na, ssb, nb);
}

// CPython: powerloop
int powerLoop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
  int result = 0;
  int64_t a = 2 * s1 + n1;
  int64_t b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

// CPython: found_new_run
int foundNewRun(MergeState *ms, int64_t n2) {
  if (ms->n) {
    Run *p = ms->pending;
    int64_t s1 = p[ms->n - 1].base.keys - ms->baseKeys;
    int64_t n1 = p[ms->n - 1].len;
    int power = powerLoop(s1, n1, n2, ms->listLen);
    while (ms->n > 1 && p[ms->n - 2].power > power) {
      if (mergeAt(ms, ms->n - 2) < 0)
        return -1;
    }
    p[ms->n - 1].power = power;
  }
  return 0;
}

// CPython: merge_force_collapse
int mergeForceCollapse(MergeState *ms) {
  Run *p = ms->pending;
  while (ms->n > 1) {
    int n = ms->n - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len)
      --n;
    if (mergeAt(ms, n) < 0)
      return -1;
  }
  return 0;
}

// CPython: merge_compute_minrun
int64_t computeMinRun(int64_t n) {
  int64_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

#undef IFLT

// Sorts keys[0:n] (and values alongside when not null). -1 on error; the
// arrays always hold a permutation of their input.
int timsort(Value *keys, Value *values, int64_t n) {
  if (n < 2)
    return 0;
  MergeState ms;
  ms.baseKeys = keys;
  ms.listLen = n;
  ms.hasValues = values != nullptr;
  Slice lo{keys, values};
  int64_t nremaining = n;
  int64_t minrun = computeMinRun(nremaining);
  do {
    int64_t run = countRun(lo, nremaining);
    if (run < 0)
      return -1;
    if (run < minrun) {
      int64_t force = nremaining <= minrun ? nremaining : minrun;
      if (binarySort(lo, force, run) < 0)
        return -1;
      run = force;
    }
    if (foundNewRun(&ms, run) < 0)
      return -1;
    ms.pending[ms.n].base = lo;
    ms.pending[ms.n].len = run;
    ++ms.n;
    lo.advance(run);
    nremaining -= run;
  } while (nremaining);
  return mergeForceCollapse(&ms);
}

} // namespace sortimpl

inline ListObject *asList(Value v) { return v.as<ListObject>(); }
inline std::vector<Value> &itemsOf(Value v) { return v.as<ListObject>()->items; }

void listDealloc(Object *self) {
  bool exact = self->type == &ListType;
  if (exact && !trashcanBegin(self))
    return;
  auto *l = static_cast<ListObject *>(self);
  std::vector<Value> items;
  items.swap(l->items);
  for (Value v : items)
    decref(v);
  l->items.~vector();
  if (exact)
    trashcanEnd();
}

// Replaces the list's contents with `items` (taking their references) and
// releases the old ones after the list is consistent again, since a decref
// may run arbitrary code.
void replaceItems(Value list, std::vector<Value> &&items) {
  std::vector<Value> old;
  old.swap(itemsOf(list));
  itemsOf(list) = std::move(items);
  for (Value v : old)
    decref(v);
}

} // namespace

Ref newList(size_t reserve) {
  Object *o = allocObject(&ListType, sizeof(ListObject));
  if (!o)
    return Ref();
  auto *l = static_cast<ListObject *>(o);
  new (&l->items) std::vector<Value>();
  if (reserve)
    l->items.reserve(reserve);
  return Ref::steal(o);
}

void listAppend(Value list, Ref item) { itemsOf(list).push_back(item.release()); }

Ref listSlice(Value list, size_t start, size_t stop) {
  auto &items = itemsOf(list);
  if (stop > items.size())
    stop = items.size();
  if (start > stop)
    start = stop;
  Ref r = newList(stop - start);
  if (!r)
    return r;
  auto &out = itemsOf(*r);
  for (size_t i = start; i < stop; ++i) {
    incref(items[i]);
    out.push_back(items[i]);
  }
  return r;
}

Ref listAsTuple(Value list) {
  auto &items = itemsOf(list);
  return newTupleFrom(std::span<const Value>(items.data(), items.size()));
}

// CPython: Objects/listobject.c list_extend
int listExtend(Value list, Value iterable) {
  // CPython: Objects/listobject.c list_extend_lock_held
  if (isExactListOrTuple(iterable) || iterable.is(list)) {
    // Snapshot first: l.extend(l) doubles the list.
    size_t n = isList(iterable) ? listSize(iterable) : tupleSize(iterable);
    auto &items = itemsOf(list);
    items.reserve(items.size() + n);
    for (size_t i = 0; i < n; ++i) {
      Value v = isList(iterable) ? listItem(iterable, i) : tupleItem(iterable, i);
      incref(v);
      items.push_back(v);
    }
    return 0;
  }
  Ref it = getIter(iterable);
  if (!it)
    return -1;
  // The size guess may run a Python __len__ / __length_hint__ (visible to tools).
  int64_t guess = lengthHint(iterable, 8);
  if (guess < 0)
    return -1;
  itemsOf(list).reserve(itemsOf(list).size() + size_t(std::min<int64_t>(guess, 1 << 20)));
  IterNextFn next = (*it).type()->iternext;
  for (;;) {
    Ref item = next ? next(*it) : iterNext(*it);
    if (!item) {
      if (errorPending()) {
        if (!pendingExceptionMatches(&StopIterationType))
          return -1;
        clearPendingException();
      }
      return 0;
    }
    itemsOf(list).push_back(item.release());
  }
}

int listInsert(Value list, int64_t where, Value item) {
  auto &items = itemsOf(list);
  int64_t n = static_cast<int64_t>(items.size());
  if (where < 0) {
    where += n;
    if (where < 0)
      where = 0;
  }
  if (where > n)
    where = n;
  incref(item);
  items.insert(items.begin() + where, item);
  return 0;
}

// CPython: Objects/listobject.c list_sort_impl
int listSort(Value list, Value key, bool reverse) {
  auto *l = asList(list);
  // The list is emptied while it is sorted, so that comparisons that mutate
  // it cannot break the sort; mutation is detected afterwards.
  std::vector<Value> saved;
  saved.swap(l->items);
  int64_t n = static_cast<int64_t>(saved.size());
  std::vector<Value> keys;
  int result = 0;
  bool hasKey = key && !isNone(key);
  if (hasKey) {
    keys.reserve(n);
    for (int64_t i = 0; i < n; ++i) {
      Ref k = call(key, &saved[i], 1);
      if (!k) {
        for (Value v : keys)
          decref(v);
        keys.clear();
        result = -1;
        goto restore;
      }
      keys.push_back(k.release());
    }
  }
  if (n > 1) {
    if (reverse) {
      if (hasKey)
        std::reverse(keys.begin(), keys.end());
      std::reverse(saved.begin(), saved.end());
    }
    if (hasKey)
      result = sortimpl::timsort(keys.data(), saved.data(), n);
    else
      result = sortimpl::timsort(saved.data(), nullptr, n);
    if (reverse)
      std::reverse(saved.begin(), saved.end());
  }
  for (Value v : keys)
    decref(v);
  if (result == 0 && (!l->items.empty() || l->items.capacity() != 0)) {
    raise(&ValueErrorType, "list modified during sort");
    result = -1;
  }
restore:
  std::vector<Value> during;
  during.swap(l->items);
  l->items = std::move(saved);
  for (Value v : during)
    decref(v);
  return result;
}

namespace {

// --- slots -------------------------------------------------------------------

// CPython: Objects/listobject.c list_repr
Ref listRepr(Value self) {
  if (itemsOf(self).empty())
    return newStr("[]");
  int status = reprEnter(self);
  if (status != 0)
    return status > 0 ? newStr("[...]") : Ref();
  std::string out = "[";
  // The list may change while its items' reprs run.
  for (size_t i = 0; i < itemsOf(self).size(); ++i) {
    if (i)
      out += ", ";
    Ref item = Ref::borrow(itemsOf(self)[i]);
    if (!appendRepr(out, *item)) {
      reprLeave(self);
      return Ref();
    }
  }
  out += "]";
  reprLeave(self);
  return newStr(out);
}

int64_t listLength(Value self) { return static_cast<int64_t>(itemsOf(self).size()); }

int listContains(Value self, Value item) {
  for (size_t i = 0; i < itemsOf(self).size(); ++i) {
    Value v = itemsOf(self)[i];
    if (v.is(item))
      return 1;
    Ref hold = Ref::borrow(v);
    int r = compareBool(v, item, CompareOp::Eq);
    if (r != 0)
      return r;
  }
  return 0;
}

int64_t listHash(Value self) {
  raisef(&TypeErrorType, "unhashable type: '{}'", typeName(self));
  return -1;
}

Ref listGetItem(Value self, Value key) {
  auto &items = itemsOf(self);
  if (key.isSmallInt()) {
    int64_t i = key.smallInt();
    if (i < 0)
      i += static_cast<int64_t>(items.size());
    if (i < 0 || static_cast<uint64_t>(i) >= items.size())
      return raise(&IndexErrorType, "list index out of range");
    return Ref::borrow(items[static_cast<size_t>(i)]);
  }
  if (key.type()->index) {
    int64_t i;
    if (!indexAsInt64(key, &i, &IndexErrorType))
      return Ref();
    if (i < 0)
      i += static_cast<int64_t>(items.size());
    if (i < 0 || static_cast<uint64_t>(i) >= items.size())
      return raise(&IndexErrorType, "list index out of range");
    return Ref::borrow(items[static_cast<size_t>(i)]);
  }
  if (key.type() == &SliceType) {
    int64_t start, stop, step;
    int64_t count =
        sliceIndices(key, static_cast<int64_t>(items.size()), &start, &stop, &step);
    if (count < 0)
      return Ref();
    if (step == 1)
      return listSlice(self, static_cast<size_t>(start), static_cast<size_t>(start + count));
    Ref r = newList(static_cast<size_t>(count));
    if (!r)
      return r;
    for (int64_t i = 0, j = start; i < count; ++i, j += step)
      listAppend(*r, Ref::borrow(items[static_cast<size_t>(j)]));
    return r;
  }
  return raisef(&TypeErrorType, "list indices must be integers or slices, not {}", typeName(key));
}

// Reads `value` as a list of owned items for slice assignment.
bool sequenceItems(Value value, std::vector<Value> *out, const char *message) {
  if (isExactListOrTuple(value)) {
    size_t n = isList(value) ? listSize(value) : tupleSize(value);
    out->reserve(n);
    for (size_t i = 0; i < n; ++i) {
      Value v = isList(value) ? listItem(value, i) : tupleItem(value, i);
      incref(v);
      out->push_back(v);
    }
    return true;
  }
  if (!value.type()->iter && !value.type()->getitem) {
    raise(&TypeErrorType, message);
    return false;
  }
  Ref l = sequenceToList(value);
  if (!l) {
    if (pendingExceptionMatches(&TypeErrorType) && !value.type()->iter) {
      clearPendingException();
      raise(&TypeErrorType, message);
    }
    return false;
  }
  out->swap(itemsOf(*l));
  return true;
}

// CPython: Objects/listobject.c list_ass_slice (ilow..ihigh replaced by v or
// deleted when v is empty).
int listAssignSlice(Value self, int64_t ilow, int64_t ihigh, Value value) {
  std::vector<Value> newItems;
  if (value) {
    if (!sequenceItems(value, &newItems, "must assign iterable to extended slice"))
      return -1;
  }
  auto &items = itemsOf(self);
  int64_t n = static_cast<int64_t>(items.size());
  if (ilow < 0)
    ilow = 0;
  else if (ilow > n)
    ilow = n;
  if (ihigh < ilow)
    ihigh = ilow;
  else if (ihigh > n)
    ihigh = n;
  std::vector<Value> removed(items.begin() + ilow, items.begin() + ihigh);
  int64_t d = static_cast<int64_t>(newItems.size()) - (ihigh - ilow);
  if (d < 0) {
    items.erase(items.begin() + ilow, items.begin() + ilow - d);
  } else if (d > 0) {
    items.insert(items.begin() + ihigh, static_cast<size_t>(d), Value());
  }
  std::copy(newItems.begin(), newItems.end(), items.begin() + ilow);
  for (Value v : removed)
    decref(v);
  return 0;
}

// CPython: Objects/listobject.c list_ass_subscript
int listSetItem(Value self, Value key, Value value) {
  auto &items = itemsOf(self);
  if (key.isSmallInt() || key.type()->index) {
    int64_t i;
    if (key.isSmallInt())
      i = key.smallInt();
    else if (!indexAsInt64(key, &i, &IndexErrorType))
      return -1;
    if (i < 0)
      i += static_cast<int64_t>(items.size());
    if (i < 0 || static_cast<uint64_t>(i) >= items.size()) {
      raise(&IndexErrorType, value ? "list assignment index out of range"
                                   : "list assignment index out of range");
      return -1;
    }
    Value old = items[static_cast<size_t>(i)];
    if (value) {
      incref(value);
      items[static_cast<size_t>(i)] = value;
    } else {
      items.erase(items.begin() + i);
    }
    decref(old);
    return 0;
  }
  if (key.type() != &SliceType) {
    raisef(&TypeErrorType, "list indices must be integers or slices, not {}", typeName(key));
    return -1;
  }
  int64_t start, stop, step;
  int64_t count = sliceIndices(key, static_cast<int64_t>(items.size()), &start, &stop, &step);
  if (count < 0)
    return -1;
  if (step == 1)
    return listAssignSlice(self, start, stop, value);
  if (!value) {
    // Delete an extended slice.
    if (count <= 0)
      return 0;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (count - 1) - 1;
      step = -step;
    }
    std::vector<Value> removed;
    removed.reserve(static_cast<size_t>(count));
    std::vector<Value> kept;
    kept.reserve(items.size() - static_cast<size_t>(count));
    int64_t next = start;
    int64_t taken = 0;
    for (int64_t i = 0; i < static_cast<int64_t>(items.size()); ++i) {
      if (taken < count && i == next) {
        removed.push_back(items[static_cast<size_t>(i)]);
        next += step;
        ++taken;
      } else {
        kept.push_back(items[static_cast<size_t>(i)]);
      }
    }
    items.swap(kept);
    for (Value v : removed)
      decref(v);
    return 0;
  }
  // Assign to an extended slice.
  std::vector<Value> newItems;
  if (value.is(self)) {
    for (Value v : items) {
      incref(v);
      newItems.push_back(v);
    }
  } else if (!sequenceItems(value, &newItems, "must assign iterable to extended slice")) {
    return -1;
  }
  if (static_cast<int64_t>(newItems.size()) != count) {
    for (Value v : newItems)
      decref(v);
    raisef(&ValueErrorType, "attempt to assign sequence of size {} to extended slice of size {}",
           newItems.size(), count);
    return -1;
  }
  auto &cur = itemsOf(self);
  std::vector<Value> old;
  old.reserve(static_cast<size_t>(count));
  for (int64_t i = 0, j = start; i < count; ++i, j += step) {
    old.push_back(cur[static_cast<size_t>(j)]);
    cur[static_cast<size_t>(j)] = newItems[static_cast<size_t>(i)];
  }
  for (Value v : old)
    decref(v);
  return 0;
}

// CPython: Objects/listobject.c list_richcompare
Ref listRichCompare(Value a, Value b, CompareOp op) {
  if (!isList(a) || !isList(b))
    return newNotImplemented();
  if (listSize(a) != listSize(b) && (op == CompareOp::Eq || op == CompareOp::Ne))
    return newBool(op == CompareOp::Ne);
  size_t i = 0;
  for (; i < listSize(a) && i < listSize(b); ++i) {
    Value x = listItem(a, i), y = listItem(b, i);
    if (x.is(y))
      continue;
    Ref hx = Ref::borrow(x), hy = Ref::borrow(y);
    int k = compareBool(x, y, CompareOp::Eq);
    if (k < 0)
      return Ref();
    if (!k)
      break;
  }
  size_t na = listSize(a), nb = listSize(b);
  if (i >= na || i >= nb) {
    bool r = false;
    switch (op) {
    case CompareOp::Lt: r = na < nb; break;
    case CompareOp::Le: r = na <= nb; break;
    case CompareOp::Eq: r = na == nb; break;
    case CompareOp::Ne: r = na != nb; break;
    case CompareOp::Gt: r = na > nb; break;
    case CompareOp::Ge: r = na >= nb; break;
    }
    return newBool(r);
  }
  if (op == CompareOp::Eq)
    return newBool(false);
  if (op == CompareOp::Ne)
    return newBool(true);
  Ref x = Ref::borrow(listItem(a, i)), y = Ref::borrow(listItem(b, i));
  return richCompare(*x, *y, op);
}

Ref listConcat(Value a, Value b) {
  Ref r = newList(listSize(a) + listSize(b));
  if (!r)
    return r;
  auto &out = itemsOf(*r);
  for (Value v : itemsOf(a)) {
    incref(v);
    out.push_back(v);
  }
  for (Value v : itemsOf(b)) {
    incref(v);
    out.push_back(v);
  }
  return r;
}

Ref listAdd(Value a, Value b) {
  if (!isList(a))
    return newNotImplemented();
  if (isList(b))
    return listConcat(a, b);
  Ref other = trySequenceOtherSlot(a, b, BinaryOp::Add);
  if (!other || !(*other).is(NotImplemented()))
    return other;
  return raisef(&TypeErrorType, "can only concatenate list (not \"{}\") to list", typeName(b));
}

Ref listRepeat(Value l, int64_t n) {
  size_t size = listSize(l);
  if (n <= 0 || size == 0)
    return newList();
  if (static_cast<uint64_t>(n) > (SIZE_MAX / sizeof(Value)) / size)
    return raiseEmpty(&MemoryErrorType);
  size_t total = size * static_cast<size_t>(n);
  Ref r = newList(total);
  if (!r)
    return r;
  auto &out = itemsOf(*r);
  auto &src = itemsOf(l);
  for (size_t k = 0; k < total; ++k) {
    Value v = src[k % size];
    incref(v);
    out.push_back(v);
  }
  return r;
}

Ref listMul(Value a, Value b) {
  Value seq = isList(a) ? a : b;
  Value count = isList(a) ? b : a;
  if (!isList(seq))
    return newNotImplemented();
  if (count.isSmallInt())
    return listRepeat(seq, count.smallInt());
  if (seq.is(a)) {
    Ref other = trySequenceOtherSlot(a, b, BinaryOp::Multiply);
    if (!other || !(*other).is(NotImplemented()))
      return other;
  }
  int64_t n;
  if (!sequenceRepeatCount(count, &n))
    return Ref();
  return listRepeat(seq, n);
}

Ref listInplaceAdd(Value a, Value b) {
  if (!isList(a))
    return newNotImplemented();
  if (listExtend(a, b) < 0)
    return Ref();
  return Ref::borrow(a);
}

Ref listInplaceMul(Value a, Value b) {
  if (!isList(a))
    return newNotImplemented();
  int64_t n;
  if (b.isSmallInt())
    n = b.smallInt();
  else if (!sequenceRepeatCount(b, &n))
    return Ref();
  auto &items = itemsOf(a);
  size_t size = items.size();
  if (n <= 0 || size == 0) {
    replaceItems(a, {});
    return Ref::borrow(a);
  }
  if (static_cast<uint64_t>(n) > (SIZE_MAX / sizeof(Value)) / size)
    return raiseEmpty(&MemoryErrorType);
  items.reserve(size * static_cast<size_t>(n));
  for (int64_t k = 1; k < n; ++k)
    for (size_t i = 0; i < size; ++i) {
      incref(items[i]);
      items.push_back(items[i]);
    }
  return Ref::borrow(a);
}

Ref listIter(Value self);

Ref listNew(Type *type, const Value *, size_t, Value) {
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  new (&static_cast<ListObject *>(o)->items) std::vector<Value>();
  return Ref::steal(o);
}

// CPython: Objects/listobject.c list___init___impl
int listInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (self.type() == &ListType || true) {
    if (!checkNoKeywords("list", kwnames))
      return -1;
  }
  if (!checkPositional("list", nargs, 0, 1))
    return -1;
  replaceItems(self, {});
  if (nargs == 1)
    return listExtend(self, args[0]);
  return 0;
}

// --- methods -----------------------------------------------------------------

// A Py_ssize_t argument of a method (Argument Clinic's converter): any
// __index__ object, OverflowError when it does not fit.
bool ssizeArg(Value v, int64_t *out) {
  if (v.isSmallInt()) {
    *out = v.smallInt();
    return true;
  }
  Ref i = index(v);
  if (!i)
    return false;
  if (!intFitsInt64(*i, out)) {
    raise(&OverflowErrorType, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

Ref listAppendMethod(Value self, Value item) {
  incref(item);
  itemsOf(self).push_back(item);
  return newNone();
}

Ref listExtendMethod(Value self, Value iterable) {
  if (listExtend(self, iterable) < 0)
    return Ref();
  return newNone();
}

Ref listInsertMethod(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("insert", nargs, 2, 2))
    return Ref();
  int64_t where;
  if (!ssizeArg(args[0], &where))
    return Ref();
  listInsert(self, where, args[1]);
  return newNone();
}

Ref listPop(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("pop", nargs, 0, 1))
    return Ref();
  int64_t i = -1;
  if (nargs == 1 && !ssizeArg(args[0], &i))
    return Ref();
  auto &items = itemsOf(self);
  if (items.empty())
    return raise(&IndexErrorType, "pop from empty list");
  if (i < 0)
    i += static_cast<int64_t>(items.size());
  if (i < 0 || static_cast<uint64_t>(i) >= items.size())
    return raise(&IndexErrorType, "pop index out of range");
  Value v = items[static_cast<size_t>(i)];
  if (static_cast<size_t>(i) == items.size() - 1)
    items.pop_back();
  else
    items.erase(items.begin() + i);
  return Ref::steal(v);
}

Ref listRemove(Value self, Value value) {
  for (size_t i = 0; i < itemsOf(self).size(); ++i) {
    Value v = itemsOf(self)[i];
    int r;
    if (v.is(value)) {
      r = 1;
    } else {
      Ref hold = Ref::borrow(v);
      r = compareBool(v, value, CompareOp::Eq);
    }
    if (r < 0)
      return Ref();
    if (r) {
      auto &items = itemsOf(self);
      if (i < items.size()) {
        Value old = items[i];
        items.erase(items.begin() + static_cast<int64_t>(i));
        decref(old);
      }
      return newNone();
    }
  }
  return raise(&ValueErrorType, "list.remove(x): x not in list");
}

Ref listClear(Value self) {
  replaceItems(self, {});
  return newNone();
}

Ref listCopy(Value self) { return listSlice(self, 0, listSize(self)); }

Ref listCount(Value self, Value value) {
  int64_t count = 0;
  for (size_t i = 0; i < itemsOf(self).size(); ++i) {
    Value v = itemsOf(self)[i];
    if (v.is(value)) {
      ++count;
      continue;
    }
    Ref hold = Ref::borrow(v);
    int r = compareBool(v, value, CompareOp::Eq);
    if (r < 0)
      return Ref();
    count += r;
  }
  return newInt(count);
}

bool readSliceBound(Value v, int64_t size, int64_t *out) {
  int64_t x;
  if (v.isSmallInt()) {
    x = v.smallInt();
  } else if (v.type()->index) {
    Ref i = index(v);
    if (!i)
      return false;
    if (!intFitsInt64(*i, &x))
      x = intToBigInt(*i).isNegative() ? INT64_MIN : INT64_MAX;
  } else {
    raise(&TypeErrorType, "slice indices must be integers or have an __index__ method");
    return false;
  }
  if (x < 0) {
    x += size;
    if (x < 0)
      x = 0;
  }
  *out = x;
  return true;
}

Ref listIndex(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("index", nargs, 1, 3))
    return Ref();
  int64_t start = 0, stop = INT64_MAX;
  int64_t size = static_cast<int64_t>(listSize(self));
  if (nargs > 1 && !readSliceBound(args[1], size, &start))
    return Ref();
  if (nargs > 2 && !readSliceBound(args[2], size, &stop))
    return Ref();
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(listSize(self)); ++i) {
    Value v = listItem(self, static_cast<size_t>(i));
    if (v.is(args[0]))
      return newInt(i);
    Ref hold = Ref::borrow(v);
    int r = compareBool(v, args[0], CompareOp::Eq);
    if (r < 0)
      return Ref();
    if (r)
      return newInt(i);
  }
  return raise(&ValueErrorType, "list.index(x): x not in list");
}

Ref listReverse(Value self) {
  std::reverse(itemsOf(self).begin(), itemsOf(self).end());
  return newNone();
}

Ref listSortMethod(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (nargs) {
    return raise(&TypeErrorType, "sort() takes no positional arguments");
  }
  if (kwnames && tupleSize(kwnames) > 2)
    return raisef(&TypeErrorType, "sort() takes at most 2 keyword arguments ({} given)",
                  tupleSize(kwnames));
  Value out[2] = {};
  if (!parseArgs({"sort", {"key", "reverse"}, 0, 0, 0}, args, nargs, kwnames, out))
    return Ref();
  bool reverse = false;
  if (out[1]) {
    int r;
    if (out[1].isSmallInt())
      r = out[1].smallInt() != 0;
    else {
      int64_t v;
      if (!indexAsInt64(out[1], &v, nullptr)) {
        // CPython parses reverse with the 'p' format: any truth value.
        clearPendingException();
        r = isTrue(out[1]);
        if (r < 0)
          return Ref();
      } else {
        r = v != 0;
      }
    }
    reverse = r != 0;
  }
  if (listSort(self, out[0], reverse) < 0)
    return Ref();
  return newNone();
}

Ref listReversed(Value self);

Ref listSizeof(Value self) {
  return newInt(static_cast<int64_t>(40 + itemsOf(self).capacity() * sizeof(Value)));
}


// --- iterators ---------------------------------------------------------------

struct ListIterObject : Object {
  Value seq; // owned list, null when exhausted
  int64_t index;
};

Ref makeListIter(Type *type, Value list, int64_t index) {
  Object *o = allocObject(type, sizeof(ListIterObject));
  if (!o)
    return Ref();
  auto *it = static_cast<ListIterObject *>(o);
  incref(list);
  it->seq = list;
  it->index = index;
  return Ref::steal(o);
}

Ref listIter(Value self) { return makeListIter(&ListIterType, self, 0); }
Ref listReversed(Value self) {
  return makeListIter(&ListRevIterType, self, static_cast<int64_t>(listSize(self)) - 1);
}

void listIterDealloc(Object *self) { decref(static_cast<ListIterObject *>(self)->seq); }

Ref listIterNext(Value self) {
  auto *it = self.as<ListIterObject>();
  if (it->seq.isNull())
    return Ref();
  auto &items = itemsOf(it->seq);
  if (it->index >= 0 && static_cast<size_t>(it->index) < items.size())
    return Ref::borrow(items[static_cast<size_t>(it->index++)]);
  decref(it->seq);
  it->seq = Value();
  return Ref();
}

Ref listRevIterNext(Value self) {
  auto *it = self.as<ListIterObject>();
  if (it->seq.isNull())
    return Ref();
  auto &items = itemsOf(it->seq);
  if (it->index >= 0 && static_cast<size_t>(it->index) < items.size())
    return Ref::borrow(items[static_cast<size_t>(it->index--)]);
  it->index = -1;
  decref(it->seq);
  it->seq = Value();
  return Ref();
}

Ref iterSelf(Value self) { return Ref::borrow(self); }

Ref listIterLengthHint(Value self) {
  auto *it = self.as<ListIterObject>();
  if (it->seq.isNull())
    return newInt(0);
  int64_t n = static_cast<int64_t>(listSize(it->seq)) - it->index;
  return newInt(n < 0 ? 0 : n);
}

Ref listRevIterLengthHint(Value self) {
  auto *it = self.as<ListIterObject>();
  if (it->seq.isNull())
    return newInt(0);
  int64_t n = it->index + 1;
  if (static_cast<int64_t>(listSize(it->seq)) < n)
    n = 0;
  return newInt(n);
}

const MethodDef kListMethods[] = {
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
    method("append", listAppendMethod),
    method("extend", listExtendMethod),
    method("insert", listInsertMethod),
    method("pop", listPop),
    method("remove", listRemove),
    method("clear", listClear),
    method("copy", listCopy),
    method("count", listCount),
    method("index", listIndex),
    method("reverse", listReverse),
    method("sort", listSortMethod),
    method("__getitem__", listGetItem, kMethodCoexist),
    method("__reversed__", listReversed),
    method("__sizeof__", listSizeof),
};

const MethodDef kListIterMethods[] = {
    method("__length_hint__", listIterLengthHint),
};
const MethodDef kListRevIterMethods[] = {
    method("__length_hint__", listRevIterLengthHint),
};

} // namespace

void initListType() {
  initStaticType(&ListType, "list", &ObjectType, sizeof(ListObject),
                 kTypeBaseType | kTypeImmutable | kTypeListSubclass);
  ListType.dealloc = listDealloc;
  ListType.repr = listRepr;
  ListType.hash = listHash;
  ListType.richcompare = listRichCompare;
  ListType.iter = listIter;
  ListType.newInstance = listNew;
  ListType.init = listInit;
  ListType.binary[static_cast<int>(BinaryOp::Add)] = listAdd;
  ListType.binary[static_cast<int>(BinaryOp::Multiply)] = listMul;
  ListType.inplace[static_cast<int>(BinaryOp::Add)] = listInplaceAdd;
  ListType.inplace[static_cast<int>(BinaryOp::Multiply)] = listInplaceMul;
  ListType.length = listLength;
  ListType.getitem = listGetItem;
  ListType.setitem = listSetItem;
  ListType.contains = listContains;
  typeReady(&ListType, kListMethods);
  markUnhashable(&ListType);

  initStaticType(&ListIterType, "list_iterator", &ObjectType, sizeof(ListIterObject),
                 kTypeImmutable);
  ListIterType.dealloc = listIterDealloc;
  ListIterType.iter = iterSelf;
  ListIterType.iternext = listIterNext;
  typeReady(&ListIterType, kListIterMethods);

  initStaticType(&ListRevIterType, "list_reverseiterator", &ObjectType, sizeof(ListIterObject),
                 kTypeImmutable);
  ListRevIterType.dealloc = listIterDealloc;
  ListRevIterType.iter = iterSelf;
  ListRevIterType.iternext = listRevIterNext;
  typeReady(&ListRevIterType, kListRevIterMethods);
}

} // namespace pyvm
