// The math module. CPython: Modules/mathmodule.c
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cmath>
#include <bit>
#include <cstdint>
#include <vector>

namespace pyvm {

namespace {

bool toDouble(Value v, double *out) {
  if (isFloat(v)) {
    *out = floatValue(v);
    return true;
  }
  if (isInt(v))
    return intAsDouble(v, out);
  if (!v.type()->toFloat && !v.type()->index) {
    raisef(&TypeErrorType, "must be real number, not {}", typeName(v));
    return false;
  }
  return asDouble(v, out);
}

std::string reprDouble(double x) { return floatRepr(x); }

enum class Domain { Generic, NonNegative, Positive, MinusOneToOne, Finite, GreaterMinusOne,
                    NotLessThanOne, BetweenMinusOneAndOne };

std::string domainMessage(Domain d, double x) {
  switch (d) {
  case Domain::NonNegative:
    return "expected a nonnegative input, got " + reprDouble(x);
  case Domain::Positive:
    return "expected a positive input";
  case Domain::MinusOneToOne:
    return "expected a number in range from -1 up to 1, got " + reprDouble(x);
  case Domain::Finite:
    return "expected a finite input, got " + reprDouble(x);
  case Domain::GreaterMinusOne:
    return "expected argument value > -1, got " + reprDouble(x);
  case Domain::NotLessThanOne:
    return "expected argument value not less than 1, got " + reprDouble(x);
  case Domain::BetweenMinusOneAndOne:
    return "expected a number between -1 and 1, got " + reprDouble(x);
  default:
    return "math domain error";
  }
}

// CPython: mathmodule.c math_1
Ref math1(Value arg, double (*f)(double), bool canOverflow, Domain domain) {
  double x;
  if (!toDouble(arg, &x))
    return {};
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x))
    return raise(&ValueErrorType, domainMessage(domain, x));
  if (std::isinf(r) && std::isfinite(x)) {
    if (canOverflow)
      return raise(&OverflowErrorType, "math range error");
    return raise(&ValueErrorType, domainMessage(domain, x));
  }
  return newFloat(r);
}

#define MATH_FUNC1(name, cfunc, overflow, domain)                                         \
  Ref math_##name(Value, Value arg) { return math1(arg, cfunc, overflow, domain); }

