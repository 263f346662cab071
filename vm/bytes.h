// Python bytes and bytearray. CPython: Objects/bytesobject.c, bytearrayobject.c
#pragma once

#include "vm/object.h"

#include <string>
#include <string_view>

namespace pyvm {

struct BytesObject : Object {
  size_t size;
  int64_t hash; // -1 until computed
  // followed by size bytes and a 0 terminator
};
extern Type BytesType;
extern Type ByteArrayType;

inline bool isBytes(Value v) { return v.isObject() && v.type()->hasFlag(kTypeBytesSubclass); }

Ref newBytes(const void *data, size_t size);
inline Ref newBytes(std::string_view s) { return newBytes(s.data(), s.size()); }
const uint8_t *bytesData(Value b);
size_t bytesSize(Value b);
inline std::string_view bytesView(Value b) {
  return {reinterpret_cast<const char *>(bytesData(b)), bytesSize(b)};
}
// repr(bytes): b'...' with CPython's escapes.
std::string bytesRepr(Value b);

void initBytesTypes();

} // namespace pyvm
