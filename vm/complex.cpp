// Python complex. CPython: Objects/complexobject.c
#include "vm/complex.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/format_spec.h"
#include "vm/int.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace pyvm {

Type ComplexType;

// Shared with float.cpp.
Ref formatSpecError(const BigIntError &e);
std::u32string strValueToU32(Value s);
Ref u32StringToStr(const std::u32string &s);

namespace {

struct Cx {
  double re, im;
};

inline Cx valueOf(Value v) {
  auto *o = v.as<ComplexObject>();
  return {o->real, o->imag};
}

// CPython: _Py_c_prod (with C11 Annex G recovery of infinities)
Cx cProd(Cx z, Cx w) {
  double a = z.re, b = z.im, c = w.re, d = w.im;
  double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
  Cx r{ac - bd, ad + bc};
  if (std::isnan(r.re) && std::isnan(r.im)) {
    bool recalc = false;
    if (std::isinf(a) || std::isinf(b)) {
      a = std::copysign(std::isinf(a) ? 1.0 : 0.0, a);
      b = std::copysign(std::isinf(b) ? 1.0 : 0.0, b);
      if (std::isnan(c))
        c = std::copysign(0.0, c);
      if (std::isnan(d))
        d = std::copysign(0.0, d);
      recalc = true;
    }
    if (std::isinf(c) || std::isinf(d)) {
      c = std::copysign(std::isinf(c) ? 1.0 : 0.0, c);
      d = std::copysign(std::isinf(d) ? 1.0 : 0.0, d);
      if (std::isnan(a))
        a = std::copysign(0.0, a);
      if (std::isnan(b))
        b = std::copysign(0.0, b);
      recalc = true;
    }
    if (!recalc && (std::isinf(ac) || std::isinf(bd) || std::isinf(ad) || std::isinf(bc))) {
      if (std::isnan(a))
        a = std::copysign(0.0, a);
      if (std::isnan(b))
        b = std::copysign(0.0, b);
      if (std::isnan(c))
        c = std::copysign(0.0, c);
      if (std::isnan(d))
        d = std::copysign(0.0, d);
      recalc = true;
    }
    if (recalc) {
      r.re = HUGE_VAL * (a * c - b * d);
      r.im = HUGE_VAL * (a * d + b * c);
    }
  }
  return r;
}

// CPython: _Py_c_quot. Sets errno = EDOM on division by zero.
Cx cQuot(Cx a, Cx b) {
  Cx r;
  double absRe = std::fabs(b.re), absIm = std::fabs(b.im);
  if (absRe >= absIm) {
    if (absRe == 0.0) {
      errno = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    r = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  } else if (absIm >= absRe) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    r = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  } else {
    r = {NAN, NAN};
  }
  if (std::isnan(r.re) && std::isnan(r.im)) {
    if ((std::isinf(a.re) || std::isinf(a.im)) && std::isfinite(b.re) && std::isfinite(b.im)) {
      double x = std::copysign(std::isinf(a.re) ? 1.0 : 0.0, a.re);
      double y = std::copysign(std::isinf(a.im) ? 1.0 : 0.0, a.im);
      r.re = HUGE_VAL * (x * b.re + y * b.im);
      r.im = HUGE_VAL * (y * b.re - x * b.im);
    } else if ((std::isinf(absRe) || std::isinf(absIm)) && std::isfinite(a.re) &&
               std::isfinite(a.im)) {
      double x = std::copysign(std::isinf(b.re) ? 1.0 : 0.0, b.re);
      double y = std::copysign(std::isinf(b.im) ? 1.0 : 0.0, b.im);
      r.re = 0.0 * (a.re * x + a.im * y);
      r.im = 0.0 * (a.im * x - a.re * y);
    }
  }
  return r;
}

// CPython: _Py_rc_quot (a real divided by a complex, 3.14)
Cx rcQuot(double a, Cx b) {
  Cx r;
  double absRe = std::fabs(b.re), absIm = std::fabs(b.im);
  if (absRe >= absIm) {
    if (absRe == 0.0) {
      errno = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    r = {a / denom, (-a * ratio) / denom};
  } else if (absIm >= absRe) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    r = {(a * ratio) / denom, (-a) / denom};
  } else {
    r = {NAN, NAN};
  }
  if (std::isnan(r.re) && std::isnan(r.im) && std::isfinite(a) &&
      (std::isinf(absRe) || std::isinf(absIm))) {
    double x = std::copysign(std::isinf(b.re) ? 1.0 : 0.0, b.re);
    double y = std::copysign(std::isinf(b.im) ? 1.0 : 0.0, b.im);
    r.re = 0.0 * (a * x);
    r.im = 0.0 * (-a * y);
  }
  return r;
}

// CPython: _Py_ADJUST_ERANGE2: an infinite result is an overflow; a finite
// one clears a spurious ERANGE (from an intermediate underflow/overflow).
void adjustErange2(Cx r) {
  if (std::isinf(r.re) || std::isinf(r.im)) {
    if (errno == 0)
      errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
}

// CPython: _Py_c_pow
Cx cPow(Cx a, Cx b) {
  if (b.re == 0.0 && b.im == 0.0)
    return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0)
      errno = EDOM;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  Cx r{len * std::cos(phase), len * std::sin(phase)};
  adjustErange2(r);
  return r;
}

Cx cPowu(Cx x, long n) {
  Cx r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask)
      r = cProd(r, p);
    mask <<= 1;
    p = cProd(p, p);
  }
  return r;
}