double log2Guard(double x) { return x > 0 ? std::log2(x) : NAN; }
double log10Guard(double x) { return x > 0 ? std::log10(x) : NAN; }
double log1pGuard(double x) { return x > -1 ? std::log1p(x) : NAN; }
double sqrtGuard(double x) { return x >= 0 || std::isnan(x) ? std::sqrt(x) : NAN; }
double trigGuardSin(double x) { return std::isinf(x) ? NAN : std::sin(x); }
double trigGuardCos(double x) { return std::isinf(x) ? NAN : std::cos(x); }
double trigGuardTan(double x) { return std::isinf(x) ? NAN : std::tan(x); }
double asinGuard(double x) { return x < -1 || x > 1 ? NAN : std::asin(x); }
double acosGuard(double x) { return x < -1 || x > 1 ? NAN : std::acos(x); }
double acoshGuard(double x) { return x < 1 ? NAN : std::acosh(x); }
double atanhGuard(double x) { return x <= -1 || x >= 1 ? NAN : std::atanh(x); }
double fabsF(double x) { return std::fabs(x); }
double expF(double x) { return std::exp(x); }
double exp2F(double x) { return std::exp2(x); }
double expm1F(double x) { return std::expm1(x); }
double atanF(double x) { return std::atan(x); }
double sinhF(double x) { return std::sinh(x); }
double coshF(double x) { return std::cosh(x); }
double tanhF(double x) { return std::tanh(x); }
double asinhF(double x) { return std::asinh(x); }
// Cube root as the reference CPython computes it. CPython calls the C
// library's cbrt, and the oracle's (musl, from FreeBSD's s_cbrt.c by Bruce
// D. Evans) gives cbrt(27.0) == 3.0 where glibc gives 3.0000000000000004;
// neither is correctly rounded in every case, so the same algorithm is
// followed here step by step: an initial estimate from the exponent bits, a
// polynomial to 23 bits, then rounding to 22 bits (t*t exact) and one
// Newton step in plain double arithmetic. The rounding steps must stay
// separate double operations (no fused multiply-add contraction).
double cbrtF(double x) {
  const uint32_t B1 = 715094163; // (1023-1023/3-0.03306235651)*2**20
  const uint32_t B2 = 696219795; // (1023-1023/3-54/3-0.03306235651)*2**20
  // |1/cbrt(x) - p(x)| < 2**-23.5
  const double P0 = 1.87595182427177009643, P1 = -1.88497979543377169875,
               P2 = 1.621429720105354466140, P3 = -0.758397934778766047437,
               P4 = 0.145996192886612446982;
  uint64_t bits = std::bit_cast<uint64_t>(x);
  uint32_t hx = uint32_t(bits >> 32) & 0x7fffffff;
  if (hx >= 0x7ff00000) // nan, inf
    return x + x;
  if (hx < 0x00100000) { // zero or subnormal
    bits = std::bit_cast<uint64_t>(x * 0x1p54);
    hx = uint32_t(bits >> 32) & 0x7fffffff;
    if (hx == 0)
      return x;
    hx = hx / 3 + B2;
  } else {
    hx = hx / 3 + B1;
  }
  bits = (bits & (1ULL << 63)) | (uint64_t(hx) << 32);
  volatile double t = std::bit_cast<double>(bits);
  volatile double r = (t * t) * (t / x);
  volatile double r2 = r * r;
  volatile double poly = (P0 + r * (P1 + r * P2)) + (r2 * r) * (P3 + r * P4);
  t = t * poly;
  bits = (std::bit_cast<uint64_t>(double(t)) + 0x80000000) & 0xffffffffc0000000ULL;
  t = std::bit_cast<double>(bits);
  volatile double s = t * t; // exact
  r = x / s;
  volatile double w = t + t;
  volatile double num = r - t, den = w + r;
  r = num / den;
  volatile double tr = t * r;
  return t + tr;
}
double erfF(double x) { return std::erf(x); }
double erfcF(double x) { return std::erfc(x); }
double gammaF(double x) {
  if (x <= 0 && x == std::floor(x))
    return NAN;
  return std::tgamma(x);
}
double lgammaF(double x) {
  if (x <= 0 && x == std::floor(x))
    return HUGE_VAL;
  return std::lgamma(x);
}

MATH_FUNC1(sqrt, sqrtGuard, false, Domain::NonNegative)
MATH_FUNC1(exp, expF, true, Domain::Generic)
MATH_FUNC1(exp2, exp2F, true, Domain::Generic)
MATH_FUNC1(expm1, expm1F, true, Domain::Generic)
MATH_FUNC1(log2, log2Guard, false, Domain::Positive)
MATH_FUNC1(log10, log10Guard, false, Domain::Positive)
MATH_FUNC1(log1p, log1pGuard, false, Domain::GreaterMinusOne)
MATH_FUNC1(sin, trigGuardSin, false, Domain::Finite)
MATH_FUNC1(cos, trigGuardCos, false, Domain::Finite)
MATH_FUNC1(tan, trigGuardTan, false, Domain::Finite)
MATH_FUNC1(asin, asinGuard, false, Domain::MinusOneToOne)
MATH_FUNC1(acos, acosGuard, false, Domain::MinusOneToOne)
MATH_FUNC1(atan, atanF, false, Domain::Generic)
MATH_FUNC1(sinh, sinhF, true, Domain::Generic)
MATH_FUNC1(cosh, coshF, true, Domain::Generic)
MATH_FUNC1(tanh, tanhF, false, Domain::Generic)
MATH_FUNC1(asinh, asinhF, false, Domain::Generic)
MATH_FUNC1(acosh, acoshGuard, false, Domain::NotLessThanOne)
MATH_FUNC1(atanh, atanhGuard, false, Domain::BetweenMinusOneAndOne)
MATH_FUNC1(fabs, fabsF, false, Domain::Generic)
MATH_FUNC1(cbrt, cbrtF, false, Domain::Generic)
MATH_FUNC1(erf, erfF, false, Domain::Generic)
MATH_FUNC1(erfc, erfcF, false, Domain::Generic)
MATH_FUNC1(gamma, gammaF, true, Domain::Generic)
MATH_FUNC1(lgamma, lgammaF, true, Domain::Generic)

