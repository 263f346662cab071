// Core BigInt arithmetic: storage, add/sub/mul/div, pow, shifts, bitwise ops
// and number theory. Conversions (strings, floats, bytes, hash) live in
// bigint_convert.cpp.
#include "vm/bigint.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>
#include <numeric>

namespace pyvm {

using Limb = uint32_t;
using Wide = uint64_t;
static constexpr int kLimbBits = 32;

// ===========================================================================
// LimbBuffer
// ===========================================================================

LimbBuffer::LimbBuffer(const LimbBuffer &other) : inline_{0, 0} {
  assign(other.data(), other.size());
}

LimbBuffer::LimbBuffer(LimbBuffer &&other) noexcept : inline_{0, 0} { *this = std::move(other); }

LimbBuffer &LimbBuffer::operator=(const LimbBuffer &other) {
  if (this != &other)
    assign(other.data(), other.size());
  return *this;
}

LimbBuffer &LimbBuffer::operator=(LimbBuffer &&other) noexcept {
  if (this == &other)
    return *this;
  if (other.isInline()) {
    // Inline data is small: copying it keeps our own heap block for reuse.
    size_ = other.size_;
    std::memcpy(data(), other.inline_, other.size_ * sizeof(Limb));
  } else {
    release();
    heap_ = other.heap_;
    size_ = other.size_;
    capacity_ = other.capacity_;
    other.capacity_ = kInlineCapacity;
    other.inline_[0] = other.inline_[1] = 0;
  }
  other.size_ = 0;
  return *this;
}

void LimbBuffer::release() {
  if (!isInline())
    std::free(heap_);
  capacity_ = kInlineCapacity;
}

void LimbBuffer::reserve(size_t capacity) {
  if (capacity <= capacity_)
    return;
  if (capacity > UINT32_MAX)
    throw std::bad_alloc();
  size_t grown = std::max<size_t>(capacity, size_t(capacity_) * 3 / 2);
  grown = std::min<size_t>(grown, UINT32_MAX);
  auto *block = static_cast<Limb *>(std::malloc(grown * sizeof(Limb)));
  if (!block)
    throw std::bad_alloc();
  std::memcpy(block, data(), size_ * sizeof(Limb));
  release();
  heap_ = block;
  capacity_ = static_cast<uint32_t>(grown);
}

void LimbBuffer::resize(size_t newSize) {
  if (newSize > size_) {
    reserve(newSize);
    std::memset(data() + size_, 0, (newSize - size_) * sizeof(Limb));
  }
  size_ = static_cast<uint32_t>(newSize);
}

void LimbBuffer::push_back(Limb limb) {
  reserve(size_t(size_) + 1);
  data()[size_++] = limb;
}

void LimbBuffer::assign(const Limb *limbs, size_t count) {
  reserve(count);
  if (count)
    std::memmove(data(), limbs, count * sizeof(Limb));
  size_ = static_cast<uint32_t>(count);
}

// ===========================================================================
// Magnitude primitives on raw little-endian limb arrays.
// ===========================================================================
namespace {

size_t normalizedLength(const Limb *a, size_t n) {
  while (n > 0 && a[n - 1] == 0)
    --n;
  return n;
}

int compareMagnitude(const Limb *a, size_t an, const Limb *b, size_t bn) {
  an = normalizedLength(a, an);
  bn = normalizedLength(b, bn);
  if (an != bn)
    return an < bn ? -1 : 1;
  for (size_t i = an; i-- > 0;)
    if (a[i] != b[i])
      return a[i] < b[i] ? -1 : 1;
  return 0;
}

// r[0..rn) += x[0..xn), xn <= rn; returns the carry out of r[rn-1].
Limb addInPlace(Limb *r, size_t rn, const Limb *x, size_t xn) {
  Wide carry = 0;
  size_t i = 0;
  for (; i < xn; ++i) {
    carry += Wide(r[i]) + x[i];
    r[i] = Limb(carry);
    carry >>= kLimbBits;
  }
  for (; carry && i < rn; ++i) {
    carry += r[i];
    r[i] = Limb(carry);
    carry >>= kLimbBits;
  }
  return Limb(carry);
}

// r[0..rn) -= x[0..xn), xn <= rn; returns the borrow out of r[rn-1].
Limb subInPlace(Limb *r, size_t rn, const Limb *x, size_t xn) {
  Limb borrow = 0;
  size_t i = 0;
  for (; i < xn; ++i) {
    Wide diff = Wide(r[i]) - x[i] - borrow;
    r[i] = Limb(diff);
    borrow = Limb(diff >> 63);
  }
  for (; borrow && i < rn; ++i) {
    borrow = r[i] == 0;
    r[i] -= 1;
  }
  return borrow;
}

LimbBuffer addMagnitudes(const Limb *a, size_t an, const Limb *b, size_t bn) {
  if (an < bn) {
    std::swap(a, b);
    std::swap(an, bn);
  }
  LimbBuffer r;
  r.resize(an + 1);
  std::memcpy(r.data(), a, an * sizeof(Limb));
  addInPlace(r.data(), an + 1, b, bn);
  return r;
}

// Requires |a| >= |b|.
LimbBuffer subMagnitudes(const Limb *a, size_t an, const Limb *b, size_t bn) {
  LimbBuffer r;
  r.assign(a, an);
  subInPlace(r.data(), an, b, bn);
  return r;
}

// ---- Multiplication -------------------------------------------------------

// Measured on x86-64 (see bigint_test MulThresholdBenchmark notes): with
// 32-bit limbs Karatsuba starts winning at roughly 40 limbs.
#ifndef PYVM_KARATSUBA_CUTOFF
#define PYVM_KARATSUBA_CUTOFF 40
#endif
constexpr size_t kKaratsubaCutoff = PYVM_KARATSUBA_CUTOFF;

// r[0..an+bn) must be zero on entry.
void mulSchoolbook(const Limb *a, size_t an, const Limb *b, size_t bn, Limb *r) {
  for (size_t i = 0; i < an; ++i) {
    Wide carry = 0;
    Wide ai = a[i];
    if (ai == 0)
      continue;
    for (size_t j = 0; j < bn; ++j) {
      carry += ai * b[j] + r[i + j];
      r[i + j] = Limb(carry);
      carry >>= kLimbBits;
    }
    r[i + bn] = Limb(carry);
  }
}

void mulInto(const Limb *a, size_t an, const Limb *b, size_t bn, Limb *r);

// One operand much longer than the other: Karatsuba would split the short
// one into nothing, so multiply b by bn-sized slices of a instead.
// CPython: Objects/longobject.c k_lopsided_mul
void mulLopsided(const Limb *a, size_t an, const Limb *b, size_t bn, Limb *r) {
  std::vector<Limb> slice(2 * bn);
  size_t rn = an + bn;
  for (size_t offset = 0; offset < an; offset += bn) {
    size_t len = std::min(bn, an - offset);
    std::fill(slice.begin(), slice.begin() + len + bn, 0);
    mulInto(a + offset, len, b, bn, slice.data());
    addInPlace(r + offset, rn - offset, slice.data(), len + bn);
  }
}

// a = a1*B^m + a0, b = b1*B^m + b0:
// a*b = z2*B^2m + ((a0+a1)(b0+b1) - z0 - z2)*B^m + z0.
// CPython: Objects/longobject.c k_mul
void mulKaratsuba(const Limb *a, size_t an, const Limb *b, size_t bn, Limb *r) {
  size_t m = an / 2; // bn > m because the caller ruled out lopsided inputs
  const Limb *a0 = a, *a1 = a + m, *b0 = b, *b1 = b + m;
  size_t a1n = an - m, b1n = bn - m;

  mulInto(a0, m, b0, m, r);             // z0 -> r[0..2m)
  mulInto(a1, a1n, b1, b1n, r + 2 * m); // z2 -> r[2m..an+bn)

  size_t san = std::max(m, a1n) + 1, sbn = std::max(m, b1n) + 1;
  std::vector<Limb> sa(san, 0), sb(sbn, 0);
  std::copy(a1, a1 + a1n, sa.begin());
  addInPlace(sa.data(), san, a0, m);
  std::copy(b1, b1 + b1n, sb.begin());
  addInPlace(sb.data(), sbn, b0, m);
  san = normalizedLength(sa.data(), san);
  sbn = normalizedLength(sb.data(), sbn);

  std::vector<Limb> z1(san + sbn + 1, 0);
  mulInto(sa.data(), san, sb.data(), sbn, z1.data());
  // z0 and z2 are each at most z1 in value, so their normalised lengths fit.
  subInPlace(z1.data(), z1.size(), r, normalizedLength(r, 2 * m));
  subInPlace(z1.data(), z1.size(), r + 2 * m, normalizedLength(r + 2 * m, an + bn - 2 * m));

  size_t rn = an + bn;
  size_t z1n = std::min(normalizedLength(z1.data(), z1.size()), rn - m);
  addInPlace(r + m, rn - m, z1.data(), z1n);
}

// r[0..an+bn) must be zero on entry.
void mulInto(const Limb *a, size_t an, const Limb *b, size_t bn, Limb *r) {
  if (an < bn) {
    std::swap(a, b);
    std::swap(an, bn);
  }
  if (bn == 0)
    return;
  if (bn < kKaratsubaCutoff)
    mulSchoolbook(a, an, b, bn, r);
  else if (2 * bn <= an)
    mulLopsided(a, an, b, bn, r);
  else
    mulKaratsuba(a, an, b, bn, r);
}

LimbBuffer mulMagnitudes(const Limb *a, size_t an, const Limb *b, size_t bn) {
  LimbBuffer r;
  if (an == 0 || bn == 0)
    return r;
  r.resize(an + bn);
  mulInto(a, an, b, bn, r.data());
  return r;
}

// ---- Division ---------------------------------------------------------------

// q = a / d, returns a % d. q may alias a.
Limb divSmallInPlace(const Limb *a, size_t an, Limb d, Limb *q) {
  Wide rem = 0;
  for (size_t i = an; i-- > 0;) {
    Wide cur = (rem << kLimbBits) | a[i];
    q[i] = Limb(cur / d);
    rem = cur % d;
  }
  return Limb(rem);
}

// Knuth, TAOCP vol. 2, 4.3.1 Algorithm D (after Hacker's Delight divmnu).
// Requires bn >= 2, an >= bn and b normalised (b[bn-1] != 0).
// CPython: Objects/longobject.c x_divrem
void divmodKnuth(const Limb *a, size_t an, const Limb *b, size_t bn, LimbBuffer &quotient,
                 LimbBuffer &remainder) {
  // Shift so the divisor's top bit is set; this keeps qhat within 2 of the
  // true quotient digit.
  int s = std::countl_zero(b[bn - 1]);
  std::vector<Limb> v(bn), u(an + 1);
  for (size_t i = bn; i-- > 1;)
    v[i] = s ? (b[i] << s) | (b[i - 1] >> (kLimbBits - s)) : b[i];
  v[0] = b[0] << s;
  u[an] = s ? a[an - 1] >> (kLimbBits - s) : 0;
  for (size_t i = an; i-- > 1;)
    u[i] = s ? (a[i] << s) | (a[i - 1] >> (kLimbBits - s)) : a[i];
  u[0] = a[0] << s;

  quotient.clear();
  quotient.resize(an - bn + 1);
  const Wide vTop = v[bn - 1], vNext = v[bn - 2];
  for (size_t j = an - bn + 1; j-- > 0;) {
    Wide numerator = (Wide(u[j + bn]) << kLimbBits) | u[j + bn - 1];
    Wide qhat = numerator / vTop;
    Wide rhat = numerator % vTop;
    while (qhat >> kLimbBits || qhat * vNext > ((rhat << kLimbBits) | u[j + bn - 2])) {
      --qhat;
      rhat += vTop;
      if (rhat >> kLimbBits)
        break;
    }
    // u[j..j+bn] -= qhat * v
    int64_t borrow = 0;
    for (size_t i = 0; i < bn; ++i) {
      Wide product = qhat * v[i];
      int64_t t = int64_t(u[i + j]) - borrow - int64_t(product & 0xFFFFFFFFu);
      u[i + j] = Limb(t);
      borrow = int64_t(product >> kLimbBits) - (t >> kLimbBits);
    }
    int64_t top = int64_t(u[j + bn]) - borrow;
    u[j + bn] = Limb(top);
    if (top < 0) {
      // qhat was one too large (rare): add the divisor back.
      --qhat;
      Wide carry = 0;
      for (size_t i = 0; i < bn; ++i) {
        carry += Wide(u[i + j]) + v[i];
        u[i + j] = Limb(carry);
        carry >>= kLimbBits;
      }
      u[j + bn] += Limb(carry);
    }
    quotient[j] = Limb(qhat);
  }
  remainder.clear();
  remainder.resize(bn);
  for (size_t i = 0; i < bn; ++i)
    remainder[i] = s ? (u[i] >> s) | (u[i + 1] << (kLimbBits - s)) : u[i];
}

// Truncating division of magnitudes; b must be non-zero.
void divmodMagnitudes(const Limb *a, size_t an, const Limb *b, size_t bn, LimbBuffer &quotient,
                      LimbBuffer &remainder) {
  if (compareMagnitude(a, an, b, bn) < 0) {
    quotient.clear();
    remainder.assign(a, an);
    return;
  }
  if (bn == 1) {
    quotient.resize(an);
    Limb rem = divSmallInPlace(a, an, b[0], quotient.data());
    remainder.clear();
    if (rem)
      remainder.push_back(rem);
    return;
  }
  divmodKnuth(a, an, b, bn, quotient, remainder);
}

LimbBuffer shiftMagnitudeRight(const Limb *in, size_t n, uint64_t count) {
  LimbBuffer r;
  if (count >= uint64_t(n) * kLimbBits)
    return r;
  size_t limbShift = size_t(count / kLimbBits);
  int bitShift = int(count % kLimbBits);
  size_t rn = n - limbShift;
  r.resize(rn);
  for (size_t i = 0; i < rn; ++i) {
    Limb low = in[i + limbShift];
    Limb high = i + limbShift + 1 < n ? in[i + limbShift + 1] : 0;
    r[i] = bitShift ? (low >> bitShift) | (high << (kLimbBits - bitShift)) : low;
  }
  return r;
}

} // namespace

// ===========================================================================
// BigInt: construction and inspection
// ===========================================================================

struct BigIntOps {
  static BigInt make(LimbBuffer limbs, bool negative) { return BigInt(std::move(limbs), negative); }
  static const LimbBuffer &mag(const BigInt &x) { return x.limbs_; }
  static BigInt addSigned(const BigInt &a, const BigInt &b, bool negateB);
  static void truncDivmod(const BigInt &a, const BigInt &b, BigInt &q, BigInt &r);
  static void divmodSchoolbook(const BigInt &a, const BigInt &b, BigInt &q, BigInt &r);
  static BigInt bitSlice(const BigInt &x, uint64_t start, uint64_t count);
  static void div2n1n(const BigInt &a, const BigInt &b, uint64_t n, BigInt &q, BigInt &r);
  static void div3n2n(const BigInt &a12, const BigInt &a3, const BigInt &b, const BigInt &b1,
                      const BigInt &b2, uint64_t n, BigInt &q, BigInt &r);
  static void divmodRecursive(const BigInt &a, const BigInt &b, BigInt &q, BigInt &r);
  static BigInt mulMod(const BigInt &a, const BigInt &b, const BigInt &m);
  static BigIntResult<BigInt> modInverse(const BigInt &a, const BigInt &m);
  static void toTwosComplement(const BigInt &x, size_t n, LimbBuffer &out);
  static BigInt fromTwosComplement(LimbBuffer limbs);
  template <typename Op> static BigInt bitwise(const BigInt &a, const BigInt &b, Op op);
};

void BigInt::normalize() {
  size_t n = normalizedLength(limbs_.data(), limbs_.size());
  limbs_.resize(n);
  if (n == 0)
    negative_ = false;
}

BigInt::BigInt(int64_t value) {
  uint64_t magnitude = value < 0 ? 0 - uint64_t(value) : uint64_t(value);
  negative_ = value < 0;
  if (magnitude) {
    limbs_.push_back(Limb(magnitude));
    if (magnitude >> kLimbBits)
      limbs_.push_back(Limb(magnitude >> kLimbBits));
  }
}

BigInt BigInt::fromUint64(uint64_t value) {
  LimbBuffer limbs;
  limbs.push_back(Limb(value));
  limbs.push_back(Limb(value >> kLimbBits));
  return BigInt(std::move(limbs), false);
}

BigInt BigInt::fromLimbs(const uint32_t *limbs, size_t count, bool negative) {
  LimbBuffer buffer;
  buffer.assign(limbs, count);
  return BigInt(std::move(buffer), negative);
}

BigInt BigInt::fromDigits15(const uint16_t *digits, size_t count, bool negative) {
  LimbBuffer limbs;
  limbs.reserve((count * 15 + 31) / 32);
  Wide accumulator = 0;
  int bits = 0;
  for (size_t i = 0; i < count; ++i) {
    accumulator |= Wide(digits[i] & 0x7FFF) << bits;
    bits += 15;
    if (bits >= kLimbBits) {
      limbs.push_back(Limb(accumulator));
      accumulator >>= kLimbBits;
      bits -= kLimbBits;
    }
  }
  if (bits)
    limbs.push_back(Limb(accumulator));
  return BigInt(std::move(limbs), negative);
}

BigInt BigInt::fromDouble(double value) {
  assert(std::isfinite(value));
  constexpr double kTwo63 = 9223372036854775808.0;
  if (-kTwo63 <= value && value < kTwo63)
    return BigInt(int64_t(value)); // C++ conversion truncates toward zero
  // |value| >= 2^63 is an integer: mantissa * 2^(exponent - 53) exactly.
  int exponent;
  double fraction = std::frexp(std::fabs(value), &exponent);
  auto mantissa = uint64_t(std::ldexp(fraction, 53));
  BigInt result = *shiftLeft(fromUint64(mantissa), uint64_t(exponent - 53));
  return value < 0 ? -result : result;
}

bool BigInt::fitsUint64(uint64_t &out) const {
  if (negative_ || limbs_.size() > 2)
    return false;
  out = 0;
  for (size_t i = limbs_.size(); i-- > 0;)
    out = (out << kLimbBits) | limbs_[i];
  return true;
}

bool BigInt::fitsInt64(int64_t &out) const {
  if (limbs_.size() > 2)
    return false;
  uint64_t magnitude = 0;
  for (size_t i = limbs_.size(); i-- > 0;)
    magnitude = (magnitude << kLimbBits) | limbs_[i];
  if (!negative_) {
    if (magnitude > uint64_t(INT64_MAX))
      return false;
    out = int64_t(magnitude);
    return true;
  }
  if (magnitude > uint64_t(INT64_MAX) + 1)
    return false;
  out = int64_t(0 - magnitude);
  return true;
}

uint64_t BigInt::bitLength() const {
  if (limbs_.empty())
    return 0;
  return uint64_t(limbs_.size() - 1) * kLimbBits + uint64_t(std::bit_width(limbs_.back()));
}

uint64_t BigInt::bitCount() const {
  uint64_t count = 0;
  for (size_t i = 0; i < limbs_.size(); ++i)
    count += uint64_t(std::popcount(limbs_[i]));
  return count;
}

// ===========================================================================
// Comparison, negation, add/sub/mul
// ===========================================================================

int BigInt::compare(const BigInt &a, const BigInt &b) {
  if (a.negative_ != b.negative_)
    return a.negative_ ? -1 : 1;
  int c = compareMagnitude(a.limbs_.data(), a.limbs_.size(), b.limbs_.data(), b.limbs_.size());
  return a.negative_ ? -c : c;
}

bool operator==(const BigInt &a, const BigInt &b) { return BigInt::compare(a, b) == 0; }

std::strong_ordering operator<=>(const BigInt &a, const BigInt &b) {
  return BigInt::compare(a, b) <=> 0;
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.isZero())
    r.negative_ = !r.negative_;
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.negative_ = false;
  return r;
}

