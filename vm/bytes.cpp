// Python bytes and bytearray: storage, constructors, repr, hashing,
// comparison, sequence slots, iterators and bytearray mutation.
// CPython: Objects/bytesobject.c, Objects/bytearrayobject.c
#include "vm/bytes.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/str_internal.h"
#include "vm/tuple.h"

#include <cstdlib>
#include <cstring>

namespace pyvm {

Type BytesType;
Type ByteArrayType;
Type BytesIterType;
Type ByteArrayIterType;

// --- Storage -----------------------------------------------------------------

static inline size_t bytesOffset(Object *o) {
  return o->type == &BytesType ? sizeof(BytesObject) : o->type->basicSize;
}

static BytesObject *allocBytes(Type *type, size_t n) {
  size_t offset = type == &BytesType ? sizeof(BytesObject) : type->basicSize;
  if (n > SIZE_MAX / 2) {
    raise(&MemoryErrorType, "");
    return nullptr;
  }
  Object *o = allocObject(type, offset + n + 1);
  if (!o)
    return nullptr;
  auto *b = static_cast<BytesObject *>(o);
  b->size = n;
  b->hash = -1;
  return b;
}

static BytesObject *gEmptyBytes;
static BytesObject *gByteChars[256];

static Ref emptyBytes() {
  if (!gEmptyBytes) {
    gEmptyBytes = allocBytes(&BytesType, 0);
    if (!gEmptyBytes)
      return Ref();
    gEmptyBytes->refcount = kImmortalRefcount;
  }
  return Ref::borrow(gEmptyBytes);
}

Ref newBytesUninit(size_t n) {
  BytesObject *b = allocBytes(&BytesType, n);
  return b ? Ref::steal(b) : Ref();
}

Ref newBytes(const void *data, size_t size) {
  if (size == 0)
    return emptyBytes();
  if (size == 1) {
    uint8_t c = *static_cast<const uint8_t *>(data);
    if (!gByteChars[c]) {
      BytesObject *b = allocBytes(&BytesType, 1);
      if (!b)
        return Ref();
      reinterpret_cast<uint8_t *>(b + 1)[0] = c;
      b->refcount = kImmortalRefcount;
      gByteChars[c] = b;
    }
    return Ref::borrow(gByteChars[c]);
  }
  BytesObject *b = allocBytes(&BytesType, size);
  if (!b)
    return Ref();
  std::memcpy(reinterpret_cast<uint8_t *>(b) + sizeof(BytesObject), data, size);
  return Ref::steal(b);
}

uint8_t *bytesMutableData(Value v) {
  Object *o = v.object();
  if (o->type->hasFlag(kTypeBytesSubclass))
    return reinterpret_cast<uint8_t *>(o) + bytesOffset(o);
  return static_cast<ByteArrayObject *>(o)->data;
}

static const uint8_t kNoBytes[1] = {0};

const uint8_t *bytesData(Value v) {
  Object *o = v.object();
  if (o->type == &BytesType)
    return reinterpret_cast<const uint8_t *>(o) + sizeof(BytesObject);
  if (o->type->hasFlag(kTypeBytesSubclass))
    return reinterpret_cast<const uint8_t *>(o) + o->type->basicSize;
  auto *ba = static_cast<ByteArrayObject *>(o);
  return ba->data ? ba->data : kNoBytes;
}

size_t bytesSize(Value v) {
  Object *o = v.object();
  if (o->type->hasFlag(kTypeBytesSubclass))
    return static_cast<BytesObject *>(o)->size;
  return static_cast<ByteArrayObject *>(o)->size;
}

bool getBuffer(Value v, std::string_view *out) {
  if (isBytesLike(v)) {
    *out = bytesView(v);
    return true;
  }
  if (v.isObject() && v.type() == &MemoryViewType) {
    auto *m = v.as<MemoryViewObject>();
    if (m->released) {
      raise(&ValueErrorType, "operation forbidden on released memoryview object");
      return false;
    }
    if (m->step != 1 && m->length > 1) {
      raise(&BufferErrorType, "memoryview: underlying buffer is not C-contiguous");
      return false;
    }
    *out =
        std::string_view(reinterpret_cast<const char *>(bytesData(m->obj)) + m->start, m->length);
    return true;
  }
  // NEEDS(stdlib): array.array; treated as a non-buffer now.
  raisef(&TypeErrorType, "a bytes-like object is required, not '{}'", typeName(v));
  return false;
}

// --- bytearray storage --------------------------------------------------------

static ByteArrayObject *allocByteArray(Type *type) {
  auto *ba = static_cast<ByteArrayObject *>(allocObject(type, type->basicSize));
  if (!ba)
    return nullptr;
  ba->data = nullptr;
  ba->size = 0;
  ba->capacity = 0;
  ba->exports = 0;
  return ba;
}

int byteArrayResize(Value v, size_t size) {
  auto *ba = v.as<ByteArrayObject>();
  if (size + 1 > ba->capacity || size + 1 < ba->capacity / 4) {
    // CPython: bytearray_resize_lock_held overallocates by 1/8.
    size_t cap = size + 1;
    if (size > ba->size)
      cap += size >> 3;
    auto *p = static_cast<uint8_t *>(std::realloc(ba->data, cap));
    if (!p) {
      raise(&MemoryErrorType, "");
      return -1;
    }
    ba->data = p;
    ba->capacity = cap;
  }
  ba->size = size;
  ba->data[size] = 0;
  return 0;
}

Ref newByteArray(const void *data, size_t size) {
  ByteArrayObject *ba = allocByteArray(&ByteArrayType);
  if (!ba)
    return Ref();
  Ref r = Ref::steal(ba);
  if (size) {
    if (byteArrayResize(*r, size) < 0)
      return Ref();
    std::memcpy(ba->data, data, size);
  }
  return r;
}

static int64_t byteArrayHash(Value self) {
  raisef(&TypeErrorType, "unhashable type: '{}'", typeName(self));
  return -1;
}

static void byteArrayDealloc(Object *o) {
  auto *ba = static_cast<ByteArrayObject *>(o);
  std::free(ba->data);
  ba->data = nullptr;
}

// --- Hash and repr --------------------------------------------------------------

int64_t bytesHash(Value v) {
  auto *b = v.as<BytesObject>();
  if (b->hash == -1)
    b->hash = hashBuffer(bytesData(v), b->size);
  return b->hash;
}

// CPython: Objects/bytesobject.c PyBytes_Repr. bytearray's repr
// (bytearray_repr) escapes a single quote even inside double quotes.
static std::string reprImpl(std::string_view data, bool escapeSingle) {
  bool hasSingle = data.find('\'') != std::string_view::npos;
  bool hasDouble = data.find('"') != std::string_view::npos;
  char quote = (hasSingle && !hasDouble) ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() + 3);
  out += 'b';
  out += quote;
  for (unsigned char c : data) {
    if (c == uint8_t(quote) || c == '\\' || (escapeSingle && c == '\'')) {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += char(c);
    }
  }
  out += quote;
  return out;
}

