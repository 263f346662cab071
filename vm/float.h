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
bool asDouble(Value v, double *out);

void initFloatType();

} // namespace pyvm
