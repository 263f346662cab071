// Python int and bool. An exact int in [-2^62, 2^62) is a tagged Value with no
// heap object; wider values and instances of int subclasses are IntObjects.
// CPython: Objects/longobject.c, Objects/boolobject.c
#pragma once

#include "vm/bigint.h"
#include "vm/object.h"

#include <string>
#include <string_view>

namespace pyvm {

struct IntObject : Object {
  BigInt value;
};

extern Type BoolType;
extern IntObject TrueObject;
extern IntObject FalseObject;

inline Value True() { return Value::fromObject(&TrueObject); }
inline Value False() { return Value::fromObject(&FalseObject); }
inline Ref newBool(bool b) { return Ref::borrow(b ? True() : False()); }

// True for int and its subclasses (bool included).
inline bool isInt(Value v) {
  return v.isSmallInt() || v.type()->hasFlag(kTypeIntSubclass);
}

// a OP b for two tagged ints and OP one of + - & | ^ (or the in-place
// form): the result, when it is tagged too; null otherwise (the caller takes
// the general path). CPython: Python/bytecodes.c BINARY_OP_ADD_INT,
// BINARY_OP_SUBTRACT_INT
inline Value smallIntBinaryOp(Value a, Value b, uint32_t oparg) {
  if (!a.isSmallInt() || !b.isSmallInt())
    return Value();
  if (oparg >= uint32_t(kInplaceOffset) && oparg < uint32_t(kBinaryOpSubscr))
    oparg -= kInplaceOffset;
  int64_t x = a.smallInt(), y = b.smallInt(), r;
  switch (BinaryOp(oparg)) {
  case BinaryOp::Add: r = x + y; break;
  case BinaryOp::Subtract: r = x - y; break;
  case BinaryOp::And: return Value::fromSmallInt(x & y);
  case BinaryOp::Or: return Value::fromSmallInt(x | y);
  case BinaryOp::Xor: return Value::fromSmallInt(x ^ y);
  default: return Value();
  }
  return Value::fitsSmallInt(r) ? Value::fromSmallInt(r) : Value();
}

Ref newInt(int64_t v);
Ref newInt(BigInt &&v); // normalises to a tagged Value when it fits
Ref newInt(const BigInt &v);

// The value of any int (tagged or heap) as a BigInt.
BigInt intToBigInt(Value v);
// Reads an int that fits in int64; false (no exception set) when it does not.
bool intFitsInt64(Value v, int64_t *out);
// Reads an int as int64, raising OverflowError("Python int too large to
// convert to C ssize_t")-style errors. -1 with error pending on failure.
bool intAsInt64(Value v, int64_t *out);
// float(int), with OverflowError when too large.
bool intAsDouble(Value v, double *out);

// hash() of an int that fits in int64 (CPython: long_hash; modulus 2**61-1).
int64_t hashInt64(int64_t v);
// int(x) with one argument: str/bytes/bytearray parsing, float truncation,
// __int__, __index__. CPython: Objects/abstract.c PyNumber_Long
Ref toIntObject(Value v);
// int(text, base) for a str, bytes or bytearray `text`.
Ref intFromText(Value text, int base);
// int(v) as an exact int (not a subclass, not bool): v must be an int.
Ref intExact(Value v);
// repr(int) / str(int) (ValueError beyond sys.get_int_max_str_digits()).
Ref intRepr(Value v);
// Exact floor division/modulo pieces used by divmod(): (q, r) tuple.
Ref intDivmod(Value a, Value b);

// NEEDS(core): issue a warning as CPython's PyErr_WarnEx(category, message,
// stacklevel) (prints "file:line: DeprecationWarning: ..." under the default
// filters; -1 when the warning was turned into an exception). vm/int.cpp has a
// weak no-op fallback. The numbers use it for ~bool, complex(complex, ...) and
// __int__/__float__ returning a subclass.
int warnEx(Type *category, std::string_view message, int stacklevel);

// The type name Argument Clinic shows for a bad argument: "None" for None,
// else the type's name (CPython: _PyArg_BadArgument).
const std::string &argTypeName(Value v);

void initIntTypes(); // int and bool

} // namespace pyvm
