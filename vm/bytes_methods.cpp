// The methods of bytes and bytearray. CPython: Objects/bytes_methods.c,
// Objects/bytesobject.c, Objects/bytearrayobject.c, Objects/stringlib/
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/str_internal.h"
#include "vm/tuple.h"

#include <algorithm>
#include <cstring>

namespace pyvm {

namespace {

using View = std::string_view;

bool isBa(Value v) { return isByteArray(v); }

Ref makeLike(Value self, View data) { return isBa(self) ? newByteArray(data) : newBytes(data); }

// The whole of self as a result: bytes returns itself (exact), bytearray a copy.
Ref selfResult(Value self) {
  if (self.type() == &BytesType)
    return Ref::borrow(self);
  return makeLike(self, bytesView(self));
}

bool asciiSpace(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }
bool asciiLower(uint8_t c) { return c >= 'a' && c <= 'z'; }
bool asciiUpper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
bool asciiAlpha(uint8_t c) { return asciiLower(c) || asciiUpper(c); }
bool asciiDigit(uint8_t c) { return c >= '0' && c <= '9'; }

bool checkArgs(const char *name, size_t nargs, size_t min, size_t max) {
  if (nargs < min) {
    raisef(&TypeErrorType, "{} expected {}{} argument{}, got {}", name,
           min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    raisef(&TypeErrorType, "{} expected {}{} argument{}, got {}", name,
           min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

bool isIndexable(Value v) { return isInt(v) || v.type()->index; }

// A buffer argument: bytes-like or TypeError "a bytes-like object is
// required, not 'str'".
bool bufferArg(Value v, std::string &out) {
  View view;
  if (!getBuffer(v, &view))
    return false;
  out.assign(view);
  return true;
}

// The `sub` argument of find/count/index...: bytes-like or an int in range.
// CPython: stringlib parse_args_finds_byte
bool subArg(Value v, std::string &out) {
  if (isBytesLike(v)) {
    out.assign(bytesView(v));
    return true;
  }
  if (isIndexable(v)) {
    int64_t x;
    if (!indexAsInt64(v, &x, &OverflowErrorType)) {
      if (pendingExceptionMatches(&OverflowErrorType)) {
        clearPendingException();
        raise(&ValueErrorType, "byte must be in range(0, 256)");
      }
      return false;
    }
    if (x < 0 || x > 255) {
      raise(&ValueErrorType, "byte must be in range(0, 256)");
      return false;
    }
    out.assign(1, char(x));
    return true;
  }
  raisef(&TypeErrorType, "argument should be integer or bytes-like object, not '{}'", typeName(v));
  return false;
}

bool byteValue(Value v, uint8_t *out) {
  if (!isIndexable(v)) {
    raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer", typeName(v));
    return false;
  }
  int64_t x;
  if (!indexAsInt64(v, &x, &OverflowErrorType)) {
    if (pendingExceptionMatches(&OverflowErrorType)) {
      clearPendingException();
      raise(&ValueErrorType, "byte must be in range(0, 256)");
    }
    return false;
  }
  if (x < 0 || x > 255) {
    raise(&ValueErrorType, "byte must be in range(0, 256)");
    return false;
  }
  *out = uint8_t(x);
  return true;
}

int64_t findIn(View hay, View needle, int64_t start, int64_t end, int dir) {
  int64_t len = int64_t(hay.size()), m = int64_t(needle.size());
  if (start < 0)
    start = 0;
  if (end > len)
    end = len;
  if (end - start < m)
    return -1;
  View window = hay.substr(size_t(start), size_t(end - start));
  size_t pos = dir > 0 ? window.find(needle) : window.rfind(needle);
  return pos == View::npos ? -1 : start + int64_t(pos);
}

bool parseFind(const char *name, Value self, const Value *args, size_t nargs, std::string &sub,
               int64_t *start, int64_t *end) {
  if (!checkArgs(name, nargs, 1, 3))
    return false;
  if (!subArg(args[0], sub))
    return false;
  *start = 0;
  *end = INT64_MAX;
  if (nargs > 1 && !parseSliceIndex(args[1], start))
    return false;
  if (nargs > 2 && !parseSliceIndex(args[2], end))
    return false;
  adjustFindIndices(int64_t(bytesSize(self)), start, end);
  return true;
}

Ref findImpl(const char *name, Value self, const Value *args, size_t nargs, int dir, bool raising) {
  std::string sub;
  int64_t start, end;
  if (!parseFind(name, self, args, nargs, sub, &start, &end))
    return Ref();
  int64_t r = findIn(bytesView(self), sub, start, end, dir);
  if (r < 0 && raising)
    return raise(&ValueErrorType, "subsection not found");
  return Ref::smallInt(r);
}

Ref bFind(Value self, const Value *args, size_t nargs) {
  return findImpl("find", self, args, nargs, 1, false);
}
Ref bRfind(Value self, const Value *args, size_t nargs) {
  return findImpl("rfind", self, args, nargs, -1, false);
}
Ref bIndex(Value self, const Value *args, size_t nargs) {
  return findImpl("index", self, args, nargs, 1, true);
}
Ref bRindex(Value self, const Value *args, size_t nargs) {
  return findImpl("rindex", self, args, nargs, -1, true);
}

Ref bCount(Value self, const Value *args, size_t nargs) {
  std::string sub;
  int64_t start, end;
  if (!parseFind("count", self, args, nargs, sub, &start, &end))
    return Ref();
  View d = bytesView(self);
  if (end - start < int64_t(sub.size()))
    return Ref::smallInt(0);
  if (sub.empty())
    return Ref::smallInt(end - start + 1);
  int64_t count = 0;
  while (true) {
    int64_t i = findIn(d, sub, start, end, 1);
    if (i < 0)
      break;
    count++;
    start = i + int64_t(sub.size());
  }
  return Ref::smallInt(count);
}

bool tailMatch(View d, View sub, int64_t start, int64_t end, int dir) {
  int64_t len = int64_t(d.size()), m = int64_t(sub.size());
  adjustFindIndices(len, &start, &end);
  end -= m;
  if (end < start)
    return false;
  if (m == 0)
    return true;
  int64_t at = dir > 0 ? end : start;
  return d.substr(size_t(at), size_t(m)) == sub;
}

Ref startsEnds(const char *name, Value self, const Value *args, size_t nargs, int dir) {
  if (!checkArgs(name, nargs, 1, 3))
    return Ref();
  int64_t start = 0, end = INT64_MAX;
  if (nargs > 1 && !parseSliceIndex(args[1], &start))
    return Ref();
  if (nargs > 2 && !parseSliceIndex(args[2], &end))
    return Ref();
  View d = bytesView(self);
  Value prefix = args[0];
  if (isTuple(prefix)) {
    for (Value item : tupleItems(prefix)) {
      if (!isBytesLike(item))
        return raisef(&TypeErrorType, "a bytes-like object is required, not '{}'", typeName(item));
      if (tailMatch(d, bytesView(item), start, end, dir))
        return newBool(true);
    }
    return newBool(false);
  }
  if (!isBytesLike(prefix))
    return raisef(&TypeErrorType, "{} first arg must be bytes or a tuple of bytes, not {}", name,
                  typeName(prefix));
  return newBool(tailMatch(d, bytesView(prefix), start, end, dir));
}

Ref bStartswith(Value self, const Value *args, size_t nargs) {
  return startsEnds("startswith", self, args, nargs, -1);
}
Ref bEndswith(Value self, const Value *args, size_t nargs) {
  return startsEnds("endswith", self, args, nargs, 1);
}

// --- split / join -----------------------------------------------------------

bool parseSplit(const char *name, const Value *args, size_t nargs, Value kwnames, bool *hasSep,
                std::string &sep, int64_t *maxsplit) {
  Value out[2] = {};
  ParamSpec spec{name, {"sep", "maxsplit"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return false;
  *hasSep = out[0] && !isNone(out[0]);
  if (*hasSep && !bufferArg(out[0], sep))
    return false;
  *maxsplit = -1;
  if (out[1]) {
    if (!isIndexable(out[1])) {
      raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer", typeName(out[1]));
      return false;
    }
    if (!indexAsInt64(out[1], maxsplit, &OverflowErrorType))
      return false;
  }
  if (*maxsplit < 0)
    *maxsplit = INT64_MAX;
  if (*hasSep && sep.empty()) {
    raise(&ValueErrorType, "empty separator");
    return false;
  }
  return true;
}

bool addPart(Value list, Value self, View part) {
  Ref r = makeLike(self, part);
  if (!r)
    return false;
  listAppend(list, std::move(r));
  return true;
}

Ref bSplit(Value self, const Value *args, size_t nargs, Value kwnames) {
  bool hasSep;
  std::string sep;
  int64_t maxsplit;
  if (!parseSplit("split", args, nargs, kwnames, &hasSep, sep, &maxsplit))
    return Ref();
  std::string copy(bytesView(self));
  View d = copy;
  size_t n = d.size();
  Ref list = newList();
  if (!list)
    return list;
  if (!hasSep) {
    size_t i = 0;
    while (maxsplit-- > 0) {
      while (i < n && asciiSpace(uint8_t(d[i])))
        i++;
      if (i == n)
        break;
      size_t j = i;
      while (j < n && !asciiSpace(uint8_t(d[j])))
        j++;
      if (!addPart(*list, self, d.substr(i, j - i)))
        return Ref();
      i = j;
    }
    if (i < n) {
      while (i < n && asciiSpace(uint8_t(d[i])))
        i++;
      if (i != n && !addPart(*list, self, d.substr(i)))
        return Ref();
    }
    return list;
  }
  size_t i = 0;
  while (maxsplit-- > 0) {
    size_t j = d.find(sep, i);
    if (j == View::npos)
      break;
    if (!addPart(*list, self, d.substr(i, j - i)))
      return Ref();
    i = j + sep.size();
  }
  if (!addPart(*list, self, d.substr(i)))
    return Ref();
  return list;
}

Ref bRsplit(Value self, const Value *args, size_t nargs, Value kwnames) {
  bool hasSep;
  std::string sep;
  int64_t maxsplit;
  if (!parseSplit("rsplit", args, nargs, kwnames, &hasSep, sep, &maxsplit))
    return Ref();
  std::string copy(bytesView(self));
  View d = copy;
  int64_t n = int64_t(d.size());
  Ref list = newList();
  if (!list)
    return list;
  if (!hasSep) {
    int64_t i = n - 1;
    while (maxsplit-- > 0) {
      while (i >= 0 && asciiSpace(uint8_t(d[size_t(i)])))
        i--;
      if (i < 0)
        break;
      int64_t j = i;
      while (j >= 0 && !asciiSpace(uint8_t(d[size_t(j)])))
        j--;
      if (!addPart(*list, self, d.substr(size_t(j + 1), size_t(i - j))))
        return Ref();
      i = j;
    }
    if (i >= 0) {
      while (i >= 0 && asciiSpace(uint8_t(d[size_t(i)])))
        i--;
      if (i >= 0 && !addPart(*list, self, d.substr(0, size_t(i + 1))))
        return Ref();
    }
  } else {
    int64_t j = n;
    while (maxsplit-- > 0) {
      int64_t pos = findIn(d, sep, 0, j, -1);
      if (pos < 0)
        break;
      if (!addPart(*list, self, d.substr(size_t(pos) + sep.size(), size_t(j - pos) - sep.size())))
        return Ref();
      j = pos;
    }
    if (!addPart(*list, self, d.substr(0, size_t(j))))
      return Ref();
  }
  auto &items = list.as<ListObject>()->items;
  std::reverse(items.begin(), items.end());
  return list;
}

Ref bSplitlines(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  static const ParamSpec spec{"splitlines", {"keepends"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  bool keepends = false;
  if (out[0]) {
    int t = isTrue(out[0]);
    if (t < 0)
      return Ref();
    keepends = t;
  }
  std::string copy(bytesView(self));
  View d = copy;
  size_t n = d.size();
  Ref list = newList();
  if (!list)
    return list;
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && d[j] != '\n' && d[j] != '\r')
      j++;
    size_t eol = j;
    if (j < n) {
      if (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n')
        j += 2;
      else
        j++;
      if (keepends)
        eol = j;
    }
    if (!addPart(*list, self, d.substr(i, eol - i)))
      return Ref();
    i = j;
  }
  return list;
}

// CPython: Objects/stringlib/join.h
Ref bJoin(Value self, Value iterable) {
  Ref seq = sequenceToList(iterable);
  if (!seq) {
    if (pendingExceptionMatches(&TypeErrorType) && !iterable.type()->iter) {
      clearPendingException();
      return raise(&TypeErrorType, "can only join an iterable");
    }
    return seq;
  }
  std::string sep(bytesView(self));
  std::string out;
  size_t n = listSize(*seq);
  for (size_t i = 0; i < n; i++) {
    Value item = listItem(*seq, i);
    View v;
    if (!isBytesLike(item))
      return raisef(&TypeErrorType, "sequence item {}: expected a bytes-like object, {} found", i,
                    typeName(item));
    v = bytesView(item);
    if (i)
      out += sep;
    out += v;
  }
  if (!isBa(self) && n == 1 && listItem(*seq, 0).type() == &BytesType)
    return Ref::borrow(listItem(*seq, 0));
  return makeLike(self, out);
}

// --- strip, replace, partition ------------------------------------------------

Ref stripImpl(const char *name, Value self, const Value *args, size_t nargs, bool left,
              bool right) {
  if (!checkArgs(name, nargs, 0, 1))
    return Ref();
  View d = bytesView(self);
  size_t i = 0, j = d.size();
  if (nargs == 0 || isNone(args[0])) {
    if (left)
      while (i < j && asciiSpace(uint8_t(d[i])))
        i++;
    if (right)
      while (j > i && asciiSpace(uint8_t(d[j - 1])))
        j--;
  } else {
    std::string chars;
    if (!bufferArg(args[0], chars))
      return Ref();
    if (left)
      while (i < j && chars.find(d[i]) != std::string::npos)
        i++;
    if (right)
      while (j > i && chars.find(d[j - 1]) != std::string::npos)
        j--;
  }
  if (i == 0 && j == d.size())
    return selfResult(self);
  return makeLike(self, d.substr(i, j - i));
}

Ref bStrip(Value self, const Value *args, size_t nargs) {
  return stripImpl("strip", self, args, nargs, true, true);
}
Ref bLstrip(Value self, const Value *args, size_t nargs) {
  return stripImpl("lstrip", self, args, nargs, true, false);
}
Ref bRstrip(Value self, const Value *args, size_t nargs) {
  return stripImpl("rstrip", self, args, nargs, false, true);
}

Ref bReplace(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  static const ParamSpec spec{"replace", {"old", "new", "count"}, 2, 2};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  std::string old, nw;
  if (!bufferArg(out[0], old) || !bufferArg(out[1], nw))
    return Ref();
  int64_t count = -1;
  if (out[2]) {
    if (!isIndexable(out[2]))
      return raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer",
                    typeName(out[2]));
    if (!indexAsInt64(out[2], &count, &OverflowErrorType))
      return Ref();
  }
  if (count < 0)
    count = INT64_MAX;
  std::string d(bytesView(self));
  if (count == 0 || old.size() > d.size())
    return selfResult(self);
  std::string r;
  if (old.empty()) {
    int64_t done = 0;
    for (size_t i = 0; i <= d.size(); i++) {
      if (done < count) {
        r += nw;
        done++;
      }
      if (i < d.size())
        r += d[i];
    }
    return makeLike(self, r);
  }
  size_t i = 0;
  int64_t done = 0;
  while (done < count) {
    size_t j = d.find(old, i);
    if (j == std::string::npos)
      break;
    r.append(d, i, j - i);
    r += nw;
    i = j + old.size();
    done++;
  }
  if (done == 0)
    return selfResult(self);
  r.append(d, i, std::string::npos);
  return makeLike(self, r);
}

Ref partitionImpl(Value self, Value sepArg, bool reverse) {
  std::string sep;
  if (!bufferArg(sepArg, sep))
    return Ref();
  if (sep.empty())
    return raise(&ValueErrorType, "empty separator");
  std::string d(bytesView(self));
  size_t pos = reverse ? d.rfind(sep) : d.find(sep);
  Ref empty1 = makeLike(self, ""), empty2 = makeLike(self, "");
  if (pos == std::string::npos) {
    Ref whole = selfResult(self);
    if (reverse)
      return newTupleOf({*empty1, *empty2, *whole});
    return newTupleOf({*whole, *empty1, *empty2});
  }
  Ref a = makeLike(self, View(d).substr(0, pos));
  Ref b = isBa(self) ? newByteArray(sep)
                     : (sepArg.type() == &BytesType ? Ref::borrow(sepArg) : newBytes(sep));
  Ref c = makeLike(self, View(d).substr(pos + sep.size()));
  if (!a || !b || !c)
    return Ref();
  return newTupleOf({*a, *b, *c});
}
Ref bPartition(Value self, Value sep) { return partitionImpl(self, sep, false); }
Ref bRpartition(Value self, Value sep) { return partitionImpl(self, sep, true); }

Ref bRemoveprefix(Value self, Value prefix) {
  std::string p;
  if (!bufferArg(prefix, p))
    return Ref();
  View d = bytesView(self);
  if (d.substr(0, p.size()) == p && d.size() >= p.size())
    return makeLike(self, d.substr(p.size()));
  return selfResult(self);
}
Ref bRemovesuffix(Value self, Value suffix) {
  std::string s;
  if (!bufferArg(suffix, s))
    return Ref();
  View d = bytesView(self);
  if (!s.empty() && d.size() >= s.size() && d.substr(d.size() - s.size()) == s)
    return makeLike(self, d.substr(0, d.size() - s.size()));
  return selfResult(self);
}

// --- Padding ------------------------------------------------------------------

bool widthArg(Value v, int64_t *out) {
  if (!isIndexable(v)) {
    raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer", typeName(v));
    return false;
  }
  return indexAsInt64(v, out, &OverflowErrorType);
}

Ref padImpl(const char *name, Value self, const Value *args, size_t nargs, int mode) {
  if (!checkArgs(name, nargs, 1, 2))
    return Ref();
  int64_t width;
  if (!widthArg(args[0], &width))
    return Ref();
  char fill = ' ';
  if (nargs > 1) {
    Value f = args[1];
    if (isBytesLike(f) && bytesSize(f) == 1)
      fill = char(bytesData(f)[0]);
    else if (isBytesLike(f))
      return raisef(&TypeErrorType,
                    "{}(): argument 2 must be a byte string of length 1, not a {} object of "
                    "length {}",
                    name, isBa(f) ? "bytearray" : "bytes", bytesSize(f));
    else
      return raisef(&TypeErrorType, "{}() argument 2 must be a byte string of length 1, not {}",
                    name, typeName(f));
  }
  View d = bytesView(self);
  int64_t len = int64_t(d.size());
  if (len >= width)
    return selfResult(self);
  int64_t marg = width - len, left;
  if (mode < 0)
    left = 0;
  else if (mode > 0)
    left = marg;
  else
    left = marg / 2 + (marg & width & 1);
  std::string r(size_t(left), fill);
  r += d;
  r.append(size_t(marg - left), fill);
  return makeLike(self, r);
}

Ref bLjust(Value self, const Value *args, size_t nargs) {
  return padImpl("ljust", self, args, nargs, -1);
}
Ref bRjust(Value self, const Value *args, size_t nargs) {
  return padImpl("rjust", self, args, nargs, 1);
}
Ref bCenter(Value self, const Value *args, size_t nargs) {
  return padImpl("center", self, args, nargs, 0);
}

Ref bZfill(Value self, Value w) {
  int64_t width;
  if (!widthArg(w, &width))
    return Ref();
  View d = bytesView(self);
  int64_t len = int64_t(d.size());
  if (len >= width)
    return selfResult(self);
  std::string r(size_t(width - len), '0');
  r += d;
  if (len > 0 && (d[0] == '+' || d[0] == '-')) {
    r[0] = d[0];
    r[size_t(width - len)] = '0';
  }
  return makeLike(self, r);
}

Ref bExpandtabs(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  static const ParamSpec spec{"expandtabs", {"tabsize"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  int64_t tabsize = 8;
  if (out[0] && !widthArg(out[0], &tabsize))
    return Ref();
  View d = bytesView(self);
  std::string r;
  int64_t col = 0;
  for (char c : d) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - col % tabsize;
        col += incr;
        r.append(size_t(incr), ' ');
      }
    } else {
      r += c;
      col++;
      if (c == '\n' || c == '\r')
        col = 0;
    }
  }
  return makeLike(self, r);
}

// --- Case and predicates --------------------------------------------------------

template <typename F> Ref mapBytes(Value self, F f) {
  std::string d(bytesView(self));
  for (size_t i = 0; i < d.size(); i++)
    d[i] = char(f(uint8_t(d[i]), i));
  return makeLike(self, d);
}

Ref bLower(Value self) {
  return mapBytes(self, [](uint8_t c, size_t) { return asciiUpper(c) ? c + 32 : c; });
}
Ref bUpper(Value self) {
  return mapBytes(self, [](uint8_t c, size_t) { return asciiLower(c) ? c - 32 : c; });
}
Ref bSwapcase(Value self) {
  return mapBytes(self, [](uint8_t c, size_t) { return asciiAlpha(c) ? c ^ 32 : c; });
}
Ref bCapitalize(Value self) {
  return mapBytes(self, [](uint8_t c, size_t i) {
    if (i == 0)
      return asciiLower(c) ? c - 32 : int(c);
    return asciiUpper(c) ? c + 32 : int(c);
  });
}
Ref bTitle(Value self) {
  std::string d(bytesView(self));
  bool prevCased = false;
  for (auto &ch : d) {
    uint8_t c = uint8_t(ch);
    if (asciiUpper(c)) {
      if (prevCased)
        ch = char(c + 32);
      prevCased = true;
    } else if (asciiLower(c)) {
      if (!prevCased)
        ch = char(c - 32);
      prevCased = true;
    } else {
      prevCased = false;
    }
  }
  return makeLike(self, d);
}

template <bool (*Pred)(uint8_t)> Ref allBytes(Value self) {
  View d = bytesView(self);
  if (d.empty())
    return newBool(false);
  for (char c : d)
    if (!Pred(uint8_t(c)))
      return newBool(false);
  return newBool(true);
}
bool asciiAlnum(uint8_t c) { return asciiAlpha(c) || asciiDigit(c); }
Ref bIsspace(Value self) { return allBytes<asciiSpace>(self); }
Ref bIsalpha(Value self) { return allBytes<asciiAlpha>(self); }
Ref bIsalnum(Value self) { return allBytes<asciiAlnum>(self); }
Ref bIsdigit(Value self) { return allBytes<asciiDigit>(self); }
Ref bIsascii(Value self) {
  for (char c : bytesView(self))
    if (uint8_t(c) >= 128)
      return newBool(false);
  return newBool(true);
}
Ref bIslower(Value self) {
  bool cased = false;
  for (char c : bytesView(self)) {
    if (asciiUpper(uint8_t(c)))
      return newBool(false);
    if (asciiLower(uint8_t(c)))
      cased = true;
  }
  return newBool(cased);
}
Ref bIsupper(Value self) {
  bool cased = false;
  for (char c : bytesView(self)) {
    if (asciiLower(uint8_t(c)))
      return newBool(false);
    if (asciiUpper(uint8_t(c)))
      cased = true;
  }
  return newBool(cased);
}
Ref bIstitle(Value self) {
  bool cased = false, prev = false;
  for (char ch : bytesView(self)) {
    uint8_t c = uint8_t(ch);
    if (asciiUpper(c)) {
      if (prev)
        return newBool(false);
      prev = cased = true;
    } else if (asciiLower(c)) {
      if (!prev)
        return newBool(false);
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return newBool(cased);
}

// --- hex / fromhex ----------------------------------------------------------------

// CPython: Python/pystrhex.c _Py_strhex_impl
Ref bHex(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  static const ParamSpec spec{"hex", {"sep", "bytes_per_sep"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  View d = bytesView(self);
  static const char hex[] = "0123456789abcdef";
  std::string sep;
  if (out[0] && !isNone(out[0])) {
    int64_t seplen = length(out[0]);
    if (seplen < 0)
      return Ref();
    if (seplen != 1)
      return raise(&ValueErrorType, "sep must be length 1.");
    if (isStr(out[0]))
      sep = strToUtf8(out[0]);
    else if (isBytesLike(out[0]))
      sep.assign(bytesView(out[0]));
    else
      return raisef(&TypeErrorType, "sep must be str or bytes.");
    if (uint8_t(sep[0]) >= 128)
      return raise(&ValueErrorType, "sep must be ASCII.");
  }
  int64_t per = 1;
  if (out[1] && !widthArg(out[1], &per))
    return Ref();
  std::string r;
  if (sep.empty() || per == 0 || d.empty()) {
    for (char c : d) {
      r += hex[uint8_t(c) >> 4];
      r += hex[uint8_t(c) & 15];
    }
    return newStr(r);
  }
  size_t group = size_t(per < 0 ? -per : per);
  size_t n = d.size();
  for (size_t i = 0; i < n; i++) {
    // Separators are counted from the right for positive bytes_per_sep.
    if (i > 0) {
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary)
        r += sep[0];
    }
    r += hex[uint8_t(d[i]) >> 4];
    r += hex[uint8_t(d[i]) & 15];
  }
  return newStr(r);
}

int hexValue(uint32_t c) {
  if (c >= '0' && c <= '9')
    return int(c - '0');
  if (c >= 'a' && c <= 'f')
    return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F')
    return int(c - 'A' + 10);
  return -1;
}

// CPython: Objects/bytesobject.c _PyBytes_FromHex
Ref fromHex(Type *type, Value string) {
  std::u32string s;
  if (isStr(string)) {
    for (size_t i = 0; i < strLength(string); i++)
      s.push_back(char32_t(strCharAt(string, i)));
  } else if (isBytesLike(string)) {
    for (char c : bytesView(string))
      s.push_back(char32_t(uint8_t(c)));
  } else {
    return raisef(&TypeErrorType, "fromhex() argument must be str or bytes-like, not {}",
                  typeName(string));
  }
  std::string out;
  size_t i = 0, n = s.size();
  auto isWs = [](uint32_t c) { return c == ' ' || (c >= 9 && c <= 13); };
  while (i < n) {
    if (isWs(s[i])) {
      i++;
      continue;
    }
    int hi = hexValue(s[i]);
    if (hi < 0)
      return raisef(&ValueErrorType, "non-hexadecimal number found in fromhex() arg at position {}",
                    i);
    if (i + 1 >= n)
      return raisef(&ValueErrorType,
                    "fromhex() arg must contain an even number of hexadecimal digits");
    int lo = hexValue(s[i + 1]);
    if (lo < 0) {
      return raisef(&ValueErrorType, "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1);
    }
    out += char(hi * 16 + lo);
    i += 2;
  }
  Ref r = type == &ByteArrayType ? newByteArray(out) : newBytes(out);
  if (!r || type == &BytesType || type == &ByteArrayType)
    return r;
  return call(Value::fromObject(type), {*r});
}

Ref bFromhex(Value cls, Value string) { return fromHex(static_cast<Type *>(cls.object()), string); }

// --- translate / maketrans / decode -------------------------------------------------

Ref bTranslate(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  static const ParamSpec spec{"translate", {"table", "delete"}, 1, 1};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  std::string table, del;
  bool hasTable = !isNone(out[0]);
  if (hasTable) {
    if (!bufferArg(out[0], table))
      return Ref();
    if (table.size() != 256)
      return raise(&ValueErrorType, "translation table must be 256 characters long");
  }
  if (out[1] && !bufferArg(out[1], del))
    return Ref();
  bool deleting[256] = {};
  for (char c : del)
    deleting[uint8_t(c)] = true;
  std::string r;
  bool changed = false;
  for (char c : bytesView(self)) {
    if (deleting[uint8_t(c)]) {
      changed = true;
      continue;
    }
    char t = hasTable ? table[uint8_t(c)] : c;
    changed |= t != c;
    r += t;
  }
  if (!changed && self.type() == &BytesType)
    return Ref::borrow(self);
  return makeLike(self, r);
}

Ref bMaketrans(Value, const Value *args, size_t nargs) {
  if (!checkArgs("maketrans", nargs, 2, 2))
    return Ref();
  std::string frm, to;
  if (!bufferArg(args[0], frm) || !bufferArg(args[1], to))
    return Ref();
  if (frm.size() != to.size())
    return raise(&ValueErrorType, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; i++)
    table[size_t(i)] = char(i);
  for (size_t i = 0; i < frm.size(); i++)
    table[uint8_t(frm[i])] = to[i];
  return newBytes(table);
}

Ref bDecode(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  static const ParamSpec spec{"decode", {"encoding", "errors"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  if (out[0] && !isStr(out[0]))
    return raisef(&TypeErrorType, "decode() argument 'encoding' must be str, not {}",
                  typeName(out[0]));
  if (out[1] && !isStr(out[1]))
    return raisef(&TypeErrorType, "decode() argument 'errors' must be str, not {}",
                  typeName(out[1]));
  std::string copy(bytesView(self));
  return bytesDecode(copy, out[0], out[1]);
}

Ref bGetnewargs(Value self) {
  Ref b = newBytes(bytesView(self));
  if (!b)
    return b;
  return newTupleOf({*b});
}

Ref bBytes(Value self) {
  if (self.type() == &BytesType)
    return Ref::borrow(self);
  return newBytes(bytesView(self));
}

// --- bytearray mutation ---------------------------------------------------------------

ByteArrayObject *BA(Value v) { return v.as<ByteArrayObject>(); }

bool resizable(Value self) {
  if (BA(self)->exports > 0) {
    raise(&BufferErrorType, "Existing exports of data: object cannot be re-sized");
    return false;
  }
  return true;
}

Ref baAppend(Value self, Value item) {
  uint8_t c;
  if (!byteValue(item, &c))
    return Ref();
  if (!resizable(self))
    return Ref();
  size_t n = BA(self)->size;
  if (byteArrayResize(self, n + 1) < 0)
    return Ref();
  BA(self)->data[n] = c;
  return newNone();
}

// CPython: bytearray_extend
Ref baExtend(Value self, Value iterable) {
  std::string add;
  if (isBytesLike(iterable)) {
    add.assign(bytesView(iterable));
  } else {
    if (isStr(iterable))
      return raisef(&TypeErrorType, "expected iterable of integers; got: 'str'");
    Ref it = getIter(iterable);
    if (!it) {
      if (pendingExceptionMatches(&TypeErrorType)) {
        clearPendingException();
        return raisef(&TypeErrorType, "can't extend bytearray with {}", typeName(iterable));
      }
      return it;
    }
    for (;;) {
      Ref item = iterNext(*it);
      if (!item) {
        if (errorPending())
          return Ref();
        break;
      }
      uint8_t c;
      if (!byteValue(*item, &c))
        return Ref();
      add += char(c);
    }
  }
  if (add.empty())
    return newNone();
  if (!resizable(self))
    return Ref();
  size_t n = BA(self)->size;
  if (byteArrayResize(self, n + add.size()) < 0)
    return Ref();
  std::memcpy(BA(self)->data + n, add.data(), add.size());
  return newNone();
}

Ref baPop(Value self, const Value *args, size_t nargs) {
  if (!checkArgs("pop", nargs, 0, 1))
    return Ref();
  int64_t i = -1;
  if (nargs && !widthArg(args[0], &i))
    return Ref();
  int64_t n = int64_t(BA(self)->size);
  if (n == 0)
    return raise(&IndexErrorType, "pop from empty bytearray");
  if (i < 0)
    i += n;
  if (i < 0 || i >= n)
    return raise(&IndexErrorType, "pop index out of range");
  if (!resizable(self))
    return Ref();
  uint8_t c = BA(self)->data[i];
  std::memmove(BA(self)->data + i, BA(self)->data + i + 1, size_t(n - i - 1));
  if (byteArrayResize(self, size_t(n - 1)) < 0)
    return Ref();
  return Ref::smallInt(c);
}

Ref baInsert(Value self, const Value *args, size_t nargs) {
  if (!checkArgs("insert", nargs, 2, 2))
    return Ref();
  int64_t i;
  if (!widthArg(args[0], &i))
    return Ref();
  uint8_t c;
  if (!byteValue(args[1], &c))
    return Ref();
  if (!resizable(self))
    return Ref();
  int64_t n = int64_t(BA(self)->size);
  if (i < 0) {
    i += n;
    if (i < 0)
      i = 0;
  }
  if (i > n)
    i = n;
  if (byteArrayResize(self, size_t(n + 1)) < 0)
    return Ref();
  std::memmove(BA(self)->data + i + 1, BA(self)->data + i, size_t(n - i));
  BA(self)->data[i] = c;
  return newNone();
}

Ref baRemove(Value self, Value value) {
  uint8_t c;
  if (!byteValue(value, &c))
    return Ref();
  size_t n = BA(self)->size;
  for (size_t i = 0; i < n; i++) {
    if (BA(self)->data[i] == c) {
      if (!resizable(self))
        return Ref();
      std::memmove(BA(self)->data + i, BA(self)->data + i + 1, n - i - 1);
      if (byteArrayResize(self, n - 1) < 0)
        return Ref();
      return newNone();
    }
  }
  return raise(&ValueErrorType, "value not found in bytearray");
}

Ref baReverse(Value self) {
  std::reverse(BA(self)->data, BA(self)->data + BA(self)->size);
  return newNone();
}

Ref baClear(Value self) {
  if (!resizable(self))
    return Ref();
  if (byteArrayResize(self, 0) < 0)
    return Ref();
  return newNone();
}

Ref baCopy(Value self) { return newByteArray(bytesView(self)); }

Ref baResize(Value self, Value size) {
  int64_t n;
  if (!widthArg(size, &n))
    return Ref();
  if (n < 0)
    return raisef(&ValueErrorType, "Can only resize to positive sizes, got {}", n);
  if (!resizable(self))
    return Ref();
  size_t old = BA(self)->size;
  if (byteArrayResize(self, size_t(n)) < 0)
    return Ref();
  if (size_t(n) > old)
    std::memset(BA(self)->data + old, 0, size_t(n) - old);
  return newNone();
}

// CPython: Objects/bytearrayobject.c _common_reduce
Ref commonReduce(Value self, int64_t proto) {
  Ref state;
  if (self.type() == &ByteArrayType) {
    state = newNone();
  } else {
    state = lookupAttr(self, *internStr("__dict__"));
    if (!state) {
      if (errorPending())
        return Ref();
      state = newNone();
    }
  }
  Ref type = Ref::borrow(Value::fromObject(self.type()));
  Ref args;
  View d = bytesView(self);
  if (proto < 3) {
    Ref latin1 = newStrFromLatin1(d);
    Ref enc = newStr("latin-1");
    args = newTupleOf({*latin1, *enc});
  } else if (!d.empty()) {
    Ref b = newBytes(d);
    args = newTupleOf({*b});
  } else {
    args = newTuple(0);
  }
  if (!args)
    return args;
  return newTupleOf({*type, *args, *state});
}

Ref baReduce(Value self) { return commonReduce(self, 2); }

Ref baReduceEx(Value self, const Value *args, size_t nargs) {
  if (!checkArgs("__reduce_ex__", nargs, 0, 1))
    return Ref();
  int64_t proto = 0;
  if (nargs && !widthArg(args[0], &proto))
    return Ref();
  return commonReduce(self, proto);
}

Ref baAlloc(Value self) { return Ref::smallInt(int64_t(BA(self)->capacity)); }

Ref baSizeof(Value self) {
  // CPython: bytearray_sizeof_impl: basicsize (56 on 64-bit) + allocation.
  return Ref::smallInt(56 + int64_t(BA(self)->capacity));
}

Ref bSizeof(Value self) {
  // CPython: PyBytesObject is 33 bytes + size on 64-bit.
  return Ref::smallInt(33 + int64_t(bytesSize(self)));
}

#define COMMON_METHODS                                                                             \
  method("capitalize", bCapitalize), method("center", bCenter), method("count", bCount),           \
      method("decode", bDecode), method("endswith", bEndswith), method("expandtabs", bExpandtabs), \
      method("find", bFind), method("fromhex", bFromhex, kMethodClass), method("hex", bHex),       \
      method("index", bIndex), method("isalnum", bIsalnum), method("isalpha", bIsalpha),           \
      method("isascii", bIsascii), method("isdigit", bIsdigit), method("islower", bIslower),       \
      method("isspace", bIsspace), method("istitle", bIstitle), method("isupper", bIsupper),       \
      method("join", bJoin), method("ljust", bLjust), method("lower", bLower),                     \
      method("lstrip", bLstrip), method("maketrans", bMaketrans, kMethodStatic),                   \
      method("partition", bPartition), method("removeprefix", bRemoveprefix),                      \
      method("removesuffix", bRemovesuffix), method("replace", bReplace), method("rfind", bRfind), \
      method("rindex", bRindex), method("rjust", bRjust), method("rpartition", bRpartition),       \
      method("rsplit", bRsplit), method("rstrip", bRstrip), method("split", bSplit),               \
      method("splitlines", bSplitlines), method("startswith", bStartswith),                        \
      method("strip", bStrip), method("swapcase", bSwapcase), method("title", bTitle),             \
      method("translate", bTranslate), method("upper", bUpper), method("zfill", bZfill)

const MethodDef kBytesMethods[] = {
    COMMON_METHODS,
    method("__getnewargs__", bGetnewargs),
    method("__bytes__", bBytes),
    method("__sizeof__", bSizeof),
};

const MethodDef kByteArrayMethods[] = {
    COMMON_METHODS,
    method("append", baAppend),
    method("extend", baExtend),
    method("pop", baPop),
    method("insert", baInsert),
    method("remove", baRemove),
    method("reverse", baReverse),
    method("clear", baClear),
    method("copy", baCopy),
    method("resize", baResize),
    method("__alloc__", baAlloc),
    method("__reduce__", baReduce),
    method("__reduce_ex__", baReduceEx),
    method("__sizeof__", baSizeof),
};

} // namespace

std::span<const MethodDef> bytesMethodTable() { return kBytesMethods; }
std::span<const MethodDef> byteArrayMethodTable() { return kByteArrayMethods; }

} // namespace pyvm