BigInt BigIntOps::addSigned(const BigInt &a, const BigInt &b, bool negateB) {
  int64_t x, y, sum;
  if (a.fitsInt64(x) && b.fitsInt64(y)) {
    bool overflow =
        negateB ? __builtin_sub_overflow(x, y, &sum) : __builtin_add_overflow(x, y, &sum);
    if (!overflow)
      return BigInt(sum);
  }
  const LimbBuffer &am = a.limbs_, &bm = b.limbs_;
  bool bNegative = b.negative_ != negateB;
  if (a.negative_ == bNegative)
    return make(addMagnitudes(am.data(), am.size(), bm.data(), bm.size()), a.negative_);
  int c = compareMagnitude(am.data(), am.size(), bm.data(), bm.size());
  if (c == 0)
    return BigInt();
  if (c > 0)
    return make(subMagnitudes(am.data(), am.size(), bm.data(), bm.size()), a.negative_);
  return make(subMagnitudes(bm.data(), bm.size(), am.data(), am.size()), bNegative);
}

BigInt operator+(const BigInt &a, const BigInt &b) { return BigIntOps::addSigned(a, b, false); }

BigInt operator-(const BigInt &a, const BigInt &b) { return BigIntOps::addSigned(a, b, true); }

BigInt operator*(const BigInt &a, const BigInt &b) {
  const LimbBuffer &am = a.limbs_, &bm = b.limbs_;
  return BigIntOps::make(mulMagnitudes(am.data(), am.size(), bm.data(), bm.size()),
                         a.negative_ != b.negative_);
}

