// str.encode / bytes.decode: the codecs pyvm implements natively (utf-8,
// ascii, latin-1, utf-16, utf-32 and their -le/-be forms) and the error
// handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace,
// surrogateescape, surrogatepass.
// CPython: Objects/unicodeobject.c, Python/codecs.c
#include "vm/abstract.h"
#include "vm/bytes.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/str_builder.h"
#include "vm/str_internal.h"

#include <cstring>

namespace pyvm {

// NEEDS(core): UnicodeEncodeError/UnicodeDecodeError constructed from
// (encoding, object, start, end, reason), with CPython's __str__
// ("'ascii' codec can't encode character '\xe9' in position 1: ...").
static Ref raiseUnicodeError(Type *type, Value encoding, Value object, size_t start, size_t end,
                             const char *reason) {
  Ref r = newStr(reason);
  if (!r)
    return r;
  Ref s = Ref::smallInt(int64_t(start)), e = Ref::smallInt(int64_t(end));
  Value args[5] = {encoding, object, *s, *e, *r};
  Ref exc = newExceptionFromArgs(type, args, 5);
  if (!exc)
    return exc;
  setPendingException(std::move(exc));
  return Ref();
}

Ref raiseUnicodeDecodeError(const char *encoding, std::string_view data, size_t start, size_t end,
                            const char *reason) {
  Ref enc = newStr(encoding), obj = newBytes(data);
  if (!enc || !obj)
    return Ref();
  return raiseUnicodeError(&UnicodeDecodeErrorType, *enc, *obj, start, end, reason);
}

Ref raiseUnicodeEncodeError(const char *encoding, Value str, size_t start, size_t end,
                            const char *reason) {
  Ref enc = newStr(encoding);
  if (!enc)
    return Ref();
  return raiseUnicodeError(&UnicodeEncodeErrorType, *enc, str, start, end, reason);
}

namespace {

enum class Codec { Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE };
enum class Handler {
  Strict,
  Ignore,
  Replace,
  BackslashReplace,
  XmlCharRefReplace,
  SurrogateEscape,
  SurrogatePass,
  Unknown,
};

// CPython: Objects/unicodeobject.c _Py_normalize_encoding + the fast paths
// of PyUnicode_Decode/AsEncodedString and Lib/encodings/aliases.py for the
// codecs we implement.
bool lookupCodec(std::string_view name, Codec *out) {
  std::string n;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z')
      c = char(c + 32);
    if (c == ' ' || c == '-')
      c = '_';
    n += c;
  }
  static const struct {
    const char *name;
    Codec codec;
  } kNames[] = {
      {"utf_8_sig", Codec::Utf8Sig},
      {"utf8_sig", Codec::Utf8Sig},
      {"utf_8", Codec::Utf8},
      {"utf8", Codec::Utf8},
      {"u8", Codec::Utf8},
      {"utf", Codec::Utf8},
      {"cp65001", Codec::Utf8},
      {"utf8_ucs2", Codec::Utf8},
      {"utf8_ucs4", Codec::Utf8},
      {"ascii", Codec::Ascii},
      {"us_ascii", Codec::Ascii},
      {"646", Codec::Ascii},
      {"us", Codec::Ascii},
      {"ansi_x3.4_1968", Codec::Ascii},
      {"cp367", Codec::Ascii},
      {"csascii", Codec::Ascii},
      {"ibm367", Codec::Ascii},
      {"iso646_us", Codec::Ascii},
      {"iso_646.irv_1991", Codec::Ascii},
      {"latin_1", Codec::Latin1},
      {"latin1", Codec::Latin1},
      {"latin", Codec::Latin1},
      {"l1", Codec::Latin1},
      {"iso_8859_1", Codec::Latin1},
      {"iso8859_1", Codec::Latin1},
      {"8859", Codec::Latin1},
      {"cp819", Codec::Latin1},
      {"iso_ir_100", Codec::Latin1},
      {"ibm819", Codec::Latin1},
      {"csisolatin1", Codec::Latin1},
      {"utf_16", Codec::Utf16},
      {"utf16", Codec::Utf16},
      {"u16", Codec::Utf16},
      {"utf_16_le", Codec::Utf16LE},
      {"utf_16le", Codec::Utf16LE},
      {"unicodelittleunmarked", Codec::Utf16LE},
      {"utf_16_be", Codec::Utf16BE},
      {"utf_16be", Codec::Utf16BE},
      {"unicodebigunmarked", Codec::Utf16BE},
      {"utf_32", Codec::Utf32},
      {"utf32", Codec::Utf32},
      {"u32", Codec::Utf32},
      {"utf_32_le", Codec::Utf32LE},
      {"utf_32le", Codec::Utf32LE},
      {"utf_32_be", Codec::Utf32BE},
      {"utf_32be", Codec::Utf32BE},
  };
  for (auto &e : kNames)
    if (n == e.name) {
      *out = e.codec;
      return true;
    }
  return false;
}

const char *codecName(Codec c) {
  switch (c) {
  case Codec::Utf8:
    return "utf-8";
  case Codec::Utf8Sig:
    return "utf-8";
  case Codec::Ascii:
    return "ascii";
  case Codec::Latin1:
    return "latin-1";
  case Codec::Utf16:
    return "utf-16";
  case Codec::Utf16LE:
    return "utf-16-le";
  case Codec::Utf16BE:
    return "utf-16-be";
  case Codec::Utf32:
    return "utf-32";
  case Codec::Utf32LE:
    return "utf-32-le";
  default:
    return "utf-32-be";
  }
}

Handler lookupHandler(std::string_view e) {
  if (e == "strict")
    return Handler::Strict;
  if (e == "ignore")
    return Handler::Ignore;
  if (e == "replace")
    return Handler::Replace;
  if (e == "backslashreplace")
    return Handler::BackslashReplace;
  if (e == "xmlcharrefreplace")
    return Handler::XmlCharRefReplace;
  if (e == "surrogateescape")
    return Handler::SurrogateEscape;
  if (e == "surrogatepass")
    return Handler::SurrogatePass;
  return Handler::Unknown;
}

Ref unknownHandler(std::string_view name) {
  return raisef(&LookupErrorType, "unknown error handler name '{}'", name);
}

bool isSurrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

void hexTo(std::string &out, uint32_t c, int digits) {
  static const char hex[] = "0123456789abcdef";
  for (int i = digits - 1; i >= 0; i--)
    out += hex[(c >> (4 * i)) & 0xF];
}

void putUnit(std::string &out, uint32_t v, int size, bool big) {
  for (int i = 0; i < size; i++) {
    int shift = big ? 8 * (size - 1 - i) : 8 * i;
    out += char((v >> shift) & 0xFF);
  }
}

} // namespace

