// Python float. CPython: Objects/floatobject.c, Python/pystrtod.c,
// Python/pyhash.c
#include "vm/float.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/complex.h"
#include "vm/errors.h"
#include "vm/format_spec.h"
#include "vm/int.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace pyvm {

Type FloatType;

// ---------------------------------------------------------------------------
// Formatting. CPython: Python/pystrtod.c PyOS_double_to_string and
// format_float_short. The digits come from std::to_chars, which is exact
// (correctly rounded, ties to even), as David Gay's dtoa that CPython uses.

namespace {

// The decimal digits (no leading/trailing zeros; "0" for zero) and the
// position of the decimal point (value = 0.DIGITS * 10**decpt) of |v|.
// mode 0: shortest round-trip; mode 2: `ndigits` significant digits;
// mode 3: `ndigits` digits after the decimal point.
void dtoaDigits(double a, int mode, int ndigits, std::string *digits, int *decpt) {
  if (a == 0) {
    *digits = "0";
    *decpt = 1;
    return;
  }
  // |a| < 1e309: a fixed rendering needs at most 309 integer digits.
  size_t need = size_t(std::max(ndigits, 0)) + 400;
  char small[512];
  std::vector<char> large;
  char *bufData = small;
  if (need > sizeof small) {
    large.resize(need);
    bufData = large.data();
  } else {
    need = sizeof small;
  }
  struct {
    char *p;
    size_t n;
    char *data() { return p; }
    size_t size() const { return n; }
  } buf{bufData, need};
  std::to_chars_result r;
  if (mode == 3) {
    r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::fixed, ndigits);
    std::string all;
    int intDigits = 0;
    bool seenPoint = false;
    for (char *p = buf.data(); p < r.ptr; ++p) {
      if (*p == '.') {
        seenPoint = true;
        continue;
      }
      all += *p;
      if (!seenPoint)
        ++intDigits;
    }
    size_t first = all.find_first_not_of('0');
    if (first == std::string::npos) {
      *digits = "0";
      *decpt = 1;
      return;
    }
    size_t last = all.find_last_not_of('0');
    *digits = all.substr(first, last - first + 1);
    *decpt = intDigits - int(first);
    return;
  }
  if (mode == 0)
    r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific);
  else
    r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific,
                      ndigits - 1);
  std::string d;
  char *p = buf.data();
  for (; p < r.ptr && *p != 'e'; ++p)
    if (*p != '.')
      d += *p;
  int exp = 0;
  if (p + 1 < r.ptr) {
    const char *e = p + 1;
    if (*e == '+')
      ++e;
    std::from_chars(e, r.ptr, exp);
  }
  size_t last = d.find_last_not_of('0');
  d.resize(last == std::string::npos ? 1 : last + 1);
  *digits = d;
  *decpt = exp + 1;
}

} // namespace

std::string doubleToString(double v, char code, int precision, unsigned flags) {
  bool upper = code == 'E' || code == 'F' || code == 'G';
  char lc = upper ? char(code + 32) : code;
  int mode = 0;
  switch (lc) {
  case 'e':
    mode = 2;
    ++precision;
    break;
  case 'f':
    mode = 3;
    break;
  case 'g':
    mode = 2;
    if (precision == 0)
      precision = 1;
    break;
  default: // 'r'
    mode = 0;
    precision = 0;
    break;
  }
  std::string out;
  bool alt = flags & kDtsfAlt;
  if (std::isnan(v)) {
    // A NaN never shows a '-' (CPython: format_float_short).
    if (flags & kDtsfSign)
      out += '+';
    out += upper ? "NAN" : "nan";
    return out;
  }
  bool neg = std::signbit(v);
  if (std::isinf(v)) {
    if (neg)
      out += '-';
    else if (flags & kDtsfSign)
      out += '+';
    out += upper ? "INF" : "inf";
    return out;
  }
  std::string digits;
  int decpt;
  dtoaDigits(std::fabs(v), mode, precision, &digits, &decpt);
  if (neg && (flags & kDtsfNoNegZero) && digits == "0")
    neg = false;
  if (neg)
    out += '-';
  else if (flags & kDtsfSign)
    out += '+';

  int ndigits = int(digits.size());
  bool useExp = false;
  int vdigitsEnd = ndigits;
  bool addDot0 = flags & kDtsfAddDot0;
  switch (lc) {
  case 'e':
    useExp = true;
    vdigitsEnd = precision;
    break;
  case 'f':
    vdigitsEnd = decpt + precision;
    break;
  case 'g':
    if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision))
      useExp = true;
    if (alt)
      vdigitsEnd = precision;
    break;
  default:
    // Exponent form from 1e16 on (CPython: format_float_short, 'r').
    if (decpt <= -4 || decpt > 16)
      useExp = true;
    break;
  }
  int exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0)
    vdigitsEnd = std::max(vdigitsEnd, decpt + 1);
  else
    vdigitsEnd = std::max(vdigitsEnd, decpt);

  if (decpt <= 0) {
    out.append(size_t(decpt - vdigitsStart), '0');
    out += '.';
    out.append(size_t(-decpt), '0');
  } else {
    out.append(size_t(-vdigitsStart), '0');
  }
  if (0 < decpt && decpt <= ndigits) {
    out.append(digits, 0, size_t(decpt));
    out += '.';
    out.append(digits, size_t(decpt), std::string::npos);
  } else {
    out += digits;
  }
  if (ndigits < decpt) {
    out.append(size_t(decpt - ndigits), '0');
    out += '.';
    out.append(size_t(vdigitsEnd - decpt), '0');
  } else {
    out.append(size_t(vdigitsEnd - ndigits), '0');
  }
  if (out.back() == '.' && !alt)
    out.pop_back();
  if (useExp) {
    out += upper ? 'E' : 'e';
    out += exp < 0 ? '-' : '+';
    int e = std::abs(exp);
    if (e < 10)
      out += '0';
    out += std::to_string(e);
  }
  return out;
}