// ===========================================================================
// Division
// ===========================================================================

static BigIntError divisionByZero() {
  // CPython 3.14 uses the same text for /, //, % and divmod.
  return {BigIntErrorKind::ZeroDivision, "division by zero"};
}

// Truncating (C-style) division; b != 0.
// Knuth's algorithm D on the magnitudes, signs as C's truncating division.
void BigIntOps::divmodSchoolbook(const BigInt &a, const BigInt &b, BigInt &q, BigInt &r) {
  LimbBuffer qm, rm;
  divmodMagnitudes(a.limbs_.data(), a.limbs_.size(), b.limbs_.data(), b.limbs_.size(), qm, rm);
  q = make(std::move(qm), a.negative_ != b.negative_);
  r = make(std::move(rm), a.negative_);
}

// Below this many bits of divisor or quotient, algorithm D is faster than
// the recursion (CPython's _pylong uses the same 4000-bit limit).
constexpr uint64_t kRecursiveDivisionBits = 4000;

// Bits [start, start + count) of a non-negative x, without copying the rest.
BigInt BigIntOps::bitSlice(const BigInt &x, uint64_t start, uint64_t count) {
  size_t n = x.limbs_.size();
  size_t firstLimb = size_t(start / kLimbBits);
  if (firstLimb >= n || count == 0)
    return BigInt();
  size_t lastLimb = std::min(n, size_t((start + count) / kLimbBits) + 1);
  BigInt window = make(
      shiftMagnitudeRight(x.limbs_.data() + firstLimb, lastLimb - firstLimb, start % kLimbBits),
      false);
  if (window.bitLength() <= count)
    return window;
  window.limbs_.resize(size_t((count + kLimbBits - 1) / kLimbBits));
  if (count % kLimbBits)
    window.limbs_[window.limbs_.size() - 1] &= (Limb(1) << (count % kLimbBits)) - 1;
  window.normalize();
  return window;
}