std::string bytesReprOf(std::string_view data) { return reprImpl(data, false); }

std::string bytesRepr(Value b) {
  if (isByteArray(b)) {
    const std::string &name = b.type()->name;
    return name + "(" + reprImpl(bytesView(b), true) + ")";
  }
  return bytesReprOf(bytesView(b));
}

static Ref bytesReprSlot(Value self) { return newStr(bytesRepr(self)); }
static int64_t bytesHashSlot(Value self) { return bytesHash(self); }
static int64_t bytesLenSlot(Value self) { return int64_t(bytesSize(self)); }
static void bytesDealloc(Object *) {}

// str(b) is repr(b) (with -b it would warn; pyvm has no -b).
static Ref bytesStrSlot(Value self) { return bytesReprSlot(self); }

// --- Comparison -----------------------------------------------------------------

static Ref compareViews(std::string_view a, std::string_view b, CompareOp op) {
  int c;
  if (op == CompareOp::Eq || op == CompareOp::Ne) {
    bool eq = a == b;
    return newBool(op == CompareOp::Eq ? eq : !eq);
  }
  c = a.compare(b);
  bool r = op == CompareOp::Lt   ? c < 0
           : op == CompareOp::Le ? c <= 0
           : op == CompareOp::Gt ? c > 0
                                 : c >= 0;
  return newBool(r);
}