Ref math_log(Value, const Value *args, size_t nargs) {
  if (!checkPositional("log", nargs, 1, 2))
    return {};
  double x;
  if (!toDouble(args[0], &x))
    return {};
  if (!(x > 0) && !std::isnan(x))
    return raise(&ValueErrorType, "expected a positive input");
  double num = std::log(x);
  if (nargs == 1)
    return newFloat(num);
  double b;
  if (!toDouble(args[1], &b))
    return {};
  if (!(b > 0) && !std::isnan(b))
    return raise(&ValueErrorType, "expected a positive input");
  double den = std::log(b);
  if (den == 0)
    return raise(&ZeroDivisionErrorType, "division by zero");
  return newFloat(num / den);
}

Ref intFromDouble(double r) {
  Ref f = newFloat(r);
  Value fv = f.get();
  return call(Value::fromObject(&IntType), &fv, 1);
}

Ref lookupSpecialCall(Value obj, const char *name, bool *found) {
  Value descr = typeLookup(obj.type(), name);
  *found = bool(descr);
  if (!descr)
    return {};
  Value self = obj;
  return call(descr, &self, 1);
}

Ref roundingFunc(Value arg, const char *special, double (*f)(double)) {
  if (isInt(arg) && arg.type() == &IntType)
    return Ref::borrow(arg);
  if (!isFloat(arg)) {
    bool found = false;
    Ref r = lookupSpecialCall(arg, special, &found);
    if (found || errorPending())
      return r;
  }
  double x;
  if (!toDouble(arg, &x))
    return {};
  return intFromDouble(f(x));
}
double floorF(double x) { return std::floor(x); }
double ceilF(double x) { return std::ceil(x); }
Ref math_floor(Value, Value arg) { return roundingFunc(arg, "__floor__", floorF); }
Ref math_ceil(Value, Value arg) { return roundingFunc(arg, "__ceil__", ceilF); }
Ref math_trunc(Value, Value arg) {
  if (isFloat(arg)) {
    double x = floatValue(arg);
    return intFromDouble(std::trunc(x));
  }
  bool found = false;
  Ref r = lookupSpecialCall(arg, "__trunc__", &found);
  if (found || errorPending())
    return r;
  return raisef(&TypeErrorType, "type {} doesn't define __trunc__ method", arg.type()->name);
}

Ref math_pow(Value, const Value *args, size_t nargs) {
  if (!checkPositional("pow", nargs, 2, 2))
    return {};
  double x, y;
  if (!toDouble(args[0], &x) || !toDouble(args[1], &y))
    return {};
  if (x == 0 && y < 0 && std::isfinite(y))
    return raise(&ValueErrorType, "math domain error");
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y))
    return raise(&ValueErrorType, "math domain error");
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
    return raise(&OverflowErrorType, "math range error");
  return newFloat(r);
}

Ref twoDoubles(const char *name, const Value *args, size_t nargs, double *x, double *y) {
  if (!checkPositional(name, nargs, 2, 2))
    return {};
  if (!toDouble(args[0], x) || !toDouble(args[1], y))
    return {};
  return newNone();
}