// Encodes one code point with the codec; false when it is not encodable.
static bool encodeChar(Codec codec, uint32_t c, std::string &out, bool surrogatepass) {
  switch (codec) {
  case Codec::Ascii:
    if (c >= 128)
      return false;
    out += char(c);
    return true;
  case Codec::Latin1:
    if (c >= 256)
      return false;
    out += char(c);
    return true;
  case Codec::Utf8:
  case Codec::Utf8Sig:
    if (isSurrogate(c) && !surrogatepass)
      return false;
    utf8Append(out, c);
    return true;
  case Codec::Utf16:
  case Codec::Utf16LE:
  case Codec::Utf16BE: {
    bool big = codec == Codec::Utf16BE;
    if (isSurrogate(c) && !surrogatepass)
      return false;
    if (c >= 0x10000) {
      c -= 0x10000;
      putUnit(out, 0xD800 | (c >> 10), 2, big);
      putUnit(out, 0xDC00 | (c & 0x3FF), 2, big);
    } else {
      putUnit(out, c, 2, big);
    }
    return true;
  }
  default: {
    bool big = codec == Codec::Utf32BE;
    if (isSurrogate(c) && !surrogatepass)
      return false;
    putUnit(out, c, 4, big);
    return true;
  }
  }
}

// CPython: unicode_encode_ucs1 / _PyUnicode_AsUTF8String / encode_utf16 ...
static Ref encodeWith(Value s, Codec codec, std::string_view errors) {
  StrObject *o = asStr(s);
  size_t n = o->length;
  if (o->ascii && (codec == Codec::Utf8 || codec == Codec::Ascii || codec == Codec::Latin1))
    return newBytes(o->data(), n);
  if (codec == Codec::Latin1 && o->kind == 1)
    return newBytes(o->data(), n);
  Handler h = lookupHandler(errors);
  std::string out;
  out.reserve(n);
  if (codec == Codec::Utf8Sig)
    out += "\xef\xbb\xbf";
  else if (codec == Codec::Utf16)
    putUnit(out, 0xFEFF, 2, false);
  else if (codec == Codec::Utf32)
    putUnit(out, 0xFEFF, 4, false);
  const char *reason = codec == Codec::Ascii    ? "ordinal not in range(128)"
                       : codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                : "surrogates not allowed";
  for (size_t i = 0; i < n;) {
    uint32_t c = o->at(i);
    if (encodeChar(codec, c, out, false)) {
      i++;
      continue;
    }
    // The run of unencodable characters [i, end).
    size_t end = i + 1;
    while (end < n) {
      std::string scratch;
      if (encodeChar(codec, o->at(end), scratch, false))
        break;
      end++;
    }
    switch (h) {
    case Handler::Strict:
      return raiseUnicodeEncodeError(codecName(codec), s, i, end, reason);
    case Handler::Unknown:
      return unknownHandler(errors);
    case Handler::Ignore:
      break;
    case Handler::Replace:
      for (size_t k = i; k < end; k++)
        encodeChar(codec, '?', out, false);
      break;
    case Handler::BackslashReplace:
      for (size_t k = i; k < end; k++) {
        uint32_t ch = o->at(k);
        std::string esc = "\\";
        if (ch < 0x100) {
          esc += 'x';
          hexTo(esc, ch, 2);
        } else if (ch < 0x10000) {
          esc += 'u';
          hexTo(esc, ch, 4);
        } else {
          esc += 'U';
          hexTo(esc, ch, 8);
        }
        for (char e : esc)
          encodeChar(codec, uint8_t(e), out, false);
      }
      break;
    case Handler::XmlCharRefReplace:
      for (size_t k = i; k < end; k++) {
        std::string ref = "&#" + std::to_string(o->at(k)) + ";";
        for (char e : ref)
          encodeChar(codec, uint8_t(e), out, false);
      }
      break;
    case Handler::SurrogateEscape:
      for (size_t k = i; k < end; k++) {
        uint32_t ch = o->at(k);
        if (ch < 0xDC80 || ch > 0xDCFF) {
          // CPython raises the original error for the whole run.
          return raiseUnicodeEncodeError(codecName(codec), s, i, end, reason);
        }
        if (codec == Codec::Utf8 || codec == Codec::Ascii || codec == Codec::Latin1) {
          uint8_t b = uint8_t(ch - 0xDC00);
          if (codec == Codec::Ascii && b < 128)
            return raiseUnicodeEncodeError(codecName(codec), s, i, end, reason);
          out += char(b);
        } else {
          return raiseUnicodeEncodeError(codecName(codec), s, i, end, reason);
        }
      }
      break;
    case Handler::SurrogatePass:
      if (codec == Codec::Ascii || codec == Codec::Latin1)
        return raiseUnicodeEncodeError(codecName(codec), s, i, end, reason);
      for (size_t k = i; k < end; k++) {
        uint32_t ch = o->at(k);
        if (!isSurrogate(ch))
          return raiseUnicodeEncodeError(codecName(codec), s, i, end, reason);
        encodeChar(codec, ch, out, true);
      }
      break;
    }
    i = end;
  }
  return newBytes(out);
}

