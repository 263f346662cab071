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

// --- Additions (strings owner) ---------------------------------------------
// bytesData/bytesSize/bytesView also accept a bytearray (its current
// contents; valid until the bytearray is resized).

// CPython: Objects/bytearrayobject.c PyByteArrayObject
struct ByteArrayObject : Object {
  uint8_t *data; // malloc'd, size + 1 bytes at least (0 terminated), or null
  size_t size;
  size_t capacity;
  int64_t exports; // live memoryviews/iterations that forbid resizing
};
inline bool isByteArray(Value v) { return v.isObject() && isInstance(v, &ByteArrayType); }
// bytes or bytearray
inline bool isBytesLike(Value v) { return isBytes(v) || isByteArray(v); }

extern Type BytesIterType;     // bytes_iterator
extern Type ByteArrayIterType; // bytearray_iterator

// A bytes of n uninitialised bytes (fill through bytesMutableData before
// the object is shared).
Ref newBytesUninit(size_t n);
uint8_t *bytesMutableData(Value b);
Ref newByteArray(const void *data, size_t size);
inline Ref newByteArray(std::string_view s) { return newByteArray(s.data(), s.size()); }
// Resizes a bytearray (contents kept up to the new size); -1 on error.
int byteArrayResize(Value ba, size_t size);
// hash(bytes): SipHash-1-3 with the zero key, as str. Cached.
int64_t bytesHash(Value b);
// repr of a bytes-like buffer: b'...' (bytes) or bytearray(b'...').
std::string bytesReprOf(std::string_view data);
// Reads any object with the buffer protocol that pyvm knows (bytes,
// bytearray, memoryview when present) into `out`; false with TypeError
// "a bytes-like object is required, not 'str'" otherwise.
bool getBuffer(Value v, std::string_view *out);

// memoryview over bytes/bytearray (format 'B', 1-D, any step); a view of a
// bytearray counts as an export that forbids resizing it.
// CPython: Objects/memoryobject.c
struct MemoryViewObject : Object {
  Value obj;     // owned: the bytes or bytearray
  int64_t start; // byte offset of item 0
  int64_t step;  // byte distance between items
  size_t length; // items
  bool released;
  bool readonly;
};
extern Type MemoryViewType;
// The bytes a memoryview shows (false with ValueError when released).
bool memoryViewContents(Value view, std::string *out);
void initMemoryViewType(); // called by initBytesTypes()

void initBytesTypes();

} // namespace pyvm