// Burnikel-Ziegler style recursive division of a 2n-bit a by an n-bit b
// (a < 2^n * b): two 3n/2n steps, each one half-size recursive division.
// CPython: Lib/_pylong.py _div2n1n
void BigIntOps::div2n1n(const BigInt &a, const BigInt &b, uint64_t n, BigInt &q, BigInt &r) {
  if (a.bitLength() <= n + kRecursiveDivisionBits) {
    divmodSchoolbook(a, b, q, r);
    return;
  }
  bool pad = n & 1;
  BigInt aa = a, bb = b;
  if (pad) {
    aa = *BigInt::shiftLeft(a, 1);
    bb = *BigInt::shiftLeft(b, 1);
    ++n;
  }
  uint64_t half = n / 2;
  BigInt b1 = BigInt::shiftRight(bb, half), b2 = bitSlice(bb, 0, half);
  BigInt q1, q2, rem;
  div3n2n(BigInt::shiftRight(aa, n), bitSlice(aa, half, half), bb, b1, b2, half, q1, rem);
  div3n2n(rem, bitSlice(aa, 0, half), bb, b1, b2, half, q2, r);
  if (pad)
    r = BigInt::shiftRight(r, 1);
  q = *BigInt::shiftLeft(q1, half) + q2; // q2 < 2^half, so this is an OR
}

