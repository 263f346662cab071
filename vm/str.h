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
  size_t length; // in code points
  int64_t hash;  // -1 until computed
  uint8_t kind;  // bytes per code point: 1, 2 or 4
  bool ascii;    // every code point < 128
  bool interned;
  // Offset from the object's start to its code points: sizeof(StrObject) for
  // an exact str, the subclass's basicSize for an instance of a subclass.
  uint32_t dataOffset;
  // followed by length code points of `kind` bytes each (plus a 0 terminator)

  const uint8_t *data() const { return reinterpret_cast<const uint8_t *>(this) + dataOffset; }
  uint8_t *data() { return reinterpret_cast<uint8_t *>(this) + dataOffset; }
  uint32_t at(size_t i) const {
    switch (kind) {
    case 1:
      return data()[i];
    case 2:
      return reinterpret_cast<const uint16_t *>(data())[i];
    default:
      return reinterpret_cast<const uint32_t *>(data())[i];
    }
  }
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

inline size_t strLength(Value s) { return s.as<StrObject>()->length; }
inline uint32_t strCharAt(Value s, size_t i) { return s.as<StrObject>()->at(i); }
// The UTF-8 encoding (lone surrogates encoded as CPython's surrogatepass).
std::string strToUtf8(Value s);
// The same for the common case of an ASCII string, without copying.
// Precondition: the string is ASCII.
std::string_view strAsciiView(Value s);
bool strEqualsAscii(Value s, std::string_view ascii);
bool strEquals(Value a, Value b);
// repr(str), with CPython's quote choice and escapes.
std::string strRepr(Value s);

// --- Additions (strings owner) ---------------------------------------------
extern Type StrIterType;      // str_iterator
extern Type StrAsciiIterType; // str_ascii_iterator

inline StrObject *asStr(Value s) { return s.as<StrObject>(); }
inline bool isExactStr(Value v) { return v.isObject() && v.object()->type == &StrType; }

// A new str of n code points of the given kind (1, 2 or 4), uninitialised
// (the caller fills data() with code points whose widest needs `kind`).
// `maxChar` decides the ascii flag. Null with MemoryError on failure.
Ref newStrUninit(size_t n, uint32_t maxChar);
// From code points of any width; picks the narrowest kind.
Ref newStrFromUcs1(const uint8_t *p, size_t n);
Ref newStrFromUcs2(const uint16_t *p, size_t n);
Ref newStrFromUcs4(const uint32_t *p, size_t n);
// The empty str and the one-character strs (cached singletons).
Ref emptyStr();
Ref strFromChar(uint32_t cp);
// s[start:stop:step] with already adjusted indices.
Ref strSubstring(Value s, size_t start, size_t stop);
// a + b.
Ref strConcat(Value a, Value b);
// ''.join(items) for n values known to be strs (BUILD_STRING, f-strings).
// CPython: Objects/unicodeobject.c _PyUnicode_JoinArray
Ref strJoinArray(const Value *items, size_t n);
// `left += right` for the eval loop: when `left` holds the only reference to
// an exact, non-interned str whose hash was not computed, it is resized in
// place (amortised O(1) per appended char, as CPython's
// unicode_concatenate); otherwise left becomes left + right. Returns false
// with an exception pending (left unchanged) on failure. right must be a str.
bool strConcatInPlace(Ref &left, Value right);
// hash(str): SipHash-1-3 (zero key, as PYTHONHASHSEED=0) over the
// kind-specific code point buffer, as CPython. Cached.
int64_t strHash(Value s);
// SipHash-1-3 of a buffer with the zero key; 0 for an empty buffer, never -1.
// CPython: Python/pyhash.c Py_HashBuffer
int64_t hashBuffer(const void *data, size_t size);
// Three-way code point comparison.
int strCompare(Value a, Value b);
// Python's str.__str__ for a value known to be a str: the exact str (a
// subclass instance is copied).
Ref strExact(Value s);
// repr with ascii() escaping of every non-ASCII code point.
std::string strAsciiRepr(Value s);
// Builds a str from a UTF-8 std::string built by native code.
inline Ref newStr(const std::string &utf8) { return newStr(std::string_view(utf8)); }
inline Ref newStr(const char *utf8) { return newStr(std::string_view(utf8)); }

void initStrType();

} // namespace pyvm
