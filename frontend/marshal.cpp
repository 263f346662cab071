// Marshal reader (see frontend/marshal.h).
// CPython: Python/marshal.c r_object, r_ref_reserve, r_ref_insert, r_PyLong
#include "frontend/marshal.h"

#include "vm/bigint.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/complex.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/set.h"
#include "vm/singletons.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <fmt/format.h>

#include <bit>
#include <charconv>
#include <cstring>
#include <string>
#include <vector>

namespace pyvm {

namespace {

static_assert(std::endian::native == std::endian::little,
              "the marshal reader assumes a little-endian host");

constexpr uint8_t kFlagRef = 0x80;

// Type codes. CPython: Python/marshal.c TYPE_*
enum : uint8_t {
  kNull = '0',
  kNone = 'N',
  kFalse = 'F',
  kTrue = 'T',
  kStopIter = 'S',
  kEllipsis = '.',
  kInt = 'i',
  kInt64 = 'I',
  kFloat = 'f',
  kBinaryFloat = 'g',
  kComplex = 'x',
  kBinaryComplex = 'y',
  kLong = 'l',
  kString = 's',
  kInterned = 't',
  kRef = 'r',
  kTuple = '(',
  kList = '[',
  kDict = '{',
  kCode = 'c',
  kUnicode = 'u',
  kUnknown = '?',
  kSet = '<',
  kFrozenSet = '>',
  kSlice = ':',
  kAscii = 'a',
  kAsciiInterned = 'A',
  kSmallTuple = ')',
  kShortAscii = 'z',
  kShortAsciiInterned = 'Z',
};

class Reader {
public:
  Reader(std::span<const uint8_t> data, size_t base) : data_(data), base_(base) {}

  // Reads one object. A null Ref in the result is the NULL marker ('0'),
  // which only the dict reader accepts.
  llvm::Expected<Ref> object(bool allowNull = false);
  size_t position() const { return pos_; }

private:
  llvm::Error error(size_t at, std::string message) const {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s at byte %zu",
                                   message.c_str(), base_ + at);
  }
  llvm::Error badData(size_t at, const char *what) const {
    return error(at, fmt::format("bad marshal data ({})", what));
  }
  // Takes the pending Python exception (if any) into the message.
  llvm::Error pythonError(size_t at, const char *what) const;

  size_t left() const { return data_.size() - pos_; }
  llvm::Error need(size_t n) const {
    if (n <= left())
      return llvm::Error::success();
    return error(pos_, fmt::format("marshal data too short (need {} bytes, only {} left)", n,
                                   left()));
  }
  llvm::Expected<uint8_t> byte();
  llvm::Expected<int32_t> int32();
  llvm::Expected<int64_t> int64();
  llvm::Expected<double> binaryDouble();
  llvm::Expected<double> textDouble();
  // A size prefix (int32, or uint8 when `shortForm`), checked to be >= 0 and
  // at most the bytes left divided by `minItemBytes`.
  llvm::Expected<size_t> size(bool shortForm, size_t minItemBytes, const char *what);

  // Reference list. A reserved slot holds a null Ref until it is filled;
  // referring to it before then is an invalid reference.
  size_t reserve() {
    refs_.emplace_back();
    return refs_.size() - 1;
  }
  Ref remember(bool flag, Ref v) {
    if (flag)
      refs_.push_back(v);
    return v;
  }

  llvm::Expected<Ref> dispatch(uint8_t type, bool flag, size_t start, bool allowNull);
  llvm::Expected<Ref> readLong(size_t start);
  llvm::Expected<Ref> readString(uint8_t type, size_t start);
  llvm::Expected<Ref> readTuple(uint8_t type, bool flag, size_t start);
  llvm::Expected<Ref> readList(bool flag, size_t start);
  llvm::Expected<Ref> readDict(bool flag, size_t start);
  llvm::Expected<Ref> readSet(uint8_t type, bool flag, size_t start);
  llvm::Expected<Ref> readSlice(bool flag, size_t start);
  llvm::Expected<Ref> readCode(bool flag, size_t start);

