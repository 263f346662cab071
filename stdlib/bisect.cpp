// The _bisect module: bisect_left/right and insort_left/right (with lo, hi,
// key), which Lib/bisect.py imports over its pure-Python versions.
// CPython: Modules/_bisectmodule.c
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"

namespace pyvm {

namespace {

// lo and hi as Argument Clinic reads them (hi None: -1, meaning len(a)).
bool boundsOf(Value lo, Value hi, int64_t *outLo, int64_t *outHi) {
  *outLo = 0;
  *outHi = -1;
  if (lo) {
    Ref n = index(lo);
    if (!n || !intAsInt64(*n, outLo))
      return false;
  }
  if (hi && !isNone(hi)) {
    Ref n = index(hi);
    if (!n || !intAsInt64(*n, outHi))
      return false;
  }
  return true;
}

// The insertion point of item in a[lo:hi]. CPython: internal_bisect_right / _left
int64_t bisect(Value a, Value item, int64_t lo, int64_t hi, Value key, bool right) {
  if (lo < 0) {
    raise(&ValueErrorType, "lo must be non-negative");
    return -1;
  }
  if (hi == -1) {
    hi = length(a);
    if (hi < 0)
      return -1;
  }
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    Ref litem = getItem(a, Value::fromSmallInt(mid));
    if (litem && key && !isNone(key))
      litem = call(key, {*litem});
    if (!litem)
      return -1;
    int res = right ? compareBool(item, *litem, CompareOp::Lt)
                    : compareBool(*litem, item, CompareOp::Lt);
    if (res < 0)
      return -1;
    if (right == bool(res))
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

Ref bisectCall(const char *name, const Value *args, size_t nargs, Value kwnames, bool right) {
  Value out[5] = {};
  if (!parseArgs({name, {"a", "x", "lo", "hi", "key"}, 2, 0, 4}, args, nargs, kwnames, out))
    return {};
  int64_t lo, hi;
  if (!boundsOf(out[2], out[3], &lo, &hi))
    return {};
  int64_t at = bisect(out[0], out[1], lo, hi, out[4], right);
  return at < 0 ? Ref() : newInt(at);
}

Ref insortCall(const char *name, const Value *args, size_t nargs, Value kwnames, bool right) {
  Value out[5] = {};
  if (!parseArgs({name, {"a", "x", "lo", "hi", "key"}, 2, 0, 4}, args, nargs, kwnames, out))
    return {};
  int64_t lo, hi;
  if (!boundsOf(out[2], out[3], &lo, &hi))
    return {};
  Value a = out[0], x = out[1], key = out[4];
  Ref keyed = key && !isNone(key) ? call(key, {x}) : Ref::borrow(x);
  if (!keyed)
    return {};
  int64_t at = bisect(a, *keyed, lo, hi, key, right);
  if (at < 0)
    return {};
  if (a.type() == &ListType) {
    if (listInsert(a, at, x) < 0)
      return {};
  } else {
    Ref i = newInt(at);
    if (!i || !callMethod(a, "insert", {*i, x}))
      return {};
  }
  return newNone();
}

Ref bisectRight(Value, const Value *a, size_t n, Value kw) {
  return bisectCall("bisect_right", a, n, kw, true);
}
Ref bisectLeft(Value, const Value *a, size_t n, Value kw) {
  return bisectCall("bisect_left", a, n, kw, false);
}
Ref insortRight(Value, const Value *a, size_t n, Value kw) {
  return insortCall("insort_right", a, n, kw, true);
}
Ref insortLeft(Value, const Value *a, size_t n, Value kw) {
  return insortCall("insort_left", a, n, kw, false);
}

const MethodDef kBisectFunctions[] = {
    method("bisect_right", bisectRight),
    method("insort_right", insortRight),
    method("bisect_left", bisectLeft),
    method("insort_left", insortLeft),
};

} // namespace

Ref createBisectModule() {
  Ref module = newModule("_bisect");
  if (!module || !moduleAddFunctions(*module, kBisectFunctions))
    return {};
  return module;
}

} // namespace pyvm
