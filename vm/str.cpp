// Python str: storage (PEP 393 kinds), constructors, interning, hashing,
// repr, comparison and the str type's slots.
// CPython: Objects/unicodeobject.c
#include "vm/str.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/slice.h"
#include "vm/str_builder.h"
#include "vm/str_internal.h"
#include "vm/tuple.h"
#include "vm/unicode.h"

#include <cstring>
#include <malloc.h>
#include <unordered_map>

namespace pyvm {

Type StrType;
Type StrIterType;
Type StrAsciiIterType;

// --- Allocation --------------------------------------------------------------

static uint8_t kindFor(uint32_t maxChar) { return maxChar < 256 ? 1 : maxChar < 65536 ? 2 : 4; }

static StrObject *allocStr(Type *type, size_t n, uint32_t maxChar) {
  uint8_t kind = kindFor(maxChar);
  size_t offset = type == &StrType ? sizeof(StrObject) : type->basicSize;
  if (n > (SIZE_MAX / 4) - offset - 8) {
    raise(&MemoryErrorType, "");
    return nullptr;
  }
  Object *o = allocObject(type, offset + (n + 1) * kind);
  if (!o)
    return nullptr;
  auto *s = static_cast<StrObject *>(o);
  s->length = n;
  s->hash = -1;
  s->kind = kind;
  s->ascii = maxChar < 128;
  s->interned = false;
  s->dataOffset = uint32_t(offset);
  return s;
}

Ref newStrUninit(size_t n, uint32_t maxChar) {
  StrObject *s = allocStr(&StrType, n, maxChar);
  if (!s)
    return Ref();
  return Ref::steal(s);
}

static StrObject *makeImmortal(StrObject *s) {
  s->refcount = kImmortalRefcount;
  return s;
}

static StrObject *gEmpty;
static StrObject *gLatin1[256];

Ref emptyStr() {
  if (!gEmpty) {
    gEmpty = allocStr(&StrType, 0, 0);
    if (!gEmpty)
      return Ref();
    makeImmortal(gEmpty);
  }
  return Ref::borrow(gEmpty);
}

Ref strFromChar(uint32_t cp) {
  if (cp < 256) {
    if (!gLatin1[cp]) {
      StrObject *s = allocStr(&StrType, 1, cp);
      if (!s)
        return Ref();
      s->data()[0] = uint8_t(cp);
      gLatin1[cp] = makeImmortal(s);
    }
    return Ref::borrow(gLatin1[cp]);
  }
  StrObject *s = allocStr(&StrType, 1, cp);
  if (!s)
    return Ref();
  if (s->kind == 2)
    reinterpret_cast<uint16_t *>(s->data())[0] = uint16_t(cp);
  else
    reinterpret_cast<uint32_t *>(s->data())[0] = cp;
  return Ref::steal(s);
}

// Copies n code points of width srcKind into a new str of the narrowest kind.
static Ref strFromBuffer(const void *p, size_t n, int srcKind, uint32_t maxChar) {
  if (n == 0)
    return emptyStr();
  if (n == 1) {
    uint32_t c = srcKind == 1   ? static_cast<const uint8_t *>(p)[0]
                 : srcKind == 2 ? static_cast<const uint16_t *>(p)[0]
                                : static_cast<const uint32_t *>(p)[0];
    return strFromChar(c);
  }
  StrObject *s = allocStr(&StrType, n, maxChar);
  if (!s)
    return Ref();
  uint8_t *d = s->data();
  if (s->kind == srcKind) {
    std::memcpy(d, p, n * srcKind);
  } else {
    for (size_t i = 0; i < n; i++) {
      uint32_t c = srcKind == 1   ? static_cast<const uint8_t *>(p)[i]
                   : srcKind == 2 ? static_cast<const uint16_t *>(p)[i]
                                  : static_cast<const uint32_t *>(p)[i];
      if (s->kind == 1)
        d[i] = uint8_t(c);
      else if (s->kind == 2)
        reinterpret_cast<uint16_t *>(d)[i] = uint16_t(c);
      else
        reinterpret_cast<uint32_t *>(d)[i] = c;
    }
  }
  return Ref::steal(s);
}

static bool allAscii(const uint8_t *p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull)
      return false;
  }
  for (; i < n; i++)
    if (p[i] & 0x80)
      return false;
  return true;
}

