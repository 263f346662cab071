// A Value is one machine word: a small integer tagged inline, or a pointer to a
// heap Object. The all-zero word is "null": no value (an error is pending, a
// slot is empty, an optional argument is missing).
//
// Ownership is explicit. A Value never owns anything; a Ref owns one strong
// reference and releases it when it goes out of scope. The eval loop's stack
// holds owned Values by hand for speed; native code uses Ref.
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace pyvm {

struct Object;
struct Type;

class Value {
public:
  // Inline ints use 63 bits; anything wider is a heap int (see vm/int.h).
  static constexpr int64_t kSmallIntMin = -(int64_t(1) << 62);
  static constexpr int64_t kSmallIntMax = (int64_t(1) << 62) - 1;

  constexpr Value() = default;
  static Value fromObject(Object *object) {
    return Value(reinterpret_cast<uintptr_t>(object));
  }
  static constexpr bool fitsSmallInt(int64_t v) {
    return v >= kSmallIntMin && v <= kSmallIntMax;
  }
  static Value fromSmallInt(int64_t v) {
    assert(fitsSmallInt(v) && "small int out of range");
    return Value((static_cast<uintptr_t>(v) << 1) | 1);
  }
  static constexpr Value fromBits(uintptr_t bits) { return Value(bits); }

  bool isNull() const { return bits_ == 0; }
  explicit operator bool() const { return bits_ != 0; }
  bool isSmallInt() const { return bits_ & 1; }
  bool isObject() const { return bits_ != 0 && !(bits_ & 1); }
  int64_t smallInt() const {
    assert(isSmallInt());
    return static_cast<int64_t>(bits_) >> 1;
  }
  Object *object() const {
    assert(!isSmallInt());
    return reinterpret_cast<Object *>(bits_);
  }
  template <typename T> T *as() const { return static_cast<T *>(object()); }
  uintptr_t bits() const { return bits_; }

  // Identity, as Python's `is`.
  bool is(Value other) const { return bits_ == other.bits_; }
  bool operator==(const Value &) const = default;

  inline Type *type() const;

private:
  constexpr explicit Value(uintptr_t bits) : bits_(bits) {}
  uintptr_t bits_ = 0;
};

// The header every heap object starts with.
// CPython: Include/object.h PyObject
struct Object {
  intptr_t refcount = 1;
  Type *type = nullptr;
};

extern Type IntType;

inline Type *Value::type() const {
  return isSmallInt() ? &IntType : object()->type;
}

void deallocObject(Object *object); // vm/object.cpp: type->dealloc, then free

inline void incref(Value v) {
  if (v.isObject())
    ++v.object()->refcount;
}
inline void decref(Value v) {
  if (v.isObject() && --v.object()->refcount == 0)
    deallocObject(v.object());
}
inline void xincref(Value v) { incref(v); } // null-safe by construction
inline void xdecref(Value v) { decref(v); }

// An owned reference. Empty (null) means "an exception is pending" when it is
// the result of a fallible operation (the CPython convention: NULL + error
// indicator in the thread state).
class Ref {
public:
  Ref() = default;
  // Takes over a reference the caller already owns.
  static Ref steal(Value v) { return Ref(v); }
  static Ref steal(Object *o) { return Ref(Value::fromObject(o)); }
  // Adds a reference to a borrowed value.
  static Ref borrow(Value v) {
    incref(v);
    return Ref(v);
  }
  static Ref borrow(Object *o) { return borrow(Value::fromObject(o)); }
  static Ref smallInt(int64_t v) { return Ref(Value::fromSmallInt(v)); }

  Ref(const Ref &other) : v_(other.v_) { incref(v_); }
  Ref(Ref &&other) noexcept : v_(std::exchange(other.v_, Value())) {}
  Ref &operator=(Ref other) noexcept {
    std::swap(v_, other.v_);
    return *this;
  }
  ~Ref() { decref(v_); }

  Value get() const { return v_; }
  Value operator*() const { return v_; }
  explicit operator bool() const { return !v_.isNull(); }
  bool isNull() const { return v_.isNull(); }
  Type *type() const { return v_.type(); }
  template <typename T> T *as() const { return v_.as<T>(); }

  // Gives up ownership without a decref: the caller now owns the reference.
  [[nodiscard]] Value release() { return std::exchange(v_, Value()); }
  void reset() { decref(std::exchange(v_, Value())); }

private:
  explicit Ref(Value v) : v_(v) {}
  Value v_;
};

} // namespace pyvm