  std::span<const uint8_t> data_;
  size_t base_;
  size_t pos_ = 0;
  int depth_ = 0;
  std::vector<Ref> refs_;
};

llvm::Error Reader::pythonError(size_t at, const char *what) const {
  std::string detail;
  if (errorPending()) {
    Ref exc = takePendingException();
    detail = fmt::format(" ({})", typeName(exc.get()));
  }
  return error(at, fmt::format("bad marshal data ({}){}", what, detail));
}

llvm::Expected<uint8_t> Reader::byte() {
  if (pos_ >= data_.size())
    return error(pos_, "EOF read where object expected");
  return data_[pos_++];
}

llvm::Expected<int32_t> Reader::int32() {
  if (auto e = need(4))
    return e;
  int32_t v;
  std::memcpy(&v, data_.data() + pos_, 4);
  pos_ += 4;
  return v;
}

llvm::Expected<int64_t> Reader::int64() {
  if (auto e = need(8))
    return e;
  int64_t v;
  std::memcpy(&v, data_.data() + pos_, 8);
  pos_ += 8;
  return v;
}

llvm::Expected<double> Reader::binaryDouble() {
  if (auto e = need(8))
    return e;
  double v;
  std::memcpy(&v, data_.data() + pos_, 8);
  pos_ += 8;
  return v;
}

// Legacy text float: uint8 length + ASCII (CPython: r_float_str).
llvm::Expected<double> Reader::textDouble() {
  size_t start = pos_;
  auto n = byte();
  if (!n)
    return n.takeError();
  if (auto e = need(*n))
    return e;
  std::string text(reinterpret_cast<const char *>(data_.data() + pos_), *n);
  pos_ += *n;
  std::string_view body = text;
  bool negative = false;
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  double v = 0;
  auto [end, ec] = std::from_chars(body.data(), body.data() + body.size(), v);
  if (body.empty() || ec != std::errc() || end != body.data() + body.size()) {
    if (ec == std::errc::result_out_of_range && end == body.data() + body.size())
      v = std::strtod(std::string(body).c_str(), nullptr); // inf or a denormal/zero
    else
      return badData(start, "invalid float literal");
  }
  return negative ? -v : v;
}

llvm::Expected<size_t> Reader::size(bool shortForm, size_t minItemBytes, const char *what) {
  size_t at = pos_;
  int64_t n;
  if (shortForm) {
    auto b = byte();
    if (!b)
      return b.takeError();
    n = *b;
  } else {
    auto i = int32();
    if (!i)
      return i.takeError();
    n = *i;
  }
  if (n < 0)
    return badData(at, fmt::format("{} size out of range", what).c_str());
  if (minItemBytes && uint64_t(n) > left() / minItemBytes)
    return error(at, fmt::format("marshal data too short ({} of size {}, only {} bytes left)",
                                 what, n, left()));
  return size_t(n);
}

llvm::Expected<Ref> Reader::object(bool allowNull) {
  size_t start = pos_;
  auto code = byte();
  if (!code)
    return code.takeError();
  if (depth_ >= kMaxMarshalDepth)
    return badData(start, "recursion limit exceeded");
  ++depth_;
  auto result = dispatch(*code & ~kFlagRef, (*code & kFlagRef) != 0, start, allowNull);
  --depth_;
  return result;
}

llvm::Expected<Ref> Reader::dispatch(uint8_t type, bool flag, size_t start, bool allowNull) {
  // Scalars are remembered after they are read; the singletons never are.
  auto scalar = [&](Ref r, const char *what) -> llvm::Expected<Ref> {
    if (!r)
      return pythonError(start, what);
    return remember(flag, std::move(r));
  };
  switch (type) {
  case kNull:
    if (!allowNull)
      return badData(start, "NULL object outside a dict");
    return Ref();
  case kNone:
    return newNone();
  case kFalse:
    return newBool(false);
  case kTrue:
    return newBool(true);
  case kEllipsis:
    return Ref::borrow(Ellipsis());
  case kStopIter:
    return Ref::borrow(static_cast<Object *>(&StopIterationType));
  case kInt: {
    auto v = int32();
    if (!v)
      return v.takeError();
    return scalar(newInt(int64_t(*v)), "int");
  }
  case kInt64: {
    auto v = int64();
    if (!v)
      return v.takeError();
    return scalar(newInt(*v), "int");
  }
  case kLong: {
    auto v = readLong(start);
    if (!v)
      return v.takeError();
    return remember(flag, std::move(*v));
  }
  case kBinaryFloat: {
    auto v = binaryDouble();
    if (!v)
      return v.takeError();
    return scalar(newFloat(*v), "float");
  }
  case kFloat: {
    auto v = textDouble();
    if (!v)
      return v.takeError();
    return scalar(newFloat(*v), "float");
  }
  case kBinaryComplex: {
    auto re = binaryDouble();
    if (!re)
      return re.takeError();
    auto im = binaryDouble();
    if (!im)
      return im.takeError();
    return scalar(newComplex(*re, *im), "complex");
  }
  case kComplex: {
    auto re = textDouble();
    if (!re)
      return re.takeError();
    auto im = textDouble();
    if (!im)
      return im.takeError();
    return scalar(newComplex(*re, *im), "complex");
  }
  case kString:
  case kUnicode:
  case kInterned:
  case kAscii:
  case kAsciiInterned:
  case kShortAscii:
  case kShortAsciiInterned: {
    auto v = readString(type, start);
    if (!v)
      return v.takeError();
    return remember(flag, std::move(*v));
  }
  case kTuple:
  case kSmallTuple:
    return readTuple(type, flag, start);
  case kList:
    return readList(flag, start);
  case kDict:
    return readDict(flag, start);
  case kSet:
  case kFrozenSet:
    return readSet(type, flag, start);
  case kSlice:
    return readSlice(flag, start);
  case kCode:
    return readCode(flag, start);
  case kRef: {
    auto index = int32();
    if (!index)
      return index.takeError();
    if (*index < 0 || size_t(*index) >= refs_.size() || !refs_[size_t(*index)])
      return badData(start, "invalid reference");
    return refs_[size_t(*index)];
  }
  default:
    return error(start, fmt::format("bad marshal data (unknown type code 0x{:02x})",
                                    type | (flag ? kFlagRef : 0)));
  }
}

// 'l': int32 n, then |n| base-2**15 digits. CPython: r_PyLong
llvm::Expected<Ref> Reader::readLong(size_t start) {
  auto n = int32();
  if (!n)
    return n.takeError();
  int64_t count = *n < 0 ? -int64_t(*n) : int64_t(*n);
  if (uint64_t(count) > left() / 2)
    return error(start, fmt::format("marshal data too short (long of {} digits, only {} bytes "
                                    "left)",
                                    count, left()));
  std::vector<uint16_t> digits(static_cast<size_t>(count));
  for (size_t i = 0; i < digits.size(); ++i) {
    uint16_t d;
    std::memcpy(&d, data_.data() + pos_, 2);
    pos_ += 2;
    if (d >= 1u << 15)
      return badData(start, "digit out of range in long");
    digits[i] = d;
  }
  if (!digits.empty() && digits.back() == 0)
    return badData(start, "unnormalized long data");
  Ref r = newInt(BigInt::fromDigits15(digits.data(), digits.size(), *n < 0));
  if (!r)
    return pythonError(start, "long");
  return r;
}

llvm::Expected<Ref> Reader::readString(uint8_t type, size_t start) {
  bool shortForm = type == kShortAscii || type == kShortAsciiInterned;
  auto n = size(shortForm, 1, type == kString ? "bytes object" : "string");
  if (!n)
    return n.takeError();
  std::string_view raw(reinterpret_cast<const char *>(data_.data() + pos_), *n);
  pos_ += *n;
  Ref r;
  switch (type) {
  case kString:
    r = newBytes(raw);
    break;
  case kUnicode:
  case kInterned:
    r = newStrFromUtf8Surrogatepass(raw);
    if (!r)
      return pythonError(start, "invalid UTF-8 in string");
    break;
  default:
    r = newStrFromLatin1(raw);
    break;
  }
  if (!r)
    return pythonError(start, "string");
  if (type == kInterned || type == kAsciiInterned || type == kShortAsciiInterned)
    r = internStr(std::move(r));
  return r;
}

// Containers take their reference index before their children (so the
// indices are CPython's) but the slot is only filled once they are complete:
// a reference to a container from inside itself is an invalid reference.
// CPython registers tuples, lists, dicts and sets at once and so can build
// self-containing objects; no .pyc needs that, and refusing it means a file
// can never create a reference cycle (pyvm frees by reference counting).
llvm::Expected<Ref> Reader::readTuple(uint8_t type, bool flag, size_t start) {
  auto n = size(type == kSmallTuple, 1, "tuple");
  if (!n)
    return n.takeError();
  size_t slot = flag ? reserve() : 0;
  Ref tuple = newTuple(*n);
  if (!tuple)
    return pythonError(start, "tuple");
  for (size_t i = 0; i < *n; ++i) {
    auto item = object();
    if (!item)
      return item.takeError();
    tupleInit(tuple.get(), i, std::move(*item));
  }
  if (flag)
    refs_[slot] = tuple;
  return tuple;
}

llvm::Expected<Ref> Reader::readList(bool flag, size_t start) {
  auto n = size(false, 1, "list");
  if (!n)
    return n.takeError();
  Ref list = newList(*n);
  if (!list)
    return pythonError(start, "list");
  size_t slot = flag ? reserve() : 0;
  for (size_t i = 0; i < *n; ++i) {
    auto item = object();
    if (!item)
      return item.takeError();
    listAppend(list.get(), std::move(*item));
  }
  if (flag)
    refs_[slot] = list;
  return list;
}

llvm::Expected<Ref> Reader::readDict(bool flag, size_t start) {
  Ref dict = newDict();
  if (!dict)
    return pythonError(start, "dict");
  size_t slot = flag ? reserve() : 0;
  while (true) {
    size_t at = pos_;
    auto key = object(/*allowNull=*/true);
    if (!key)
      return key.takeError();
    if (!*key)
      break;
    auto value = object();
    if (!value)
      return value.takeError();
    if (dictSetItem(dict.get(), key->get(), value->get()) < 0)
      return pythonError(at, "unhashable dict key");
  }
  if (flag)
    refs_[slot] = dict;
  return dict;
}

// Sets and frozensets reserve their slot and fill it when complete.
llvm::Expected<Ref> Reader::readSet(uint8_t type, bool flag, size_t start) {
  auto n = size(false, 1, "set");
  if (!n)
    return n.takeError();
  bool frozen = type == kFrozenSet;
  Ref set = frozen ? newFrozenSet() : newSet();
  if (!set)
    return pythonError(start, "set");
  size_t slot = flag ? reserve() : 0;
  for (size_t i = 0; i < *n; ++i) {
    size_t at = pos_;
    auto item = object();
    if (!item)
      return item.takeError();
    if (setAdd(set.get(), item->get()) < 0)
      return pythonError(at, "unhashable set element");
  }
  if (flag)
    refs_[slot] = set;
  return set;
}

llvm::Expected<Ref> Reader::readSlice(bool flag, size_t start) {
  size_t slot = flag ? reserve() : 0;
  Ref parts[3];
  for (Ref &part : parts) {
    auto item = object();
    if (!item)
      return item.takeError();
    part = std::move(*item);
  }
  Ref slice = newSlice(parts[0].get(), parts[1].get(), parts[2].get());
  if (!slice)
    return pythonError(start, "slice");
  if (flag)
    refs_[slot] = slice;
  return slice;
}

// 'c': the fields in marshal order (§1.3 of docs/pyc-3.14.md); the int32
// fields have no type byte. CPython: Python/marshal.c r_object TYPE_CODE
llvm::Expected<Ref> Reader::readCode(bool flag, size_t start) {
  size_t slot = flag ? reserve() : 0;
  CodeFields f{};
  auto readInt = [&](int32_t &out) -> llvm::Error {
    auto v = int32();
    if (!v)
      return v.takeError();
    out = *v;
    return llvm::Error::success();
  };
  auto readObj = [&](Ref &out) -> llvm::Error {
    auto v = object();
    if (!v)
      return v.takeError();
    out = std::move(*v);
    return llvm::Error::success();
  };
  int32_t flags = 0;
  if (auto e = readInt(f.argcount))
    return e;
  if (auto e = readInt(f.posonlyargcount))
    return e;
  if (auto e = readInt(f.kwonlyargcount))
    return e;
  if (auto e = readInt(f.stacksize))
    return e;
  if (auto e = readInt(flags))
    return e;
  f.flags = uint32_t(flags);
  for (Ref *field : {&f.code, &f.consts, &f.names, &f.localsplusnames, &f.localspluskinds,
                     &f.filename, &f.name, &f.qualname})
    if (auto e = readObj(*field))
      return e;
  if (auto e = readInt(f.firstlineno))
    return e;
  if (auto e = readObj(f.linetable))
    return e;
  if (auto e = readObj(f.exceptiontable))
    return e;
  std::string why;
  if (!checkCodeFields(f, &why)) {
    if (why.rfind("code: ", 0) == 0)
      why.erase(0, 6);
    std::string name = f.name && isStr(f.name.get()) ? strToUtf8(f.name.get()) : "?";
    return error(start, fmt::format("bad code object '{}': {}", name, why));
  }
  Ref code = newCode(std::move(f));
  if (!code)
    return pythonError(start, "code object");
  if (flag)
    refs_[slot] = code;
  return code;
}

} // namespace

llvm::Expected<Ref> readMarshal(std::span<const uint8_t> data, size_t baseOffset,
                                size_t *consumed) {
  Reader reader(data, baseOffset);
  auto result = reader.object();
  if (!result)
    return result.takeError();
  if (consumed)
    *consumed = reader.position();
  return result;
}

} // namespace pyvm