Cx cPowi(Cx x, long n) {
  if (n > 0)
    return cPowu(x, n);
  return cQuot({1.0, 0.0}, cPowu(x, -n));
}

// An operand of a binary operation: complex, or real (int/float).
// 1: converted, 0: NotImplemented, -1: error.
int convert(Value v, Cx *out, bool *isReal) {
  if (isComplex(v)) {
    *out = valueOf(v);
    *isReal = false;
    return 1;
  }
  *isReal = true;
  out->im = 0.0;
  if (v.isSmallInt()) {
    out->re = double(v.smallInt());
    return 1;
  }
  if (isFloat(v)) {
    out->re = floatValue(v);
    return 1;
  }
  if (isInt(v))
    return intAsDouble(v, &out->re) ? 1 : -1;
  return 0;
}

#define CX_CONVERT(a, b)                                                                           \
  Cx x, y;                                                                                         \
  bool xr, yr;                                                                                     \
  if (int rc_ = convert(a, &x, &xr); rc_ <= 0)                                                     \
    return rc_ == 0 ? newNotImplemented() : Ref();                                                 \
  if (int rc_ = convert(b, &y, &yr); rc_ <= 0)                                                     \
    return rc_ == 0 ? newNotImplemented() : Ref();

Ref cxResult(Cx c) { return newComplex(c.re, c.im); }

// 3.14 mixed-mode arithmetic: a real operand is not widened to complex, so
// the sign of a zero imaginary part is kept.
Ref complexAdd(Value a, Value b) {
  CX_CONVERT(a, b);
  if (yr)
    return cxResult({x.re + y.re, x.im});
  if (xr)
    return cxResult({x.re + y.re, y.im});
  return cxResult({x.re + y.re, x.im + y.im});
}
Ref complexSub(Value a, Value b) {
  CX_CONVERT(a, b);
  if (yr)
    return cxResult({x.re - y.re, x.im});
  if (xr)
    return cxResult({x.re - y.re, -y.im});
  return cxResult({x.re - y.re, x.im - y.im});
}
Ref complexMul(Value a, Value b) {
  CX_CONVERT(a, b);
  if (yr)
    return cxResult({x.re * y.re, x.im * y.re});
  if (xr)
    return cxResult({x.re * y.re, x.re * y.im});
  return cxResult(cProd(x, y));
}
Ref complexDiv(Value a, Value b) {
  CX_CONVERT(a, b);
  errno = 0;
  Cx r;
  if (yr) {
    if (y.re == 0.0)
      return raise(&ZeroDivisionErrorType, "division by zero");
    r = {x.re / y.re, x.im / y.re};
  } else if (xr) {
    r = rcQuot(x.re, y);
  } else {
    r = cQuot(x, y);
  }
  if (errno == EDOM)
    return raise(&ZeroDivisionErrorType, "division by zero");
  return cxResult(r);
}

Ref complexPow3(Value a, Value b, Value c) {
  if (!c.isNull() && !isNone(c))
    return raise(&ValueErrorType, "complex modulo");
  CX_CONVERT(a, b);
  return complexPower(x.re, x.im, y.re, y.im);
}
Ref complexPow(Value a, Value b) { return complexPow3(a, b, Value()); }

Ref complexNeg(Value v) {
  Cx c = valueOf(v);
  return newComplex(-c.re, -c.im);
}
Ref complexPos(Value v) {
  if (v.type() == &ComplexType)
    return Ref::borrow(v);
  Cx c = valueOf(v);
  return newComplex(c.re, c.im);
}

