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

// The two halves of sliceIndices: PySlice_Unpack (read and clamp the
// slice's fields, "slice step cannot be zero") and PySlice_AdjustIndices.
bool sliceUnpack(Value slice, int64_t *start, int64_t *stop, int64_t *step);
int64_t sliceAdjustIndices(int64_t length, int64_t *start, int64_t *stop, int64_t step);

// range(start, stop, step) for int64 bounds (step != 0).
Ref newRange(int64_t start, int64_t stop, int64_t step);
// The int64 view of a range for fast loops: false when it has huge bounds.
bool rangeFastParts(Value range, int64_t *start, int64_t *step, int64_t *length);
extern Type RangeIterType;     // range_iterator
extern Type LongRangeIterType; // longrange_iterator

void initSliceTypes(); // slice, range and the range iterator

} // namespace pyvm