std::string floatRepr(double v) { return doubleToString(v, 'r', 0, kDtsfAddDot0); }

// ---------------------------------------------------------------------------
// Parsing. CPython: Objects/floatobject.c float_from_string_inner,
// Python/pystrtod.c _PyOS_ascii_strtod, _Py_parse_inf_or_nan

namespace {

bool isAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool equalsNoCase(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size())
    return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z')
      c = char(c + 32);
    if (c != lower[i])
      return false;
  }
  return true;
}

} // namespace

bool parseFloatLiteral(std::string_view text, double *out) {
  size_t b = 0, e = text.size();
  while (b < e && isAsciiSpace(text[b]))
    ++b;
  while (e > b && isAsciiSpace(text[e - 1]))
    --e;
  std::string_view s = text.substr(b, e - b);
  if (s.empty())
    return false;
  // Underscores only between digits (CPython:
  // _Py_string_to_number_with_underscores).
  std::string clean;
  clean.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_') {
      if (i == 0 || i + 1 >= s.size() || !isDigit(s[i - 1]) || !isDigit(s[i + 1]))
        return false;
      continue;
    }
    if (s[i] == '\0')
      return false;
    clean += s[i];
  }
  size_t i = 0;
  bool neg = false;
  if (clean[i] == '+' || clean[i] == '-') {
    neg = clean[i] == '-';
    ++i;
  }
  std::string_view rest = std::string_view(clean).substr(i);
  if (equalsNoCase(rest, "inf") || equalsNoCase(rest, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (equalsNoCase(rest, "nan")) {
    *out = neg ? -std::nan("") : std::nan("");
    return true;
  }
  size_t j = i, intDigits = 0, fracDigits = 0;
  while (j < clean.size() && isDigit(clean[j])) {
    ++j;
    ++intDigits;
  }
  if (j < clean.size() && clean[j] == '.') {
    ++j;
    while (j < clean.size() && isDigit(clean[j])) {
      ++j;
      ++fracDigits;
    }
  }
  if (intDigits + fracDigits == 0)
    return false;
  if (j < clean.size() && (clean[j] == 'e' || clean[j] == 'E')) {
    ++j;
    if (j < clean.size() && (clean[j] == '+' || clean[j] == '-'))
      ++j;
    size_t expDigits = 0;
    while (j < clean.size() && isDigit(clean[j])) {
      ++j;
      ++expDigits;
    }
    if (expDigits == 0)
      return false;
  }
  if (j != clean.size())
    return false;
  errno = 0;
  *out = std::strtod(clean.c_str(), nullptr);
  return true;
}

// ---------------------------------------------------------------------------
// Hashing and exact comparison with ints.

namespace {
constexpr int kHashBits = 61;
constexpr uint64_t kHashModulus = (uint64_t(1) << kHashBits) - 1;
constexpr int64_t kHashInf = 314159;
} // namespace

// CPython: Python/pyhash.c _Py_HashDouble, Py_HashPointer
int64_t hashDouble(Value inst, double v) {
  if (!std::isfinite(v)) {
    if (std::isinf(v))
      return v > 0 ? kHashInf : -kHashInf;
    uint64_t y = inst.bits();
    y = (y >> 4) | (y << 60);
    int64_t h = int64_t(y);
    return h == -1 ? -2 : h;
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= kHashModulus)
      x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * uint64_t(int64_t(sign));
  if (x == uint64_t(-1))
    x = uint64_t(-2);
  return int64_t(x);
}

// CPython: Objects/floatobject.c float_richcompare (the int branch): the
// comparison is exact, never through a rounded conversion.
int compareDoubleInt(double d, Value w, bool *unordered) {
  *unordered = false;
  if (std::isnan(d)) {
    *unordered = true;
    return 0;
  }
  if (std::isinf(d))
    return d > 0 ? 1 : -1;
  int64_t n;
  if (intFitsInt64(w, &n)) {
    constexpr int64_t kExact = int64_t(1) << 53;
    if (n >= -kExact && n <= kExact) {
      double nd = double(n);
      return d < nd ? -1 : d > nd ? 1 : 0;
    }
    if (d >= 9223372036854775808.0)
      return 1;
    if (d < -9223372036854775808.0)
      return -1;
    double t = std::trunc(d);
    int64_t ti = int64_t(t);
    if (ti != n)
      return ti < n ? -1 : 1;
    double frac = d - t;
    return frac > 0 ? 1 : frac < 0 ? -1 : 0;
  }
  double t = std::trunc(d);
  BigInt ti = BigInt::fromDouble(t);
  int c = BigInt::compare(ti, intToBigInt(w));
  if (c != 0)
    return c;
  double frac = d - t;
  return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

// CPython: Objects/floatobject.c _float_div_mod
void floatDivMod(double vx, double wx, double *floordiv, double *modOut) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double fd;
  if (div) {
    fd = std::floor(div);
    if (div - fd > 0.5)
      fd += 1.0;
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *modOut = mod;
}

// Rounds the exact rational num/den (den > 0) to the nearest integer, ties
// to even.
static BigInt roundHalfEven(const BigInt &num, const BigInt &den) {
  auto dm = BigInt::divmod(num, den);
  BigInt q = std::move(dm->quotient);
  BigInt twice = dm->remainder + dm->remainder;
  int c = BigInt::compare(twice, den);
  if (c > 0 || (c == 0 && q.isOdd()))
    q = q + BigInt(1);
  return q;
}

static BigInt pow10(int64_t k) { return *BigInt::pow(BigInt(10), BigInt(k)); }

// CPython: Objects/floatobject.c double_round. Exact: x = m * 2**e is
// scaled by 10**ndigits, rounded half-even as a rational, and scaled back
// with a correctly rounded division.
bool roundDouble(double x, int64_t ndigits, double *out) {
  if (x == 0 || !std::isfinite(x)) {
    *out = x;
    return true;
  }
  int e;
  double m = std::frexp(x, &e);
  BigInt mant = BigInt::fromDouble(std::ldexp(m, 53));
  e -= 53;
  BigInt num, den(1);
  if (e >= 0)
    num = *BigInt::shiftLeft(mant, uint64_t(e));
  else {
    num = mant;
    den = *BigInt::shiftLeft(BigInt(1), uint64_t(-e));
  }
  BigInt result;
  double r;
  if (ndigits >= 0) {
    if (e >= 0) {
      *out = x;
      return true;
    }
    BigInt p = pow10(ndigits);
    BigInt q = roundHalfEven(num * p, den);
    auto d = BigInt::trueDivide(q, p);
    r = d ? *d : 0.0;
  } else {
    BigInt p = pow10(-ndigits);
    BigInt q = roundHalfEven(num, den * p);
    auto d = (q * p).toDouble();
    if (!d) {
      raise(&OverflowErrorType, "rounded value too large to represent");
      return false;
    }
    r = *d;
  }
  if (r == 0)
    r = std::copysign(0.0, x);
  *out = r;
  return true;
}

// ---------------------------------------------------------------------------
// Objects and conversions.

// A free list of exact float objects, as CPython's (Objects/floatobject.c
// float_dealloc): floatDealloc keeps up to kFloatFreeListMax dead floats by
// leaving their refcount non-zero (deallocObject then does not free them) and
// chaining them through their value field; newFloat reuses them.
namespace {
constexpr int kFloatFreeListMax = 100;
FloatObject *gFloatFreeList = nullptr;
int gFloatFreeCount = 0;
} // namespace

Ref newFloat(double v) {
  if (FloatObject *o = gFloatFreeList) {
    std::memcpy(&gFloatFreeList, &o->value, sizeof gFloatFreeList);
    --gFloatFreeCount;
    o->refcount = 1;
    o->value = v;
    return Ref::steal(o);
  }
  Object *o = allocObject(&FloatType);
  if (!o)
    return Ref();
  static_cast<FloatObject *>(o)->value = v;
  return Ref::steal(o);
}

static Ref newFloatOfType(Type *type, double v) {
  if (type == &FloatType)
    return newFloat(v);
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  static_cast<FloatObject *>(o)->value = v;
  return Ref::steal(o);
}

bool asDouble(Value v, double *out) {
  if (v.isSmallInt()) {
    *out = double(v.smallInt());
    return true;
  }
  if (isFloat(v)) {
    *out = floatValue(v);
    return true;
  }
  Type *t = v.type();
  if (t->toFloat) {
    Ref r = t->toFloat(v);
    if (!r)
      return false;
    if (!isFloat(r.get())) {
      raisef(&TypeErrorType, "{:.50}.__float__ returned non-float (type {:.50})", t->name,
             typeName(r.get()));
      return false;
    }
    *out = floatValue(r.get());
    return true;
  }
  if (t->index) {
    Ref r = t->index(v);
    if (!r)
      return false;
    return intAsDouble(r.get(), out);
  }
  raisef(&TypeErrorType, "must be real number, not {:.50}", t->name);
  return false;
}

static Ref floatFromText(std::string_view text, Value original) {
  double d;
  if (parseFloatLiteral(text, &d))
    return newFloat(d);
  Ref r = repr(original);
  if (!r)
    return r;
  return raisef(&ValueErrorType, "could not convert string to float: {}", strToUtf8(r.get()));
}

// CPython: Objects/abstract.c PyNumber_Float
Ref toFloatObject(Value v) {
  if (v.isSmallInt())
    return newFloat(double(v.smallInt()));
  Type *t = v.type();
  if (t == &FloatType)
    return Ref::borrow(v);
  if (t->toFloat) {
    Ref r = t->toFloat(v);
    if (!r)
      return r;
    if (r.type() == &FloatType)
      return r;
    if (!isFloat(r.get()))
      return raisef(&TypeErrorType, "{:.50}.__float__ returned non-float (type {:.50})",
                    t->name, typeName(r.get()));
    // A float subclass: CPython warns and converts.
    if (warnEx(&DeprecationWarningType,
               fmt::format("{:.50}.__float__ returned non-float (type {:.50}).  The ability to "
                           "return an instance of a strict subclass of float is deprecated, and "
                           "may be removed in a future version of Python.",
                           t->name, typeName(r.get())),
               1) < 0)
      return Ref();
    return newFloat(floatValue(r.get()));
  }
  if (t->index) {
    Ref r = t->index(v);
    if (!r)
      return r;
    double d;
    if (!intAsDouble(r.get(), &d))
      return Ref();
    return newFloat(d);
  }
  if (isFloat(v))
    return newFloat(floatValue(v));
  if (isStr(v))
    return floatFromText(transformDecimalAndSpaceToAscii(strToUtf8(v)), v);
  if (isBytesLike(v))
    return floatFromText(bytesView(v), v);
  return raisef(&TypeErrorType, "float() argument must be a string or a real number, not '{:.200}'",
                t->name);
}

// ---------------------------------------------------------------------------
// Number slots.

namespace {

// 1: both operands converted; 0: NotImplemented; -1: error.
int convertOperand(Value v, double *out) {
  if (v.isSmallInt()) {
    *out = double(v.smallInt());
    return 1;
  }
  if (isFloat(v)) {
    *out = floatValue(v);
    return 1;
  }
  if (isInt(v))
    return intAsDouble(v, out) ? 1 : -1;
  return 0;
}

int convertPair(Value a, Value b, double *x, double *y) {
  int r = convertOperand(a, x);
  if (r <= 0)
    return r;
  return convertOperand(b, y);
}

#define FLOAT_CONVERT(a, b, x, y)                                                                  \
  double x, y;                                                                                     \
  if (int rc_ = convertPair(a, b, &x, &y); rc_ <= 0)                                               \
    return rc_ == 0 ? newNotImplemented() : Ref();

Ref floatAdd(Value a, Value b) {
  FLOAT_CONVERT(a, b, x, y);
  return newFloat(x + y);
}
Ref floatSub(Value a, Value b) {
  FLOAT_CONVERT(a, b, x, y);
  return newFloat(x - y);
}
Ref floatMul(Value a, Value b) {
  FLOAT_CONVERT(a, b, x, y);
  return newFloat(x * y);
}
Ref floatTrueDiv(Value a, Value b) {
  FLOAT_CONVERT(a, b, x, y);
  if (y == 0)
    return raise(&ZeroDivisionErrorType, "division by zero");
  return newFloat(x / y);
}
Ref floatFloorDiv(Value a, Value b) {
  FLOAT_CONVERT(a, b, x, y);
  if (y == 0)
    return raise(&ZeroDivisionErrorType, "division by zero");
  double q, m;
  floatDivMod(x, y, &q, &m);
  return newFloat(q);
}
Ref floatRem(Value a, Value b) {
  FLOAT_CONVERT(a, b, x, y);
  if (y == 0)
    return raise(&ZeroDivisionErrorType, "division by zero");
  double mod = std::fmod(x, y);
  if (mod) {
    if ((y < 0) != (mod < 0))
      mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return newFloat(mod);
}
} // namespace

Ref floatDivmod(Value a, Value b) {
  FLOAT_CONVERT(a, b, x, y);
  if (y == 0)
    return raise(&ZeroDivisionErrorType, "division by zero");
  double q, m;
  floatDivMod(x, y, &q, &m);
  Ref qo = newFloat(q), mo = newFloat(m);
  if (!qo || !mo)
    return Ref();
  return newTupleOf({qo.get(), mo.get()});
}

namespace {

bool isOddInteger(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

} // namespace

// CPython: Objects/floatobject.c float_pow
Ref floatPowerValues(double iv, double iw) {
  if (iw == 0)
    return newFloat(1.0);
  if (std::isnan(iv))
    return newFloat(iv);
  if (std::isnan(iw))
    return newFloat(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0)
      return newFloat(1.0);
    if ((iw > 0.0) == (iv > 1.0))
      return newFloat(std::fabs(iw));
    return newFloat(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = isOddInteger(iw);
    if (iw > 0.0)
      return newFloat(odd ? iv : std::fabs(iv));
    return newFloat(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = isOddInteger(iw);
    if (iw < 0.0)
      return raise(&ZeroDivisionErrorType, "zero to a negative power");
    return newFloat(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw))
      return complexPower(iv, 0.0, iw, 0.0); // a negative base to a fractional power
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv == 1.0)
    return newFloat(negate ? -1.0 : 1.0);
  errno = 0;
  double ix = std::pow(iv, iw);
  if (std::isinf(ix))
    errno = ERANGE;
  else if (errno == ERANGE && std::fabs(ix) < 1.0)
    errno = 0; // underflow is not an error (CPython: _Py_ADJUST_ERANGE1)
  if (negate)
    ix = -ix;
  if (errno != 0) {
    if (errno == ERANGE)
      return raise(&OverflowErrorType, "(34, 'Numerical result out of range')");
    return raise(&ValueErrorType, "(33, 'Numerical argument out of domain')");
  }
  return newFloat(ix);
}

namespace {

Ref floatPow3(Value a, Value b, Value c) {
  if (!c.isNull() && !isNone(c))
    return raise(&TypeErrorType,
                 "pow() 3rd argument not allowed unless all arguments are integers");
  FLOAT_CONVERT(a, b, x, y);
  return floatPowerValues(x, y);
}
Ref floatPow(Value a, Value b) { return floatPow3(a, b, Value()); }

Ref floatNeg(Value v) { return newFloat(-floatValue(v)); }
Ref floatPos(Value v) { return newFloat(floatValue(v)); }
Ref floatAbs(Value v) { return newFloat(std::fabs(floatValue(v))); }
int floatBool(Value v) { return floatValue(v) != 0.0; }
Ref floatFloat(Value v) {
  if (v.type() == &FloatType)
    return Ref::borrow(v);
  return newFloat(floatValue(v));
}

Ref doubleToInt(double d) {
  if (std::isnan(d))
    return raise(&ValueErrorType, "cannot convert float NaN to integer");
  if (std::isinf(d))
    return raise(&OverflowErrorType, "cannot convert float infinity to integer");
  if (std::fabs(d) < 4e18)
    return newInt(int64_t(d));
  return newInt(BigInt::fromDouble(d));
}

Ref floatTrunc(Value v) { return doubleToInt(std::trunc(floatValue(v))); }
Ref floatFloor(Value v) { return doubleToInt(std::floor(floatValue(v))); }
Ref floatCeil(Value v) { return doubleToInt(std::ceil(floatValue(v))); }

Ref floatReprSlot(Value v) { return newStr(floatRepr(floatValue(v))); }

int64_t floatHash(Value v) { return hashDouble(v, floatValue(v)); }

Ref floatRichCompare(Value a, Value b, CompareOp op) {
  if (!isFloat(a))
    return newNotImplemented();
  double x = floatValue(a);
  int c;
  bool unordered = false;
  if (isFloat(b)) {
    double y = floatValue(b);
    unordered = std::isnan(x) || std::isnan(y);
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (isInt(b)) {
    c = compareDoubleInt(x, b, &unordered);
  } else {
    return newNotImplemented();
  }
  bool r;
  if (unordered)
    r = op == CompareOp::Ne;
  else {
    switch (op) {
    case CompareOp::Lt:
      r = c < 0;
      break;
    case CompareOp::Le:
      r = c <= 0;
      break;
    case CompareOp::Eq:
      r = c == 0;
      break;
    case CompareOp::Ne:
      r = c != 0;
      break;
    case CompareOp::Gt:
      r = c > 0;
      break;
    default:
      r = c >= 0;
      break;
    }
  }
  return newBool(r);
}

Ref floatNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (type == &FloatType && !checkNoKeywords("float", kwnames))
    return Ref();
  if (type != &FloatType && !checkNoKeywords(type->name.c_str(), kwnames))
    return Ref();
  if (nargs > 1)
    return raisef(&TypeErrorType, "float expected at most 1 argument, got {}", nargs);
  Ref r = nargs == 0 ? newFloat(0.0) : toFloatObject(args[0]);
  if (!r || type == &FloatType)
    return r;
  return newFloatOfType(type, floatValue(r.get()));
}

// --- methods ---------------------------------------------------------------

Ref floatConjugate(Value self) { return floatFloat(self); }
Ref floatGetReal(Value self) { return floatFloat(self); }
Ref floatGetImag(Value) { return newFloat(0.0); }
Ref floatIsInteger(Value self) {
  double x = floatValue(self);
  return newBool(std::isfinite(x) && std::floor(x) == x);
}
Ref floatGetnewargs(Value self) {
  Ref f = newFloat(floatValue(self));
  if (!f)
    return f;
  return newTupleOf({f.get()});
}

// CPython: float_as_integer_ratio_impl
Ref floatAsIntegerRatio(Value self) {
  double x = floatValue(self);
  if (std::isinf(x))
    return raise(&OverflowErrorType, "cannot convert Infinity to integer ratio");
  if (std::isnan(x))
    return raise(&ValueErrorType, "cannot convert NaN to integer ratio");
  int e;
  double part = std::frexp(x, &e);
  for (int i = 0; i < 300 && part != std::floor(part); ++i) {
    part *= 2.0;
    --e;
  }
  BigInt num = BigInt::fromDouble(part), den(1);
  if (e > 0)
    num = *BigInt::shiftLeft(num, uint64_t(e));
  else
    den = *BigInt::shiftLeft(den, uint64_t(-e));
  Ref n = newInt(std::move(num)), d = newInt(std::move(den));
  if (!n || !d)
    return Ref();
  return newTupleOf({n.get(), d.get()});
}

// CPython: float___round___impl
Ref floatRound(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("__round__", nargs, 0, 1))
    return Ref();
  double x = floatValue(self);
  if (nargs == 0 || isNone(args[0])) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5)
      rounded = 2.0 * std::round(x / 2.0);
    return doubleToInt(rounded);
  }
  int64_t nd;
  if (!indexAsInt64(args[0], &nd))
    return Ref();
  if (!std::isfinite(x))
    return newFloat(x);
  if (nd > 323)
    return newFloat(x);
  if (nd < -308)
    return newFloat(0.0 * x);
  double r;
  if (!roundDouble(x, nd, &r))
    return Ref();
  return newFloat(r);
}

// CPython: float_hex
Ref floatHex(Value self) {
  double x = floatValue(self);
  if (std::isnan(x) || std::isinf(x))
    return newStr(floatRepr(x));
  if (x == 0.0)
    return newStr(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(-1021 - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kHex[] = "0123456789abcdef";
  std::string s;
  s += kHex[int(m)];
  m -= int(m);
  s += '.';
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    s += kHex[int(m)];
    m -= int(m);
  }
  std::string out = x < 0 ? "-0x" : "0x";
  out += s;
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(std::abs(e));
  return newStr(out);
}

int hexDigitValue(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

// CPython: float_fromhex. Returns false with the exception pending.
bool parseHexFloat(std::string_view s, double *out) {
  auto invalid = [] {
    raise(&ValueErrorType, "invalid hexadecimal floating-point string");
    return false;
  };
  size_t i = 0, n = s.size();
  while (i < n && isAsciiSpace(s[i]))
    ++i;
  while (n > i && isAsciiSpace(s[n - 1]))
    --n;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    ++i;
  }
  std::string_view rest = s.substr(i, n - i);
  if (equalsNoCase(rest, "inf") || equalsNoCase(rest, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (equalsNoCase(rest, "nan")) {
    *out = neg ? -std::nan("") : std::nan("");
    return true;
  }
  if (n - i >= 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
    i += 2;
  std::vector<int> digits; // hex digits, most significant first
  int64_t fracDigits = 0;
  bool any = false;
  while (i < n && hexDigitValue(s[i]) >= 0) {
    digits.push_back(hexDigitValue(s[i++]));
    any = true;
  }
  if (i < n && s[i] == '.') {
    ++i;
    while (i < n && hexDigitValue(s[i]) >= 0) {
      digits.push_back(hexDigitValue(s[i++]));
      ++fracDigits;
      any = true;
    }
  }
  if (!any)
    return invalid();
  int64_t exp = 0;
  if (i < n && (s[i] == 'p' || s[i] == 'P')) {
    ++i;
    bool eneg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      eneg = s[i] == '-';
      ++i;
    }
    if (i >= n || !isDigit(s[i]))
      return invalid();
    while (i < n && isDigit(s[i])) {
      if (exp < (int64_t(1) << 40))
        exp = exp * 10 + (s[i] - '0');
      ++i;
    }
    if (eneg)
      exp = -exp;
  }
  if (i != n)
    return invalid();
  // The value is BITS * 2**(exp - 4*fracDigits).
  std::vector<uint8_t> bits;
  for (int d : digits)
    for (int k = 3; k >= 0; --k)
      bits.push_back(uint8_t((d >> k) & 1));
  size_t first = 0;
  while (first < bits.size() && bits[first] == 0)
    ++first;
  if (first == bits.size()) {
    *out = neg ? -0.0 : 0.0;
    return true;
  }
  int64_t len = int64_t(bits.size() - first);
  int64_t e2 = exp - 4 * fracDigits; // exponent of the last bit
  int64_t top = e2 + len;            // value < 2**top
  if (top > 1024) {
    raise(&OverflowErrorType, "hexadecimal value too large to represent as a float");
    return false;
  }
  int64_t lsb = std::max<int64_t>(top - 53, -1074);
  // Keep the bits at positions >= lsb, round half-even on the rest.
  int64_t keep = std::max<int64_t>(0, top - lsb); // number of kept bits
  uint64_t mant = 0;
  for (int64_t k = 0; k < keep && k < len; ++k)
    mant = (mant << 1) | bits[first + size_t(k)];
  if (keep > len)
    mant <<= (keep - len);
  if (keep < len) {
    bool half = bits[first + size_t(keep)] != 0;
    bool sticky = false;
    for (int64_t k = keep + 1; k < len; ++k)
      if (bits[first + size_t(k)]) {
        sticky = true;
        break;
      }
    if (half && (sticky || (mant & 1)))
      ++mant;
  }
  double r = std::ldexp(double(mant), int(lsb));
  if (std::isinf(r)) {
    raise(&OverflowErrorType, "hexadecimal value too large to represent as a float");
    return false;
  }
  *out = neg ? -r : r;
  return true;
}

Ref floatFromhex(Value cls, Value arg) {
  if (!isStr(arg))
    return raise(&TypeErrorType, "bad argument type for built-in operation");
  double d;
  if (!parseHexFloat(strToUtf8(arg), &d))
    return Ref();
  Ref r = newFloat(d);
  if (!r || cls.is(Value::fromObject(&FloatType)))
    return r;
  return call(cls, {r.get()});
}

Ref floatFromNumber(Value cls, Value arg) {
  if (isStr(arg) || isBytes(arg))
    return raisef(&TypeErrorType, "must be real number, not {}", typeName(arg));
  Ref r = toFloatObject(arg);
  if (!r || cls.is(Value::fromObject(&FloatType)))
    return r;
  return call(cls, {r.get()});
}

Ref floatGetformat(Value, Value arg) {
  if (!isStr(arg))
    return raisef(&TypeErrorType, "__getformat__() argument must be str, not {}",
                  argTypeName(arg));
  std::string s = strToUtf8(arg);
  if (s != "double" && s != "float")
    return raise(&ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'");
  return newStr("IEEE, little-endian");
}

std::u32string strToU32(Value s) {
  size_t n = strLength(s);
  std::u32string out(n, U'\0');
  for (size_t i = 0; i < n; ++i)
    out[i] = strCharAt(s, i);
  return out;
}

Ref u32ToStr(const std::u32string &s) {
  return newStrFromCodePoints(reinterpret_cast<const uint32_t *>(s.data()), s.size());
}

Ref raiseFormatError(const BigIntError &e) {
  return raise(e.kind == BigIntErrorKind::Overflow ? &OverflowErrorType : &ValueErrorType,
               e.message);
}

// CPython: float___format___impl + _PyFloat_FormatAdvancedWriter
Ref floatFormat(Value self, Value spec) {
  if (!isStr(spec))
    return raisef(&TypeErrorType, "__format__() argument must be str, not {}", argTypeName(spec));
  if (strLength(spec) == 0)
    return self.type() == &FloatType ? newStr(floatRepr(floatValue(self))) : str(self);
  auto parsed = parseFormatSpec(strToU32(spec), 0, '>', self.type()->name);
  if (!parsed)
    return raiseFormatError(parsed.error());
  switch (parsed->type) {
  case 0:
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case 'n':
  case '%':
    break;
  default:
    return raise(&ValueErrorType, unknownFormatCodeMessage(parsed->type, self.type()->name));
  }
  auto out = formatDoubleSpec(floatValue(self), *parsed);
  if (!out)
    return raiseFormatError(out.error());
  return u32ToStr(*out);
}


void floatDealloc(Object *o) {
  if (o->type != &FloatType || gFloatFreeCount >= kFloatFreeListMax)
    return;
  auto *f = static_cast<FloatObject *>(o);
  std::memcpy(&f->value, &gFloatFreeList, sizeof gFloatFreeList);
  gFloatFreeList = f;
  ++gFloatFreeCount;
  o->refcount = 1; // kept: deallocObject does not free it
}

} // namespace

// Shared with int and complex (declared there as needed).
Ref formatSpecError(const BigIntError &e) { return raiseFormatError(e); }
std::u32string strValueToU32(Value s) { return strToU32(s); }
Ref u32StringToStr(const std::u32string &s) { return u32ToStr(s); }

void initFloatType() {
  initStaticType(&FloatType, "float", &ObjectType, sizeof(FloatObject), kTypeBaseType);
  Type *t = &FloatType;
  t->dealloc = floatDealloc;
  t->repr = floatReprSlot;
  t->hash = floatHash;
  t->richcompare = floatRichCompare;
  t->newInstance = floatNew;
  t->binary[int(BinaryOp::Add)] = floatAdd;
  t->binary[int(BinaryOp::Subtract)] = floatSub;
  t->binary[int(BinaryOp::Multiply)] = floatMul;
  t->binary[int(BinaryOp::TrueDivide)] = floatTrueDiv;
  t->binary[int(BinaryOp::FloorDivide)] = floatFloorDiv;
  t->binary[int(BinaryOp::Remainder)] = floatRem;
  t->binary[int(BinaryOp::Power)] = floatPow;
  t->power3 = floatPow3;
  t->negative = floatNeg;
  t->positive = floatPos;
  t->absolute = floatAbs;
  t->boolean = floatBool;
  t->toInt = floatTrunc;
  t->toFloat = floatFloat;
  t->divmod = floatDivmod;
  static const MethodDef methods[] = {
      method("conjugate", floatConjugate),
      method("__trunc__", floatTrunc),
      method("__floor__", floatFloor),
      method("__ceil__", floatCeil),
      method("__round__", floatRound),
      method("as_integer_ratio", floatAsIntegerRatio),
      method("is_integer", floatIsInteger),
      method("hex", floatHex),
      method("fromhex", floatFromhex, kMethodClass),
      method("from_number", floatFromNumber, kMethodClass),
      method("__getnewargs__", floatGetnewargs),
      method("__getformat__", floatGetformat, kMethodClass),
      method("__format__", floatFormat),
  };
  static const GetSetDef getsets[] = {
      {"real", floatGetReal},
      {"imag", floatGetImag},
  };
  typeReady(t, methods, getsets);
}

} // namespace pyvm
