// Arbitrary-precision signed integer with exactly CPython 3.14 `int`
// semantics. The VM keeps small ints tagged inline and falls back to BigInt
// on overflow, so the API favours cheap construction from int64_t and cheap
// "does it fit back?" checks.
//
// No C++ exceptions cross this API (apart from std::bad_alloc on memory
// exhaustion): fallible operations return BigIntResult<T>, whose error carries
// the Python exception kind and CPython's exact message text.
#ifndef PYVM_VM_BIGINT_H
#define PYVM_VM_BIGINT_H

#include <cassert>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace pyvm {

enum class BigIntErrorKind : uint8_t {
  ZeroDivision, // ZeroDivisionError
  Overflow,     // OverflowError
  Value,        // ValueError
  Memory,       // MemoryError (result too large to allocate; empty message)
};

struct BigIntError {
  BigIntErrorKind kind;
  std::string message; // exact CPython 3.14 text, ready for the exception
};

template <typename T> class [[nodiscard]] BigIntResult {
public:
  BigIntResult(T value) : state_(std::move(value)) {}
  BigIntResult(BigIntError error) : state_(std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T &value() {
    assert(ok());
    return std::get<0>(state_);
  }
  const T &value() const {
    assert(ok());
    return std::get<0>(state_);
  }
  T &operator*() { return value(); }
  const T &operator*() const { return value(); }
  T *operator->() { return &value(); }
  const T *operator->() const { return &value(); }

  const BigIntError &error() const {
    assert(!ok());
    return std::get<1>(state_);
  }

private:
  std::variant<T, BigIntError> state_;
};

// Little-endian base-2^32 limb storage with room for two limbs inline, so
// every value that fits in 64 bits lives without a heap allocation.
class LimbBuffer {
public:
  static constexpr uint32_t kInlineCapacity = 2;

  LimbBuffer() : inline_{0, 0} {}
  LimbBuffer(const LimbBuffer &other);
  LimbBuffer(LimbBuffer &&other) noexcept;
  LimbBuffer &operator=(const LimbBuffer &other);
  LimbBuffer &operator=(LimbBuffer &&other) noexcept;
  ~LimbBuffer() { release(); }

  uint32_t *data() { return isInline() ? inline_ : heap_; }
  const uint32_t *data() const { return isInline() ? inline_ : heap_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  uint32_t &operator[](size_t i) { return data()[i]; }
  uint32_t operator[](size_t i) const { return data()[i]; }
  uint32_t back() const { return data()[size_ - 1]; }

  void clear() { size_ = 0; }
  void reserve(size_t capacity);
  // Grows with zero-filled limbs or shrinks; capacity is never reduced.
  void resize(size_t newSize);
  void push_back(uint32_t limb);
  void pop_back() { --size_; }
  void assign(const uint32_t *limbs, size_t count);

private:
  bool isInline() const { return capacity_ == kInlineCapacity; }
  void release();

  uint32_t size_ = 0;
  uint32_t capacity_ = kInlineCapacity;
  union {
    uint32_t inline_[kInlineCapacity];
    uint32_t *heap_;
  };
};

struct BigIntDivMod;

class BigInt {
public:
  // ---- Construction ------------------------------------------------------
  BigInt() = default;    // zero
  BigInt(int64_t value); // implicit on purpose: BigInt x = 5;
  static BigInt fromUint64(uint64_t value);
  // Magnitude given as little-endian base-2^32 limbs (need not be normalised).
  static BigInt fromLimbs(const uint32_t *limbs, size_t count, bool negative);
  // Marshal's representation: little-endian base-2^15 digits.
  static BigInt fromDigits15(const uint16_t *digits, size_t count, bool negative);
  // int(float): truncates toward zero. `value` must be finite (the caller
  // raises OverflowError/ValueError for inf/nan).
  static BigInt fromDouble(double value);

  // ---- Inspection --------------------------------------------------------
  bool isZero() const { return limbs_.empty(); }
  bool isNegative() const { return negative_; }
  bool isOdd() const { return !limbs_.empty() && (limbs_[0] & 1); }
  int sign() const { return negative_ ? -1 : (limbs_.empty() ? 0 : 1); }
  bool fitsInt64(int64_t &out) const;
  bool fitsUint64(uint64_t &out) const;
  // Magnitude limbs, little-endian, normalised (no leading zero limb).
  const uint32_t *limbs() const { return limbs_.data(); }
  size_t limbCount() const { return limbs_.size(); }

  uint64_t bitLength() const; // int.bit_length()
  uint64_t bitCount() const;  // int.bit_count()
  // hash(n) on 64-bit CPython (modulus 2**61 - 1; -1 becomes -2).
  int64_t hash() const;

  // ---- Comparison --------------------------------------------------------
  static int compare(const BigInt &a, const BigInt &b); // -1, 0, 1
  friend bool operator==(const BigInt &a, const BigInt &b);
  friend std::strong_ordering operator<=>(const BigInt &a, const BigInt &b);

  // ---- Arithmetic --------------------------------------------------------
  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt &a, const BigInt &b);
  friend BigInt operator-(const BigInt &a, const BigInt &b);
  friend BigInt operator*(const BigInt &a, const BigInt &b);

  using DivMod = BigIntDivMod;
  // Floor division with Python's sign rules: remainder has the sign of b.
  static BigIntResult<DivMod> divmod(const BigInt &a, const BigInt &b);
  static BigIntResult<BigInt> floorDiv(const BigInt &a, const BigInt &b);
  static BigIntResult<BigInt> mod(const BigInt &a, const BigInt &b);
  // a / b correctly rounded to a double, as CPython's long_true_divide.
  static BigIntResult<double> trueDivide(const BigInt &a, const BigInt &b);

  // a ** exponent for exponent >= 0 (a negative exponent is the caller's
  // float path and yields a ValueError here).
  static BigIntResult<BigInt> pow(const BigInt &base, const BigInt &exponent);
  // pow(base, exponent, modulus), negative exponent -> modular inverse.
  static BigIntResult<BigInt> powMod(const BigInt &base, const BigInt &exponent,
                                     const BigInt &modulus);

  // ---- Bits --------------------------------------------------------------
  // Negative counts are the caller's "negative shift count" ValueError.
  static BigIntResult<BigInt> shiftLeft(const BigInt &a, uint64_t count);
  static BigInt shiftRight(const BigInt &a, uint64_t count); // floors
  // Bitwise ops use infinite two's-complement semantics like Python.
  friend BigInt operator&(const BigInt &a, const BigInt &b);
  friend BigInt operator|(const BigInt &a, const BigInt &b);
  friend BigInt operator^(const BigInt &a, const BigInt &b);
  BigInt operator~() const; // -(a + 1)

  // ---- Number theory -----------------------------------------------------
  static BigInt gcd(const BigInt &a, const BigInt &b); // always >= 0
  static BigIntResult<BigInt> isqrt(const BigInt &a);  // math.isqrt

  // ---- Conversions -------------------------------------------------------
  // float(n): correctly rounded (half-even); OverflowError when too large.
  BigIntResult<double> toDouble() const;

  // Full int(text, base) parser: surrounding ASCII whitespace, optional
  // sign, 0x/0o/0b prefix (base 0 or matching base), single underscores
  // between digits, base 0 rejecting leading zeros. Errors: ValueError with
  // CPython's "invalid literal ..." message (repr of text truncated to 200
  // characters), the base-range message, or the max-str-digits message. The
  // caller must first map non-ASCII Unicode digits/spaces to ASCII.
  static BigIntResult<BigInt> fromString(std::string_view text, int base);
  // Plain digits only, no sign/prefix/underscores/whitespace; base 2..36.
  // Applies the max-str-digits limit.
  static BigIntResult<BigInt> fromDigitString(std::string_view digits, int base);
  // Digits in base 2..36 (lowercase), '-' for negatives, no prefix. For
  // base 10 (any base that is not a power of two) this enforces the
  // max-str-digits limit; power-of-two bases never fail.
  BigIntResult<std::string> toString(int base = 10) const;

  // int.to_bytes / int.from_bytes.
  BigIntResult<std::vector<uint8_t>> toBytes(size_t length, bool littleEndian, bool isSigned) const;
  static BigInt fromBytes(const uint8_t *bytes, size_t length, bool littleEndian, bool isSigned);

  // sys.get_int_max_str_digits / sys.set_int_max_str_digits (0 = no limit).
  // The caller validates the range (0 or >= 640) before setting.
  static int maxStrDigits();
  static void setMaxStrDigits(int limit);
  static constexpr int kDefaultMaxStrDigits = 4300;
  // Below this many digits the limit is never checked (CPython's threshold).
  static constexpr int kMaxStrDigitsThreshold = 640;

private:
  friend struct BigIntOps;
  void normalize();
  BigInt(LimbBuffer limbs, bool negative) : limbs_(std::move(limbs)), negative_(negative) {
    normalize();
  }

  LimbBuffer limbs_;
  bool negative_ = false; // never true for zero
};

struct BigIntDivMod {
  BigInt quotient;
  BigInt remainder;
};

} // namespace pyvm

#endif // PYVM_VM_BIGINT_H