static Ref bytesRichCompare(Value a, Value b, CompareOp op) {
  if (!isBytes(a) || !isBytes(b))
    return newNotImplemented();
  if (a.is(b) && (op == CompareOp::Eq || op == CompareOp::Ne))
    return newBool(op == CompareOp::Eq);
  return compareViews(bytesView(a), bytesView(b), op);
}

// bytearray compares with any buffer. CPython: bytearray_richcompare
static Ref byteArrayRichCompare(Value a, Value b, CompareOp op) {
  if (!isBytesLike(a) || !isBytesLike(b))
    return newNotImplemented();
  return compareViews(bytesView(a), bytesView(b), op);
}

// --- Sequence slots ---------------------------------------------------------------

// Reads an int in range(0, 256). CPython: _getbytevalue
static bool byteValue(Value v, uint8_t *out, const char *rangeMessage) {
  int64_t x;
  if (v.isSmallInt()) {
    x = v.smallInt();
  } else {
    if (!indexAsInt64(v, &x, nullptr)) {
      if (pendingExceptionMatches(&OverflowErrorType)) {
        clearPendingException();
        raise(&ValueErrorType, rangeMessage);
      }
      return false;
    }
  }
  if (x < 0 || x > 255) {
    raise(&ValueErrorType, rangeMessage);
    return false;
  }
  *out = uint8_t(x);
  return true;
}

static bool isIndexable(Value v) { return v.isSmallInt() || isInt(v) || v.type()->index; }

static Ref makeLike(Value self, std::string_view data) {
  return isByteArray(self) ? newByteArray(data) : newBytes(data);
}

static Ref bytesGetItem(Value self, Value key) {
  bool ba = isByteArray(self);
  std::string_view d = bytesView(self);
  if (key.isSmallInt()) {
    int64_t i = key.smallInt();
    if (i < 0)
      i += int64_t(d.size());
    if (uint64_t(i) >= d.size())
      return raise(&IndexErrorType, ba ? "bytearray index out of range" : "index out of range");
    return Ref::smallInt(uint8_t(d[size_t(i)]));
  }
  if (isIndexable(key)) {
    int64_t i;
    if (!indexAsInt64(key, &i, &IndexErrorType))
      return Ref();
    if (i < 0)
      i += int64_t(d.size());
    if (i < 0 || i >= int64_t(d.size()))
      return raise(&IndexErrorType, ba ? "bytearray index out of range" : "index out of range");
    return Ref::smallInt(uint8_t(d[size_t(i)]));
  }
  if (key.isObject() && key.type() == &SliceType) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(key, int64_t(d.size()), &start, &stop, &step);
    if (n < 0)
      return Ref();
    if (step == 1) {
      if (!ba && n == int64_t(d.size()) && self.type() == &BytesType)
        return Ref::borrow(self);
      return makeLike(self, d.substr(size_t(start), size_t(n)));
    }
    std::string out;
    out.reserve(size_t(std::max<int64_t>(n, 0)));
    for (int64_t k = 0, i = start; k < n; k++, i += step)
      out += d[size_t(i)];
    return makeLike(self, out);
  }
  return raisef(&TypeErrorType, "{} indices must be integers or slices, not {}",
                ba ? "bytearray" : "byte", typeName(key));
}

static int bytesContains(Value self, Value item) {
  std::string_view d = bytesView(self);
  if (isIndexable(item)) {
    uint8_t c;
    if (!byteValue(item, &c, "byte must be in range(0, 256)"))
      return -1;
    return d.find(char(c)) != std::string_view::npos;
  }
  std::string_view sub;
  if (!getBuffer(item, &sub))
    return -1;
  return d.find(sub) != std::string_view::npos;
}

