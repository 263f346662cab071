// Python str: an immutable sequence of Unicode code points with O(1)
// indexing. Stored compactly as CPython does (PEP 393): each code point takes
// 1, 2 or 4 bytes depending on the widest one in the string.
// CPython: Objects/unicodeobject.c
#pragma once

#include "vm/object.h"

#include <string>
#include <string_view>

namespace pyvm {

struct StrObject : Object {
  size_t length;  // in code points
  int64_t hash;   // -1 until computed
  uint8_t kind;   // bytes per code point: 1, 2 or 4
  bool ascii;     // every code point < 128
  bool interned;
  // followed by length code points of `kind` bytes each (plus a 0 terminator)
};
extern Type StrType;

inline bool isStr(Value v) { return v.isObject() && v.type()->hasFlag(kTypeStrSubclass); }

// From UTF-8 text. Invalid UTF-8 is replaced (U+FFFD); use
// newStrFromUtf8Surrogatepass for marshal data.
Ref newStr(std::string_view utf8);
// From UTF-8 that may encode lone surrogates (marshal's 'surrogatepass').
// Null with ValueError pending on malformed input.
Ref newStrFromUtf8Surrogatepass(std::string_view utf8);
// From Latin-1 bytes (each byte is one code point), as marshal's ASCII types.
Ref newStrFromLatin1(std::string_view bytes);
// From code points.
Ref newStrFromCodePoints(const uint32_t *points, size_t n);
// The interned str for an identifier; repeated calls return the same object.
Ref internStr(std::string_view utf8);
// Interns an existing str, returning the canonical object.
Ref internStr(Ref s);

size_t strLength(Value s);
uint32_t strCharAt(Value s, size_t i);
// The UTF-8 encoding (lone surrogates encoded as CPython's surrogatepass).
std::string strToUtf8(Value s);
// The same for the common case of an ASCII string, without copying.
// Precondition: the string is ASCII.
std::string_view strAsciiView(Value s);
bool strEqualsAscii(Value s, std::string_view ascii);
bool strEquals(Value a, Value b);
// repr(str), with CPython's quote choice and escapes.
std::string strRepr(Value s);

void initStrType();

} // namespace pyvm
