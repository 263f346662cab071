// Python int and bool. CPython: Objects/longobject.c, Objects/boolobject.c
//
// An exact int in [-2**62, 2**62) is a tagged Value; every operation on two
// tagged ints is done on int64_t with overflow checks (__builtin_*_overflow)
// and never allocates nor touches BigInt unless the result leaves the tagged
// range. Wider values, int subclass instances and True/False are IntObjects
// holding a BigInt.
#include "vm/int.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/format_spec.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <charconv>
#include <cmath>
#include <new>

namespace pyvm {

Type IntType;
Type BoolType;
// True and False are usable from static-initialisation time on (before
// initIntTypes runs), so their headers are set here.
static IntObject makeBool(int64_t v) {
  IntObject o;
  o.refcount = kImmortalRefcount;
  o.type = &BoolType;
  o.value = BigInt(v);
  return o;
}
IntObject TrueObject = makeBool(1);
IntObject FalseObject = makeBool(0);

// Shared with float.cpp.
Ref formatSpecError(const BigIntError &e);
std::u32string strValueToU32(Value s);
Ref u32StringToStr(const std::u32string &s);

namespace {

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;

// A BigInt view of any int without copying heap values.
class BigRef {
public:
  explicit BigRef(Value v) {
    if (v.isSmallInt()) {
      tmp_ = BigInt(v.smallInt());
      p_ = &tmp_;
    } else {
      p_ = &v.as<IntObject>()->value;
    }
  }
  BigRef(const BigRef &) = delete;
  BigRef &operator=(const BigRef &) = delete;
  const BigInt &operator*() const { return *p_; }
  const BigInt *operator->() const { return p_; }

private:
  BigInt tmp_;
  const BigInt *p_;
};

Ref raiseBigIntError(const BigIntError &e) {
  Type *t = &ValueErrorType;
  switch (e.kind) {
  case BigIntErrorKind::ZeroDivision:
    t = &ZeroDivisionErrorType;
    break;
  case BigIntErrorKind::Overflow:
    t = &OverflowErrorType;
    break;
  case BigIntErrorKind::Value:
    t = &ValueErrorType;
    break;
  case BigIntErrorKind::Memory:
    t = &MemoryErrorType;
    break;
  }
  return raise(t, e.message);
}

Ref newIntObject(Type *type, BigInt &&v) {
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  new (&static_cast<IntObject *>(o)->value) BigInt(std::move(v));
  return Ref::steal(o);
}

Ref resultOf(BigIntResult<BigInt> &&r) {
  if (!r)
    return raiseBigIntError(r.error());
  return newInt(std::move(*r));
}

} // namespace

// ---------------------------------------------------------------------------
// Construction and conversion.

__attribute__((weak)) int warnEx(Type *, std::string_view, int) { return 0; }

const std::string &argTypeName(Value v) {
  static const std::string kNone = "None";
  return isNone(v) ? kNone : typeName(v);
}

Ref newInt(int64_t v) {
  if (Value::fitsSmallInt(v))
    return Ref::smallInt(v);
  return newIntObject(&IntType, BigInt(v));
}

Ref newInt(BigInt &&v) {
  int64_t small;
  if (v.fitsInt64(small) && Value::fitsSmallInt(small))
    return Ref::smallInt(small);
  return newIntObject(&IntType, std::move(v));
}

Ref newInt(const BigInt &v) {
  int64_t small;
  if (v.fitsInt64(small) && Value::fitsSmallInt(small))
    return Ref::smallInt(small);
  return newIntObject(&IntType, BigInt(v));
}

BigInt intToBigInt(Value v) {
  if (v.isSmallInt())
    return BigInt(v.smallInt());
  return v.as<IntObject>()->value;
}

bool intFitsInt64(Value v, int64_t *out) {
  if (v.isSmallInt()) {
    *out = v.smallInt();
    return true;
  }
  return v.as<IntObject>()->value.fitsInt64(*out);
}

bool intAsInt64(Value v, int64_t *out) {
  if (intFitsInt64(v, out))
    return true;
  raise(&OverflowErrorType, "Python int too large to convert to C ssize_t");
  return false;
}

bool intAsDouble(Value v, double *out) {
  int64_t n;
  if (intFitsInt64(v, &n)) {
    *out = double(n); // round-to-nearest-even, as CPython's
    return true;
  }
  auto d = v.as<IntObject>()->value.toDouble();
  if (!d) {
    raiseBigIntError(d.error());
    return false;
  }
  *out = *d;
  return true;
}

int64_t hashInt64(int64_t v) {
  uint64_t a = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  a %= kHashModulus;
  int64_t h = v < 0 ? -int64_t(a) : int64_t(a);
  return h == -1 ? -2 : h;
}

Ref intExact(Value v) {
  if (v.isSmallInt() || v.type() == &IntType)
    return Ref::borrow(v);
  return newInt(v.as<IntObject>()->value);
}

Ref intRepr(Value v) {
  if (v.isSmallInt()) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v.smallInt());
    return newStr(std::string_view(buf, size_t(r.ptr - buf)));
  }
  auto s = v.as<IntObject>()->value.toString(10);
  if (!s)
    return raiseBigIntError(s.error());
  return newStr(*s);
}