Ref math_fmod(Value, const Value *args, size_t nargs) {
  double x, y;
  if (!twoDoubles("fmod", args, nargs, &x, &y))
    return {};
  if (std::isinf(y) && std::isfinite(x))
    return newFloat(x);
  if (y == 0 || std::isinf(x))
    return raise(&ValueErrorType, "math domain error");
  return newFloat(std::fmod(x, y));
}
Ref math_remainder(Value, const Value *args, size_t nargs) {
  double x, y;
  if (!twoDoubles("remainder", args, nargs, &x, &y))
    return {};
  if ((y == 0 && !std::isnan(x)) || (std::isinf(x) && !std::isnan(y)))
    return raise(&ValueErrorType, "math domain error");
  return newFloat(std::remainder(x, y));
}
Ref math_atan2(Value, const Value *args, size_t nargs) {
  double y, x;
  if (!twoDoubles("atan2", args, nargs, &y, &x))
    return {};
  return newFloat(std::atan2(y, x));
}
Ref math_copysign(Value, const Value *args, size_t nargs) {
  double x, y;
  if (!twoDoubles("copysign", args, nargs, &x, &y))
    return {};
  return newFloat(std::copysign(x, y));
}
Ref math_ldexp(Value, const Value *args, size_t nargs) {
  if (!checkPositional("ldexp", nargs, 2, 2))
    return {};
  double x;
  if (!toDouble(args[0], &x))
    return {};
  if (!isInt(args[1]))
    return raise(&TypeErrorType, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!intFitsInt64(args[1], &e))
    e = isTrue(binaryOp(args[1], Value::fromSmallInt(0), BinaryOp::Subtract).get()) ? INT32_MAX
                                                                                    : 0;
  if (e > 100000)
    e = 100000;
  if (e < -100000)
    e = -100000;
  double r = std::ldexp(x, int(e));
  if (std::isinf(r) && std::isfinite(x))
    return raise(&OverflowErrorType, "math range error");
  return newFloat(r);
}
Ref math_frexp(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return {};
  int e = 0;
  double m = std::isfinite(x) ? std::frexp(x, &e) : x;
  Ref mv = newFloat(m), ev = newInt(e);
  return newTupleOf({mv.get(), ev.get()});
}
Ref math_modf(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return {};
  double ip;
  double fp = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &ip);
  if (std::isinf(x))
    ip = x;
  Ref a = newFloat(fp), b = newFloat(ip);
  return newTupleOf({a.get(), b.get()});
}
Ref math_degrees(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return {};
  return newFloat(x * (180.0 / M_PI));
}
Ref math_radians(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return {};
  return newFloat(x * (M_PI / 180.0));
}
Ref math_isnan(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return {};
  return newBool(std::isnan(x));
}
Ref math_isinf(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return {};
  return newBool(std::isinf(x));
}
Ref math_isfinite(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return {};
  return newBool(std::isfinite(x));
}

Ref math_isclose(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[4] = {};
  if (!parseArgs({"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 2, 2}, args, nargs, kwnames,
                 out))
    return {};
  double a, b, rel = 1e-09, abs = 0.0;
  if (!toDouble(out[0], &a) || !toDouble(out[1], &b))
    return {};
  if (out[2] && !toDouble(out[2], &rel))
    return {};
  if (out[3] && !toDouble(out[3], &abs))
    return {};
  if (rel < 0.0 || abs < 0.0)
    return raise(&ValueErrorType, "tolerances must be non-negative");
  if (a == b)
    return newBool(true);
  if (std::isinf(a) || std::isinf(b))
    return newBool(false);
  double diff = std::fabs(b - a);
  return newBool((diff <= std::fabs(rel * b)) || (diff <= std::fabs(rel * a)) || diff <= abs);
}

// Integer helpers through the abstract protocol (works for big ints).
Ref toIndex(Value v) {
  if (isFloat(v))
    return raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer",
                  typeName(v));
  return index(v);
}
Ref absInt(Value v) { return absolute(v); }

