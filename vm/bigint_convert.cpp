// BigInt conversions: strings in bases 2..36 (with CPython's int/str digit
// limit), floats (correct rounding, true division), bytes, marshal digits
// and the numeric hash. Only the public BigInt API is used here.
#include "vm/bigint.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <map>
#include <mutex>

namespace pyvm {

namespace {

using Limb = uint32_t;
using Wide = uint64_t;
constexpr int kLimbBits = 32;

std::atomic<int> gMaxStrDigits{BigInt::kDefaultMaxStrDigits};

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

bool isPowerOfTwoBase(int base) { return (base & (base - 1)) == 0; }

int digitValue(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return 99;
}

bool isAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Largest power of `base` that fits in a limb, and its exponent.
struct LimbPower {
  Limb value;
  int digits;
};

LimbPower largestLimbPower(int base) {
  Wide value = base;
  int digits = 1;
  while (value * Wide(base) <= UINT32_MAX) {
    value *= Wide(base);
    ++digits;
  }
  return {Limb(value), digits};
}

// x = x * multiplier + addend, in place on a limb vector.
void mulAddSmall(std::vector<Limb> &x, Limb multiplier, Limb addend) {
  Wide carry = addend;
  for (Limb &limb : x) {
    carry += Wide(limb) * multiplier;
    limb = Limb(carry);
    carry >>= kLimbBits;
  }
  if (carry)
    x.push_back(Limb(carry));
}

// x /= divisor in place (x normalised afterwards); returns the remainder.
Limb divSmall(std::vector<Limb> &x, Limb divisor) {
  Wide rem = 0;
  for (size_t i = x.size(); i-- > 0;) {
    Wide cur = (rem << kLimbBits) | x[i];
    x[i] = Limb(cur / divisor);
    rem = cur % divisor;
  }
  while (!x.empty() && x.back() == 0)
    x.pop_back();
  return Limb(rem);
}

std::string formatLimit(const char *fmt, long long a, long long b = 0) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer, fmt, a, b);
  return buffer;
}

BigIntError toStrLimitError(int limit) {
  return {BigIntErrorKind::Value, formatLimit("Exceeds the limit (%lld digits) for integer string "
                                              "conversion; use sys.set_int_max_str_digits() to "
                                              "increase the limit",
                                              limit)};
}

BigIntError toIntLimitError(int limit, size_t digits) {
  return {BigIntErrorKind::Value, formatLimit("Exceeds the limit (%lld digits) for integer string "
                                              "conversion: value has %lld digits; use "
                                              "sys.set_int_max_str_digits() to increase the limit",
                                              limit, (long long)digits)};
}

// ---------------------------------------------------------------------------
// Powers of a base, cached per (base, exponent) for divide and conquer.
// ---------------------------------------------------------------------------

class PowerCache {
public:
  const BigInt &get(int base, size_t exponent) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto key = std::make_pair(base, exponent);
    auto it = cache_.find(key);
    if (it != cache_.end())
      return it->second;
    BigInt value = *BigInt::pow(BigInt(base), BigInt(int64_t(exponent)));
    return cache_.emplace(key, std::move(value)).first->second;
  }

private:
  std::mutex mutex_;
  std::map<std::pair<int, size_t>, BigInt> cache_;
};

PowerCache &powerCache() {
  static PowerCache cache;
  return cache;
}

// ---------------------------------------------------------------------------
// Parsing digits
// ---------------------------------------------------------------------------

// Digits of a power-of-two base map straight onto bits.
BigInt parsePowerOfTwoDigits(std::string_view digits, int base) {
  int bitsPerDigit = std::countr_zero(unsigned(base));
  std::vector<Limb> limbs((digits.size() * bitsPerDigit + 31) / 32 + 1, 0);
  size_t bit = 0;
  for (size_t i = digits.size(); i-- > 0;) {
    Wide value = Wide(digitValue(digits[i]));
    size_t index = bit / kLimbBits;
    int offset = int(bit % kLimbBits);
    Wide shifted = value << offset;
    limbs[index] |= Limb(shifted);
    if (shifted >> kLimbBits)
      limbs[index + 1] |= Limb(shifted >> kLimbBits);
    bit += size_t(bitsPerDigit);
  }
  return BigInt::fromLimbs(limbs.data(), limbs.size(), false);
}

