// Python complex. CPython: Objects/complexobject.c
#pragma once

#include "vm/object.h"

#include <string>

namespace pyvm {

struct ComplexObject : Object {
  double real;
  double imag;
};
extern Type ComplexType;

inline bool isComplex(Value v) { return v.isObject() && isInstance(v, &ComplexType); }

Ref newComplex(double real, double imag);
// (ar + ai j) ** (br + bi j), as complex.__pow__ (ZeroDivisionError
// "zero to a negative or complex power", OverflowError "complex exponentiation").
Ref complexPower(double ar, double ai, double br, double bi);
// repr(complex): '(1+2j)', '1j', '(-0-1j)', '(nan+infj)'.
std::string complexRepr(double real, double imag);

void initComplexType();

} // namespace pyvm
