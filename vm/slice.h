// Python slice and range. CPython: Objects/sliceobject.c, rangeobject.c
#pragma once

#include "vm/object.h"

namespace pyvm {

struct SliceObject : Object {
  Value start, stop, step; // owned; None when omitted
};
extern Type SliceType;
extern Type RangeType;

Ref newSlice(Value start, Value stop, Value step);
// Resolves a slice against a sequence length (PySlice_Unpack +
// PySlice_AdjustIndices); returns the item count or -1 with an error.
int64_t sliceIndices(Value slice, int64_t length, int64_t *start, int64_t *stop,
                     int64_t *step);

void initSliceTypes(); // slice, range and the range iterator

} // namespace pyvm
