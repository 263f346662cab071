// The methods of str. CPython: Objects/unicodeobject.c, Objects/stringlib/
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/str_builder.h"
#include "vm/str_internal.h"
#include "vm/tuple.h"
#include "vm/unicode.h"

#include <algorithm>
#include <cstring>
#include <type_traits>
#include <vector>

namespace pyvm {

// --- Shared helpers -------------------------------------------------------------

// CPython: Python/ceval.c _PyEval_SliceIndex (None leaves *out alone).
bool parseSliceIndex(Value v, int64_t *out) {
  if (!v || isNone(v))
    return true;
  if (v.isSmallInt()) {
    *out = v.smallInt();
    return true;
  }
  if (!isInt(v) && !v.type()->index) {
    raise(&TypeErrorType, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return indexAsInt64(v, out, nullptr);
}

// CPython: Objects/stringlib/fastsearch.h ADJUST_INDICES
void adjustFindIndices(int64_t len, int64_t *start, int64_t *end) {
  if (*end > len)
    *end = len;
  else if (*end < 0) {
    *end += len;
    if (*end < 0)
      *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0)
      *start = 0;
  }
}

// "find expected at least 1 argument, got 0". CPython: _PyArg_CheckPositional
static bool checkArgs(const char *name, size_t nargs, size_t min, size_t max) {
  if (nargs < min) {
    raisef(&TypeErrorType, "{} expected {}{} argument{}, got {}", name,
           min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    if (max == 0)
      raisef(&TypeErrorType, "{}() takes no arguments ({} given)", name, nargs);
    else
      raisef(&TypeErrorType, "{} expected {}{} argument{}, got {}", name,
             min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

// "replace() argument 1 must be str, not int". CPython: _PyArg_BadArgument
static Ref badArgument(const char *fname, const char *argDesc, const char *expected, Value got) {
  return raisef(&TypeErrorType, "{}() {} must be {}, not {}", fname, argDesc, expected,
                isNone(got) ? std::string("None") : typeName(got));
}

static inline StrObject *S(Value v) { return asStr(v); }

// Returns self as an exact str (a subclass instance is copied).
static Ref selfCopy(Value self) { return strExact(self); }

// --- Searching -------------------------------------------------------------------

// Finds needle in s[start:end] (indices already adjusted); direction 1 finds
// the first occurrence, -1 the last. Returns the index or -1.
int64_t strFind(Value sv, Value nv, int64_t start, int64_t end, int direction) {
  StrObject *s = S(sv), *n = S(nv);
  int64_t len = int64_t(s->length), m = int64_t(n->length);
  if (start < 0)
    start = 0;
  if (end > len)
    end = len;
  if (end - start < m)
    return -1;
  if (m == 0)
    return direction > 0 ? start : end;
  if (s->kind == 1 && n->kind == 1) {
    std::string_view hay(reinterpret_cast<const char *>(s->data()) + start, size_t(end - start));
    std::string_view nee(reinterpret_cast<const char *>(n->data()), size_t(m));
    size_t pos = direction > 0 ? hay.find(nee) : hay.rfind(nee);
    return pos == std::string_view::npos ? -1 : start + int64_t(pos);
  }
  if (n->kind > s->kind)
    return -1;
  // Same-width typed search (the needle is widened to the haystack's kind).
  auto typed = [&](auto *hay) -> int64_t {
    using T = std::remove_const_t<std::remove_pointer_t<decltype(hay)>>;
    std::vector<T> widened;
    const T *nee;
    if (n->kind == s->kind) {
      nee = reinterpret_cast<const T *>(n->data());
    } else {
      widened.resize(size_t(m));
      for (int64_t k = 0; k < m; k++)
        widened[size_t(k)] = T(n->at(size_t(k)));
      nee = widened.data();
    }
    T first = nee[0];
    if (direction > 0) {
      for (int64_t i = start, last = end - m; i <= last; i++)
        if (hay[i] == first && std::memcmp(hay + i + 1, nee + 1, size_t(m - 1) * sizeof(T)) == 0)
          return i;
    } else {
      for (int64_t i = end - m; i >= start; i--)
        if (hay[i] == first && std::memcmp(hay + i + 1, nee + 1, size_t(m - 1) * sizeof(T)) == 0)
          return i;
    }
    return -1;
  };
  switch (s->kind) {
  case 1:
    return typed(reinterpret_cast<const uint8_t *>(s->data()));
  case 2:
    return typed(reinterpret_cast<const uint16_t *>(s->data()));
  default:
    return typed(reinterpret_cast<const uint32_t *>(s->data()));
  }
}

// Counts non-overlapping occurrences in s[start:end], at most maxCount.
static int64_t strCount(Value sv, Value nv, int64_t start, int64_t end, int64_t maxCount) {
  StrObject *n = S(nv);
  int64_t m = int64_t(n->length);
  if (end - start < m)
    return 0;
  if (m == 0)
    return std::min(end - start + 1, maxCount);
  int64_t count = 0;
  while (count < maxCount) {
    int64_t i = strFind(sv, nv, start, end, 1);
    if (i < 0)
      break;
    count++;
    start = i + m;
  }
  return count;
}

// Parses (sub[, start[, end]]) for find/rfind/index/rindex/count.
static bool parseFindArgs(const char *name, Value self, const Value *args, size_t nargs, Value *sub,
                          int64_t *start, int64_t *end) {
  if (!checkArgs(name, nargs, 1, 3))
    return false;
  if (!isStr(args[0])) {
    badArgument(name, "argument 1", "str", args[0]);
    return false;
  }
  *sub = args[0];
  *start = 0;
  *end = INT64_MAX;
  if (nargs > 1 && !parseSliceIndex(args[1], start))
    return false;
  if (nargs > 2 && !parseSliceIndex(args[2], end))
    return false;
  adjustFindIndices(int64_t(strLength(self)), start, end);
  return true;
}

static Ref findImpl(const char *name, Value self, const Value *args, size_t nargs, int dir,
                    bool raising) {
  Value sub;
  int64_t start, end;
  if (!parseFindArgs(name, self, args, nargs, &sub, &start, &end))
    return Ref();
  int64_t r = -1;
  if (end - start >= int64_t(strLength(sub)))
    r = strFind(self, sub, start, end, dir);
  if (r < 0 && raising)
    return raise(&ValueErrorType, "substring not found");
  return Ref::smallInt(r);
}

static Ref strFindM(Value self, const Value *args, size_t nargs) {
  return findImpl("find", self, args, nargs, 1, false);
}
static Ref strRfindM(Value self, const Value *args, size_t nargs) {
  return findImpl("rfind", self, args, nargs, -1, false);
}
static Ref strIndexM(Value self, const Value *args, size_t nargs) {
  return findImpl("index", self, args, nargs, 1, true);
}
static Ref strRindexM(Value self, const Value *args, size_t nargs) {
  return findImpl("rindex", self, args, nargs, -1, true);
}
static Ref strCountM(Value self, const Value *args, size_t nargs) {
  Value sub;
  int64_t start, end;
  if (!parseFindArgs("count", self, args, nargs, &sub, &start, &end))
    return Ref();
  if (start > int64_t(strLength(self)))
    return Ref::smallInt(0);
  return Ref::smallInt(strCount(self, sub, start, end, INT64_MAX));
}

// CPython: Objects/unicodeobject.c tailmatch
static bool tailMatch(Value self, Value sub, int64_t start, int64_t end, int direction) {
  int64_t len = int64_t(strLength(self)), m = int64_t(strLength(sub));
  adjustFindIndices(len, &start, &end);
  end -= m;
  if (end < start)
    return false;
  if (m == 0)
    return true;
  int64_t at = direction > 0 ? end : start;
  StrObject *s = S(self), *n = S(sub);
  for (int64_t k = 0; k < m; k++)
    if (s->at(size_t(at + k)) != n->at(size_t(k)))
      return false;
  return true;
}

static Ref startsEnds(const char *name, Value self, const Value *args, size_t nargs,
                      int direction) {
  if (!checkArgs(name, nargs, 1, 3))
    return Ref();
  int64_t start = 0, end = INT64_MAX;
  if (nargs > 1 && !parseSliceIndex(args[1], &start))
    return Ref();
  if (nargs > 2 && !parseSliceIndex(args[2], &end))
    return Ref();
  Value prefix = args[0];
  if (isTuple(prefix)) {
    for (Value item : tupleItems(prefix)) {
      if (!isStr(item))
        return raisef(&TypeErrorType, "tuple for {} must only contain str, not {}", name,
                      typeName(item));
      if (tailMatch(self, item, start, end, direction))
        return newBool(true);
    }
    return newBool(false);
  }
  if (!isStr(prefix))
    return raisef(&TypeErrorType, "{} first arg must be str or a tuple of str, not {}", name,
                  typeName(prefix));
  return newBool(tailMatch(self, prefix, start, end, direction));
}

static Ref strStartswith(Value self, const Value *args, size_t nargs) {
  return startsEnds("startswith", self, args, nargs, -1);
}
static Ref strEndswith(Value self, const Value *args, size_t nargs) {
  return startsEnds("endswith", self, args, nargs, 1);
}

// --- split / join ------------------------------------------------------------------

static bool parseSplitArgs(const char *name, const Value *args, size_t nargs, Value kwnames,
                           Value *sep, int64_t *maxsplit) {
  Value out[2] = {};
  ParamSpec spec{name, {"sep", "maxsplit"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return false;
  *sep = out[0] && !isNone(out[0]) ? out[0] : Value();
  if (*sep && !isStr(*sep)) {
    raisef(&TypeErrorType, "must be str or None, not {}", typeName(*sep));
    return false;
  }
  *maxsplit = -1;
  if (out[1]) {
    if (!isInt(out[1]) && !out[1].type()->index) {
      raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer", typeName(out[1]));
      return false;
    }
    if (!indexAsInt64(out[1], maxsplit, &OverflowErrorType))
      return false;
  }
  if (*maxsplit < 0)
    *maxsplit = INT64_MAX;
  if (*sep && strLength(*sep) == 0) {
    raise(&ValueErrorType, "empty separator");
    return false;
  }
  return true;
}

static bool appendSub(Value list, Value s, size_t a, size_t b) {
  Ref part = strSubstring(s, a, b);
  if (!part)
    return false;
  listAppend(list, std::move(part));
  return true;
}

// CPython: Objects/stringlib/split.h
static Ref strSplitM(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value sep;
  int64_t maxsplit;
  if (!parseSplitArgs("split", args, nargs, kwnames, &sep, &maxsplit))
    return Ref();
  StrObject *s = S(self);
  size_t n = s->length;
  Ref list = newList();
  if (!list)
    return list;
  if (!sep) {
    size_t i = 0;
    while (maxsplit-- > 0) {
      while (i < n && unicode::isSpace(s->at(i)))
        i++;
      if (i == n)
        break;
      size_t j = i;
      while (j < n && !unicode::isSpace(s->at(j)))
        j++;
      if (j == n && i == 0 && s->type == &StrType) {
        listAppend(*list, Ref::borrow(self));
        return list;
      }
      if (!appendSub(*list, self, i, j))
        return Ref();
      i = j;
    }
    if (i < n) {
      while (i < n && unicode::isSpace(s->at(i)))
        i++;
      if (i != n && !appendSub(*list, self, i, n))
        return Ref();
    }
    return list;
  }
  size_t m = strLength(sep);
  int64_t i = 0;
  while (maxsplit-- > 0) {
    int64_t j = strFind(self, sep, i, int64_t(n), 1);
    if (j < 0)
      break;
    if (!appendSub(*list, self, size_t(i), size_t(j)))
      return Ref();
    i = j + int64_t(m);
  }
  if (i == 0 && s->type == &StrType)
    listAppend(*list, Ref::borrow(self));
  else if (!appendSub(*list, self, size_t(i), n))
    return Ref();
  return list;
}

static Ref reverseList(Ref list) {
  auto &items = list.as<ListObject>()->items;
  std::reverse(items.begin(), items.end());
  return list;
}

static Ref strRsplitM(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value sep;
  int64_t maxsplit;
  if (!parseSplitArgs("rsplit", args, nargs, kwnames, &sep, &maxsplit))
    return Ref();
  StrObject *s = S(self);
  int64_t n = int64_t(s->length);
  Ref list = newList();
  if (!list)
    return list;
  if (!sep) {
    int64_t i = n - 1;
    while (maxsplit-- > 0) {
      while (i >= 0 && unicode::isSpace(s->at(size_t(i))))
        i--;
      if (i < 0)
        break;
      int64_t j = i;
      while (j >= 0 && !unicode::isSpace(s->at(size_t(j))))
        j--;
      if (j < 0 && i == n - 1 && s->type == &StrType) {
        listAppend(*list, Ref::borrow(self));
        return list;
      }
      if (!appendSub(*list, self, size_t(j + 1), size_t(i + 1)))
        return Ref();
      i = j;
    }
    if (i >= 0) {
      while (i >= 0 && unicode::isSpace(s->at(size_t(i))))
        i--;
      if (i >= 0 && !appendSub(*list, self, 0, size_t(i + 1)))
        return Ref();
    }
    return reverseList(std::move(list));
  }
  int64_t m = int64_t(strLength(sep));
  int64_t j = n;
  while (maxsplit-- > 0) {
    int64_t pos = strFind(self, sep, 0, j, -1);
    if (pos < 0)
      break;
    if (!appendSub(*list, self, size_t(pos + m), size_t(j)))
      return Ref();
    j = pos;
  }
  if (j == n && s->type == &StrType)
    listAppend(*list, Ref::borrow(self));
  else if (!appendSub(*list, self, 0, size_t(j)))
    return Ref();
  return reverseList(std::move(list));
}

static Ref strSplitlinesM(Value self, const Value *args, size_t nargs, Value kwnames) {
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
  StrObject *s = S(self);
  size_t n = s->length;
  Ref list = newList();
  if (!list)
    return list;
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && !unicode::isLinebreak(s->at(j)))
      j++;
    size_t eol = j;
    if (j < n) {
      if (s->at(j) == '\r' && j + 1 < n && s->at(j + 1) == '\n')
        j += 2;
      else
        j++;
      if (keepends)
        eol = j;
    }
    if (i == 0 && j == n && eol == n && s->type == &StrType) {
      listAppend(*list, Ref::borrow(self));
      break;
    }
    if (!appendSub(*list, self, i, eol))
      return Ref();
    i = j;
  }
  return list;
}

// CPython: Objects/stringlib/join.h / PyUnicode_Join
static Ref strJoinM(Value self, Value iterable) {
  Ref seq;
  std::span<const Value> items;
  if (isExactListOrTuple(iterable)) {
    seq = Ref::borrow(iterable);
  } else {
    // CPython: Objects/abstract.c PySequence_Fast lists the iterator, not the object
    // itself: a list subclass's __len__ is never asked for a length hint.
    Ref it = getIter(iterable);
    if (!it) {
      if (pendingExceptionMatches(&TypeErrorType)) {
        clearPendingException();
        return raise(&TypeErrorType, "can only join an iterable");
      }
      return it;
    }
    seq = sequenceToList(*it);
    if (!seq)
      return seq;
  }
  if (isList(*seq)) {
    auto &v = seq.as<ListObject>()->items;
    items = {v.data(), v.size()};
  } else {
    items = tupleItems(*seq);
  }
  if (items.empty())
    return emptyStr();
  if (items.size() == 1 && isExactStr(items[0]))
    return Ref::borrow(items[0]);
  StrObject *sep = S(self);
  size_t total = 0;
  uint32_t maxKind = sep->kind;
  bool ascii = sep->ascii;
  for (size_t i = 0; i < items.size(); i++) {
    if (!isStr(items[i]))
      return raisef(&TypeErrorType, "sequence item {}: expected str instance, {} found", i,
                    typeName(items[i]));
    StrObject *it = S(items[i]);
    total += it->length;
    maxKind = std::max<uint32_t>(maxKind, it->kind);
    ascii = ascii && it->ascii;
  }
  total += sep->length * (items.size() - 1);
  uint32_t maxChar = ascii ? 127 : maxKind == 1 ? 255 : maxKind == 2 ? 65535 : 0x10FFFF;
  Ref r = newStrUninit(total, maxChar);
  if (!r)
    return r;
  StrObject *out = S(*r);
  uint8_t *d = out->data();
  size_t pos = 0;
  auto copy = [&](StrObject *src) {
    if (src->kind == out->kind) {
      std::memcpy(d + pos * out->kind, src->data(), src->length * src->kind);
    } else {
      for (size_t k = 0; k < src->length; k++) {
        uint32_t c = src->at(k);
        if (out->kind == 2)
          reinterpret_cast<uint16_t *>(d)[pos + k] = uint16_t(c);
        else
          reinterpret_cast<uint32_t *>(d)[pos + k] = c;
      }
    }
    pos += src->length;
  };
  for (size_t i = 0; i < items.size(); i++) {
    if (i && sep->length)
      copy(sep);
    copy(S(items[i]));
  }
  return r;
}

// --- strip ----------------------------------------------------------------------------

static Ref stripImpl(const char *name, Value self, const Value *args, size_t nargs, bool left,
                     bool right) {
  if (!checkArgs(name, nargs, 0, 1))
    return Ref();
  StrObject *s = S(self);
  size_t i = 0, j = s->length;
  if (nargs == 0 || isNone(args[0])) {
    if (left)
      while (i < j && unicode::isSpace(s->at(i)))
        i++;
    if (right)
      while (j > i && unicode::isSpace(s->at(j - 1)))
        j--;
  } else {
    if (!isStr(args[0]))
      return raisef(&TypeErrorType, "{} arg must be None or str", name);
    StrObject *chars = S(args[0]);
    auto in = [&](uint32_t c) {
      for (size_t k = 0; k < chars->length; k++)
        if (chars->at(k) == c)
          return true;
      return false;
    };
    if (left)
      while (i < j && in(s->at(i)))
        i++;
    if (right)
      while (j > i && in(s->at(j - 1)))
        j--;
  }
  if (i == 0 && j == s->length)
    return selfCopy(self);
  return strSubstring(self, i, j);
}

static Ref strStripM(Value self, const Value *args, size_t nargs) {
  return stripImpl("strip", self, args, nargs, true, true);
}
static Ref strLstripM(Value self, const Value *args, size_t nargs) {
  return stripImpl("lstrip", self, args, nargs, true, false);
}
static Ref strRstripM(Value self, const Value *args, size_t nargs) {
  return stripImpl("rstrip", self, args, nargs, false, true);
}

// --- replace, partition, prefix/suffix ---------------------------------------------------

static Ref strReplaceM(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  static const ParamSpec spec{"replace", {"old", "new", "count"}, 2, 2};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  if (!isStr(out[0]))
    return badArgument("replace", "argument 1", "str", out[0]);
  if (!isStr(out[1]))
    return badArgument("replace", "argument 2", "str", out[1]);
  int64_t count = -1;
  if (out[2]) {
    if (!isInt(out[2]) && !out[2].type()->index)
      return raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer",
                    typeName(out[2]));
    if (!indexAsInt64(out[2], &count, &OverflowErrorType))
      return Ref();
  }
  if (count < 0)
    count = INT64_MAX;
  Value old = out[0], nw = out[1];
  StrObject *s = S(self);
  size_t n = s->length, m = strLength(old);
  if (count == 0 || m > n || (m == 0 && false))
    return selfCopy(self);
  StrBuilder b(n);
  if (m == 0) {
    int64_t done = 0;
    for (size_t i = 0; i <= n; i++) {
      if (done < count) {
        b.appendStr(nw);
        done++;
      }
      if (i < n)
        b.append(s->at(i));
    }
    return b.finish();
  }
  int64_t i = 0, done = 0;
  while (done < count) {
    int64_t j = strFind(self, old, i, int64_t(n), 1);
    if (j < 0)
      break;
    b.appendStr(self, size_t(i), size_t(j));
    b.appendStr(nw);
    i = j + int64_t(m);
    done++;
  }
  if (done == 0)
    return selfCopy(self);
  b.appendStr(self, size_t(i), n);
  return b.finish();
}

static Ref partitionImpl(Value self, Value sep, bool reverse) {
  if (!isStr(sep))
    return raisef(&TypeErrorType, "must be str, not {}", typeName(sep));
  size_t m = strLength(sep), n = strLength(self);
  if (m == 0)
    return raise(&ValueErrorType, "empty separator");
  int64_t pos = strFind(self, sep, 0, int64_t(n), reverse ? -1 : 1);
  Ref empty = emptyStr();
  if (pos < 0) {
    Ref whole = selfCopy(self);
    if (reverse)
      return newTupleOf({*empty, *empty, *whole});
    return newTupleOf({*whole, *empty, *empty});
  }
  Ref a = strSubstring(self, 0, size_t(pos));
  Ref c = strSubstring(self, size_t(pos) + m, n);
  if (!a || !c)
    return Ref();
  Ref sepCopy = strExact(sep);
  return newTupleOf({*a, *sepCopy, *c});
}
static Ref strPartitionM(Value self, Value sep) { return partitionImpl(self, sep, false); }
static Ref strRpartitionM(Value self, Value sep) { return partitionImpl(self, sep, true); }

static Ref strRemoveprefixM(Value self, Value prefix) {
  if (!isStr(prefix))
    return badArgument("removeprefix", "argument", "str", prefix);
  if (tailMatch(self, prefix, 0, INT64_MAX, -1))
    return strSubstring(self, strLength(prefix), strLength(self));
  return selfCopy(self);
}
static Ref strRemovesuffixM(Value self, Value suffix) {
  if (!isStr(suffix))
    return badArgument("removesuffix", "argument", "str", suffix);
  if (strLength(suffix) && tailMatch(self, suffix, 0, INT64_MAX, 1))
    return strSubstring(self, 0, strLength(self) - strLength(suffix));
  return selfCopy(self);
}

// --- Padding ---------------------------------------------------------------------------------

static bool parseWidth(Value v, int64_t *out) {
  if (!isInt(v) && !v.type()->index) {
    raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer", typeName(v));
    return false;
  }
  return indexAsInt64(v, out, &OverflowErrorType);
}

static Ref pad(Value self, int64_t left, int64_t right, uint32_t fill) {
  if (left < 0)
    left = 0;
  if (right < 0)
    right = 0;
  if (left == 0 && right == 0)
    return selfCopy(self);
  StrBuilder b(strLength(self) + size_t(left + right));
  b.appendRepeated(fill, size_t(left));
  b.appendStr(self);
  b.appendRepeated(fill, size_t(right));
  return b.finish();
}

static Ref padImpl(const char *name, Value self, const Value *args, size_t nargs, int mode) {
  if (!checkArgs(name, nargs, 1, 2))
    return Ref();
  int64_t width;
  if (!parseWidth(args[0], &width))
    return Ref();
  uint32_t fill = ' ';
  if (nargs > 1) {
    if (!isStr(args[1]))
      return raisef(&TypeErrorType, "The fill character must be a unicode character, not {}",
                    typeName(args[1]));
    if (strLength(args[1]) != 1)
      return raise(&TypeErrorType, "The fill character must be exactly one character long");
    fill = strCharAt(args[1], 0);
  }
  int64_t len = int64_t(strLength(self));
  if (len >= width)
    return selfCopy(self);
  int64_t marg = width - len;
  if (mode < 0)
    return pad(self, 0, marg, fill);
  if (mode > 0)
    return pad(self, marg, 0, fill);
  // CPython: center's left = marg/2 + (marg & width & 1)
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}

static Ref strLjustM(Value self, const Value *args, size_t nargs) {
  return padImpl("ljust", self, args, nargs, -1);
}
static Ref strRjustM(Value self, const Value *args, size_t nargs) {
  return padImpl("rjust", self, args, nargs, 1);
}
static Ref strCenterM(Value self, const Value *args, size_t nargs) {
  return padImpl("center", self, args, nargs, 0);
}

static Ref strZfillM(Value self, Value widthArg) {
  int64_t width;
  if (!parseWidth(widthArg, &width))
    return Ref();
  int64_t len = int64_t(strLength(self));
  if (len >= width)
    return selfCopy(self);
  int64_t fill = width - len;
  StrBuilder b{size_t(width)};
  b.appendRepeated('0', size_t(fill));
  b.appendStr(self);
  if (len > 0) {
    uint32_t c = strCharAt(self, 0);
    if (c == '+' || c == '-') {
      // Move the sign to the front. Rebuild: sign + zeros + rest.
      StrBuilder r{size_t(width)};
      r.append(c);
      r.appendRepeated('0', size_t(fill));
      r.appendStr(self, 1, size_t(len));
      return r.finish();
    }
  }
  return b.finish();
}

static Ref strExpandtabsM(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  static const ParamSpec spec{"expandtabs", {"tabsize"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  int64_t tabsize = 8;
  if (out[0] && !parseWidth(out[0], &tabsize))
    return Ref();
  StrObject *s = S(self);
  bool hasTab = false;
  for (size_t i = 0; i < s->length && !hasTab; i++)
    hasTab = s->at(i) == '\t';
  if (!hasTab)
    return selfCopy(self);
  StrBuilder b(s->length);
  int64_t col = 0;
  for (size_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - (col % tabsize);
        col += incr;
        b.appendRepeated(' ', size_t(incr));
      }
    } else {
      b.append(c);
      col++;
      if (c == '\n' || c == '\r')
        col = 0;
    }
  }
  return b.finish();
}

// --- Case mapping ------------------------------------------------------------------------------

// CPython: Objects/unicodeobject.c handle_capital_sigma
static uint32_t capitalSigma(StrObject *s, size_t i) {
  int64_t j = int64_t(i) - 1;
  uint32_t c = 0;
  while (j >= 0) {
    c = s->at(size_t(j));
    if (!unicode::isCaseIgnorable(c))
      break;
    j--;
  }
  bool finalSigma = j >= 0 && unicode::isCased(c);
  if (finalSigma) {
    size_t k = i + 1;
    while (k < s->length) {
      c = s->at(k);
      if (!unicode::isCaseIgnorable(c))
        break;
      k++;
    }
    finalSigma = k == s->length || !unicode::isCased(c);
  }
  return finalSigma ? 0x3C2 : 0x3C3;
}

static int lowerAt(StrObject *s, size_t i, uint32_t *out) {
  uint32_t c = s->at(i);
  if (c == 0x3A3) {
    out[0] = capitalSigma(s, i);
    return 1;
  }
  return unicode::toLowerFull(c, out);
}

static Ref asciiMap(Value self, int mode) {
  // mode: 0 lower, 1 upper, 2 swapcase
  StrObject *s = S(self);
  Ref r = newStrUninit(s->length, 127);
  if (!r)
    return r;
  const uint8_t *src = s->data();
  uint8_t *dst = S(*r)->data();
  for (size_t i = 0; i < s->length; i++) {
    uint8_t c = src[i];
    bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
    if (mode == 0 && up)
      c += 32;
    else if (mode == 1 && lo)
      c -= 32;
    else if (mode == 2 && (up || lo))
      c ^= 32;
    dst[i] = c;
  }
  return r;
}

static Ref strLowerM(Value self) {
  StrObject *s = S(self);
  if (s->ascii)
    return asciiMap(self, 0);
  StrBuilder b(s->length);
  uint32_t buf[3];
  for (size_t i = 0; i < s->length; i++) {
    int n = lowerAt(s, i, buf);
    for (int k = 0; k < n; k++)
      b.append(buf[k]);
  }
  return b.finish();
}

static Ref strUpperM(Value self) {
  StrObject *s = S(self);
  if (s->ascii)
    return asciiMap(self, 1);
  StrBuilder b(s->length);
  uint32_t buf[3];
  for (size_t i = 0; i < s->length; i++) {
    int n = unicode::toUpperFull(s->at(i), buf);
    for (int k = 0; k < n; k++)
      b.append(buf[k]);
  }
  return b.finish();
}

static Ref strCasefoldM(Value self) {
  StrObject *s = S(self);
  if (s->ascii)
    return asciiMap(self, 0);
  StrBuilder b(s->length);
  uint32_t buf[3];
  for (size_t i = 0; i < s->length; i++) {
    int n = unicode::toFoldFull(s->at(i), buf);
    for (int k = 0; k < n; k++)
      b.append(buf[k]);
  }
  return b.finish();
}

static Ref strSwapcaseM(Value self) {
  StrObject *s = S(self);
  if (s->ascii)
    return asciiMap(self, 2);
  StrBuilder b(s->length);
  uint32_t buf[3];
  for (size_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    int n;
    if (unicode::isUpper(c))
      n = lowerAt(s, i, buf);
    else if (unicode::isLower(c))
      n = unicode::toUpperFull(c, buf);
    else {
      buf[0] = c;
      n = 1;
    }
    for (int k = 0; k < n; k++)
      b.append(buf[k]);
  }
  return b.finish();
}

static Ref strCapitalizeM(Value self) {
  StrObject *s = S(self);
  StrBuilder b(s->length);
  uint32_t buf[3];
  for (size_t i = 0; i < s->length; i++) {
    int n = i == 0 ? unicode::toTitleFull(s->at(i), buf) : lowerAt(s, i, buf);
    for (int k = 0; k < n; k++)
      b.append(buf[k]);
  }
  return b.finish();
}

static Ref strTitleM(Value self) {
  StrObject *s = S(self);
  StrBuilder b(s->length);
  uint32_t buf[3];
  bool previousCased = false;
  for (size_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    int n = previousCased ? lowerAt(s, i, buf) : unicode::toTitleFull(c, buf);
    for (int k = 0; k < n; k++)
      b.append(buf[k]);
    previousCased = unicode::isCased(c);
  }
  return b.finish();
}

// --- Predicates
// -----------------------------------------------------------------------------------

template <bool (*Pred)(uint32_t)> static Ref allChars(Value self) {
  StrObject *s = S(self);
  if (s->length == 0)
    return newBool(false);
  for (size_t i = 0; i < s->length; i++)
    if (!Pred(s->at(i)))
      return newBool(false);
  return newBool(true);
}

static Ref strIsspaceM(Value self) { return allChars<unicode::isSpace>(self); }
static Ref strIsalphaM(Value self) { return allChars<unicode::isAlpha>(self); }
static Ref strIsalnumM(Value self) { return allChars<unicode::isAlnum>(self); }
static Ref strIsdecimalM(Value self) { return allChars<unicode::isDecimal>(self); }
static Ref strIsdigitM(Value self) { return allChars<unicode::isDigit>(self); }
static Ref strIsnumericM(Value self) { return allChars<unicode::isNumeric>(self); }
static Ref strIsasciiM(Value self) { return newBool(S(self)->ascii); }

static Ref strIsprintableM(Value self) {
  StrObject *s = S(self);
  for (size_t i = 0; i < s->length; i++)
    if (!unicode::isPrintable(s->at(i)))
      return newBool(false);
  return newBool(true);
}

static Ref strIsidentifierM(Value self) {
  StrObject *s = S(self);
  if (s->length == 0)
    return newBool(false);
  uint32_t c = s->at(0);
  if (!unicode::isXidStart(c) && c != '_')
    return newBool(false);
  for (size_t i = 1; i < s->length; i++)
    if (!unicode::isXidContinue(s->at(i)))
      return newBool(false);
  return newBool(true);
}

static Ref strIslowerM(Value self) {
  StrObject *s = S(self);
  bool cased = false;
  for (size_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    if (unicode::isUpper(c) || unicode::isTitle(c))
      return newBool(false);
    if (!cased && unicode::isLower(c))
      cased = true;
  }
  return newBool(cased);
}

static Ref strIsupperM(Value self) {
  StrObject *s = S(self);
  bool cased = false;
  for (size_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    if (unicode::isLower(c) || unicode::isTitle(c))
      return newBool(false);
    if (!cased && unicode::isUpper(c))
      cased = true;
  }
  return newBool(cased);
}

static Ref strIstitleM(Value self) {
  StrObject *s = S(self);
  bool cased = false, previousCased = false;
  for (size_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    if (unicode::isUpper(c) || unicode::isTitle(c)) {
      if (previousCased)
        return newBool(false);
      previousCased = cased = true;
    } else if (unicode::isLower(c)) {
      if (!previousCased)
        return newBool(false);
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return newBool(cased);
}

// --- translate / maketrans -------------------------------------------------------------------

// CPython: unicode_maketrans_impl
static Ref strMaketransM(Value, const Value *args, size_t nargs) {
  if (!checkArgs("maketrans", nargs, 1, 3))
    return Ref();
  Ref d = newDict();
  if (!d)
    return d;
  if (nargs >= 2) {
    Value x = args[0], y = args[1];
    if (!isStr(x))
      return badArgument("maketrans", "argument 1", "str", x);
    if (!isStr(y))
      return badArgument("maketrans", "argument 2", "str", y);
    if (strLength(x) != strLength(y))
      return raise(&ValueErrorType, "the first two maketrans arguments must have equal length");
    for (size_t i = 0; i < strLength(x); i++) {
      Ref k = Ref::smallInt(strCharAt(x, i)), v = Ref::smallInt(strCharAt(y, i));
      if (dictSetItem(*d, *k, *v) < 0)
        return Ref();
    }
    if (nargs == 3) {
      Value z = args[2];
      if (!isStr(z))
        return badArgument("maketrans", "argument 3", "str", z);
      for (size_t i = 0; i < strLength(z); i++) {
        Ref k = Ref::smallInt(strCharAt(z, i));
        if (dictSetItem(*d, *k, None()) < 0)
          return Ref();
      }
    }
    return d;
  }
  Value x = args[0];
  if (!isDict(x))
    return raise(&TypeErrorType, "if you give only one argument to maketrans it must be a dict");
  size_t pos = 0;
  Value key, value;
  while (dictNext(x, &pos, &key, &value)) {
    if (isStr(key)) {
      if (strLength(key) != 1)
        return raise(&ValueErrorType, "string keys in translate table must be of length 1");
      Ref k = Ref::smallInt(strCharAt(key, 0));
      if (dictSetItem(*d, *k, value) < 0)
        return Ref();
    } else if (isInt(key)) {
      if (dictSetItem(*d, key, value) < 0)
        return Ref();
    } else {
      return raise(&TypeErrorType, "keys in translate table must be strings or integers");
    }
  }
  return d;
}

// CPython: unicode_translate -> _PyUnicode_TranslateCharmap
static Ref strTranslateM(Value self, Value table) {
  StrObject *s = S(self);
  StrBuilder b(s->length);
  for (size_t i = 0; i < s->length; i++) {
    uint32_t c = s->at(i);
    Ref key = Ref::smallInt(c);
    Ref v = getItem(table, *key);
    if (!v) {
      if (pendingExceptionMatches(&LookupErrorType)) {
        clearPendingException();
        b.append(c);
        continue;
      }
      return Ref();
    }
    if (isNone(*v))
      continue;
    if (isInt(*v)) {
      int64_t x;
      if (!intFitsInt64(*v, &x) || x < 0 || x > 0x10FFFF)
        return raise(&ValueErrorType, "character mapping must be in range(0x110000)");
      b.append(uint32_t(x));
    } else if (isStr(*v)) {
      b.appendStr(*v);
    } else {
      return raise(&TypeErrorType, "character mapping must return integer, None or str");
    }
  }
  return b.finish();
}

// --- Misc
// ---------------------------------------------------------------------------------------------

static Ref strEncodeM(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  static const ParamSpec spec{"encode", {"encoding", "errors"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  if (out[0] && !isStr(out[0]))
    return badArgument("encode", "argument 'encoding'", "str", out[0]);
  if (out[1] && !isStr(out[1]))
    return badArgument("encode", "argument 'errors'", "str", out[1]);
  return strEncode(self, out[0], out[1]);
}

static Ref strFormatM(Value self, const Value *args, size_t nargs, Value kwnames) {
  return strFormatMethod(self, args, nargs, kwnames);
}
static Ref strFormatMapM(Value self, Value mapping) { return strFormatMap(self, mapping); }
static Ref strDunderFormat(Value self, Value spec) {
  if (!isStr(spec))
    return badArgument("__format__", "argument", "str", spec);
  return strFormatSpec(self, spec);
}

static Ref strGetnewargs(Value self) {
  Ref copy = strExact(self);
  if (!copy)
    return copy;
  Ref fresh = strSubstring(*copy, 0, strLength(*copy));
  return newTupleOf({*fresh});
}

// CPython: unicode_sizeof_impl (64-bit sizes of the compact layouts).
static Ref strSizeof(Value self) {
  StrObject *s = S(self);
  size_t size = s->ascii ? 40 : 56;
  size += (s->length + 1) * s->kind;
  return Ref::smallInt(int64_t(size));
}

static const MethodDef kStrMethods[] = {
    method("encode", strEncodeM),
    method("replace", strReplaceM),
    method("split", strSplitM),
    method("rsplit", strRsplitM),
    method("join", strJoinM),
    method("capitalize", strCapitalizeM),
    method("casefold", strCasefoldM),
    method("title", strTitleM),
    method("center", strCenterM),
    method("count", strCountM),
    method("expandtabs", strExpandtabsM),
    method("find", strFindM),
    method("partition", strPartitionM),
    method("index", strIndexM),
    method("ljust", strLjustM),
    method("lower", strLowerM),
    method("lstrip", strLstripM),
    method("rfind", strRfindM),
    method("rindex", strRindexM),
    method("rjust", strRjustM),
    method("rstrip", strRstripM),
    method("rpartition", strRpartitionM),
    method("splitlines", strSplitlinesM),
    method("strip", strStripM),
    method("swapcase", strSwapcaseM),
    method("translate", strTranslateM),
    method("upper", strUpperM),
    method("startswith", strStartswith),
    method("endswith", strEndswith),
    method("removeprefix", strRemoveprefixM),
    method("removesuffix", strRemovesuffixM),
    method("isascii", strIsasciiM),
    method("islower", strIslowerM),
    method("isupper", strIsupperM),
    method("istitle", strIstitleM),
    method("isspace", strIsspaceM),
    method("isdecimal", strIsdecimalM),
    method("isdigit", strIsdigitM),
    method("isnumeric", strIsnumericM),
    method("isalpha", strIsalphaM),
    method("isalnum", strIsalnumM),
    method("isidentifier", strIsidentifierM),
    method("isprintable", strIsprintableM),
    method("zfill", strZfillM),
    method("format", strFormatM),
    method("format_map", strFormatMapM),
    method("__format__", strDunderFormat),
    method("maketrans", strMaketransM, kMethodStatic),
    method("__sizeof__", strSizeof),
    method("__getnewargs__", strGetnewargs),
};

std::span<const MethodDef> strMethodTable() { return kStrMethods; }

} // namespace pyvm