Ref gcd2(Value a, Value b) {
  int64_t x, y;
  if (intFitsInt64(a, &x) && intFitsInt64(b, &y) && x != INT64_MIN && y != INT64_MIN) {
    x = x < 0 ? -x : x;
    y = y < 0 ? -y : y;
    while (y) {
      int64_t t = x % y;
      x = y;
      y = t;
    }
    return newInt(x);
  }
  Ref x2 = absInt(a), y2 = absInt(b);
  if (!x2 || !y2)
    return {};
  while (true) {
    int z = isTrue(y2.get());
    if (z < 0)
      return {};
    if (!z)
      return x2;
    Ref t = binaryOp(x2.get(), y2.get(), BinaryOp::Remainder);
    if (!t)
      return {};
    x2 = y2;
    y2 = t;
  }
}

Ref math_gcd(Value, const Value *args, size_t nargs) {
  Ref result = newInt(0);
  for (size_t i = 0; i < nargs; i++) {
    Ref v = toIndex(args[i]);
    if (!v)
      return {};
    result = gcd2(result.get(), v.get());
    if (!result)
      return {};
  }
  return result;
}

Ref math_lcm(Value, const Value *args, size_t nargs) {
  Ref result = newInt(1);
  for (size_t i = 0; i < nargs; i++) {
    Ref v = toIndex(args[i]);
    if (!v)
      return {};
    int z = isTrue(v.get());
    if (!z)
      return newInt(0);
    Ref g = gcd2(result.get(), v.get());
    if (!g)
      return {};
    Ref q = binaryOp(result.get(), g.get(), BinaryOp::FloorDivide);
    if (!q)
      return {};
    Ref p = binaryOp(q.get(), v.get(), BinaryOp::Multiply);
    if (!p)
      return {};
    result = absInt(p.get());
  }
  return result;
}

Ref math_factorial(Value, Value arg) {
  Ref n = toIndex(arg);
  if (!n)
    return {};
  int64_t v;
  if (!intFitsInt64(n.get(), &v))
    return raise(&OverflowErrorType, "factorial() argument should not exceed 9223372036854775807");
  if (v < 0)
    return raise(&ValueErrorType, "factorial() not defined for negative values");
  Ref r = newInt(1);
  for (int64_t i = 2; i <= v; i++) {
    r = binaryOp(r.get(), Value::fromSmallInt(i), BinaryOp::Multiply);
    if (!r)
      return {};
  }
  return r;
}

Ref math_isqrt(Value, Value arg) {
  Ref n = toIndex(arg);
  if (!n)
    return {};
  Ref zero = newInt(0);
  int neg = compareBool(n.get(), zero.get(), CompareOp::Lt);
  if (neg < 0)
    return {};
  if (neg)
    return raise(&ValueErrorType, "isqrt() argument must be nonnegative");
  int64_t v;
  if (intFitsInt64(n.get(), &v)) {
    int64_t r = int64_t(std::sqrt(double(v)));
    while (r > 0 && (__int128)r * r > v)
      r--;
    while ((__int128)(r + 1) * (r + 1) <= v)
      r++;
    return newInt(r);
  }
  // Newton's method for big values.
  Ref x = n;
  Ref y = binaryOp(binaryOp(x.get(), Value::fromSmallInt(1), BinaryOp::Add).get(),
                   Value::fromSmallInt(2), BinaryOp::FloorDivide);
  while (true) {
    int lt = compareBool(y.get(), x.get(), CompareOp::Lt);
    if (lt < 0)
      return {};
    if (!lt)
      return x;
    x = y;
    Ref q = binaryOp(n.get(), x.get(), BinaryOp::FloorDivide);
    Ref s = binaryOp(x.get(), q.get(), BinaryOp::Add);
    y = binaryOp(s.get(), Value::fromSmallInt(2), BinaryOp::FloorDivide);
    if (!y)
      return {};
  }
}