// Quadratic: one multiply-add of a limb-sized chunk per group of digits.
BigInt parseDigitsSchoolbook(std::string_view digits, int base) {
  LimbPower power = largestLimbPower(base);
  std::vector<Limb> limbs;
  size_t first = digits.size() % size_t(power.digits);
  if (first == 0)
    first = size_t(power.digits);
  size_t pos = 0;
  for (size_t len = first; pos < digits.size(); len = size_t(power.digits)) {
    Limb chunk = 0, scale = 1;
    for (size_t i = 0; i < len; ++i) {
      chunk = chunk * Limb(base) + Limb(digitValue(digits[pos + i]));
      scale *= Limb(base);
    }
    mulAddSmall(limbs, scale, chunk);
    pos += len;
  }
  return BigInt::fromLimbs(limbs.data(), limbs.size(), false);
}

constexpr size_t kParseDivideAndConquerDigits = 1500;

// value(digits) = value(high) * base^len(low) + value(low); with Karatsuba
// the whole parse costs O(M(n) log n) instead of O(n^2).
BigInt parseDigitsRecursive(std::string_view digits, int base) {
  if (digits.size() <= kParseDivideAndConquerDigits)
    return parseDigitsSchoolbook(digits, base);
  // Split at a power of two times the chunk size so powers get reused.
  size_t lowLength = 64;
  while (lowLength * 2 < digits.size())
    lowLength *= 2;
  BigInt high = parseDigitsRecursive(digits.substr(0, digits.size() - lowLength), base);
  BigInt low = parseDigitsRecursive(digits.substr(digits.size() - lowLength), base);
  return high * powerCache().get(base, lowLength) + low;
}

// ---------------------------------------------------------------------------
// Formatting digits
// ---------------------------------------------------------------------------

const char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

std::string formatPowerOfTwo(const BigInt &x, int base) {
  int bitsPerDigit = std::countr_zero(unsigned(base));
  uint64_t bits = x.bitLength();
  size_t count = size_t((bits + uint64_t(bitsPerDigit) - 1) / uint64_t(bitsPerDigit));
  std::string out(count, '0');
  const Limb *limbs = x.limbs();
  size_t n = x.limbCount();
  for (size_t d = 0; d < count; ++d) {
    uint64_t bit = uint64_t(d) * uint64_t(bitsPerDigit);
    size_t index = size_t(bit / kLimbBits);
    int offset = int(bit % kLimbBits);
    Wide window = limbs[index];
    if (index + 1 < n)
      window |= Wide(limbs[index + 1]) << kLimbBits;
    out[count - 1 - d] = kDigitChars[(window >> offset) & Wide(base - 1)];
  }
  return out;
}

// Appends the digits of x (>= 0), left-padded with zeros to `width` digits
// (width 0: no padding, "0" for zero is the caller's concern).
void appendDigitsSchoolbook(const BigInt &x, int base, size_t width, std::string &out) {
  LimbPower power = largestLimbPower(base);
  std::vector<Limb> limbs(x.limbs(), x.limbs() + x.limbCount());
  std::string reversed;
  while (!limbs.empty()) {
    Limb chunk = divSmall(limbs, power.value);
    for (int i = 0; i < power.digits; ++i) {
      if (limbs.empty() && chunk == 0)
        break;
      reversed.push_back(kDigitChars[chunk % Limb(base)]);
      chunk /= Limb(base);
    }
  }
  if (reversed.size() < width)
    reversed.append(width - reversed.size(), '0');
  out.append(reversed.rbegin(), reversed.rend());
}

constexpr size_t kFormatDivideAndConquerLimbs = 60;

// Splits x by base^k with k a power of two (cached), formatting the quotient
// and the zero-padded remainder recursively.
void appendDigitsRecursive(const BigInt &x, int base, size_t width, std::string &out) {
  if (x.limbCount() <= kFormatDivideAndConquerLimbs) {
    appendDigitsSchoolbook(x, base, width, out);
    return;
  }
  // Choose base^k with about half of x's bits.
  double digitsEstimate = double(x.bitLength()) / std::log2(double(base));
  size_t k = 16;
  while (double(k) * 4 < digitsEstimate)
    k *= 2;
  auto parts = BigInt::divmod(x, powerCache().get(base, k));
  size_t highWidth = width > k ? width - k : 0;
  if (parts->quotient.isZero()) {
    if (highWidth)
      out.append(highWidth, '0');
  } else {
    appendDigitsRecursive(parts->quotient, base, highWidth, out);
  }
  appendDigitsRecursive(parts->remainder, base, k, out);
}