// CPython: Lib/_pylong.py _div3n2n
void BigIntOps::div3n2n(const BigInt &a12, const BigInt &a3, const BigInt &b, const BigInt &b1,
                        const BigInt &b2, uint64_t n, BigInt &q, BigInt &r) {
  if (BigInt::shiftRight(a12, n) == b1) {
    q = *BigInt::shiftLeft(BigInt(1), n) - BigInt(1);
    r = a12 - *BigInt::shiftLeft(b1, n) + b1;
  } else {
    div2n1n(a12, b1, n, q, r);
  }
  r = (*BigInt::shiftLeft(r, n) + a3) - q * b2;
  // The estimate from the top halves is at most 2 too large.
  while (r.isNegative()) {
    q = q - BigInt(1);
    r = r + b;
  }
}

// Long division in base 2^n, n = bits(b), each digit step a 2n/n division.
// CPython: Lib/_pylong.py _divmod_pos
void BigIntOps::divmodRecursive(const BigInt &a, const BigInt &b, BigInt &q, BigInt &r) {
  uint64_t n = b.bitLength();
  uint64_t digits = (a.bitLength() + n - 1) / n;
  LimbBuffer quotient;
  quotient.resize(size_t((digits * n) / kLimbBits + 2));
  r = BigInt();
  for (uint64_t i = digits; i-- > 0;) {
    BigInt digit, partial = *BigInt::shiftLeft(r, n) + bitSlice(a, i * n, n);
    div2n1n(partial, b, n, digit, r);
    // Digits occupy disjoint bit ranges: add each at its offset.
    BigInt placed = *BigInt::shiftLeft(digit, (i * n) % kLimbBits);
    size_t offset = size_t((i * n) / kLimbBits);
    addInPlace(quotient.data() + offset, quotient.size() - offset, placed.limbs_.data(),
               placed.limbs_.size());
  }
  q = make(std::move(quotient), false);
}

