// The methods of bytes and bytearray. CPython: Objects/bytes_methods.c,
// Objects/bytesobject.c, Objects/bytearrayobject.c
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/errors.h"
#include "vm/str_internal.h"

namespace pyvm {

std::span<const MethodDef> bytesMethodTable() { return {}; }
std::span<const MethodDef> byteArrayMethodTable() { return {}; }

} // namespace pyvm