// Python repr() of a str, truncated to `limit` characters as "%.200R" does.
std::string pythonRepr(std::string_view text, size_t limit) {
  bool hasSingle = text.find('\'') != std::string_view::npos;
  bool hasDouble = text.find('"') != std::string_view::npos;
  char quote = hasSingle && !hasDouble ? '"' : '\'';
  std::string repr(1, quote);
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    char hex[8];
    if (c == '\\' || c == static_cast<unsigned char>(quote)) {
      repr += '\\';
      repr += char(c);
    } else if (c == '\n') {
      repr += "\\n";
    } else if (c == '\r') {
      repr += "\\r";
    } else if (c == '\t') {
      repr += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      repr += hex;
    } else if (c == 0xC2 && i + 1 < text.size() &&
               (static_cast<unsigned char>(text[i + 1]) <= 0xA0 ||
                static_cast<unsigned char>(text[i + 1]) == 0xAD)) {
      // U+0080..U+00A0 and U+00AD are not printable: Python escapes them.
      std::snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned char>(text[++i]));
      repr += hex;
    } else {
      repr += char(c); // other UTF-8 is assumed printable
    }
  }
  repr += quote;
  // Truncate to `limit` code points (not bytes).
  size_t codePoints = 0;
  for (size_t i = 0; i < repr.size(); ++i) {
    if ((static_cast<unsigned char>(repr[i]) & 0xC0) != 0x80) {
      if (codePoints == limit)
        return repr.substr(0, i);
      ++codePoints;
    }
  }
  return repr;
}

BigIntError invalidLiteral(std::string_view text, int base) {
  return {BigIntErrorKind::Value, "invalid literal for int() with base " + std::to_string(base) +
                                      ": " + pythonRepr(text, 200)};
}

} // namespace

// ===========================================================================
// Digit limit
// ===========================================================================

int BigInt::maxStrDigits() { return gMaxStrDigits.load(); }
void BigInt::setMaxStrDigits(int limit) { gMaxStrDigits.store(limit); }

// ===========================================================================
// Strings
// ===========================================================================

BigIntResult<BigInt> BigInt::fromDigitString(std::string_view digits, int base) {
  assert(base >= 2 && base <= 36);
  if (isPowerOfTwoBase(base))
    return parsePowerOfTwoDigits(digits, base);
  int limit = maxStrDigits();
  if (limit > 0 && digits.size() > size_t(kMaxStrDigitsThreshold) && digits.size() > size_t(limit))
    return toIntLimitError(limit, digits.size());
  return parseDigitsRecursive(digits, base);
}

// CPython: Objects/longobject.c PyLong_FromString
BigIntResult<BigInt> BigInt::fromString(std::string_view text, int base) {
  if (base != 0 && (base < 2 || base > 36))
    return BigIntError{BigIntErrorKind::Value, "int() base must be >= 2 and <= 36, or 0"};
  const int originalBase = base;
  size_t pos = 0, end = text.size();
  while (pos < end && isAsciiSpace(text[pos]))
    ++pos;
  while (end > pos && isAsciiSpace(text[end - 1]))
    --end;
  auto at = [&](size_t i) { return i < end ? text[i] : '\0'; };

  bool negative = false;
  if (at(pos) == '+' || at(pos) == '-') {
    negative = at(pos) == '-';
    ++pos;
  }
  // Base 0 infers the base from the prefix; a plain leading zero is the
  // old octal syntax, valid only if the whole value is zero.
  bool mustBeZero = false;
  char c1 = char(std::tolower(static_cast<unsigned char>(at(pos + 1))));
  if (base == 0) {
    if (at(pos) != '0')
      base = 10;
    else if (c1 == 'x')
      base = 16;
    else if (c1 == 'o')
      base = 8;
    else if (c1 == 'b')
      base = 2;
    else {
      mustBeZero = true;
      base = 10;
    }
  }
  if (at(pos) == '0' &&
      ((base == 16 && c1 == 'x') || (base == 8 && c1 == 'o') || (base == 2 && c1 == 'b'))) {
    pos += 2;
    if (at(pos) == '_') // one underscore may follow the prefix
      ++pos;
  }

  // Collect digits; underscores must sit between two digits.
  std::string digits;
  digits.reserve(end - pos);
  bool previousUnderscore = true; // forbids a leading underscore
  for (; pos < end; ++pos) {
    char c = text[pos];
    if (c == '_') {
      if (previousUnderscore)
        return invalidLiteral(text, originalBase);
      previousUnderscore = true;
      continue;
    }
    if (digitValue(c) >= base)
      return invalidLiteral(text, originalBase);
    digits.push_back(c);
    previousUnderscore = false;
  }
  if (digits.empty() || previousUnderscore)
    return invalidLiteral(text, originalBase);

  auto value = fromDigitString(digits, base);
  if (!value)
    return value;
  if (mustBeZero && !value->isZero())
    return invalidLiteral(text, originalBase);
  return negative ? -*value : std::move(*value);
}