// CPython: _Py_c_abs
Ref complexAbs(Value v) {
  Cx c = valueOf(v);
  if (!std::isfinite(c.re) || !std::isfinite(c.im)) {
    if (std::isinf(c.re))
      return newFloat(std::fabs(c.re));
    if (std::isinf(c.im))
      return newFloat(std::fabs(c.im));
    return newFloat(NAN);
  }
  double r = std::hypot(c.re, c.im);
  if (!std::isfinite(r))
    return raise(&OverflowErrorType, "absolute value too large");
  return newFloat(r);
}
int complexBool(Value v) {
  Cx c = valueOf(v);
  return c.re != 0.0 || c.im != 0.0;
}

Ref complexReprSlot(Value v) {
  Cx c = valueOf(v);
  return newStr(complexRepr(c.re, c.im));
}

// CPython: complex_hash
int64_t complexHash(Value v) {
  Cx c = valueOf(v);
  uint64_t hr = uint64_t(hashDouble(v, c.re));
  uint64_t hi = uint64_t(hashDouble(v, c.im));
  uint64_t combined = hr + 1000003u * hi;
  int64_t h = int64_t(combined);
  return h == -1 ? -2 : h;
}

// CPython: complex_richcompare
Ref complexRichCompare(Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne)
    return newNotImplemented();
  if (!isComplex(a))
    return newNotImplemented();
  Cx x = valueOf(a);
  bool equal;
  if (isInt(b)) {
    if (x.im == 0.0) {
      bool unordered;
      int c = compareDoubleInt(x.re, b, &unordered);
      equal = !unordered && c == 0;
    } else {
      equal = false;
    }
  } else if (isFloat(b)) {
    equal = x.re == floatValue(b) && x.im == 0.0;
  } else if (isComplex(b)) {
    Cx y = valueOf(b);
    equal = x.re == y.re && x.im == y.im;
  } else {
    return newNotImplemented();
  }
  return newBool(op == CompareOp::Eq ? equal : !equal);
}

// --- construction ----------------------------------------------------------

bool isSpace(char c) { return c == ' ' || (c >= 9 && c <= 13); }

bool prefixNoCase(std::string_view s, size_t i, std::string_view word) {
  if (s.size() - i < word.size())
    return false;
  for (size_t k = 0; k < word.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z')
      c = char(c + 32);
    if (c != word[k])
      return false;
  }
  return true;
}

// The longest float literal at s[i...] (CPython: PyOS_string_to_double with
// an end pointer). Returns its length (0 when none).
size_t parseFloatPrefix(std::string_view s, size_t i, double *out) {
  size_t start = i;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    ++i;
  }
  if (prefixNoCase(s, i, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return i + 8 - start;
  }
  if (prefixNoCase(s, i, "inf")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return i + 3 - start;
  }
  if (prefixNoCase(s, i, "nan")) {
    *out = neg ? -std::nan("") : std::nan("");
    return i + 3 - start;
  }
  size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    ++i;
    ++digits;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      ++i;
      ++digits;
    }
  }
  if (digits == 0)
    return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-'))
      ++j;
    if (j < s.size() && s[j] >= '0' && s[j] <= '9') {
      while (j < s.size() && s[j] >= '0' && s[j] <= '9')
        ++j;
      i = j;
    }
  }
  std::string text(s.substr(start, i - start));
  *out = std::strtod(text.c_str(), nullptr);
  return i - start;
}

// Removes the underscores of a number literal; false when one is not
// between two digits. CPython: _Py_string_to_number_with_underscores
bool removeUnderscores(std::string_view raw, std::string *out) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t k = 0; k < raw.size(); ++k) {
    if (raw[k] == '_') {
      if (k == 0 || k + 1 >= raw.size() || !digit(raw[k - 1]) || !digit(raw[k + 1]))
        return false;
      continue;
    }
    *out += raw[k];
  }
  return true;
}

// CPython: complex_from_string_inner. False when malformed.
bool parseComplexString(std::string_view s, double *xr, double *yr) {
  if (s.find('\0') != std::string_view::npos)
    return false;
  double x = 0.0, y = 0.0, z;
  size_t i = 0, n = s.size();
  while (i < n && isSpace(s[i]))
    ++i;
  bool bracket = false;
  if (i < n && s[i] == '(') {
    bracket = true;
    ++i;
    while (i < n && isSpace(s[i]))
      ++i;
  }
  size_t len = parseFloatPrefix(s, i, &z);
  if (len > 0) {
    i += len;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      x = z;
      size_t len2 = parseFloatPrefix(s, i, &y);
      if (len2 > 0) {
        i += len2;
      } else {
        y = s[i] == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (!(i < n && (s[i] == 'j' || s[i] == 'J')))
        return false;
      ++i;
    } else if (i < n && (s[i] == 'j' || s[i] == 'J')) {
      ++i;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      y = s[i] == '+' ? 1.0 : -1.0;
      ++i;
    } else {
      y = 1.0;
    }
    if (!(i < n && (s[i] == 'j' || s[i] == 'J')))
      return false;
    ++i;
  }
  while (i < n && isSpace(s[i]))
    ++i;
  if (bracket) {
    if (!(i < n && s[i] == ')'))
      return false;
    ++i;
    while (i < n && isSpace(s[i]))
      ++i;
  }
  if (i != n)
    return false;
  *xr = x;
  *yr = y;
  return true;
}