static Ref bytesAdd(Value a, Value b) {
  std::string_view x, y;
  if (isBytesLike(a) && b.isObject() && b.type() == &MemoryViewType) {
    if (!getBuffer(b, &y))
      return Ref();
    std::string s(bytesView(a));
    s.append(y);
    return isByteArray(a) ? newByteArray(s) : newBytes(s);
  }
  if (!isBytesLike(a) || !isBytesLike(b)) {
    if (!isBytesLike(a))
      return newNotImplemented();
    // CPython: "can't concat str to bytes"
    return raisef(&TypeErrorType, "can't concat {} to {}", typeName(b), typeName(a));
  }
  x = bytesView(a);
  y = bytesView(b);
  if (isByteArray(a)) {
    std::string s;
    s.reserve(x.size() + y.size());
    s.append(x);
    s.append(y);
    return newByteArray(s);
  }
  if (y.empty() && a.type() == &BytesType)
    return Ref::borrow(a);
  if (x.empty() && b.type() == &BytesType)
    return Ref::borrow(b);
  Ref r = newBytesUninit(x.size() + y.size());
  if (!r)
    return r;
  uint8_t *p = bytesMutableData(*r);
  std::memcpy(p, x.data(), x.size());
  std::memcpy(p + x.size(), y.data(), y.size());
  return r;
}

static Ref bytesRepeat(Value self, int64_t count) {
  std::string_view d = bytesView(self);
  bool ba = isByteArray(self);
  if (count < 0)
    count = 0;
  if (!ba && (count == 1 && self.type() == &BytesType))
    return Ref::borrow(self);
  if (d.size() && uint64_t(count) > uint64_t(INT64_MAX) / d.size())
    return raise(&MemoryErrorType, "");
  size_t n = d.size() * size_t(count);
  std::string out;
  out.reserve(n);
  if (d.size() == 1)
    out.assign(n, d[0]);
  else
    for (int64_t i = 0; i < count; i++)
      out.append(d);
  return makeLike(self, out);
}

static Ref bytesMul(Value a, Value b) {
  Value s = a, n = b;
  if (!isBytesLike(a)) {
    if (isList(a) || isTuple(a) || isStr(a))
      return raisef(&TypeErrorType, "can't multiply sequence by non-int of type '{}'", typeName(b));
    s = b;
    n = a;
  }
  if (!isBytesLike(s))
    return newNotImplemented();
  if (!isIndexable(n))
    return raisef(&TypeErrorType, "can't multiply sequence by non-int of type '{}'", typeName(n));
  int64_t count;
  if (!indexAsInt64(n, &count, &OverflowErrorType))
    return Ref();
  return bytesRepeat(s, count);
}

static Ref bytesMod(Value a, Value b) {
  if (!isBytesLike(a))
    return newNotImplemented();
  return bytesPercentFormat(a, b, isByteArray(a));
}

// --- bytearray mutation slots ----------------------------------------------------

static bool checkResizable(Value self) {
  if (self.as<ByteArrayObject>()->exports > 0) {
    raise(&BufferErrorType, "Existing exports of data: object cannot be re-sized");
    return false;
  }
  return true;
}