BigIntResult<std::string> BigInt::toString(int base) const {
  assert(base >= 2 && base <= 36);
  if (isZero())
    return std::string("0");
  std::string out = isNegative() ? "-" : "";
  if (isPowerOfTwoBase(base))
    return out + formatPowerOfTwo(*this, base);

  int limit = maxStrDigits();
  // Cheap lower bound on the digit count so absurd inputs fail before any
  // work: digits >= floor((bits - 1) * log_base(2)) + 1.
  double lowerBound = std::floor(double(bitLength() - 1) / std::log2(double(base))) + 1;
  if (limit > 0 && lowerBound > double(limit) * 1.0001 + 1)
    return toStrLimitError(limit);
  size_t signLength = out.size();
  appendDigitsRecursive(abs(), base, 0, out);
  size_t digits = out.size() - signLength;
  if (limit > 0 && digits > size_t(kMaxStrDigitsThreshold) && digits > size_t(limit))
    return toStrLimitError(limit);
  return out;
}

// ===========================================================================
// Floats
// ===========================================================================

// CPython: Objects/longobject.c PyLong_AsDouble (via _PyLong_Frexp)
BigIntResult<double> BigInt::toDouble() const {
  uint64_t bits = bitLength();
  if (bits <= 64) {
    uint64_t magnitude;
    abs().fitsUint64(magnitude);
    // The hardware conversion rounds half-to-even.
    double d = double(magnitude);
    return isNegative() ? -d : d;
  }
  if (bits > uint64_t(DBL_MAX_EXP))
    return BigIntError{BigIntErrorKind::Overflow, "int too large to convert to float"};
  // Keep the top 64 bits and fold everything below into a sticky bit: with
  // 11 spare bits the single hardware rounding is then exact half-even.
  BigInt top = shiftRight(abs(), bits - 64);
  uint64_t top64;
  top.fitsUint64(top64);
  if (!(shiftLeft(top, bits - 64).value() == abs()))
    top64 |= 1;
  double d = std::ldexp(double(top64), int(bits - 64));
  if (std::isinf(d))
    return BigIntError{BigIntErrorKind::Overflow, "int too large to convert to float"};
  return isNegative() ? -d : d;
}