Ref nonNegativeIndex(Value v, const char *what) {
  Ref n = toIndex(v);
  if (!n)
    return {};
  Ref zero = newInt(0);
  int neg = compareBool(n.get(), zero.get(), CompareOp::Lt);
  if (neg < 0)
    return {};
  if (neg)
    return raisef(&ValueErrorType, "{} must be a non-negative integer", what);
  return n;
}

Ref permComb(Value nv, Value kv, bool comb) {
  Ref n = nonNegativeIndex(nv, "n");
  if (!n)
    return {};
  Ref k = nonNegativeIndex(kv, "k");
  if (!k)
    return {};
  int gt = compareBool(k.get(), n.get(), CompareOp::Gt);
  if (gt < 0)
    return {};
  if (gt)
    return newInt(0);
  int64_t kk;
  if (!intFitsInt64(k.get(), &kk))
    return raise(&OverflowErrorType, "k must not exceed 9223372036854775807");
  if (comb) {
    Ref nk = binaryOp(n.get(), k.get(), BinaryOp::Subtract);
    int64_t nkv;
    if (intFitsInt64(nk.get(), &nkv) && nkv < kk)
      kk = nkv;
  }
  Ref result = newInt(1);
  for (int64_t i = 0; i < kk; i++) {
    Ref factor = binaryOp(n.get(), Value::fromSmallInt(i), BinaryOp::Subtract);
    result = binaryOp(result.get(), factor.get(), BinaryOp::Multiply);
    if (!result)
      return {};
    if (comb) {
      result = binaryOp(result.get(), Value::fromSmallInt(i + 1), BinaryOp::FloorDivide);
      if (!result)
        return {};
    }
  }
  return result;
}
Ref math_comb(Value, const Value *args, size_t nargs) {
  if (nargs != 2)
    return raisef(&TypeErrorType, "comb expected 2 arguments, got {}", nargs);
  return permComb(args[0], args[1], true);
}
Ref math_perm(Value, const Value *args, size_t nargs) {
  if (nargs < 1 || nargs > 2)
    return raisef(&TypeErrorType, "perm expected at most 2 arguments, got {}", nargs);
  if (nargs == 1 || isNone(args[1]))
    return permComb(args[0], args[0], false);
  return permComb(args[0], args[1], false);
}

Ref math_prod(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"prod", {"iterable", "start"}, 1, 1, 1}, args, nargs, kwnames, out))
    return {};
  Ref result = out[1] ? Ref::borrow(out[1]) : newInt(1);
  Ref it = getIter(out[0]);
  if (!it)
    return {};
  while (true) {
    Ref item = iterNext(it.get());
    if (!item)
      return errorPending() ? Ref() : result;
    result = binaryOp(result.get(), item.get(), BinaryOp::Multiply);
    if (!result)
      return {};
  }
}

// CPython: mathmodule.c math_fma_impl
Ref math_fma(Value, const Value *args, size_t nargs) {
  if (!checkPositional("fma", nargs, 3, 3))
    return {};
  double x, y, z;
  if (!toDouble(args[0], &x) || !toDouble(args[1], &y) || !toDouble(args[2], &z))
    return {};
  double r = std::fma(x, y, z);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y) && !std::isnan(z))
    return raise(&ValueErrorType, "invalid operation in fma");
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y) && std::isfinite(z))
    return raise(&OverflowErrorType, "overflow in fma");
  return newFloat(r);
}

