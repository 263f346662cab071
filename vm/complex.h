// Python complex. CPython: Objects/complexobject.c
#pragma once

#include "vm/object.h"

namespace pyvm {

struct ComplexObject : Object {
  double real;
  double imag;
};
extern Type ComplexType;

Ref newComplex(double real, double imag);

void initComplexType();

} // namespace pyvm