// CPython: Objects/longobject.c long_true_divide
BigIntResult<double> BigInt::trueDivide(const BigInt &a, const BigInt &b) {
  if (b.isZero())
    return BigIntError{BigIntErrorKind::ZeroDivision, "division by zero"};
  bool negate = a.isNegative() != b.isNegative();
  if (a.isZero())
    return negate ? -0.0 : 0.0;
  // Both exactly representable: one correctly rounded IEEE division.
  if (a.bitLength() <= DBL_MANT_DIG && b.bitLength() <= DBL_MANT_DIG)
    return *a.toDouble() / *b.toDouble();

  const BigIntError overflow{BigIntErrorKind::Overflow,
                             "integer division result too large for a float"};
  int64_t diff = int64_t(a.bitLength()) - int64_t(b.bitLength());
  if (diff > DBL_MAX_EXP)
    return overflow;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
    return negate ? -0.0 : 0.0;

  // Scale so the quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer when the
  // result is subnormal), then round once by hand.
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  bool inexact = false;
  BigInt x = a.abs();
  if (shift <= 0) {
    x = *shiftLeft(x, uint64_t(-shift));
  } else {
    BigInt shifted = shiftRight(x, uint64_t(shift));
    inexact = !(shiftLeft(shifted, uint64_t(shift)).value() == x);
    x = std::move(shifted);
  }
  auto qr = divmod(x, b.abs());
  if (!qr->remainder.isZero())
    inexact = true;
  uint64_t q;
  qr->quotient.fitsUint64(q);
  int64_t xBits = int64_t(qr->quotient.bitLength());

  int64_t extraBits = std::max<int64_t>(xBits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  uint64_t mask = uint64_t(1) << (extraBits - 1);
  uint64_t low = q | uint64_t(inexact);
  if ((low & mask) && (low & (3 * mask - 1)))
    low += mask;
  q = low & ~(2 * mask - 1);

  double dx = double(q); // exact: at most DBL_MANT_DIG significant bits
  if (shift + xBits >= DBL_MAX_EXP &&
      (shift + xBits > DBL_MAX_EXP || dx == std::ldexp(1.0, int(xBits))))
    return overflow;
  double result = std::ldexp(dx, int(shift));
  return negate ? -result : result;
}

// ===========================================================================
// Hash
// ===========================================================================

// CPython: Objects/longobject.c long_hash. Reduces |n| modulo 2^61 - 1;
// multiplying by 2^32 modulo a Mersenne prime is a 61-bit rotation.
int64_t BigInt::hash() const {
  constexpr uint64_t kModulus = (uint64_t(1) << 61) - 1;
  uint64_t x = 0;
  for (size_t i = limbCount(); i-- > 0;) {
    x = ((x << 32) & kModulus) | (x >> (61 - 32));
    x += limbs()[i];
    if (x >= kModulus)
      x -= kModulus;
  }
  auto result = int64_t(x);
  if (isNegative())
    result = -result;
  return result == -1 ? -2 : result;
}

// ===========================================================================
// Bytes
// ===========================================================================

// CPython: Objects/longobject.c _PyLong_AsByteArray
BigIntResult<std::vector<uint8_t>> BigInt::toBytes(size_t length, bool littleEndian,
                                                   bool isSigned) const {
  if (isNegative() && !isSigned)
    return BigIntError{BigIntErrorKind::Overflow, "can't convert negative int to unsigned"};
  uint64_t available = uint64_t(length) * 8;
  uint64_t needed =
      isNegative() ? (abs() - BigInt(1)).bitLength() + 1 : bitLength() + (isSigned ? 1 : 0);
  if (isZero())
    needed = 0;
  if (needed > available)
    return BigIntError{BigIntErrorKind::Overflow, "int too big to convert"};

  std::vector<uint8_t> bytes(length, 0); // little-endian while building
  for (size_t i = 0; i < length && i / 4 < limbCount(); ++i)
    bytes[i] = uint8_t(limbs()[i / 4] >> (8 * (i % 4)));
  if (isNegative()) {
    // Two's complement: invert and add one.
    unsigned carry = 1;
    for (auto &byte : bytes) {
      unsigned v = unsigned(uint8_t(~byte)) + carry;
      byte = uint8_t(v);
      carry = v >> 8;
    }
  }
  if (!littleEndian)
    std::reverse(bytes.begin(), bytes.end());
  return bytes;
}

// CPython: Objects/longobject.c _PyLong_FromByteArray
BigInt BigInt::fromBytes(const uint8_t *bytes, size_t length, bool littleEndian, bool isSigned) {
  std::vector<Limb> limbs((length + 3) / 4, 0);
  for (size_t i = 0; i < length; ++i) {
    uint8_t byte = littleEndian ? bytes[i] : bytes[length - 1 - i];
    limbs[i / 4] |= Limb(byte) << (8 * (i % 4));
  }
  BigInt value = fromLimbs(limbs.data(), limbs.size(), false);
  uint8_t mostSignificant = length == 0 ? 0 : (littleEndian ? bytes[length - 1] : bytes[0]);
  if (isSigned && (mostSignificant & 0x80))
    value = value - *shiftLeft(BigInt(1), uint64_t(length) * 8);
  return value;
}

} // namespace pyvm