// The repr of a str/bytes truncated as CPython's "%.200R".
static std::string truncatedRepr(Value text) {
  std::string r;
  if (isStr(text)) {
    r = strRepr(text);
  } else {
    // A bytearray shows as bytes, as CPython's _PyLong_FromBytes.
    Ref b = newBytes(bytesView(text));
    r = b ? bytesRepr(b.get()) : std::string();
  }
  // Truncate to 200 code points.
  size_t count = 0, i = 0;
  for (; i < r.size(); ++i) {
    if ((static_cast<unsigned char>(r[i]) & 0xC0) != 0x80) {
      if (count == 200)
        break;
      ++count;
    }
  }
  r.resize(i);
  return r;
}

Ref intFromText(Value text, int base) {
  if (base != 0 && (base < 2 || base > 36))
    return raise(&ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
  std::string ascii;
  if (isStr(text))
    ascii = transformDecimalAndSpaceToAscii(strToUtf8(text));
  else
    ascii = std::string(bytesView(text));
  auto r = BigInt::fromString(ascii, base);
  if (!r) {
    const BigIntError &e = r.error();
    if (e.kind == BigIntErrorKind::Value && e.message.rfind("invalid literal", 0) == 0)
      return raisef(&ValueErrorType, "invalid literal for int() with base {}: {}", base,
                    truncatedRepr(text));
    return raiseBigIntError(e);
  }
  return newInt(std::move(*r));
}

static Ref doubleToIntObject(double d) {
  if (std::isnan(d))
    return raise(&ValueErrorType, "cannot convert float NaN to integer");
  if (std::isinf(d))
    return raise(&OverflowErrorType, "cannot convert float infinity to integer");
  d = std::trunc(d);
  if (std::fabs(d) < 4e18)
    return newInt(int64_t(d));
  return newInt(BigInt::fromDouble(d));
}

// CPython: Objects/abstract.c PyNumber_Long
Ref toIntObject(Value v) {
  if (v.isSmallInt())
    return Ref::borrow(v);
  Type *t = v.type();
  if (t == &IntType)
    return Ref::borrow(v);
  if (t->toInt) {
    Ref r = t->toInt(v);
    if (!r)
      return r;
    if (r.get().isSmallInt() || r.type() == &IntType)
      return r;
    if (!isInt(r.get()))
      return raisef(&TypeErrorType, "__int__ returned non-int (type {:.200})", typeName(r.get()));
    // An int subclass: CPython warns and converts.
    if (warnEx(&DeprecationWarningType,
               fmt::format("__int__ returned non-int (type {:.200}).  The ability to return an "
                           "instance of a strict subclass of int is deprecated, and may be "
                           "removed in a future version of Python.",
                           typeName(r.get())),
               1) < 0)
      return Ref();
    return intExact(r.get());
  }
  if (t->index) {
    Ref r = t->index(v);
    if (!r)
      return r;
    if (!isInt(r.get()))
      return raisef(&TypeErrorType, "__index__ returned non-int (type {:.200})",
                    typeName(r.get()));
    if (!r.get().isSmallInt() && r.type() != &IntType &&
        warnEx(&DeprecationWarningType,
               fmt::format("__index__ returned non-int (type {:.200}).  The ability to return an "
                           "instance of a strict subclass of int is deprecated, and may be "
                           "removed in a future version of Python.",
                           typeName(r.get())),
               1) < 0)
      return Ref();
    return intExact(r.get());
  }
  if (isStr(v) || isBytesLike(v))
    return intFromText(v, 10);
  if (isFloat(v))
    return doubleToIntObject(floatValue(v));
  return raisef(&TypeErrorType,
                "int() argument must be a string, a bytes-like object or a real number, not "
                "'{:.200}'",
                t->name);
}

// ---------------------------------------------------------------------------
// Number slots.

namespace {

inline bool bothSmall(Value a, Value b) { return (a.bits() & b.bits() & 1) != 0; }

#define INT_CHECK(a, b)                                                                            \
  if (!isInt(a) || !isInt(b))                                                                      \
    return newNotImplemented();

Ref intAdd(Value a, Value b) {
  if (bothSmall(a, b))
    return newInt(a.smallInt() + b.smallInt()); // cannot overflow int64
  INT_CHECK(a, b);
  int64_t x, y, r;
  if (intFitsInt64(a, &x) && intFitsInt64(b, &y) && !__builtin_add_overflow(x, y, &r))
    return newInt(r);
  return newInt(*BigRef(a) + *BigRef(b));
}

Ref intSub(Value a, Value b) {
  if (bothSmall(a, b))
    return newInt(a.smallInt() - b.smallInt());
  INT_CHECK(a, b);
  int64_t x, y, r;
  if (intFitsInt64(a, &x) && intFitsInt64(b, &y) && !__builtin_sub_overflow(x, y, &r))
    return newInt(r);
  return newInt(*BigRef(a) - *BigRef(b));
}

Ref intMul(Value a, Value b) {
  INT_CHECK(a, b);
  int64_t x, y, r;
  if (intFitsInt64(a, &x) && intFitsInt64(b, &y) && !__builtin_mul_overflow(x, y, &r))
    return newInt(r);
  return newInt(*BigRef(a) * *BigRef(b));
}

// Floor division and modulo of int64 values (b != 0, no INT64_MIN / -1).
inline void floorDivMod64(int64_t x, int64_t y, int64_t *q, int64_t *r) {
  int64_t qq = x / y, rr = x % y;
  if (rr != 0 && ((rr < 0) != (y < 0))) {
    rr += y;
    qq -= 1;
  }
  *q = qq;
  *r = rr;
}

Ref intFloorDiv(Value a, Value b) {
  INT_CHECK(a, b);
  if (bothSmall(a, b)) {
    int64_t y = b.smallInt();
    if (y == 0)
      return raise(&ZeroDivisionErrorType, "division by zero");
    int64_t q, r;
    floorDivMod64(a.smallInt(), y, &q, &r);
    return newInt(q);
  }
  return resultOf(BigInt::floorDiv(*BigRef(a), *BigRef(b)));
}

Ref intRem(Value a, Value b) {
  INT_CHECK(a, b);
  if (bothSmall(a, b)) {
    int64_t y = b.smallInt();
    if (y == 0)
      return raise(&ZeroDivisionErrorType, "division by zero");
    int64_t q, r;
    floorDivMod64(a.smallInt(), y, &q, &r);
    return newInt(r);
  }
  return resultOf(BigInt::mod(*BigRef(a), *BigRef(b)));
}

// CPython: long_true_divide
Ref intTrueDiv(Value a, Value b) {
  INT_CHECK(a, b);
  int64_t x, y;
  constexpr int64_t kExact = int64_t(1) << 53;
  if (intFitsInt64(a, &x) && intFitsInt64(b, &y) && x >= -kExact && x <= kExact &&
      y >= -kExact && y <= kExact) {
    if (y == 0)
      return raise(&ZeroDivisionErrorType, "division by zero");
    return newFloat(double(x) / double(y));
  }
  auto r = BigInt::trueDivide(*BigRef(a), *BigRef(b));
  if (!r)
    return raiseBigIntError(r.error());
  return newFloat(*r);
}

// a ** b for b >= 0 on int64 with overflow checks; false when it overflows.
bool pow64(int64_t base, int64_t exp, int64_t *out) {
  int64_t result = 1;
  while (exp > 0) {
    if (exp & 1) {
      if (__builtin_mul_overflow(result, base, &result))
        return false;
    }
    exp >>= 1;
    if (exp > 0 && __builtin_mul_overflow(base, base, &base))
      return false;
  }
  *out = result;
  return true;
}

// CPython: long_pow
Ref intPow3(Value a, Value b, Value c) {
  bool hasMod = !c.isNull() && !isNone(c);
  if (!isInt(a) || !isInt(b) || (hasMod && !isInt(c)))
    return newNotImplemented();
  BigRef eb(b);
  if (eb->isNegative() && !hasMod) {
    double x, y;
    if (!intAsDouble(a, &x) || !intAsDouble(b, &y))
      return Ref();
    return floatPowerValues(x, y);
  }
  if (hasMod)
    return resultOf(BigInt::powMod(*BigRef(a), *eb, *BigRef(c)));
  int64_t x, y, r;
  if (intFitsInt64(a, &x) && intFitsInt64(b, &y) && pow64(x, y, &r))
    return newInt(r);
  return resultOf(BigInt::pow(*BigRef(a), *eb));
}
Ref intPow(Value a, Value b) { return intPow3(a, b, Value()); }

// The shift count of << and >>: false with ValueError pending when negative;
// *huge when it does not fit in int64.
bool shiftCount(Value b, int64_t *count, bool *huge) {
  *huge = false;
  if (!intFitsInt64(b, count)) {
    if (b.as<IntObject>()->value.isNegative()) {
      raise(&ValueErrorType, "negative shift count");
      return false;
    }
    *huge = true;
    return true;
  }
  if (*count < 0) {
    raise(&ValueErrorType, "negative shift count");
    return false;
  }
  return true;
}

Ref intLShift(Value a, Value b) {
  INT_CHECK(a, b);
  int64_t n;
  bool huge;
  if (!shiftCount(b, &n, &huge))
    return Ref();
  int64_t x;
  bool fits = intFitsInt64(a, &x);
  if (fits && x == 0)
    return newInt(0);
  if (huge)
    return raise(&OverflowErrorType, "too many digits in integer");
  if (fits && n < 63) {
    int64_t r = int64_t(uint64_t(x) << n);
    if ((r >> n) == x)
      return newInt(r);
  }
  return resultOf(BigInt::shiftLeft(*BigRef(a), uint64_t(n)));
}

Ref intRShift(Value a, Value b) {
  INT_CHECK(a, b);
  int64_t n;
  bool huge;
  if (!shiftCount(b, &n, &huge))
    return Ref();
  int64_t x;
  if (intFitsInt64(a, &x)) {
    if (huge || n >= 63)
      return newInt(x < 0 ? -1 : 0);
    return newInt(x >> n);
  }
  if (huge)
    return newInt(a.as<IntObject>()->value.isNegative() ? -1 : 0);
  return newInt(BigInt::shiftRight(*BigRef(a), uint64_t(n)));
}

Ref intAnd(Value a, Value b) {
  INT_CHECK(a, b);
  int64_t x, y;
  if (intFitsInt64(a, &x) && intFitsInt64(b, &y))
    return newInt(x & y);
  return newInt(*BigRef(a) & *BigRef(b));
}
Ref intOr(Value a, Value b) {
  INT_CHECK(a, b);
  int64_t x, y;
  if (intFitsInt64(a, &x) && intFitsInt64(b, &y))
    return newInt(x | y);
  return newInt(*BigRef(a) | *BigRef(b));
}
Ref intXor(Value a, Value b) {
  INT_CHECK(a, b);
  int64_t x, y;
  if (intFitsInt64(a, &x) && intFitsInt64(b, &y))
    return newInt(x ^ y);
  return newInt(*BigRef(a) ^ *BigRef(b));
}

Ref intNeg(Value v) {
  int64_t x;
  if (intFitsInt64(v, &x) && x != INT64_MIN)
    return newInt(-x);
  return newInt(-*BigRef(v));
}
Ref intPos(Value v) { return intExact(v); }
Ref intInvert(Value v) {
  int64_t x;
  if (intFitsInt64(v, &x))
    return newInt(~x);
  return newInt(~*BigRef(v));
}
Ref intAbs(Value v) {
  int64_t x;
  if (intFitsInt64(v, &x) && x != INT64_MIN)
    return newInt(x < 0 ? -x : x);
  return newInt(BigRef(v)->abs());
}
int intBool(Value v) {
  if (v.isSmallInt())
    return v.smallInt() != 0;
  return !v.as<IntObject>()->value.isZero();
}

int64_t intHash(Value v) {
  int64_t x;
  if (intFitsInt64(v, &x))
    return hashInt64(x);
  return v.as<IntObject>()->value.hash();
}

Ref intFloatSlot(Value v) {
  double d;
  if (!intAsDouble(v, &d))
    return Ref();
  return newFloat(d);
}

Ref intReprSlot(Value v) { return intRepr(v); }

bool compareResult(int c, CompareOp op) {
  switch (op) {
  case CompareOp::Lt:
    return c < 0;
  case CompareOp::Le:
    return c <= 0;
  case CompareOp::Eq:
    return c == 0;
  case CompareOp::Ne:
    return c != 0;
  case CompareOp::Gt:
    return c > 0;
  default:
    return c >= 0;
  }
}

Ref intRichCompare(Value a, Value b, CompareOp op) {
  if (bothSmall(a, b)) {
    int64_t x = a.smallInt(), y = b.smallInt();
    return newBool(compareResult(x < y ? -1 : x > y ? 1 : 0, op));
  }
  INT_CHECK(a, b);
  int64_t x, y;
  int c;
  if (intFitsInt64(a, &x) && intFitsInt64(b, &y))
    c = x < y ? -1 : x > y ? 1 : 0;
  else
    c = BigInt::compare(*BigRef(a), *BigRef(b));
  return newBool(compareResult(c, op));
}

// int.__new__ / int(x=0, /, base=10). CPython: long_new_impl
Ref intNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value params[2];
  size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
  if (nargs + nkw > 2)
    return raisef(&TypeErrorType, "int expected at most 2 arguments, got {}", nargs + nkw);
  if (!parseArgs({"int", {"", "base"}, 0, 1}, args, nargs, kwnames, params))
    return Ref();
  Value x = params[0], base = params[1];
  Ref value;
  if (base.isNull()) {
    value = x.isNull() ? newInt(0) : toIntObject(x);
  } else {
    if (x.isNull())
      return raise(&TypeErrorType, "int() missing string argument");
    int64_t b;
    if (!indexAsInt64(base, &b))
      return Ref();
    if (!isStr(x) && !isBytesLike(x))
      return raise(&TypeErrorType, "int() can't convert non-string with explicit base");
    if (b != 0 && (b < 2 || b > 36))
      return raise(&ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
    value = intFromText(x, int(b));
  }
  if (!value || type == &IntType)
    return value;
  return newIntObject(type, intToBigInt(value.get()));
}

// --- methods ---------------------------------------------------------------

Ref intConjugate(Value self) { return intExact(self); }
Ref intGetZero(Value) { return newInt(0); }
Ref intGetOne(Value) { return newInt(1); }

Ref intBitLength(Value self) {
  int64_t x;
  if (intFitsInt64(self, &x)) {
    uint64_t a = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    return newInt(a == 0 ? 0 : 64 - __builtin_clzll(a));
  }
  return newInt(int64_t(self.as<IntObject>()->value.bitLength()));
}

Ref intBitCount(Value self) {
  int64_t x;
  if (intFitsInt64(self, &x)) {
    uint64_t a = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    return newInt(__builtin_popcountll(a));
  }
  return newInt(int64_t(self.as<IntObject>()->value.bitCount()));
}

Ref intAsIntegerRatio(Value self) {
  Ref n = intExact(self);
  if (!n)
    return n;
  return newTupleOf({n.get(), Value::fromSmallInt(1)});
}

Ref intIsInteger(Value) { return newBool(true); }

Ref intGetnewargs(Value self) {
  Ref n = intExact(self);
  if (!n)
    return n;
  return newTupleOf({n.get()});
}

// CPython: int___round___impl + _PyLong_DivmodNear
Ref intRound(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("__round__", nargs, 0, 1))
    return Ref();
  if (nargs == 0 || isNone(args[0]))
    return intExact(self);
  Ref nd = index(args[0]);
  if (!nd)
    return nd;
  BigRef ndv(nd.get());
  if (!ndv->isNegative())
    return intExact(self);
  BigRef x(self);
  // 10**k with k = -ndigits; beyond the number of digits of x the result is 0.
  BigInt k = -*ndv;
  int64_t kk;
  uint64_t digitsBound = x->bitLength() * 30103 / 100000 + 2;
  if (!k.fitsInt64(kk) || uint64_t(kk) > digitsBound)
    return newInt(0);
  BigInt p = *BigInt::pow(BigInt(10), BigInt(kk));
  auto dm = BigInt::divmod(*x, p);
  BigInt q = std::move(dm->quotient);
  BigInt twice = dm->remainder + dm->remainder;
  int c = BigInt::compare(twice, p);
  if (c > 0 || (c == 0 && q.isOdd()))
    q = q + BigInt(1);
  return newInt(q * p);
}

Ref intSizeof(Value self) {
  BigRef x(self);
  uint64_t bits = x->bitLength();
  uint64_t digits = bits == 0 ? 1 : (bits + 29) / 30;
  return newInt(int64_t(24 + 4 * digits));
}

// Reads byteorder (a str) for to_bytes/from_bytes: true when little.
bool parseByteorder(const char *function, Value v, bool *little) {
  if (v.isNull()) {
    *little = false;
    return true;
  }
  if (!isStr(v)) {
    raisef(&TypeErrorType, "{}() argument 'byteorder' must be str, not {}", function,
           argTypeName(v));
    return false;
  }
  if (strEqualsAscii(v, "little"))
    *little = true;
  else if (strEqualsAscii(v, "big"))
    *little = false;
  else {
    raise(&ValueErrorType, "byteorder must be either 'little' or 'big'");
    return false;
  }
  return true;
}

// CPython: int_to_bytes_impl
Ref intToBytes(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value p[3];
  if (!parseArgs({"to_bytes", {"length", "byteorder", "signed"}, 0, 0, 2}, args, nargs, kwnames,
                 p))
    return Ref();
  int64_t length = 1;
  if (!p[0].isNull()) {
    Ref n = index(p[0]);
    if (!n || !intAsInt64(n.get(), &length))
      return Ref();
  }
  if (length < 0)
    return raise(&ValueErrorType, "length argument must be non-negative");
  bool little;
  if (!parseByteorder("to_bytes", p[1], &little))
    return Ref();
  bool isSigned = false;
  if (!p[2].isNull()) {
    int t = isTrue(p[2]);
    if (t < 0)
      return Ref();
    isSigned = t;
  }
  try {
    auto bytes = BigRef(self)->toBytes(size_t(length), little, isSigned);
    if (!bytes)
      return raiseBigIntError(bytes.error());
    return newBytes(bytes->data(), bytes->size());
  } catch (const std::bad_alloc &) {
    return raise(&MemoryErrorType, "");
  }
}

// CPython: int_from_bytes_impl
Ref intFromBytes(Value cls, const Value *args, size_t nargs, Value kwnames) {
  Value p[3];
  if (!parseArgs({"from_bytes", {"bytes", "byteorder", "signed"}, 1, 0, 2}, args, nargs,
                 kwnames, p))
    return Ref();
  bool little;
  if (!parseByteorder("from_bytes", p[1], &little))
    return Ref();
  bool isSigned = false;
  if (!p[2].isNull()) {
    int t = isTrue(p[2]);
    if (t < 0)
      return Ref();
    isSigned = t;
  }
  // CPython: PyObject_Bytes (bytes-like, __bytes__, or an iterable of ints).
  Ref data;
  Value src = p[0];
  if (isBytesLike(src))
    data = newBytes(bytesView(src));
  else if (isInt(src) || isFloat(src) || isStr(src) || isNone(src))
    return raisef(&TypeErrorType, "cannot convert '{:.200}' object to bytes", typeName(src));
  else
    data = call(Value::fromObject(&BytesType), {src});
  if (!data)
    return data;
  BigInt v = BigInt::fromBytes(bytesData(data.get()), bytesSize(data.get()), little, isSigned);
  Ref r = newInt(std::move(v));
  if (!r || cls.is(Value::fromObject(&IntType)))
    return r;
  return call(cls, {r.get()});
}

// CPython: int___format___impl + _PyLong_FormatAdvancedWriter
Ref intFormat(Value self, Value spec) {
  if (!isStr(spec))
    return raisef(&TypeErrorType, "__format__() argument must be str, not {}", argTypeName(spec));
  if (strLength(spec) == 0)
    return self.isSmallInt() || self.type() == &IntType ? intRepr(self) : str(self);
  auto parsed = parseFormatSpec(strValueToU32(spec), 'd', '>', self.type()->name);
  if (!parsed)
    return formatSpecError(parsed.error());
  switch (parsed->type) {
  case 'b':
  case 'c':
  case 'd':
  case 'o':
  case 'x':
  case 'X':
  case 'n': {
    auto out = formatIntSpec(*BigRef(self), *parsed);
    if (!out)
      return formatSpecError(out.error());
    return u32StringToStr(*out);
  }
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case '%': {
    double d;
    if (!intAsDouble(self, &d))
      return Ref();
    auto out = formatDoubleSpec(d, *parsed);
    if (!out)
      return formatSpecError(out.error());
    return u32StringToStr(*out);
  }
  default:
    return raise(&ValueErrorType, unknownFormatCodeMessage(parsed->type, self.type()->name));
  }
}


void intDealloc(Object *o) { static_cast<IntObject *>(o)->value.~BigInt(); }

// --- bool ------------------------------------------------------------------

inline bool isBool(Value v) { return v.is(True()) || v.is(False()); }

Ref boolRepr(Value v) { return newStr(v.is(True()) ? "True" : "False"); }

Ref boolAnd(Value a, Value b) {
  if (isBool(a) && isBool(b))
    return newBool(a.is(True()) && b.is(True()));
  return intAnd(a, b);
}
Ref boolOr(Value a, Value b) {
  if (isBool(a) && isBool(b))
    return newBool(a.is(True()) || b.is(True()));
  return intOr(a, b);
}
Ref boolXor(Value a, Value b) {
  if (isBool(a) && isBool(b))
    return newBool(a.is(True()) != b.is(True()));
  return intXor(a, b);
}
// CPython 3.12+: boolobject.c bool_invert warns and returns ~int(x).
Ref boolInvert(Value v) {
  if (warnEx(&DeprecationWarningType,
             "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. "
             "This returns the bitwise inversion of the underlying int object and is usually "
             "not what you expect from negating a bool. Use the 'not' operator for boolean "
             "negation or ~int(x) if you really want the bitwise inversion of the underlying "
             "int.",
             1) < 0)
    return Ref();
  return intInvert(v);
}

Ref boolNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("bool", kwnames))
    return Ref();
  if (nargs > 1)
    return raisef(&TypeErrorType, "bool expected at most 1 argument, got {}", nargs);
  if (nargs == 0)
    return newBool(false);
  int t = isTrue(args[0]);
  if (t < 0)
    return Ref();
  return newBool(t);
}

} // namespace

