// Unicode character properties. CPython: Objects/unicodectype.c
#include "vm/unicode.h"

namespace pyvm::unicode {

#include "vm/unicode_data.inc"

const UnicodeRecord &record(uint32_t cp) {
  if (cp >= 0x110000)
    return kUnicodeRecords[0];
  uint32_t block = kUnicodeIndex1[cp >> kUnicodeShift];
  return kUnicodeRecords[kUnicodeIndex2[(block << kUnicodeShift) +
                                        (cp & ((1u << kUnicodeShift) - 1))]];
}

static int mapFull(uint32_t c, int32_t value, bool extended, uint32_t *out) {
  if (!extended) {
    out[0] = uint32_t(int32_t(c) + value);
    return 1;
  }
  int n = value >> 24;
  uint32_t index = value & 0xffffff;
  for (int i = 0; i < n; i++)
    out[i] = kUnicodeExtended[index + i];
  return n;
}

int toLowerFull(uint32_t c, uint32_t *out) {
  if (c < 128) {
    out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return 1;
  }
  const auto &r = record(c);
  return mapFull(c, r.lower, r.flags & kExtLower, out);
}
int toUpperFull(uint32_t c, uint32_t *out) {
  if (c < 128) {
    out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
    return 1;
  }
  const auto &r = record(c);
  return mapFull(c, r.upper, r.flags & kExtUpper, out);
}
int toTitleFull(uint32_t c, uint32_t *out) {
  if (c < 128) {
    out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
    return 1;
  }
  const auto &r = record(c);
  return mapFull(c, r.title, r.flags & kExtTitle, out);
}
int toFoldFull(uint32_t c, uint32_t *out) {
  if (c < 128) {
    out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return 1;
  }
  const auto &r = record(c);
  return mapFull(c, r.fold, r.flags & kExtFold, out);
}

uint32_t toLower(uint32_t c) {
  uint32_t out[3];
  return toLowerFull(c, out) == 1 ? out[0] : c;
}
uint32_t toUpper(uint32_t c) {
  uint32_t out[3];
  return toUpperFull(c, out) == 1 ? out[0] : c;
}

const char *unidataVersion() { return "16.0.0"; }

} // namespace pyvm::unicode
