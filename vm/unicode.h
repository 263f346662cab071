// Unicode character properties for str: case mappings, the isX predicates,
// printable, identifiers, decimal/digit values. The tables are generated from
// CPython 3.14's unicodedata (Unicode 16.0) by vm/unicode_gen.py.
// CPython: Objects/unicodectype.c, Tools/unicode/makeunicodedata.py
#pragma once

#include <cstddef>
#include <cstdint>

namespace pyvm::unicode {

enum : uint32_t {
  kAlpha = 1u << 0,
  kDecimal = 1u << 1,
  kDigit = 1u << 2,
  kNumeric = 1u << 3,
  kSpace = 1u << 4,
  kLower = 1u << 5,
  kUpper = 1u << 6,
  kTitle = 1u << 7,
  kPrintable = 1u << 8,
  kXidStart = 1u << 9,
  kXidContinue = 1u << 10,
  kCased = 1u << 11,
  kCaseIgnorable = 1u << 12,
  kLinebreak = 1u << 13,
  kExtLower = 1u << 14,
  kExtUpper = 1u << 15,
  kExtTitle = 1u << 16,
  kExtFold = 1u << 17,
};

struct UnicodeRecord {
  uint32_t flags;
  // Per mapping: a delta to add to the code point, or, when the matching
  // kExt* flag is set, (length << 24) | index into the extended table.
  int32_t lower, upper, title, fold;
  uint8_t decimal, digit;
};

const UnicodeRecord &record(uint32_t cp);

inline uint32_t flags(uint32_t cp) { return record(cp).flags; }
inline bool has(uint32_t cp, uint32_t flag) { return (flags(cp) & flag) != 0; }

// ASCII fast paths are inlined; the rest consults the tables.
inline bool isSpace(uint32_t c) {
  if (c < 128)
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return has(c, kSpace);
}
inline bool isLinebreak(uint32_t c) {
  if (c < 128)
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e);
  return c == 0x85 || c == 0x2028 || c == 0x2029;
}
inline bool isPrintable(uint32_t c) {
  if (c < 128)
    return c >= 0x20 && c < 0x7f;
  return has(c, kPrintable);
}
inline bool isAlpha(uint32_t c) { return has(c, kAlpha); }
inline bool isDecimal(uint32_t c) { return has(c, kDecimal); }
inline bool isDigit(uint32_t c) { return has(c, kDigit); }
inline bool isNumeric(uint32_t c) { return has(c, kNumeric); }
inline bool isAlnum(uint32_t c) {
  return (flags(c) & (kAlpha | kDecimal | kDigit | kNumeric)) != 0;
}
inline bool isLower(uint32_t c) { return has(c, kLower); }
inline bool isUpper(uint32_t c) { return has(c, kUpper); }
inline bool isTitle(uint32_t c) { return has(c, kTitle); }
inline bool isCased(uint32_t c) { return has(c, kCased); }
inline bool isCaseIgnorable(uint32_t c) { return has(c, kCaseIgnorable); }
inline bool isXidStart(uint32_t c) { return has(c, kXidStart); }
inline bool isXidContinue(uint32_t c) { return has(c, kXidContinue); }
// The decimal value (0-9) or -1.
inline int decimalValue(uint32_t c) {
  if (c < 128)
    return c >= '0' && c <= '9' ? int(c - '0') : -1;
  const auto &r = record(c);
  return (r.flags & kDecimal) ? r.decimal : -1;
}
inline int digitValue(uint32_t c) {
  const auto &r = record(c);
  return (r.flags & kDigit) ? r.digit : -1;
}

// Full case mappings: write up to 3 code points to out, return how many.
int toLowerFull(uint32_t c, uint32_t *out);
int toUpperFull(uint32_t c, uint32_t *out);
int toTitleFull(uint32_t c, uint32_t *out);
int toFoldFull(uint32_t c, uint32_t *out);
// Simple (single code point) mappings.
uint32_t toLower(uint32_t c);
uint32_t toUpper(uint32_t c);

const char *unidataVersion();

} // namespace pyvm::unicode