// --- Decoding -------------------------------------------------------------------

// Applies a decode error handler to data[start:end]; returns false with an
// exception pending when the handler raises.
static bool decodeError(Handler h, std::string_view errors, const char *encoding,
                        std::string_view data, size_t start, size_t end, const char *reason,
                        StrBuilder &out) {
  switch (h) {
  case Handler::Strict:
    raiseUnicodeDecodeError(encoding, data, start, end, reason);
    return false;
  case Handler::Unknown:
    unknownHandler(errors);
    return false;
  case Handler::Ignore:
    return true;
  case Handler::Replace:
    out.append(0xFFFD);
    return true;
  case Handler::BackslashReplace:
    for (size_t k = start; k < end; k++) {
      std::string esc = "\\x";
      hexTo(esc, uint8_t(data[k]), 2);
      out.appendAscii(esc);
    }
    return true;
  case Handler::SurrogateEscape:
    for (size_t k = start; k < end; k++) {
      uint8_t b = uint8_t(data[k]);
      if (b < 128) {
        raiseUnicodeDecodeError(encoding, data, start, end, reason);
        return false;
      }
      out.append(0xDC00 + b);
    }
    return true;
  default:
    // xmlcharrefreplace and surrogatepass (outside its codecs) only apply
    // to encoding: CPython raises the original error.
    raiseUnicodeDecodeError(encoding, data, start, end, reason);
    return false;
  }
}