// sumprod(p, q): sum(map(operator.mul, p, q, strict=True)). Exact for ints
// (generic int arithmetic); for floats (and ints converted to float) the
// products and the sum are accumulated in double-double (TwoProduct with
// fma, TwoSum), rounded once at the end, as CPython's extended-precision
// path; anything else goes through the generic + and *.
// CPython: mathmodule.c math_sumprod_impl
Ref math_sumprod(Value, const Value *args, size_t nargs) {
  if (!checkPositional("sumprod", nargs, 2, 2))
    return {};
  Ref pi = getIter(args[0]);
  Ref qi = pi ? getIter(args[1]) : Ref();
  if (!qi)
    return {};
  std::vector<std::pair<Ref, Ref>> pairs;
  bool allInt = true, allReal = true;
  for (;;) {
    Ref a = iterNext(*pi);
    if (!a && errorPending())
      return {};
    Ref b = iterNext(*qi);
    if (!b && errorPending())
      return {};
    if (!a || !b) {
      if (a || b)
        return raise(&ValueErrorType, "Inputs are not the same length");
      break;
    }
    allInt = allInt && isInt(*a) && isInt(*b);
    allReal = allReal && (isInt(*a) || isFloat(*a)) && (isInt(*b) || isFloat(*b));
    pairs.emplace_back(std::move(a), std::move(b));
  }
  if (!allInt && allReal) {
    double hi = 0, lo = 0;
    bool ok = true;
    for (auto &[a, b] : pairs) {
      double x, y;
      if (!toDouble(*a, &x) || !toDouble(*b, &y))
        return {};
      double p = x * y, pe = std::fma(x, y, -p);
      double s = hi + p, bp = s - hi, se = (hi - (s - bp)) + (p - bp);
      hi = s;
      lo += se + pe;
      if (!std::isfinite(p))
        ok = false;
    }
    if (ok && std::isfinite(hi))
      return newFloat(hi + lo);
  }
  // Generic path (also when the float path met an inf/nan: plain arithmetic).
  Ref total = Ref::smallInt(0);
  for (auto &[a, b] : pairs) {
    Ref prod = binaryOp(*a, *b, BinaryOp::Multiply);
    if (!prod)
      return {};
    total = binaryOp(*total, *prod, BinaryOp::Add);
    if (!total)
      return {};
  }
  return total;
}

// Shewchuk's exact summation. CPython: mathmodule.c math_fsum
Ref math_fsum(Value, Value iterable) {
  Ref it = getIter(iterable);
  if (!it)
    return {};
  std::vector<double> p;
  double specialSum = 0.0, infSum = 0.0;
  while (true) {
    Ref item = iterNext(it.get());
    if (!item) {
      if (errorPending())
        return {};
      break;
    }
    double x;
    if (!toDouble(item.get(), &x))
      return {};
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); j++) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y))
        std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0)
        p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave))
          return raise(&OverflowErrorType, "intermediate overflow in fsum");
        if (std::isinf(xsave))
          infSum += xsave;
        specialSum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (specialSum != 0.0) {
    if (std::isnan(infSum))
      return raise(&ValueErrorType, "-inf + inf in fsum");
    return newFloat(specialSum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0)
        break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr)
        hi = x;
    }
  }
  return newFloat(hi);
}

double vectorNorm(const std::vector<double> &v) {
  double maxv = 0;
  bool nan = false;
  for (double x : v) {
    if (std::isinf(x))
      return INFINITY;
    if (std::isnan(x))
      nan = true;
    maxv = std::max(maxv, std::fabs(x));
  }
  if (nan)
    return NAN;
  if (maxv == 0 || v.size() <= 1)
    return maxv;
  double sum = 0, comp = 0;
  for (double x : v) {
    double t = x / maxv;
    double sq = t * t;
    double s = sum + sq;
    comp += (sum - s) + sq;
    sum = s;
  }
  return maxv * std::sqrt(sum + comp);
}

Ref math_hypot(Value, const Value *args, size_t nargs) {
  std::vector<double> v;
  for (size_t i = 0; i < nargs; i++) {
    double x;
    if (!toDouble(args[i], &x))
      return {};
    v.push_back(std::fabs(x));
  }
  if (nargs == 2)
    return newFloat(std::hypot(v[0], v[1]));
  return newFloat(vectorNorm(v));
}