// Truncating (C-style) division; b != 0.
void BigIntOps::truncDivmod(const BigInt &a, const BigInt &b, BigInt &q, BigInt &r) {
  uint64_t bBits = b.bitLength(), aBits = a.bitLength();
  if (bBits <= kRecursiveDivisionBits || aBits <= bBits + kRecursiveDivisionBits) {
    divmodSchoolbook(a, b, q, r);
    return;
  }
  divmodRecursive(a.abs(), b.abs(), q, r);
  if (a.negative_ != b.negative_)
    q = -q;
  if (a.negative_)
    r = -r;
}

// CPython: Objects/longobject.c l_divmod
BigIntResult<BigInt::DivMod> BigInt::divmod(const BigInt &a, const BigInt &b) {
  if (b.isZero())
    return divisionByZero();
  int64_t x, y;
  if (a.fitsInt64(x) && b.fitsInt64(y) && !(x == INT64_MIN && y == -1)) {
    int64_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      q -= 1;
      r += y;
    }
    return DivMod{BigInt(q), BigInt(r)};
  }
  DivMod result;
  BigIntOps::truncDivmod(a, b, result.quotient, result.remainder);
  // Truncation rounds toward zero; Python floors, so adjust when the signs
  // differ and the division was inexact.
  if (!result.remainder.isZero() && a.negative_ != b.negative_) {
    result.quotient = result.quotient - BigInt(1);
    result.remainder = result.remainder + b;
  }
  return result;
}

BigIntResult<BigInt> BigInt::floorDiv(const BigInt &a, const BigInt &b) {
  auto result = divmod(a, b);
  if (!result)
    return result.error();
  return std::move(result->quotient);
}

BigIntResult<BigInt> BigInt::mod(const BigInt &a, const BigInt &b) {
  auto result = divmod(a, b);
  if (!result)
    return result.error();
  return std::move(result->remainder);
}

// ===========================================================================
// Powers
// ===========================================================================

static BigIntError memoryError() { return {BigIntErrorKind::Memory, ""}; }

// Results above this many bits cannot be stored (LimbBuffer counts limbs in
// 32 bits); report MemoryError instead of attempting the allocation.
static constexpr uint64_t kMaxBits = uint64_t(UINT32_MAX - 1) * kLimbBits;

// CPython: Objects/longobject.c long_pow (the modulus-free part)
BigIntResult<BigInt> BigInt::pow(const BigInt &base, const BigInt &exponent) {
  if (exponent.isNegative())
    return BigIntError{BigIntErrorKind::Value, "pow() negative exponent needs the float path"};
  if (exponent.isZero())
    return BigInt(1);
  // Bases 0, 1 and -1 stay small for any exponent.
  if (base.isZero() || (base.limbs_.size() == 1 && base.limbs_[0] == 1))
    return base.isNegative() && !exponent.isOdd() ? BigInt(1) : base;
  uint64_t e;
  if (!exponent.fitsUint64(e))
    return memoryError();
  uint64_t baseBits = base.bitLength();
  if (e > kMaxBits / baseBits + 1 || (baseBits - 1) * e > kMaxBits)
    return memoryError();
  bool negative = base.isNegative() && (e & 1);
  // Powers of two are a single shift.
  if (base.bitCount() == 1) {
    auto shifted = shiftLeft(BigInt(1), (baseBits - 1) * e);
    if (!shifted)
      return shifted;
    return negative ? -*shifted : std::move(*shifted);
  }
  // Left-to-right binary exponentiation.
  BigInt magnitude = base.abs();
  BigInt result = magnitude;
  for (int bit = std::bit_width(e) - 2; bit >= 0; --bit) {
    result = result * result;
    if ((e >> bit) & 1)
      result = result * magnitude;
  }
  return negative ? -result : result;
}