Ref newComplexOfType(Type *type, double re, double im) {
  if (type == &ComplexType)
    return newComplex(re, im);
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  auto *c = static_cast<ComplexObject *>(o);
  c->real = re;
  c->imag = im;
  return Ref::steal(o);
}

// __complex__ of an object, if it has one (looked up on the type).
// Returns null without error when missing.
Ref tryComplexSpecialMethod(Value v) {
  if (v.isSmallInt() || isFloat(v) || isStr(v) || isInt(v) || isBytes(v))
    return Ref();
  Ref r = callMethod(v, "__complex__", {});
  if (r)
    return r;
  if (pendingExceptionMatches(&AttributeErrorType)) {
    clearPendingException();
    return Ref();
  }
  return r;
}

// Reads a real-number argument of complex(real, imag) (or a complex: then
// *isCx and *c are set). False with TypeError pending.
bool complexArg(Value v, const char *name, Cx *c, bool *isCx) {
  *isCx = false;
  c->im = 0.0;
  if (isComplex(v)) {
    if (warnEx(&DeprecationWarningType,
               fmt::format("complex() argument '{}' must be a real number, not {}", name,
                           typeName(v)),
               1) < 0)
      return false;
    *c = valueOf(v);
    *isCx = true;
    return true;
  }
  if (v.isSmallInt() || isFloat(v) || isInt(v) || v.type()->toFloat || v.type()->index)
    return asDouble(v, &c->re);
  raisef(&TypeErrorType, "complex() argument '{}' must be a real number, not {}", name,
         typeName(v));
  return false;
}

// CPython: complex_new_impl
Ref complexNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value p[2];
  size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
  if (nargs + nkw > 2)
    return raisef(&TypeErrorType, "complex() takes at most 2 arguments ({} given)", nargs + nkw);
  if (!parseArgs({"complex", {"real", "imag"}, 0, 0}, args, nargs, kwnames, p))
    return Ref();
  Value r = p[0], i = p[1];
  if (r.isNull())
    r = Value::fromSmallInt(0);
  if (r.type() == &ComplexType && i.isNull() && type == &ComplexType)
    return Ref::borrow(r);
  if (i.isNull()) {
    if (isStr(r) || isBytes(r)) {
      if (!isStr(r))
        return raisef(&TypeErrorType,
                      "complex() argument must be a string or a number, not {}", typeName(r));
      double x, y;
      std::string clean;
      if (!removeUnderscores(transformDecimalAndSpaceToAscii(strToUtf8(r)), &clean))
        return raisef(&ValueErrorType, "could not convert string to complex: {}", strRepr(r));
      if (!parseComplexString(clean, &x, &y))
        return raise(&ValueErrorType, "complex() arg is a malformed string");
      return newComplexOfType(type, x, y);
    }
    Ref special = tryComplexSpecialMethod(r);
    if (special) {
      if (!isComplex(special.get()))
        return raisef(&TypeErrorType, "__complex__ returned non-complex (type {})",
                      typeName(special.get()));
      Cx c = valueOf(special.get());
      return newComplexOfType(type, c.re, c.im);
    }
    if (errorPending())
      return Ref();
    if (isComplex(r)) {
      Cx c = valueOf(r);
      return newComplexOfType(type, c.re, c.im);
    }
    if (r.isSmallInt() || isFloat(r) || isInt(r) || r.type()->toFloat || r.type()->index) {
      double d;
      if (!asDouble(r, &d))
        return Ref();
      return newComplexOfType(type, d, 0.0);
    }
    return raisef(&TypeErrorType, "complex() argument must be a string or a number, not {}",
                  typeName(r));
  }
  Cx cr, ci;
  bool crIsCx, ciIsCx;
  if (!complexArg(r, "real", &cr, &crIsCx))
    return Ref();
  if (!complexArg(i, "imag", &ci, &ciIsCx))
    return Ref();
  // complex arguments are deprecated (DeprecationWarning in CPython).
  double re = cr.re, im = ci.re;
  if (ciIsCx)
    re -= ci.im;
  if (crIsCx)
    im += cr.im;
  return newComplexOfType(type, re, im);
}