Ref newStrFromUcs1(const uint8_t *p, size_t n) {
  uint32_t maxChar = 0;
  if (!allAscii(p, n))
    maxChar = 255;
  return strFromBuffer(p, n, 1, maxChar);
}
Ref newStrFromUcs2(const uint16_t *p, size_t n) {
  uint32_t maxChar = 0;
  for (size_t i = 0; i < n; i++)
    maxChar = std::max<uint32_t>(maxChar, p[i]);
  return strFromBuffer(p, n, 2, maxChar);
}
Ref newStrFromUcs4(const uint32_t *p, size_t n) {
  uint32_t maxChar = 0;
  for (size_t i = 0; i < n; i++)
    maxChar = std::max<uint32_t>(maxChar, p[i]);
  return strFromBuffer(p, n, 4, maxChar);
}
Ref newStrFromCodePoints(const uint32_t *points, size_t n) { return newStrFromUcs4(points, n); }

Ref newStrFromLatin1(std::string_view bytes) {
  return newStrFromUcs1(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
}

// --- UTF-8 -------------------------------------------------------------------

// CPython: Objects/stringlib/codecs.h utf8_decode (error ranges as CPython
// reports them: the maximal valid prefix of a truncated sequence).
int utf8DecodeOne(const uint8_t *s, size_t n, size_t i, uint32_t *cp, size_t *errLen,
                  const char **reason, bool allowSurrogates) {
  uint8_t b0 = s[i];
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  auto cont = [&](size_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
  if (b0 < 0xC2 || b0 > 0xF4) {
    *errLen = 1;
    *reason = "invalid start byte";
    return 0;
  }
  if (b0 < 0xE0) {
    if (i + 1 >= n) {
      *errLen = 1;
      *reason = "unexpected end of data";
      return 0;
    }
    if (!cont(1)) {
      *errLen = 1;
      *reason = "invalid continuation byte";
      return 0;
    }
    *cp = ((b0 & 0x1F) << 6) | (s[i + 1] & 0x3F);
    return 2;
  }
  if (b0 < 0xF0) {
    // Second byte range.
    uint8_t lo = 0x80, hi = 0xBF;
    if (b0 == 0xE0)
      lo = 0xA0;
    else if (b0 == 0xED && !allowSurrogates)
      hi = 0x9F;
    if (i + 1 >= n) {
      *errLen = n - i;
      *reason = "unexpected end of data";
      return 0;
    }
    uint8_t b1 = s[i + 1];
    if (b1 < lo || b1 > hi) {
      *errLen = 1;
      *reason = "invalid continuation byte";
      return 0;
    }
    if (i + 2 >= n) {
      *errLen = n - i;
      *reason = "unexpected end of data";
      return 0;
    }
    if (!cont(2)) {
      *errLen = 2;
      *reason = "invalid continuation byte";
      return 0;
    }
    *cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (s[i + 2] & 0x3F);
    return 3;
  }
  uint8_t lo = 0x80, hi = 0xBF;
  if (b0 == 0xF0)
    lo = 0x90;
  else if (b0 == 0xF4)
    hi = 0x8F;
  if (i + 1 >= n) {
    *errLen = n - i;
    *reason = "unexpected end of data";
    return 0;
  }
  uint8_t b1 = s[i + 1];
  if (b1 < lo || b1 > hi) {
    *errLen = 1;
    *reason = "invalid continuation byte";
    return 0;
  }
  if (i + 2 >= n) {
    *errLen = n - i;
    *reason = "unexpected end of data";
    return 0;
  }
  if (!cont(2)) {
    *errLen = 2;
    *reason = "invalid continuation byte";
    return 0;
  }
  if (i + 3 >= n) {
    *errLen = n - i;
    *reason = "unexpected end of data";
    return 0;
  }
  if (!cont(3)) {
    *errLen = 3;
    *reason = "invalid continuation byte";
    return 0;
  }
  *cp = ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
  return 4;
}

void utf8Append(std::string &out, uint32_t c) {
  if (c < 0x80) {
    out.push_back(char(c));
  } else if (c < 0x800) {
    out.push_back(char(0xC0 | (c >> 6)));
    out.push_back(char(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(char(0xE0 | (c >> 12)));
    out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(char(0x80 | (c & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (c >> 18)));
    out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(char(0x80 | (c & 0x3F)));
  }
}

void StrBuilder::appendUtf8(std::string_view utf8) {
  auto *p = reinterpret_cast<const uint8_t *>(utf8.data());
  size_t n = utf8.size();
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t errLen;
    const char *reason;
    int len = utf8DecodeOne(p, n, i, &cp, &errLen, &reason, false);
    if (len) {
      append(cp);
      i += len;
    } else {
      append(0xFFFD);
      i += errLen;
    }
  }
}

Ref newStr(std::string_view utf8) {
  auto *p = reinterpret_cast<const uint8_t *>(utf8.data());
  if (allAscii(p, utf8.size()))
    return strFromBuffer(p, utf8.size(), 1, 0);
  StrBuilder b(utf8.size());
  b.appendUtf8(utf8);
  return b.finish();
}

Ref newStrFromUtf8Surrogatepass(std::string_view utf8) {
  auto *p = reinterpret_cast<const uint8_t *>(utf8.data());
  size_t n = utf8.size();
  if (allAscii(p, n))
    return strFromBuffer(p, n, 1, 0);
  StrBuilder b(n);
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t errLen;
    const char *reason;
    int len = utf8DecodeOne(p, n, i, &cp, &errLen, &reason, true);
    if (!len)
      return raiseUnicodeDecodeError("utf-8", utf8, i, i + errLen, reason);
    b.append(cp);
    i += len;
  }
  return b.finish();
}

std::string strToUtf8(Value v) {
  StrObject *s = asStr(v);
  const uint8_t *d = s->data();
  if (s->ascii)
    return std::string(reinterpret_cast<const char *>(d), s->length);
  std::string out;
  out.reserve(s->length * 2);
  for (size_t i = 0; i < s->length; i++)
    utf8Append(out, s->at(i));
  return out;
}

std::string_view strAsciiView(Value v) {
  StrObject *s = asStr(v);
  assert(s->ascii);
  return {reinterpret_cast<const char *>(s->data()), s->length};
}

bool strEqualsAscii(Value v, std::string_view ascii) {
  StrObject *s = asStr(v);
  return s->kind == 1 && s->length == ascii.size() &&
         std::memcmp(s->data(), ascii.data(), ascii.size()) == 0;
}

bool strEquals(Value a, Value b) {
  if (a.is(b))
    return true;
  StrObject *x = asStr(a), *y = asStr(b);
  if (x->length != y->length || x->kind != y->kind)
    return false;
  if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
    return false;
  return std::memcmp(x->data(), y->data(), x->length * x->kind) == 0;
}

int strCompare(Value a, Value b) {
  StrObject *x = asStr(a), *y = asStr(b);
  size_t n = std::min(x->length, y->length);
  if (x->kind == 1 && y->kind == 1) {
    int c = std::memcmp(x->data(), y->data(), n);
    if (c)
      return c < 0 ? -1 : 1;
  } else {
    for (size_t i = 0; i < n; i++) {
      uint32_t c1 = x->at(i), c2 = y->at(i);
      if (c1 != c2)
        return c1 < c2 ? -1 : 1;
    }
  }
  return x->length < y->length ? -1 : x->length > y->length ? 1 : 0;
}

// --- StrBuilder --------------------------------------------------------------

void StrBuilder::widen(uint32_t c) {
  uint8_t nk = kindFor(c);
  size_t n = length();
  std::string nb;
  nb.resize(n * nk);
  for (size_t i = 0; i < n; i++) {
    uint32_t v = at(i);
    if (nk == 2) {
      uint16_t w = uint16_t(v);
      std::memcpy(&nb[i * 2], &w, 2);
    } else {
      std::memcpy(&nb[i * 4], &v, 4);
    }
  }
  buf_.swap(nb);
  kind_ = nk;
}

void StrBuilder::appendStr(Value v, size_t start, size_t stop) {
  StrObject *s = asStr(v);
  if (stop <= start)
    return;
  if (s->kind == kind_) {
    buf_.append(reinterpret_cast<const char *>(s->data()) + start * kind_, (stop - start) * kind_);
    if (!s->ascii && maxChar_ < 128) {
      // The exact maximum matters only for the ascii flag and widening.
      for (size_t i = start; i < stop; i++)
        maxChar_ = std::max(maxChar_, s->at(i));
    }
    return;
  }
  for (size_t i = start; i < stop; i++)
    append(s->at(i));
}

// The result must have the narrowest kind (strEquals compares kinds), so the
// maximum is recomputed for wide buffers: maxChar_ may lag behind for
// same-kind appendStr() runs.
Ref StrBuilder::finish() {
  uint32_t maxChar = maxChar_;
  if (kind_ > 1) {
    maxChar = 0;
    size_t n = length();
    for (size_t i = 0; i < n; i++)
      maxChar = std::max(maxChar, at(i));
  }
  return strFromBuffer(buf_.data(), length(), kind_, maxChar);
}

// --- Interning ---------------------------------------------------------------

namespace {
struct InternKey {
  uint8_t kind;
  std::string_view bytes;
  bool operator==(const InternKey &) const = default;
};
struct InternHash {
  size_t operator()(const InternKey &k) const {
    return std::hash<std::string_view>()(k.bytes) ^ k.kind;
  }
};
} // namespace

static std::unordered_map<InternKey, StrObject *, InternHash> &internTable() {
  static auto *table = new std::unordered_map<InternKey, StrObject *, InternHash>();
  return *table;
}

static InternKey keyOf(StrObject *s) {
  return {s->kind, {reinterpret_cast<const char *>(s->data()), s->length * s->kind}};
}

Ref internStr(std::string_view utf8) {
  auto *p = reinterpret_cast<const uint8_t *>(utf8.data());
  if (allAscii(p, utf8.size())) {
    auto &t = internTable();
    auto it = t.find(InternKey{1, utf8});
    if (it != t.end())
      return Ref::borrow(it->second);
  }
  Ref s = newStr(utf8);
  if (!s)
    return s;
  return internStr(std::move(s));
}

Ref internStr(Ref ref) {
  StrObject *s = asStr(*ref);
  if (s->interned)
    return ref;
  if (s->type != &StrType)
    return ref; // CPython interns exact strs only
  auto &t = internTable();
  auto it = t.find(keyOf(s));
  if (it != t.end())
    return Ref::borrow(it->second);
  // Interned strings are immortal, as in CPython 3.14.
  s->interned = true;
  s->refcount = kImmortalRefcount;
  t.emplace(keyOf(s), s);
  return ref;
}

// --- Hashing -----------------------------------------------------------------

static inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

// SipHash-1-3 with the zero key. CPython: Python/pyhash.c siphash13
static uint64_t siphash13(const uint8_t *src, size_t size) {
  uint64_t k0 = 0, k1 = 0;
  uint64_t b = uint64_t(size) << 56;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  auto round = [&] {
    v0 += v1;
    v1 = rotl(v1, 13);
    v1 ^= v0;
    v0 = rotl(v0, 32);
    v2 += v3;
    v3 = rotl(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = rotl(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = rotl(v1, 17);
    v1 ^= v2;
    v2 = rotl(v2, 32);
  };
  while (size >= 8) {
    uint64_t mi;
    std::memcpy(&mi, src, 8);
    src += 8;
    size -= 8;
    v3 ^= mi;
    round();
    v0 ^= mi;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < size; i++)
    t |= uint64_t(src[i]) << (8 * i);
  b |= t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xff;
  round();
  round();
  round();
  return v0 ^ v1 ^ v2 ^ v3;
}

int64_t hashBuffer(const void *data, size_t size) {
  if (size == 0)
    return 0;
  int64_t x = int64_t(siphash13(static_cast<const uint8_t *>(data), size));
  return x == -1 ? -2 : x;
}

int64_t strHash(Value v) {
  StrObject *s = asStr(v);
  if (s->hash == -1)
    s->hash = hashBuffer(s->data(), s->length * s->kind);
  return s->hash;
}

// --- repr --------------------------------------------------------------------

static void hexEscape(std::string &out, char kindCh, uint32_t c, int digits) {
  static const char hex[] = "0123456789abcdef";
  out.push_back('\\');
  out.push_back(kindCh);
  for (int i = digits - 1; i >= 0; i--)
    out.push_back(hex[(c >> (4 * i)) & 0xF]);
}

// CPython: Objects/unicodeobject.c unicode_repr
static std::string reprImpl(Value v, bool asciiOnly) {
  StrObject *s = asStr(v);
  size_t n = s->length;
  bool hasSingle = false, hasDouble = false;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = s->at(i);
    if (c == '\'')
      hasSingle = true;
    else if (c == '"')
      hasDouble = true;
  }
  char quote = (hasSingle && !hasDouble) ? '"' : '\'';
  std::string out;
  out.reserve(n + 2);
  out.push_back(quote);
  for (size_t i = 0; i < n; i++) {
    uint32_t c = s->at(i);
    if (c == uint32_t(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7f) {
      hexEscape(out, 'x', c, 2);
    } else if (c < 0x7f) {
      out.push_back(char(c));
    } else if (!asciiOnly && unicode::isPrintable(c)) {
      utf8Append(out, c);
    } else if (c <= 0xff) {
      hexEscape(out, 'x', c, 2);
    } else if (c <= 0xffff) {
      hexEscape(out, 'u', c, 4);
    } else {
      hexEscape(out, 'U', c, 8);
    }
  }
  out.push_back(quote);
  return out;
}

std::string strRepr(Value s) { return reprImpl(s, false); }
std::string strAsciiRepr(Value s) { return reprImpl(s, true); }

// --- Substrings and concatenation ---------------------------------------------

Ref strSubstring(Value v, size_t start, size_t stop) {
  StrObject *s = asStr(v);
  if (stop > s->length)
    stop = s->length;
  if (start >= stop)
    return emptyStr();
  if (start == 0 && stop == s->length && s->type == &StrType)
    return Ref::borrow(v);
  size_t n = stop - start;
  const uint8_t *p = s->data() + start * s->kind;
  if (s->ascii)
    return strFromBuffer(p, n, 1, 0);
  if (s->kind == 1)
    return newStrFromUcs1(p, n);
  if (s->kind == 2)
    return newStrFromUcs2(reinterpret_cast<const uint16_t *>(p), n);
  return newStrFromUcs4(reinterpret_cast<const uint32_t *>(p), n);
}

static uint32_t maxCharOf(StrObject *s) {
  if (s->ascii)
    return 127;
  return s->kind == 1 ? 255 : s->kind == 2 ? 65535 : 0x10FFFF;
}

static void copyChars(StrObject *dst, size_t at, StrObject *src) {
  if (dst->kind == src->kind) {
    std::memcpy(dst->data() + at * dst->kind, src->data(), src->length * src->kind);
    return;
  }
  for (size_t i = 0; i < src->length; i++) {
    uint32_t c = src->at(i);
    if (dst->kind == 2)
      reinterpret_cast<uint16_t *>(dst->data())[at + i] = uint16_t(c);
    else
      reinterpret_cast<uint32_t *>(dst->data())[at + i] = c;
  }
}

Ref strConcat(Value a, Value b) {
  StrObject *x = asStr(a), *y = asStr(b);
  if (y->length == 0 && x->type == &StrType)
    return Ref::borrow(a);
  if (x->length == 0 && y->type == &StrType)
    return Ref::borrow(b);
  size_t n = x->length + y->length;
  uint32_t maxChar = std::max(maxCharOf(x), maxCharOf(y));
  StrObject *r = allocStr(&StrType, n, maxChar);
  if (!r)
    return Ref();
  copyChars(r, 0, x);
  copyChars(r, x->length, y);
  return Ref::steal(r);
}

Ref strJoinArray(const Value *items, size_t n) {
  if (n == 0)
    return emptyStr();
  if (n == 1 && isExactStr(items[0]))
    return Ref::borrow(items[0]);
  size_t total = 0;
  uint32_t maxChar = 0;
  for (size_t i = 0; i < n; i++) {
    StrObject *it = asStr(items[i]);
    total += it->length;
    maxChar = std::max(maxChar, maxCharOf(it));
  }
  if (total == 0)
    return emptyStr();
  StrObject *r = allocStr(&StrType, total, maxChar);
  if (!r)
    return Ref();
  size_t pos = 0;
  for (size_t i = 0; i < n; i++) {
    StrObject *it = asStr(items[i]);
    copyChars(r, pos, it);
    pos += it->length;
  }
  return Ref::steal(r);
}

// CPython: Python/ceval.c unicode_concatenate + Objects/unicodeobject.c
// unicode_resize / resize_compact. When `left` is the only reference to an
// exact, non-interned str of a kind wide enough for `right`, the object is
// grown in place (realloc with 25% headroom, so a loop of `s += t` is
// amortised linear). The eval loop gets the refcount-1 case by clearing the
// local that `s += t; s = ...` stores to before the call, as CPython does
// for STORE_FAST / STORE_NAME targets.
// NEEDS(core): allocObject/freeObject are malloc/free (vm/object.cpp); this
// relies on that to realloc. Switch to a core resize helper if one appears.
bool strConcatInPlace(Ref &left, Value right) {
  Value l = *left;
  StrObject *x = asStr(l), *y = asStr(right);
  if (y->length == 0 && x->type == &StrType)
    return true;
  if (x->refcount == 1 && x->type == &StrType && !x->interned && x->length > 0 &&
      kindFor(maxCharOf(y)) <= x->kind) {
    size_t n = x->length + y->length;
    size_t need = sizeof(StrObject) + (n + 1) * x->kind;
    if (need > malloc_usable_size(x)) {
      size_t grow = need + need / 4;
      void *p = std::realloc(x, grow);
      if (!p) {
        raise(&MemoryErrorType, "");
        return false;
      }
      x = static_cast<StrObject *>(p);
      (void)left.release(); // the old pointer may be gone; re-own the new one
      left = Ref::steal(x);
    }
    uint8_t *d = x->data();
    if (x->kind == y->kind) {
      std::memcpy(d + x->length * x->kind, y->data(), y->length * y->kind);
    } else {
      for (size_t i = 0; i < y->length; i++) {
        uint32_t c = y->at(i);
        if (x->kind == 2)
          reinterpret_cast<uint16_t *>(d)[x->length + i] = uint16_t(c);
        else
          reinterpret_cast<uint32_t *>(d)[x->length + i] = c;
      }
    }
    std::memset(d + n * x->kind, 0, x->kind);
    x->length = n;
    x->ascii = x->ascii && y->ascii;
    x->hash = -1;
    return true;
  }
  Ref r = strConcat(l, right);
  if (!r)
    return false;
  left = std::move(r);
  return true;
}

Ref strExact(Value v) {
  if (isExactStr(v))
    return Ref::borrow(v);
  StrObject *s = asStr(v);
  return strFromBuffer(s->data(), s->length, s->kind, maxCharOf(s));
}

// --- Slots -------------------------------------------------------------------

static void strDealloc(Object *) {}
static Ref strReprSlot(Value self) { return newStr(strRepr(self)); }
static Ref strStrSlot(Value self) { return strExact(self); }
static int64_t strHashSlot(Value self) { return strHash(self); }
static int64_t strLenSlot(Value self) { return int64_t(strLength(self)); }

static Ref strRichCompare(Value a, Value b, CompareOp op) {
  if (!isStr(a) || !isStr(b))
    return newNotImplemented();
  bool r;
  switch (op) {
  case CompareOp::Eq:
    r = strEquals(a, b);
    break;
  case CompareOp::Ne:
    r = !strEquals(a, b);
    break;
  case CompareOp::Lt:
    r = strCompare(a, b) < 0;
    break;
  case CompareOp::Le:
    r = strCompare(a, b) <= 0;
    break;
  case CompareOp::Gt:
    r = strCompare(a, b) > 0;
    break;
  default:
    r = strCompare(a, b) >= 0;
    break;
  }
  return newBool(r);
}

static Ref strAdd(Value a, Value b) {
  if (!isStr(a))
    return newNotImplemented();
  if (!isStr(b))
    return raisef(&TypeErrorType, "can only concatenate str (not \"{}\") to str", typeName(b));
  return strConcat(a, b);
}

static Ref strRepeat(Value s, int64_t count) {
  StrObject *x = asStr(s);
  if (count <= 0 || x->length == 0)
    return emptyStr();
  if (count == 1 && x->type == &StrType)
    return Ref::borrow(s);
  if (uint64_t(count) > (uint64_t(INT64_MAX) / 4) / x->length)
    return raise(&OverflowErrorType, "repeated string is too long");
  size_t n = x->length * size_t(count);
  StrObject *r = allocStr(&StrType, n, maxCharOf(x));
  if (!r)
    return Ref();
  size_t unit = x->length * x->kind;
  uint8_t *d = r->data();
  if (r->kind == x->kind) {
    if (unit == 1) {
      std::memset(d, x->data()[0], n);
    } else {
      std::memcpy(d, x->data(), unit);
      size_t done = unit, total = n * r->kind;
      while (done < total) {
        size_t k = std::min(done, total - done);
        std::memcpy(d + done, d, k);
        done += k;
      }
    }
  } else {
    for (int64_t i = 0; i < count; i++)
      copyChars(r, size_t(i) * x->length, x);
  }
  return Ref::steal(r);
}

static Ref strMul(Value a, Value b) {
  Value s = a, n = b;
  if (!isStr(a)) {
    // CPython tries the left operand's sq_repeat first: [1] * 'a' is the
    // list's error about a 'str' count.
    if (isList(a) || isTuple(a) || isBytesLike(a))
      return raisef(&TypeErrorType, "can't multiply sequence by non-int of type '{}'", typeName(b));
    s = b;
    n = a;
  }
  if (!isStr(s))
    return newNotImplemented();
  if (!isInt(n) && !n.type()->index) {
    return raisef(&TypeErrorType, "can't multiply sequence by non-int of type '{}'", typeName(n));
  }
  int64_t count;
  if (!indexAsInt64(n, &count, &OverflowErrorType))
    return Ref();
  return strRepeat(s, count);
}

static Ref strMod(Value a, Value b) {
  if (!isStr(a))
    return newNotImplemented();
  return strPercentFormat(a, b);
}

static Ref strGetItem(Value self, Value key) {
  StrObject *s = asStr(self);
  if (key.isSmallInt()) {
    int64_t i = key.smallInt();
    if (i < 0)
      i += int64_t(s->length);
    if (uint64_t(i) >= s->length)
      return raise(&IndexErrorType, "string index out of range");
    return strFromChar(s->at(size_t(i)));
  }
  if (isInt(key) || key.type()->index) {
    int64_t i;
    if (!indexAsInt64(key, &i, &IndexErrorType))
      return Ref();
    if (i < 0)
      i += int64_t(s->length);
    if (i < 0 || i >= int64_t(s->length))
      return raise(&IndexErrorType, "string index out of range");
    return strFromChar(s->at(size_t(i)));
  }
  if (key.isObject() && key.type() == &SliceType) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(key, int64_t(s->length), &start, &stop, &step);
    if (n < 0)
      return Ref();
    if (n == 0)
      return emptyStr();
    if (step == 1)
      return strSubstring(self, size_t(start), size_t(stop));
    StrBuilder b{size_t(n)};
    for (int64_t k = 0, i = start; k < n; k++, i += step)
      b.append(s->at(size_t(i)));
    return b.finish();
  }
  return raisef(&TypeErrorType, "string indices must be integers, not '{}'", typeName(key));
}

// Finds needle in s[start:end]; returns the index or -1. (vm/str_methods.cpp)
int64_t strFind(Value s, Value needle, int64_t start, int64_t end, int direction);

static int strContains(Value self, Value item) {
  if (!isStr(item)) {
    raisef(&TypeErrorType, "'in <string>' requires string as left operand, not {}", typeName(item));
    return -1;
  }
  return strFind(self, item, 0, int64_t(strLength(self)), 1) >= 0;
}

// --- Iterators ---------------------------------------------------------------

struct StrIterObject : Object {
  Value str; // owned; null when exhausted
  size_t index;
};

static Ref strIter(Value self) {
  Type *t = asStr(self)->ascii ? &StrAsciiIterType : &StrIterType;
  auto *it = static_cast<StrIterObject *>(allocObject(t, sizeof(StrIterObject)));
  if (!it)
    return Ref();
  incref(self);
  it->str = self;
  it->index = 0;
  return Ref::steal(it);
}

static void strIterDealloc(Object *o) { xdecref(static_cast<StrIterObject *>(o)->str); }

static Ref strIterNext(Value self) {
  auto *it = self.as<StrIterObject>();
  if (!it->str)
    return Ref();
  StrObject *s = asStr(it->str);
  if (it->index < s->length)
    return strFromChar(s->at(it->index++));
  decref(std::exchange(it->str, Value()));
  return Ref();
}

static Ref strIterSelf(Value self) { return Ref::borrow(self); }

static Ref strIterLengthHint(Value self) {
  auto *it = self.as<StrIterObject>();
  if (!it->str)
    return Ref::smallInt(0);
  return Ref::smallInt(int64_t(strLength(it->str) - it->index));
}

// builtins.iter, for the iterators' __reduce__. CPython: _PyEval_GetBuiltin
Ref builtinIter() {
  Value b = gInterp.builtins ? *gInterp.builtins : Value();
  Value f = b ? dictGetItem(b, "iter") : Value();
  if (!f)
    return errorPending() ? Ref() : raise(&RuntimeErrorType, "lost builtins.iter");
  return Ref::borrow(f);
}

// CPython: Objects/unicodeobject.c unicodeiter_reduce
static Ref strIterReduce(Value self) {
  auto *it = self.as<StrIterObject>();
  Ref iter = builtinIter();
  if (!iter)
    return iter;
  if (it->str) {
    Ref args = newTupleOf({it->str});
    Ref index = Ref::smallInt(int64_t(it->index));
    return newTupleOf({*iter, *args, *index});
  }
  Ref empty = emptyStr();
  Ref args = newTupleOf({*empty});
  return newTupleOf({*iter, *args});
}

// CPython: unicodeiter_setstate
static Ref strIterSetstate(Value self, Value state) {
  auto *it = self.as<StrIterObject>();
  int64_t index;
  if (!indexAsInt64(state, &index, &OverflowErrorType))
    return Ref();
  if (it->str) {
    if (index < 0)
      index = 0;
    else if (index > int64_t(strLength(it->str)))
      index = int64_t(strLength(it->str));
    it->index = size_t(index);
  }
  return newNone();
}

static const MethodDef kStrIterMethods[] = {
    method("__length_hint__", strIterLengthHint),
    method("__reduce__", strIterReduce),
    method("__setstate__", strIterSetstate),
};

// --- str() -------------------------------------------------------------------

static Ref strNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  // CPython: unicode_vectorcall checks positional-only calls itself.
  if ((!kwnames || tupleSize(kwnames) == 0) && nargs > 3)
    return raisef(&TypeErrorType, "str expected at most 3 arguments, got {}", nargs);
  static const ParamSpec spec{"str", {"object", "encoding", "errors"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  Ref result;
  if (!out[0]) {
    result = emptyStr();
  } else if (!out[1] && !out[2]) {
    result = str(out[0]);
  } else {
    Value o = out[0];
    if (isStr(o))
      return raise(&TypeErrorType, "decoding str is not supported");
    if (!isBytes(o) && !isByteArray(o))
      return raisef(&TypeErrorType, "decoding to str: need a bytes-like object, {} found",
                    typeName(o));
    std::string_view data = bytesView(o);
    result = bytesDecode(data, out[1], out[2]);
  }
  if (!result || type == &StrType)
    return result;
  // A subclass instance: copy the code points after the subclass's fields.
  StrObject *src = asStr(*result);
  StrObject *r = allocStr(type, src->length, maxCharOf(src));
  if (!r)
    return Ref();
  if (r->kind == src->kind)
    std::memcpy(r->data(), src->data(), src->length * src->kind);
  else
    copyChars(r, 0, src);
  return Ref::steal(r);
}

// typeReady() needs dict (the type's namespace) and the descriptor types,
// which vm/runtime.cpp readies after str (str must exist first: every type
// name is a str). So initStrType() sets up the static header and slots, and
// the type dicts are built by finishStrTypes() as soon as dict is ready
// (here, or from initBytesTypes(), which runs after the containers).
static bool gStrTypesFinished = false;

void finishStrTypes() {
  if (gStrTypesFinished)
    return;
  gStrTypesFinished = true;
  typeReady(&StrType, strMethodTable());
  typeReady(&StrIterType, kStrIterMethods);
  typeReady(&StrAsciiIterType, kStrIterMethods);
}

void initStrType() {
  initStaticType(&StrType, "str", &ObjectType, sizeof(StrObject),
                 kTypeBaseType | kTypeImmutable | kTypeStrSubclass);
  StrType.dealloc = strDealloc;
  StrType.repr = strReprSlot;
  StrType.str = strStrSlot;
  StrType.hash = strHashSlot;
  StrType.richcompare = strRichCompare;
  StrType.length = strLenSlot;
  StrType.getitem = strGetItem;
  StrType.contains = strContains;
  StrType.iter = strIter;
  StrType.binary[int(BinaryOp::Add)] = strAdd;
  StrType.binary[int(BinaryOp::Multiply)] = strMul;
  StrType.binary[int(BinaryOp::Remainder)] = strMod;
  StrType.newInstance = strNew;
  StrType.doc = newStr(
      "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new "
      "string object from the given object. If encoding or\nerrors is specified, then the object "
      "must expose a data buffer\nthat will be decoded using the given encoding and error "
      "handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor "
      "repr(object).\nencoding defaults to 'utf-8'.\nerrors defaults to 'strict'.");

  for (Type *t : {&StrIterType, &StrAsciiIterType}) {
    initStaticType(t, t == &StrIterType ? "str_iterator" : "str_ascii_iterator", &ObjectType,
                   sizeof(StrIterObject), kTypeImmutable);
    t->dealloc = strIterDealloc;
    t->iter = strIterSelf;
    t->iternext = strIterNext;
  }
  if (DictType.hasFlag(kTypeReady))
    finishStrTypes();
}

} // namespace pyvm
