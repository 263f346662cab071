// Reader for CPython's marshal format, version 5 (the payload of a .pyc).
// Errors are values: a malformed, truncated or hostile input gives an
// llvm::Error saying what is wrong and at which byte, never a crash, and sizes
// are checked against the bytes left before anything is allocated.
// CPython: Python/marshal.c r_object
#pragma once

#include "vm/value.h"

#include <llvm/Support/Error.h>

#include <cstddef>
#include <cstdint>
#include <span>

namespace pyvm {

// Nesting limit, as CPython's MAX_MARSHAL_STACK_DEPTH.
constexpr int kMaxMarshalDepth = 2000;

// Reads one marshalled object from `data`. Byte offsets in error messages
// are `baseOffset` + the position in `data` (so a .pyc reader passes 16 and
// messages give file offsets). Trailing bytes after the object are ignored,
// as marshal.loads does; *consumed (if given) receives the object's length.
llvm::Expected<Ref> readMarshal(std::span<const uint8_t> data, size_t baseOffset = 0,
                                size_t *consumed = nullptr);

} // namespace pyvm