Ref intDivmod(Value a, Value b) {
  INT_CHECK(a, b);
  if (bothSmall(a, b)) {
    int64_t y = b.smallInt();
    if (y == 0)
      return raise(&ZeroDivisionErrorType, "division by zero");
    int64_t q, r;
    floorDivMod64(a.smallInt(), y, &q, &r);
    Ref qo = newInt(q); // -2**62 // -1 leaves the tagged range
    if (!qo)
      return qo;
    return newTupleOf({qo.get(), Value::fromSmallInt(r)});
  }
  auto dm = BigInt::divmod(*BigRef(a), *BigRef(b));
  if (!dm)
    return raiseBigIntError(dm.error());
  Ref q = newInt(std::move(dm->quotient)), r = newInt(std::move(dm->remainder));
  if (!q || !r)
    return Ref();
  return newTupleOf({q.get(), r.get()});
}

void initIntTypes() {
  initStaticType(&IntType, "int", &ObjectType, sizeof(IntObject),
                 kTypeBaseType | kTypeIntSubclass);
  Type *t = &IntType;
  t->dealloc = intDealloc;
  t->repr = intReprSlot;
  t->hash = intHash;
  t->richcompare = intRichCompare;
  t->newInstance = intNew;
  t->binary[int(BinaryOp::Add)] = intAdd;
  t->binary[int(BinaryOp::Subtract)] = intSub;
  t->binary[int(BinaryOp::Multiply)] = intMul;
  t->binary[int(BinaryOp::TrueDivide)] = intTrueDiv;
  t->binary[int(BinaryOp::FloorDivide)] = intFloorDiv;
  t->binary[int(BinaryOp::Remainder)] = intRem;
  t->binary[int(BinaryOp::Power)] = intPow;
  t->binary[int(BinaryOp::LShift)] = intLShift;
  t->binary[int(BinaryOp::RShift)] = intRShift;
  t->binary[int(BinaryOp::And)] = intAnd;
  t->binary[int(BinaryOp::Or)] = intOr;
  t->binary[int(BinaryOp::Xor)] = intXor;
  t->power3 = intPow3;
  t->negative = intNeg;
  t->positive = intPos;
  t->invert = intInvert;
  t->absolute = intAbs;
  t->boolean = intBool;
  t->toInt = intExact;
  t->toFloat = intFloatSlot;
  t->index = intExact;
  t->divmod = intDivmod;
  static const MethodDef methods[] = {
      method("conjugate", intConjugate),
      method("bit_length", intBitLength),
      method("bit_count", intBitCount),
      method("to_bytes", intToBytes),
      method("from_bytes", intFromBytes, kMethodClass),
      method("as_integer_ratio", intAsIntegerRatio),
      method("is_integer", intIsInteger),
      method("__trunc__", intConjugate),
      method("__floor__", intConjugate),
      method("__ceil__", intConjugate),
      method("__round__", intRound),
      method("__getnewargs__", intGetnewargs),
      method("__format__", intFormat),
      method("__sizeof__", intSizeof),
  };
  static const GetSetDef getsets[] = {
      {"real", intConjugate},
      {"imag", intGetZero},
      {"numerator", intConjugate},
      {"denominator", intGetOne},
  };
  typeReady(t, methods, getsets);

  initStaticType(&BoolType, "bool", &IntType, sizeof(IntObject), kTypeIntSubclass);
  Type *b = &BoolType;
  b->repr = boolRepr;
  b->newInstance = boolNew;
  b->binary[int(BinaryOp::And)] = boolAnd;
  b->binary[int(BinaryOp::Or)] = boolOr;
  b->binary[int(BinaryOp::Xor)] = boolXor;
  b->invert = boolInvert;
  typeReady(b);
}

} // namespace pyvm
