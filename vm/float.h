// Python float. CPython: Objects/floatobject.c, Python/pystrtod.c
#pragma once

#include "vm/object.h"

#include <string>

namespace pyvm {

struct FloatObject : Object {
  double value;
};
extern Type FloatType;

inline bool isFloat(Value v) { return v.isObject() && isInstance(v, &FloatType); }
inline double floatValue(Value v) { return v.as<FloatObject>()->value; }

Ref newFloat(double v);
// repr(float): the shortest string that round-trips ('0.1', '1e+16', 'inf').
std::string floatRepr(double v);
// Reads any real number (float, int, or __float__/__index__) as a double.
// Returns false with TypeError/OverflowError pending.
bool asDouble(Value v, double *out);

// float(x) for any x (str, bytes, int, __float__, __index__), as the float
// constructor. CPython: Objects/floatobject.c PyNumber_Float
Ref toFloatObject(Value v);

// Flags of doubleToString (CPython: Py_DTSF_*).
enum DoubleToStringFlags : unsigned {
  kDtsfSign = 1,      // always add the sign
  kDtsfAddDot0 = 2,   // if the result is an integer, add ".0"
  kDtsfAlt = 4,       // '#' alternate form
  kDtsfNoNegZero = 8, // 'z': negative zero (after rounding) becomes zero
};
// Formats a double as CPython's PyOS_double_to_string: formatCode is one of
// 'e' 'E' 'f' 'F' 'g' 'G' 'r' (repr; precision must be 0). The %-formatting
// of floats ('%.3f' % x) uses this directly. Correctly rounded, half-even.
std::string doubleToString(double v, char formatCode, int precision, unsigned flags);

// Parses a Python float literal as float(str) does, after the caller has
// stripped nothing: surrounding ASCII whitespace, sign, digits with single
// underscores between digits, '.', exponent, 'inf', 'infinity', 'nan' (case
// insensitive). Non-ASCII digits/spaces must already be mapped to ASCII.
// Returns false (no exception) when the text is not a float.
// CPython: Objects/floatobject.c float_from_string_inner + PyOS_string_to_double
bool parseFloatLiteral(std::string_view text, double *out);

// CPython: Python/pyhash.c _Py_HashDouble (inst is used for NaN, which hashes
// by identity since 3.10).
int64_t hashDouble(Value inst, double v);

// Exact comparison of a double with an int (CPython: float_richcompare).
// Returns <0, 0, >0; `unordered` is set for NaN.
int compareDoubleInt(double d, Value intValue, bool *unordered);

// float // and % and divmod with Python's sign rules (no zero check).
// CPython: Objects/floatobject.c _float_div_mod
void floatDivMod(double vx, double wx, double *floordiv, double *mod);

// round(x, ndigits) for a finite x, correctly rounded (half-even); false
// with OverflowError("rounded value too large to represent") pending.
// CPython: Objects/floatobject.c double_round
bool roundDouble(double x, int64_t ndigits, double *out);

// x ** y for doubles, as float.__pow__ (a negative base to a fractional
// power gives a complex; 0.0 ** negative raises ZeroDivisionError).
Ref floatPowerValues(double x, double y);
// float.__divmod__ as a function: a (q, r) tuple or NotImplemented.
Ref floatDivmod(Value a, Value b);

void initFloatType();

} // namespace pyvm