// (a * b) mod m for 0 <= a, b < m.
BigInt BigIntOps::mulMod(const BigInt &a, const BigInt &b, const BigInt &m) {
  BigInt q, r;
  truncDivmod(a * b, m, q, r);
  return r;
}

// Extended Euclid: x with a*x == 1 (mod m), 0 <= x < m; m > 1, 0 <= a < m.
// CPython: Objects/longobject.c long_invmod
BigIntResult<BigInt> BigIntOps::modInverse(const BigInt &a, const BigInt &m) {
  BigInt oldR = a, r = m, oldS(1), s(0);
  while (!r.isZero()) {
    BigInt q, rem;
    truncDivmod(oldR, r, q, rem);
    oldR = std::move(r);
    r = std::move(rem);
    BigInt nextS = oldS - q * s;
    oldS = std::move(s);
    s = std::move(nextS);
  }
  if (!(oldR == BigInt(1)))
    return BigIntError{BigIntErrorKind::Value, "base is not invertible for the given modulus"};
  return *BigInt::mod(oldS, m);
}

// CPython: Objects/longobject.c long_pow (three-argument form)
BigIntResult<BigInt> BigInt::powMod(const BigInt &base, const BigInt &exponent,
                                    const BigInt &modulus) {
  if (modulus.isZero())
    return BigIntError{BigIntErrorKind::Value, "pow() 3rd argument cannot be 0"};
  bool negativeOutput = modulus.isNegative();
  BigInt m = modulus.abs();
  if (m == BigInt(1))
    return BigInt(0);
  BigInt a = *mod(base, m);
  BigInt e = exponent;
  if (e.isNegative()) {
    auto inverse = BigIntOps::modInverse(a, m);
    if (!inverse)
      return inverse;
    a = std::move(*inverse);
    e = -e;
  }
  BigInt result(1);
  uint64_t mSmall;
  if (m.fitsUint64(mSmall)) {
    // Single-word modulus: 128-bit products avoid all allocation.
    uint64_t acc = 1, b = 0;
    a.fitsUint64(b);
    for (uint64_t bit = e.bitLength(); bit-- > 0;) {
      acc = uint64_t((unsigned __int128)acc * acc % mSmall);
      if ((e.limbs_[bit / kLimbBits] >> (bit % kLimbBits)) & 1)
        acc = uint64_t((unsigned __int128)acc * b % mSmall);
    }
    result = fromUint64(acc);
  } else {
    for (uint64_t bit = e.bitLength(); bit-- > 0;) {
      result = BigIntOps::mulMod(result, result, m);
      if ((e.limbs_[bit / kLimbBits] >> (bit % kLimbBits)) & 1)
        result = BigIntOps::mulMod(result, a, m);
    }
  }
  if (negativeOutput && !result.isZero())
    result = result - m;
  return result;
}

// ===========================================================================
// Shifts
// ===========================================================================

BigIntResult<BigInt> BigInt::shiftLeft(const BigInt &a, uint64_t count) {
  if (a.isZero() || count == 0)
    return a;
  if (count > kMaxBits || a.bitLength() + count > kMaxBits)
    return memoryError();
  size_t limbShift = size_t(count / kLimbBits);
  int bitShift = int(count % kLimbBits);
  size_t n = a.limbs_.size();
  LimbBuffer r;
  r.resize(n + limbShift + 1);
  Limb *out = r.data() + limbShift;
  const Limb *in = a.limbs_.data();
  if (bitShift == 0) {
    std::memcpy(out, in, n * sizeof(Limb));
  } else {
    Limb carry = 0;
    for (size_t i = 0; i < n; ++i) {
      out[i] = (in[i] << bitShift) | carry;
      carry = in[i] >> (kLimbBits - bitShift);
    }
    out[n] = carry;
  }
  return BigIntOps::make(std::move(r), a.negative_);
}

BigInt BigInt::shiftRight(const BigInt &a, uint64_t count) {
  if (!a.negative_)
    return BigIntOps::make(shiftMagnitudeRight(a.limbs_.data(), a.limbs_.size(), count), false);
  // Floor semantics: a >> k == ~(~a >> k), and ~a = |a| - 1 is non-negative.
  BigInt complement = a.abs() - BigInt(1);
  BigInt shifted = BigIntOps::make(
      shiftMagnitudeRight(complement.limbs_.data(), complement.limbs_.size(), count), false);
  return ~shifted;
}

// ===========================================================================
// Bitwise operations (infinite two's complement)
// ===========================================================================

// Writes x as an n-limb two's-complement number; n must exceed x's size so
// the top limb carries the sign.
void BigIntOps::toTwosComplement(const BigInt &x, size_t n, LimbBuffer &out) {
  out.clear();
  out.resize(n);
  std::memcpy(out.data(), x.limbs_.data(), x.limbs_.size() * sizeof(Limb));
  if (x.negative_) {
    // -|x| == ~(|x| - 1)
    Limb one = 1;
    subInPlace(out.data(), n, &one, 1);
    for (size_t i = 0; i < n; ++i)
      out[i] = ~out[i];
  }
}