Ref math_dist(Value, const Value *args, size_t nargs) {
  if (!checkPositional("dist", nargs, 2, 2))
    return {};
  Ref p = sequenceToTuple(args[0]), q = sequenceToTuple(args[1]);
  if (!p || !q)
    return {};
  if (tupleSize(p.get()) != tupleSize(q.get()))
    return raise(&ValueErrorType, "both points must have the same number of dimensions");
  std::vector<double> v;
  for (size_t i = 0; i < tupleSize(p.get()); i++) {
    double a, b;
    if (!toDouble(tupleItem(p.get(), i), &a) || !toDouble(tupleItem(q.get(), i), &b))
      return {};
    v.push_back(std::fabs(a - b));
  }
  if (v.size() == 2)
    return newFloat(std::hypot(v[0], v[1]));
  return newFloat(vectorNorm(v));
}

Ref math_nextafter(Value, const Value *args, size_t nargs) {
  double x, y;
  if (!twoDoubles("nextafter", args, nargs, &x, &y))
    return {};
  return newFloat(std::nextafter(x, y));
}
Ref math_ulp(Value, Value arg) {
  double x;
  if (!toDouble(arg, &x))
    return {};
  if (std::isnan(x))
    return newFloat(x);
  x = std::fabs(x);
  if (std::isinf(x))
    return newFloat(x);
  double x2 = std::nextafter(x, INFINITY);
  if (std::isinf(x2)) {
    x2 = std::nextafter(x, -INFINITY);
    return newFloat(x - x2);
  }
  return newFloat(x2 - x);
}

const MethodDef kMathFunctions[] = {
    method("sqrt", math_sqrt),       method("exp", math_exp),
    method("exp2", math_exp2),       method("expm1", math_expm1),
    method("log", math_log),         method("log2", math_log2),
    method("log10", math_log10),     method("log1p", math_log1p),
    method("sin", math_sin),         method("cos", math_cos),
    method("tan", math_tan),         method("asin", math_asin),
    method("acos", math_acos),       method("atan", math_atan),
    method("atan2", math_atan2),     method("sinh", math_sinh),
    method("cosh", math_cosh),       method("tanh", math_tanh),
    method("asinh", math_asinh),     method("acosh", math_acosh),
    method("atanh", math_atanh),     method("fabs", math_fabs),
    method("cbrt", math_cbrt),       method("erf", math_erf),
    method("erfc", math_erfc),       method("gamma", math_gamma),
    method("lgamma", math_lgamma),   method("floor", math_floor),
    method("ceil", math_ceil),       method("trunc", math_trunc),
    method("pow", math_pow),         method("fmod", math_fmod),
    method("remainder", math_remainder), method("copysign", math_copysign),
    method("ldexp", math_ldexp),     method("frexp", math_frexp),
    method("modf", math_modf),       method("degrees", math_degrees),
    method("radians", math_radians), method("isnan", math_isnan),
    method("isinf", math_isinf),     method("isfinite", math_isfinite),
    method("isclose", math_isclose), method("gcd", math_gcd),
    method("lcm", math_lcm),         method("factorial", math_factorial),
    method("isqrt", math_isqrt),     method("comb", math_comb),
    method("perm", math_perm),       method("prod", math_prod),
    method("fsum", math_fsum),       method("hypot", math_hypot),
    method("dist", math_dist),       method("nextafter", math_nextafter),
    method("ulp", math_ulp),         method("fma", math_fma),
    method("sumprod", math_sumprod),
};

} // namespace

Ref createMathModule() {
  Ref module = newModule("math");
  if (!module)
    return {};
  Value m = module.get();
  if (!moduleAddFunctions(m, kMathFunctions))
    return {};
  Ref pi = newFloat(M_PI), e = newFloat(M_E), tau = newFloat(2 * M_PI), inf = newFloat(INFINITY),
      nan = newFloat(NAN);
  moduleAddObject(m, "pi", pi.get());
  moduleAddObject(m, "e", e.get());
  moduleAddObject(m, "tau", tau.get());
  moduleAddObject(m, "inf", inf.get());
  moduleAddObject(m, "nan", nan.get());
  if (errorPending())
    return {};
  return module;
}

} // namespace pyvm