// --- methods ---------------------------------------------------------------

Ref complexConjugate(Value self) {
  Cx c = valueOf(self);
  return newComplex(c.re, -c.im);
}
Ref complexComplex(Value self) {
  if (self.type() == &ComplexType)
    return Ref::borrow(self);
  Cx c = valueOf(self);
  return newComplex(c.re, c.im);
}
Ref complexGetnewargs(Value self) {
  Cx c = valueOf(self);
  Ref re = newFloat(c.re), im = newFloat(c.im);
  if (!re || !im)
    return Ref();
  return newTupleOf({re.get(), im.get()});
}
Ref complexGetReal(Value self) { return newFloat(valueOf(self).re); }
Ref complexGetImag(Value self) { return newFloat(valueOf(self).im); }

Ref complexFormat(Value self, Value spec) {
  if (!isStr(spec))
    return raisef(&TypeErrorType, "__format__() argument must be str, not {}", argTypeName(spec));
  if (strLength(spec) == 0)
    return str(self);
  auto parsed = parseFormatSpec(strValueToU32(spec), 0, '>', self.type()->name);
  if (!parsed)
    return formatSpecError(parsed.error());
  switch (parsed->type) {
  case 0:
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case 'n':
    break;
  default:
    return raise(&ValueErrorType, unknownFormatCodeMessage(parsed->type, self.type()->name));
  }
  Cx c = valueOf(self);
  auto out = formatComplexSpec(c.re, c.im, *parsed);
  if (!out)
    return formatSpecError(out.error());
  return u32StringToStr(*out);
}

Ref complexFromNumber(Value cls, Value arg) {
  if (isStr(arg) || isBytes(arg))
    return raisef(&TypeErrorType, "must be real number, not {}", typeName(arg));
  Value args[1] = {arg};
  Ref r = complexNew(&ComplexType, args, 1, Value());
  if (!r || cls.is(Value::fromObject(&ComplexType)))
    return r;
  return call(cls, {r.get()});
}

void complexDealloc(Object *) {}

} // namespace

Ref newComplex(double real, double imag) {
  Object *o = allocObject(&ComplexType);
  if (!o)
    return Ref();
  auto *c = static_cast<ComplexObject *>(o);
  c->real = real;
  c->imag = imag;
  return Ref::steal(o);
}

// CPython: complex_repr
std::string complexRepr(double re, double im) {
  if (re == 0.0 && std::copysign(1.0, re) == 1.0)
    return doubleToString(im, 'r', 0, 0) + "j";
  return "(" + doubleToString(re, 'r', 0, 0) + doubleToString(im, 'r', 0, kDtsfSign) + "j)";
}

// CPython: complex_pow
Ref complexPower(double ar, double ai, double br, double bi) {
  Cx a{ar, ai}, b{br, bi}, p;
  errno = 0;
  p = bi == 0.0 && br == std::floor(br) && std::fabs(br) <= 100.0 ? cPowi(a, long(br))
                                                                   : cPow(a, b);
  adjustErange2(p);
  if (errno == EDOM)
    return raise(&ZeroDivisionErrorType, "zero to a negative or complex power");
  if (errno == ERANGE)
    return raise(&OverflowErrorType, "complex exponentiation");
  return newComplex(p.re, p.im);
}

void initComplexType() {
  initStaticType(&ComplexType, "complex", &ObjectType, sizeof(ComplexObject), kTypeBaseType);
  Type *t = &ComplexType;
  t->dealloc = complexDealloc;
  t->repr = complexReprSlot;
  t->hash = complexHash;
  t->richcompare = complexRichCompare;
  t->newInstance = complexNew;
  t->binary[int(BinaryOp::Add)] = complexAdd;
  t->binary[int(BinaryOp::Subtract)] = complexSub;
  t->binary[int(BinaryOp::Multiply)] = complexMul;
  t->binary[int(BinaryOp::TrueDivide)] = complexDiv;
  t->binary[int(BinaryOp::Power)] = complexPow;
  t->power3 = complexPow3;
  t->negative = complexNeg;
  t->positive = complexPos;
  t->absolute = complexAbs;
  t->boolean = complexBool;
  static const MethodDef methods[] = {
      method("conjugate", complexConjugate),
      method("__complex__", complexComplex),
      method("__getnewargs__", complexGetnewargs),
      method("__format__", complexFormat),
      method("from_number", complexFromNumber, kMethodClass),
  };
  static const GetSetDef getsets[] = {
      {"real", complexGetReal},
      {"imag", complexGetImag},
  };
  typeReady(t, methods, getsets);
}

} // namespace pyvm