BigInt BigIntOps::fromTwosComplement(LimbBuffer limbs) {
  bool negative = !limbs.empty() && (limbs.back() >> (kLimbBits - 1));
  if (negative) {
    for (size_t i = 0; i < limbs.size(); ++i)
      limbs[i] = ~limbs[i];
    Limb one = 1;
    addInPlace(limbs.data(), limbs.size(), &one, 1);
  }
  return make(std::move(limbs), negative);
}

template <typename Op> BigInt BigIntOps::bitwise(const BigInt &a, const BigInt &b, Op op) {
  size_t n = std::max(a.limbs_.size(), b.limbs_.size()) + 1;
  LimbBuffer x, y;
  toTwosComplement(a, n, x);
  toTwosComplement(b, n, y);
  for (size_t i = 0; i < n; ++i)
    x[i] = op(x[i], y[i]);
  return fromTwosComplement(std::move(x));
}

BigInt operator&(const BigInt &a, const BigInt &b) {
  return BigIntOps::bitwise(a, b, [](Limb x, Limb y) { return x & y; });
}

BigInt operator|(const BigInt &a, const BigInt &b) {
  return BigIntOps::bitwise(a, b, [](Limb x, Limb y) { return x | y; });
}

BigInt operator^(const BigInt &a, const BigInt &b) {
  return BigIntOps::bitwise(a, b, [](Limb x, Limb y) { return x ^ y; });
}

BigInt BigInt::operator~() const { return -(*this + BigInt(1)); }

// ===========================================================================
// Number theory
// ===========================================================================

// Lehmer's algorithm: run Euclid on the leading 62 bits only, collecting
// the steps as a 2x2 cofactor matrix, then apply the matrix to the full
// numbers at O(n) cost. Each round removes about 60 bits, where a full
// Euclid step would cost a division for a handful of bits.
// CPython: Objects/longobject.c _PyLong_GCD
BigInt BigInt::gcd(const BigInt &a, const BigInt &b) {
  BigInt x = a.abs(), y = b.abs();
  if (x < y)
    std::swap(x, y);
  while (!y.isZero()) {
    uint64_t xs, ys;
    if (x.fitsUint64(xs) && y.fitsUint64(ys))
      return fromUint64(std::gcd(xs, ys));
    uint64_t shift = x.bitLength() > 62 ? x.bitLength() - 62 : 0;
    int64_t xTop = 0, yTop = 0;
    shiftRight(x, shift).fitsInt64(xTop);
    shiftRight(y, shift).fitsInt64(yTop);
    // Knuth's Algorithm L: the quotient is certain while both
    // (xTop + A) / (yTop - C) and (xTop + B) / (yTop + D) agree.
    int64_t A = 1, B = 0, C = 0, D = 1;
    for (;;) {
      if (yTop - C == 0 || yTop + D == 0)
        break;
      int64_t q = (xTop + A) / (yTop - C);
      if (q != (xTop + B) / (yTop + D))
        break;
      int64_t t = A - q * C;
      A = C;
      C = t;
      t = B - q * D;
      B = D;
      D = t;
      t = xTop - q * yTop;
      xTop = yTop;
      yTop = t;
    }
    if (B == 0) {
      // No certain step: fall back to one full Euclid step.
      BigInt q, r;
      BigIntOps::truncDivmod(x, y, q, r);
      x = std::move(y);
      y = std::move(r);
    } else {
      // The matrix has determinant +-1, so the gcd is preserved; the top
      // bits only approximate the quotients, so normalise signs and order.
      BigInt nextX = (BigInt(A) * x + BigInt(B) * y).abs();
      y = (BigInt(C) * x + BigInt(D) * y).abs();
      x = std::move(nextX);
      if (x < y)
        std::swap(x, y);
    }
  }
  return x;
}

// Newton's iteration from above: x_{k+1} = (x_k + n / x_k) / 2 decreases
// monotonically to floor(sqrt(n)) once x_0 >= sqrt(n).
BigIntResult<BigInt> BigInt::isqrt(const BigInt &n) {
  if (n.isNegative())
    return BigIntError{BigIntErrorKind::Value, "isqrt() argument must be nonnegative"};
  if (n.isZero())
    return BigInt(0);
  uint64_t small;
  if (n.fitsUint64(small)) {
    auto root = uint64_t(std::sqrt(double(small)));
    // The double estimate can be off by one in either direction.
    while (root > 0 && (root > UINT32_MAX || root * root > small))
      --root;
    while (root + 1 <= UINT32_MAX && (root + 1) * (root + 1) <= small)
      ++root;
    return fromUint64(root);
  }
  BigInt x = *shiftLeft(BigInt(1), (n.bitLength() + 1) / 2);
  for (;;) {
    BigInt q, r;
    BigIntOps::truncDivmod(n, x, q, r);
    BigInt y = shiftRight(x + q, 1);
    if (!(y < x))
      return x;
    x = std::move(y);
  }
}

} // namespace pyvm
