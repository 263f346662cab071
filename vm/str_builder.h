// StrBuilder: accumulates code points into a buffer of the narrowest kind
// that holds them so far, widening on demand (CPython: _PyUnicodeWriter).
#pragma once

#include "vm/str.h"

#include <string>
#include <string_view>

namespace pyvm {

class StrBuilder {
public:
  StrBuilder() = default;
  explicit StrBuilder(size_t reserve) { buf_.reserve(reserve); }

  void append(uint32_t c) {
    if (c > maxChar_) {
      maxChar_ = c;
      if (c >= limit())
        widen(c);
    }
    switch (kind_) {
    case 1:
      buf_.push_back(char(c));
      break;
    case 2: {
      uint16_t v = uint16_t(c);
      buf_.append(reinterpret_cast<const char *>(&v), 2);
      break;
    }
    default:
      buf_.append(reinterpret_cast<const char *>(&c), 4);
      break;
    }
  }
  void appendAscii(std::string_view s) {
    if (kind_ == 1) {
      buf_.append(s);
      for (unsigned char ch : s)
        if (ch > maxChar_)
          maxChar_ = ch;
    } else {
      for (unsigned char ch : s)
        append(ch);
    }
  }
  // Appends s[start:stop].
  void appendStr(Value s, size_t start, size_t stop);
  void appendStr(Value s) { appendStr(s, 0, strLength(s)); }
  void appendUtf8(std::string_view utf8);
  void appendRepeated(uint32_t c, size_t n) {
    if (c < 256 && kind_ == 1) {
      if (c > maxChar_)
        maxChar_ = c;
      buf_.append(n, char(c));
    } else {
      for (size_t i = 0; i < n; i++)
        append(c);
    }
  }
  size_t length() const { return buf_.size() / kind_; }
  uint32_t maxChar() const { return maxChar_; }
  uint32_t at(size_t i) const {
    switch (kind_) {
    case 1:
      return uint8_t(buf_[i]);
    case 2:
      return reinterpret_cast<const uint16_t *>(buf_.data())[i];
    default:
      return reinterpret_cast<const uint32_t *>(buf_.data())[i];
    }
  }
  Ref finish();

private:
  uint32_t limit() const { return kind_ == 1 ? 256 : kind_ == 2 ? 65536 : 0x110000 + 1; }
  void widen(uint32_t c);
  std::string buf_;
  uint8_t kind_ = 1;
  uint32_t maxChar_ = 0;
};

} // namespace pyvm