static Ref decodeUtf8With(std::string_view data, std::string_view errors) {
  auto *p = reinterpret_cast<const uint8_t *>(data.data());
  size_t n = data.size();
  Handler h = lookupHandler(errors);
  StrBuilder out(n);
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t errLen;
    const char *reason;
    // ASCII run fast path.
    if (p[i] < 0x80) {
      size_t j = i;
      while (j < n && p[j] < 0x80)
        j++;
      out.appendAscii(data.substr(i, j - i));
      i = j;
      continue;
    }
    int len = utf8DecodeOne(p, n, i, &cp, &errLen, &reason, h == Handler::SurrogatePass);
    if (len) {
      out.append(cp);
      i += size_t(len);
      continue;
    }
    if (!decodeError(h, errors, "utf-8", data, i, i + errLen, reason, out))
      return Ref();
    i += errLen;
  }
  return out.finish();
}

Ref decodeUtf8(std::string_view data, std::string_view errors) {
  return decodeUtf8With(data, errors);
}

static Ref decodeWith(std::string_view data, Codec codec, std::string_view errors) {
  size_t n = data.size();
  auto *p = reinterpret_cast<const uint8_t *>(data.data());
  switch (codec) {
  case Codec::Utf8:
    return decodeUtf8With(data, errors);
  case Codec::Utf8Sig:
    if (data.substr(0, 3) == "\xef\xbb\xbf")
      data.remove_prefix(3);
    return decodeUtf8With(data, errors);
  case Codec::Latin1:
    return newStrFromLatin1(data);
  case Codec::Ascii: {
    Handler h = lookupHandler(errors);
    StrBuilder out(n);
    for (size_t i = 0; i < n; i++) {
      if (p[i] < 128)
        out.append(p[i]);
      else if (!decodeError(h, errors, "ascii", data, i, i + 1, "ordinal not in range(128)", out))
        return Ref();
    }
    return out.finish();
  }
  case Codec::Utf16:
  case Codec::Utf16LE:
  case Codec::Utf16BE: {
    Handler h = lookupHandler(errors);
    bool big = codec == Codec::Utf16BE;
    size_t i = 0;
    if (codec == Codec::Utf16 && n >= 2) {
      if (p[0] == 0xFF && p[1] == 0xFE) {
        i = 2;
      } else if (p[0] == 0xFE && p[1] == 0xFF) {
        big = true;
        i = 2;
      }
    }
    const char *name = codecName(codec);
    StrBuilder out(n / 2);
    auto unit = [&](size_t k) {
      return big ? uint32_t(p[k] << 8 | p[k + 1]) : uint32_t(p[k + 1] << 8 | p[k]);
    };
    while (i < n) {
      if (n - i < 2) {
        if (!decodeError(h, errors, name, data, i, n, "truncated data", out))
          return Ref();
        break;
      }
      uint32_t u = unit(i);
      if (u < 0xD800 || u > 0xDFFF) {
        out.append(u);
        i += 2;
        continue;
      }
      if (u >= 0xDC00) {
        if (h == Handler::SurrogatePass) {
          out.append(u);
          i += 2;
          continue;
        }
        if (!decodeError(h, errors, name, data, i, i + 2, "illegal encoding", out))
          return Ref();
        i += 2;
        continue;
      }
      if (n - i < 4) {
        if (h == Handler::SurrogatePass && n - i >= 2) {
          out.append(u);
          i += 2;
          continue;
        }
        if (!decodeError(h, errors, name, data, i, n, "unexpected end of data", out))
          return Ref();
        break;
      }
      uint32_t u2 = unit(i + 2);
      if (u2 < 0xDC00 || u2 > 0xDFFF) {
        if (h == Handler::SurrogatePass) {
          out.append(u);
          i += 2;
          continue;
        }
        if (!decodeError(h, errors, name, data, i, i + 2, "illegal UTF-16 surrogate", out))
          return Ref();
        i += 2;
        continue;
      }
      out.append(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
      i += 4;
    }
    return out.finish();
  }
  default: {
    Handler h = lookupHandler(errors);
    bool big = codec == Codec::Utf32BE;
    size_t i = 0;
    if (codec == Codec::Utf32 && n >= 4) {
      if (p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) {
        i = 4;
      } else if (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) {
        big = true;
        i = 4;
      }
    }
    const char *name = codecName(codec);
    StrBuilder out(n / 4);
    while (i < n) {
      if (n - i < 4) {
        if (!decodeError(h, errors, name, data, i, n, "truncated data", out))
          return Ref();
        break;
      }
      uint32_t c = big ? uint32_t(p[i]) << 24 | p[i + 1] << 16 | p[i + 2] << 8 | p[i + 3]
                       : uint32_t(p[i + 3]) << 24 | p[i + 2] << 16 | p[i + 1] << 8 | p[i];
      if (c > 0x10FFFF) {
        if (!decodeError(h, errors, name, data, i, i + 4, "code point not in range(0x110000)", out))
          return Ref();
      } else if (isSurrogate(c) && h != Handler::SurrogatePass) {
        if (!decodeError(h, errors, name, data, i, i + 4,
                         "code point in surrogate code point range(0xd800, 0xe000)", out))
          return Ref();
      } else {
        out.append(c);
      }
      i += 4;
    }
    return out.finish();
  }
  }
}

static bool argView(Value v, const char *fallback, std::string &out) {
  if (!v) {
    out = fallback;
    return true;
  }
  if (!isStr(v)) {
    raisef(&TypeErrorType, "str() argument '{}' must be str, not {}",
           std::string_view(fallback) == "strict" ? "errors" : "encoding", typeName(v));
    return false;
  }
  out = strToUtf8(v);
  return true;
}

Ref strEncode(Value s, Value encoding, Value errors) {
  std::string enc, err;
  if (!argView(encoding, "utf-8", enc) || !argView(errors, "strict", err))
    return Ref();
  Codec codec;
  if (!lookupCodec(enc, &codec))
    return raisef(&LookupErrorType, "unknown encoding: {}", enc);
  return encodeWith(s, codec, err);
}

Ref bytesDecode(std::string_view data, Value encoding, Value errors) {
  std::string enc, err;
  if (!argView(encoding, "utf-8", enc) || !argView(errors, "strict", err))
    return Ref();
  Codec codec;
  if (!lookupCodec(enc, &codec))
    return raisef(&LookupErrorType, "unknown encoding: {}", enc);
  return decodeWith(data, codec, err);
}

} // namespace pyvm