// CPython: bytearray_ass_subscript
static int byteArraySetItem(Value self, Value key, Value value) {
  auto *ba = self.as<ByteArrayObject>();
  if (isIndexable(key)) {
    int64_t i;
    if (!indexAsInt64(key, &i, &IndexErrorType))
      return -1;
    if (i < 0)
      i += int64_t(ba->size);
    if (i < 0 || i >= int64_t(ba->size)) {
      raise(&IndexErrorType, "bytearray index out of range");
      return -1;
    }
    if (!value) {
      if (!checkResizable(self))
        return -1;
      std::memmove(ba->data + i, ba->data + i + 1, ba->size - size_t(i) - 1);
      return byteArrayResize(self, ba->size - 1);
    }
    uint8_t c;
    if (!byteValue(value, &c, "byte must be in range(0, 256)"))
      return -1;
    ba->data[i] = c;
    return 0;
  }
  if (!(key.isObject() && key.type() == &SliceType)) {
    raisef(&TypeErrorType, "bytearray indices must be integers or slices, not {}", typeName(key));
    return -1;
  }
  int64_t start, stop, step;
  int64_t n = sliceIndices(key, int64_t(ba->size), &start, &stop, &step);
  if (n < 0)
    return -1;
  // The replacement bytes.
  std::string repl;
  if (value) {
    if (value.is(self)) {
      repl.assign(bytesView(self));
    } else if (isBytesLike(value)) {
      repl.assign(bytesView(value));
    } else if (isIndexable(value)) {
      raise(&TypeErrorType,
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return -1;
    } else if (isStr(value)) {
      raise(&TypeErrorType,
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return -1;
    } else {
      Ref it = getIter(value);
      if (!it) {
        if (pendingExceptionMatches(&TypeErrorType)) {
          clearPendingException();
          raise(&TypeErrorType,
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return -1;
      }
      for (;;) {
        Ref item = iterNext(*it);
        if (!item) {
          if (errorPending())
            return -1;
          break;
        }
        uint8_t c;
        if (!byteValue(*item, &c, "byte must be in range(0, 256)"))
          return -1;
        repl += char(c);
      }
    }
  }
  if (step == 1 || (step > 0 && n == 0 && false)) {
    size_t lo = size_t(start), hi = size_t(std::max(start, stop));
    size_t old = hi - lo, size = ba->size;
    if (repl.size() != old && !checkResizable(self))
      return -1;
    size_t newSize = size - old + repl.size();
    if (repl.size() > old) {
      if (byteArrayResize(self, newSize) < 0)
        return -1;
      std::memmove(ba->data + lo + repl.size(), ba->data + hi, size - hi);
    } else if (repl.size() < old) {
      std::memmove(ba->data + lo + repl.size(), ba->data + hi, size - hi);
      if (byteArrayResize(self, newSize) < 0)
        return -1;
    }
    if (!repl.empty())
      std::memcpy(ba->data + lo, repl.data(), repl.size());
    return 0;
  }
  if (!value) {
    // Delete an extended slice.
    if (n <= 0)
      return 0;
    if (!checkResizable(self))
      return -1;
    if (step < 0) {
      start = start + step * (n - 1);
      step = -step;
    }
    std::string kept;
    kept.reserve(ba->size - size_t(n));
    int64_t next = start, removed = 0;
    for (size_t i = 0; i < ba->size; i++) {
      if (removed < n && int64_t(i) == next) {
        removed++;
        next += step;
        continue;
      }
      kept += char(ba->data[i]);
    }
    std::memcpy(ba->data, kept.data(), kept.size());
    return byteArrayResize(self, kept.size());
  }
  if (int64_t(repl.size()) != n) {
    raisef(&ValueErrorType, "attempt to assign bytes of size {} to extended slice of size {}",
           repl.size(), n);
    return -1;
  }
  for (int64_t k = 0, i = start; k < n; k++, i += step)
    ba->data[i] = uint8_t(repl[size_t(k)]);
  return 0;
}

static Ref byteArrayInplaceAdd(Value self, Value other) {
  std::string_view d;
  if (!isBytesLike(other)) {
    return raisef(&TypeErrorType, "can't concat {} to {}", typeName(other), typeName(self));
  }
  std::string copy(bytesView(other));
  size_t old = bytesSize(self);
  if (copy.size() && !checkResizable(self))
    return Ref();
  if (byteArrayResize(self, old + copy.size()) < 0)
    return Ref();
  std::memcpy(self.as<ByteArrayObject>()->data + old, copy.data(), copy.size());
  return Ref::borrow(self);
}

static Ref byteArrayInplaceMul(Value self, Value n) {
  if (!isIndexable(n))
    return raisef(&TypeErrorType, "can't multiply sequence by non-int of type '{}'", typeName(n));
  int64_t count;
  if (!indexAsInt64(n, &count, &OverflowErrorType))
    return Ref();
  std::string copy(bytesView(self));
  if (count < 0)
    count = 0;
  if (copy.size() && uint64_t(count) > uint64_t(INT64_MAX) / copy.size())
    return raise(&MemoryErrorType, "");
  size_t total = copy.size() * size_t(count);
  if (total != copy.size() && !checkResizable(self))
    return Ref();
  if (byteArrayResize(self, total) < 0)
    return Ref();
  uint8_t *p = self.as<ByteArrayObject>()->data;
  for (int64_t i = 0; i < count; i++)
    std::memcpy(p + size_t(i) * copy.size(), copy.data(), copy.size());
  return Ref::borrow(self);
}

// --- Constructors ----------------------------------------------------------------

// Collects the bytes of an iterable of ints. CPython: _PyBytes_FromIterator
static bool bytesFromIterable(Value x, std::string &out, const char *target,
                              const char *rangeMessage) {
  if (isExactListOrTuple(x)) {
    size_t n = isList(x) ? listSize(x) : tupleSize(x);
    out.reserve(n);
    for (size_t i = 0; i < (isList(x) ? listSize(x) : tupleSize(x)); i++) {
      Value item = isList(x) ? listItem(x, i) : tupleItem(x, i);
      uint8_t c;
      if (!byteValue(item, &c, rangeMessage))
        return false;
      out += char(c);
    }
    return true;
  }
  Ref it = getIter(x);
  if (!it) {
    if (pendingExceptionMatches(&TypeErrorType)) {
      clearPendingException();
      raisef(&TypeErrorType, "cannot convert '{}' object to {}", typeName(x), target);
    }
    return false;
  }
  for (;;) {
    Ref item = iterNext(*it);
    if (!item)
      return !errorPending();
    uint8_t c;
    if (!byteValue(*item, &c, rangeMessage))
      return false;
    out += char(c);
  }
}

static Ref wrapBytesSubtype(Type *type, Ref exact) {
  if (!exact || type == &BytesType)
    return exact;
  std::string_view d = bytesView(*exact);
  BytesObject *b = allocBytes(type, d.size());
  if (!b)
    return Ref();
  std::memcpy(reinterpret_cast<uint8_t *>(b) + type->basicSize, d.data(), d.size());
  return Ref::steal(b);
}

// CPython: Objects/bytesobject.c bytes_new_impl
static Ref bytesNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  static const ParamSpec spec{"bytes", {"source", "encoding", "errors"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  Value x = out[0], encoding = out[1], errors = out[2];
  if (!x) {
    if (encoding || errors)
      return raise(&TypeErrorType, encoding ? "encoding without a string argument"
                                            : "errors without a string argument");
    return wrapBytesSubtype(type, emptyBytes());
  }
  if (encoding) {
    if (!isStr(x))
      return raise(&TypeErrorType, "encoding without a string argument");
    Ref r = strEncode(x, encoding, errors);
    if (r && !isBytes(*r))
      return r;
    return wrapBytesSubtype(type, std::move(r));
  }
  if (errors)
    return raise(&TypeErrorType, isStr(x) ? "string argument without an encoding"
                                          : "errors without a string argument");
  // __bytes__
  if (!isBytesLike(x) && !isStr(x) && !x.isSmallInt()) {
    static Ref name = internStr("__bytes__");
    bool isMethod = false;
    Ref m;
    if (x.type()->dict) {
      m = getMethod(x, *name, &isMethod);
      if (!m) {
        if (errorPending() && !pendingExceptionMatches(&AttributeErrorType))
          return Ref();
        clearPendingException();
      }
    }
    if (m && (isMethod || true)) {
      Ref r = isMethod ? call(*m, {x}) : call(*m, {});
      if (!r)
        return r;
      if (!isBytes(*r))
        return raisef(&TypeErrorType, "__bytes__ returned non-bytes (type {})", typeName(*r));
      return wrapBytesSubtype(type, std::move(r));
    }
  }
  if (isStr(x))
    return raise(&TypeErrorType, "string argument without an encoding");
  if (isIndexable(x) && !isBytesLike(x)) {
    int64_t n;
    if (!indexAsInt64(x, &n, &OverflowErrorType))
      return Ref();
    if (n < 0)
      return raise(&ValueErrorType, "negative count");
    Ref r = newBytesUninit(size_t(n));
    if (!r)
      return r;
    std::memset(bytesMutableData(*r), 0, size_t(n));
    return wrapBytesSubtype(type, std::move(r));
  }
  if (isBytesLike(x))
    return wrapBytesSubtype(type, newBytes(bytesView(x)));
  std::string data;
  if (x.type() == &MemoryViewType) {
    if (!memoryViewContents(x, &data))
      return Ref();
    return wrapBytesSubtype(type, newBytes(data));
  }
  if (!bytesFromIterable(x, data, "bytes", "bytes must be in range(0, 256)"))
    return Ref();
  return wrapBytesSubtype(type, newBytes(data));
}

static Ref byteArrayNew(Type *type, const Value *, size_t, Value) {
  ByteArrayObject *ba = allocByteArray(type);
  return ba ? Ref::steal(ba) : Ref();
}

// CPython: Objects/bytearrayobject.c bytearray___init___impl
static int byteArrayInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  static const ParamSpec spec{"bytearray", {"source", "encoding", "errors"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return -1;
  Value x = out[0], encoding = out[1], errors = out[2];
  if (byteArrayResize(self, 0) < 0)
    return -1;
  if (!x) {
    if (encoding || errors) {
      raise(&TypeErrorType,
            encoding ? "encoding without a string argument" : "errors without a string argument");
      return -1;
    }
    return 0;
  }
  std::string data;
  if (isStr(x)) {
    if (!encoding) {
      raise(&TypeErrorType, "string argument without an encoding");
      return -1;
    }
    Ref r = strEncode(x, encoding, errors);
    if (!r)
      return -1;
    data.assign(bytesView(*r));
  } else if (encoding || errors) {
    raise(&TypeErrorType,
          encoding ? "encoding without a string argument" : "errors without a string argument");
    return -1;
  } else if (isBytesLike(x)) {
    data.assign(bytesView(x));
  } else if (x.type() == &MemoryViewType) {
    if (!memoryViewContents(x, &data))
      return -1;
  } else if (isIndexable(x)) {
    int64_t n;
    if (!indexAsInt64(x, &n, &OverflowErrorType))
      return -1;
    if (n < 0) {
      raise(&ValueErrorType, "negative count");
      return -1;
    }
    data.assign(size_t(n), '\0');
  } else if (!bytesFromIterable(x, data, "bytearray", "byte must be in range(0, 256)")) {
    return -1;
  }
  if (byteArrayResize(self, data.size()) < 0)
    return -1;
  if (!data.empty())
    std::memcpy(self.as<ByteArrayObject>()->data, data.data(), data.size());
  return 0;
}

// --- Iterators ----------------------------------------------------------------------

struct BytesIterObject : Object {
  Value seq; // owned; null when exhausted
  size_t index;
};

static Ref bytesIter(Value self) {
  Type *t = isByteArray(self) ? &ByteArrayIterType : &BytesIterType;
  auto *it = static_cast<BytesIterObject *>(allocObject(t, sizeof(BytesIterObject)));
  if (!it)
    return Ref();
  incref(self);
  it->seq = self;
  it->index = 0;
  return Ref::steal(it);
}

static void bytesIterDealloc(Object *o) { xdecref(static_cast<BytesIterObject *>(o)->seq); }

static Ref bytesIterNext(Value self) {
  auto *it = self.as<BytesIterObject>();
  if (!it->seq)
    return Ref();
  if (it->index < bytesSize(it->seq))
    return Ref::smallInt(bytesData(it->seq)[it->index++]);
  decref(std::exchange(it->seq, Value()));
  return Ref();
}

static Ref bytesIterSelf(Value self) { return Ref::borrow(self); }

static Ref bytesIterLengthHint(Value self) {
  auto *it = self.as<BytesIterObject>();
  if (!it->seq || it->index >= bytesSize(it->seq))
    return Ref::smallInt(0);
  return Ref::smallInt(int64_t(bytesSize(it->seq) - it->index));
}

// CPython: striter_reduce / bytearrayiter_reduce
static Ref bytesIterReduce(Value self) {
  auto *it = self.as<BytesIterObject>();
  Ref iter = builtinIter();
  if (!iter)
    return iter;
  if (it->seq) {
    Ref args = newTupleOf({it->seq});
    Ref index = Ref::smallInt(int64_t(it->index));
    return newTupleOf({*iter, *args, *index});
  }
  Ref empty = newTuple(0);
  Ref args = newTupleOf({*empty});
  return newTupleOf({*iter, *args});
}

static Ref bytesIterSetstate(Value self, Value state) {
  auto *it = self.as<BytesIterObject>();
  int64_t index;
  if (!indexAsInt64(state, &index, &OverflowErrorType))
    return Ref();
  if (it->seq) {
    if (index < 0)
      index = 0;
    else if (index > int64_t(bytesSize(it->seq)))
      index = int64_t(bytesSize(it->seq));
    it->index = size_t(index);
  }
  return newNone();
}

static const MethodDef kBytesIterMethods[] = {
    method("__length_hint__", bytesIterLengthHint),
    method("__reduce__", bytesIterReduce),
    method("__setstate__", bytesIterSetstate),
};

void initBytesTypes() {
  finishStrTypes();
  initStaticType(&BytesType, "bytes", &ObjectType, sizeof(BytesObject),
                 kTypeBaseType | kTypeImmutable | kTypeBytesSubclass);
  BytesType.dealloc = bytesDealloc;
  BytesType.repr = bytesReprSlot;
  BytesType.str = bytesStrSlot;
  BytesType.hash = bytesHashSlot;
  BytesType.richcompare = bytesRichCompare;
  BytesType.length = bytesLenSlot;
  BytesType.getitem = bytesGetItem;
  BytesType.contains = bytesContains;
  BytesType.iter = bytesIter;
  BytesType.binary[int(BinaryOp::Add)] = bytesAdd;
  BytesType.binary[int(BinaryOp::Multiply)] = bytesMul;
  BytesType.binary[int(BinaryOp::Remainder)] = bytesMod;
  BytesType.newInstance = bytesNew;
  BytesType.doc = newStr(
      "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
      "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object "
      "of size given by the parameter initialized with null bytes\nbytes() -> empty bytes "
      "object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding "
      "integers in range(256)\n  - a text string encoded using the specified encoding\n  - any "
      "object implementing the buffer API.\n  - an integer");
  typeReady(&BytesType, bytesMethodTable());

  initStaticType(&ByteArrayType, "bytearray", &ObjectType, sizeof(ByteArrayObject),
                 kTypeBaseType | kTypeImmutable);
  ByteArrayType.dealloc = byteArrayDealloc;
  ByteArrayType.repr = bytesReprSlot;
  ByteArrayType.str = bytesStrSlot;
  ByteArrayType.richcompare = byteArrayRichCompare;
  ByteArrayType.hash = byteArrayHash;
  ByteArrayType.length = bytesLenSlot;
  ByteArrayType.getitem = bytesGetItem;
  ByteArrayType.setitem = byteArraySetItem;
  ByteArrayType.contains = bytesContains;
  ByteArrayType.iter = bytesIter;
  ByteArrayType.binary[int(BinaryOp::Add)] = bytesAdd;
  ByteArrayType.binary[int(BinaryOp::Multiply)] = bytesMul;
  ByteArrayType.binary[int(BinaryOp::Remainder)] = bytesMod;
  ByteArrayType.inplace[int(BinaryOp::Add)] = byteArrayInplaceAdd;
  ByteArrayType.inplace[int(BinaryOp::Multiply)] = byteArrayInplaceMul;
  ByteArrayType.newInstance = byteArrayNew;
  ByteArrayType.init = byteArrayInit;
  ByteArrayType.doc = newStr(
      "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> "
      "bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) "
      "-> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> "
      "empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable "
      "yielding integers in range(256)\n  - a text string encoded using the specified "
      "encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer "
      "API.\n  - an integer");
  typeReady(&ByteArrayType, byteArrayMethodTable());

  initMemoryViewType();

  for (Type *t : {&BytesIterType, &ByteArrayIterType}) {
    initStaticType(t, t == &BytesIterType ? "bytes_iterator" : "bytearray_iterator", &ObjectType,
                   sizeof(BytesIterObject), kTypeImmutable);
    t->dealloc = bytesIterDealloc;
    t->iter = bytesIterSelf;
    t->iternext = bytesIterNext;
    typeReady(t, kBytesIterMethods);
  }
}

} // namespace pyvm
