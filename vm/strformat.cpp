// str.format, format_map, str.__format__ and printf-style % formatting for
// str and bytes. CPython: Objects/stringlib/unicode_format.h,
// Objects/unicode_format.c (PyUnicode_Format), Objects/bytesobject.c
// (_PyBytes_FormatEx), Python/formatter_unicode.c (format_string_internal)
#include "vm/abstract.h"
#include "vm/bytes.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/format_spec.h"
#include "vm/int.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/str_builder.h"
#include "vm/str_internal.h"
#include "vm/tuple.h"
#include "vm/unicode.h"

#include <climits>
#include <cstring>

namespace pyvm {

// --- str.__format__ ---------------------------------------------------------------

static std::u32string toU32(Value s, size_t start, size_t end) {
  std::u32string out;
  out.reserve(end - start);
  StrObject *o = asStr(s);
  for (size_t i = start; i < end; i++)
    out.push_back(char32_t(o->at(i)));
  return out;
}

static Ref fromU32(std::u32string_view s) {
  return newStrFromUcs4(reinterpret_cast<const uint32_t *>(s.data()), s.size());
}

static Ref raiseFormatError(const BigIntError &e) {
  switch (e.kind) {
  case BigIntErrorKind::Overflow:
    return raise(&OverflowErrorType, e.message);
  case BigIntErrorKind::Memory:
    return raise(&MemoryErrorType, e.message);
  case BigIntErrorKind::ZeroDivision:
    return raise(&ZeroDivisionErrorType, e.message);
  default:
    return raise(&ValueErrorType, e.message);
  }
}

// Formats the str `s` with the spec s[specStart:specEnd] of `specStr`.
// CPython: Python/formatter_unicode.c _PyUnicode_FormatAdvancedWriter
static Ref formatStrWithSpec(Value s, Value specStr, size_t specStart, size_t specEnd) {
  if (specStart >= specEnd) // an empty spec is str(self), so a subclass's __str__ runs
    return isExactStr(s) ? Ref::borrow(s) : str(s);
  std::u32string spec = toU32(specStr, specStart, specEnd);
  auto parsed = parseFormatSpec(spec, 's', '<', "str");
  if (!parsed)
    return raiseFormatError(parsed.error());
  if (parsed.value().type != 's')
    return raise(&ValueErrorType, unknownFormatCodeMessage(parsed.value().type, "str"));
  // Fast path: no padding or truncation.
  const FormatSpec &fs = parsed.value();
  if (!fs.sign && !fs.alternate && !fs.noNegZero && fs.align != '=' && fs.precision < 0 &&
      (fs.width < 0 || fs.width <= int64_t(strLength(s))))
    return strExact(s);
  auto out = formatStringSpec(toU32(s, 0, strLength(s)), fs);
  if (!out)
    return raiseFormatError(out.error());
  return fromU32(out.value());
}

Ref strFormatSpec(Value s, Value spec) { return formatStrWithSpec(s, spec, 0, strLength(spec)); }

// --- str.format ----------------------------------------------------------------------

namespace {

enum class AutoState { Init, Auto, Manual };

struct FormatContext {
  const Value *args = nullptr;
  size_t nargs = 0;
  bool hasArgs = false; // false for format_map
  Value kwnames;        // format(): names of the keyword arguments
  const Value *kwvalues = nullptr;
  Value mapping; // format_map(): the mapping
  AutoState autoState = AutoState::Init;
  int64_t autoNumber = 0;
};

struct Sub {
  Value str;
  size_t start, end;
  bool empty() const { return start >= end; }
  uint32_t at(size_t i) const { return strCharAt(str, i); }
  Ref object() const { return strSubstring(str, start, end); }
};

} // namespace

// -1 when not an integer, -2 on error. CPython: get_integer
static int64_t getInteger(const Sub &s) {
  if (s.empty())
    return -1;
  int64_t acc = 0;
  for (size_t i = s.start; i < s.end; i++) {
    int d = unicode::decimalValue(s.at(i));
    if (d < 0)
      return -1;
    if (acc > (INT64_MAX - d) / 10) {
      raise(&ValueErrorType, "Too many decimal digits in format string");
      return -2;
    }
    acc = acc * 10 + d;
  }
  return acc;
}

// One ".name" or "[key]" part of a field name, starting at *i (before the '.'
// or '['), up to `end`: sets *name and *isAttribute and moves *i past it.
// False with ValueError pending on a malformed part.
// CPython: Objects/stringlib/unicode_format.h FieldNameIterator_next
static bool nextFieldNamePart(Value str, size_t end, size_t *i, Sub *name, bool *isAttribute) {
  size_t at = *i;
  uint32_t c = strCharAt(str, at++);
  *name = Sub{str, at, at};
  if (c == '.') {
    *isAttribute = true;
    while (at < end && strCharAt(str, at) != '[' && strCharAt(str, at) != '.')
      at++;
    name->end = at;
  } else if (c == '[') {
    *isAttribute = false;
    bool closed = false;
    while (at < end) {
      if (strCharAt(str, at++) == ']') {
        closed = true;
        break;
      }
    }
    if (!closed)
      return raise(&ValueErrorType, "Missing ']' in format string"), false;
    name->end = at - 1;
  } else {
    return raise(&ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier"),
           false;
  }
  if (name->empty())
    return raise(&ValueErrorType, "Empty attribute in format string"), false;
  *i = at;
  return true;
}

static Ref raiseKeyError(Value key) { return raiseWith(&KeyErrorType, key); }

// CPython: get_field_object
static Ref getFieldObject(const Sub &field, FormatContext &ctx) {
  size_t i = field.start;
  while (i < field.end) {
    uint32_t c = field.at(i);
    if (c == '[' || c == '.')
      break;
    i++;
  }
  Sub first{field.str, field.start, i};
  int64_t index = getInteger(first);
  if (index == -2)
    return Ref();
  bool nameEmpty = first.empty();
  bool numeric = nameEmpty || index != -1;
  if (ctx.autoState == AutoState::Init && numeric)
    ctx.autoState = nameEmpty ? AutoState::Auto : AutoState::Manual;
  if (numeric) {
    if (ctx.autoState == AutoState::Manual && nameEmpty)
      return raise(&ValueErrorType, "cannot switch from manual field specification to "
                                    "automatic field numbering");
    if (ctx.autoState == AutoState::Auto && !nameEmpty)
      return raise(&ValueErrorType, "cannot switch from automatic field numbering to "
                                    "manual field specification");
  }
  if (nameEmpty)
    index = ctx.autoNumber++;

  Ref obj;
  if (index == -1) {
    Ref key = first.object();
    if (!key)
      return key;
    if (ctx.mapping) {
      obj = getItem(ctx.mapping, *key);
      if (!obj)
        return obj;
    } else {
      if (ctx.kwnames) {
        for (size_t k = 0; k < tupleSize(ctx.kwnames); k++) {
          if (strEquals(tupleItem(ctx.kwnames, k), *key)) {
            obj = Ref::borrow(ctx.kwvalues[k]);
            break;
          }
        }
      }
      if (!obj)
        return raiseKeyError(*key);
    }
  } else {
    if (!ctx.hasArgs)
      return raise(&ValueErrorType, "Format string contains positional fields");
    if (index >= int64_t(ctx.nargs))
      return raisef(&IndexErrorType, "Replacement index {} out of range for positional args tuple",
                    index);
    obj = Ref::borrow(ctx.args[index]);
  }

  // The rest: .attr and [key] lookups. CPython: FieldNameIterator_next
  while (i < field.end) {
    Sub name{};
    bool isAttribute;
    if (!nextFieldNamePart(field.str, field.end, &i, &name, &isAttribute))
      return Ref();
    Ref next;
    if (isAttribute) {
      Ref attr = name.object();
      if (!attr)
        return attr;
      next = getAttr(*obj, *attr);
    } else {
      int64_t idx = getInteger(name);
      if (idx == -2)
        return Ref();
      if (idx == -1) {
        Ref key = name.object();
        if (!key)
          return key;
        next = getItem(*obj, *key);
      } else {
        Ref key = newInt(idx);
        next = getItem(*obj, *key);
      }
    }
    if (!next)
      return next;
    obj = std::move(next);
  }
  return obj;
}

static bool buildString(const Sub &input, FormatContext &ctx, int depth, StrBuilder &out);

// Renders one replacement field. CPython: output_markup + render_field
static bool outputMarkup(const Sub &fieldName, const Sub &spec, bool specNeedsExpanding,
                         uint32_t conversion, FormatContext &ctx, int depth, StrBuilder &out) {
  Ref obj = getFieldObject(fieldName, ctx);
  if (!obj)
    return false;
  if (conversion) {
    Ref converted;
    switch (conversion) {
    case 'r':
      converted = repr(*obj);
      break;
    case 's':
      converted = str(*obj);
      break;
    case 'a':
      converted = ascii(*obj);
      break;
    default:
      if (conversion > 32 && conversion < 127)
        raisef(&ValueErrorType, "Unknown conversion specifier {}", char(conversion));
      else
        raisef(&ValueErrorType, "Unknown conversion specifier \\x{:x}", conversion);
      return false;
    }
    if (!converted)
      return false;
    obj = std::move(converted);
  }
  Ref expanded;
  Sub actual = spec;
  if (specNeedsExpanding) {
    StrBuilder b;
    if (!buildString(spec, ctx, depth - 1, b))
      return false;
    expanded = b.finish();
    if (!expanded)
      return false;
    actual = Sub{*expanded, 0, strLength(*expanded)};
  }
  Ref result;
  if (isExactStr(*obj)) {
    result =
        actual.str ? formatStrWithSpec(*obj, actual.str, actual.start, actual.end) : strExact(*obj);
  } else {
    Ref specObj = actual.str ? actual.object() : emptyStr();
    if (!specObj)
      return false;
    result = format(*obj, *specObj);
  }
  if (!result)
    return false;
  out.appendStr(*result);
  return true;
}

// CPython: parse_field. `i` is just past the '{'; on success it is just
// past the closing '}'.
static bool parseField(Value s, size_t &i, size_t end, Sub *fieldName, Sub *spec,
                       bool *specNeedsExpanding, uint32_t *conversion) {
  *conversion = 0;
  *spec = Sub{Value(), 0, 0};
  fieldName->str = s;
  fieldName->start = i;
  uint32_t c = 0;
  while (i < end) {
    c = strCharAt(s, i++);
    if (c == '{') {
      raise(&ValueErrorType, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (i < end && strCharAt(s, i) != ']')
        i++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!')
      break;
  }
  fieldName->end = i - 1;
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (i >= end) {
        raise(&ValueErrorType, "end of string while looking for conversion specifier");
        return false;
      }
      *conversion = strCharAt(s, i++);
      if (i < end) {
        uint32_t d = strCharAt(s, i++);
        if (d == '}')
          return true;
        if (d != ':') {
          raise(&ValueErrorType, "expected ':' after conversion specifier");
          return false;
        }
      }
    }
    spec->str = s;
    spec->start = i;
    int count = 1;
    while (i < end) {
      uint32_t d = strCharAt(s, i++);
      if (d == '{') {
        *specNeedsExpanding = true;
        count++;
      } else if (d == '}') {
        if (--count == 0) {
          spec->end = i - 1;
          return true;
        }
      }
    }
    raise(&ValueErrorType, "unmatched '{' in format spec");
    return false;
  }
  if (c != '}') {
    raise(&ValueErrorType, "expected '}' before end of string");
    return false;
  }
  return true;
}

// CPython: build_string / do_markup / MarkupIterator_next
static bool buildString(const Sub &input, FormatContext &ctx, int depth, StrBuilder &out) {
  if (depth <= 0) {
    raise(&ValueErrorType, "Max string recursion exceeded");
    return false;
  }
  Value s = input.str;
  size_t i = input.start, end = input.end;
  while (i < end) {
    size_t start = i;
    uint32_t c = 0;
    bool markup = false;
    while (i < end) {
      c = strCharAt(s, i++);
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    bool atEnd = i >= end;
    size_t len = i - start;
    if (c == '}' && markup && (atEnd || strCharAt(s, i) != '}')) {
      raise(&ValueErrorType, "Single '}' encountered in format string");
      return false;
    }
    if (atEnd && c == '{' && markup) {
      raise(&ValueErrorType, "Single '{' encountered in format string");
      return false;
    }
    if (!atEnd && markup) {
      if (strCharAt(s, i) == c) {
        i++;
        markup = false;
      } else {
        len--;
      }
    }
    out.appendStr(s, start, start + len);
    if (!markup)
      continue;
    Sub fieldName, spec;
    bool needsExpanding = false;
    uint32_t conversion;
    if (!parseField(s, i, end, &fieldName, &spec, &needsExpanding, &conversion))
      return false;
    if (!outputMarkup(fieldName, spec, needsExpanding, conversion, ctx, depth, out))
      return false;
  }
  return true;
}

// --- _string.formatter_parser / formatter_field_name_split -----------------------
// One step each of the iterators string.Formatter builds on (stdlib/string.cpp
// holds the iterator objects); null with no error pending at the end.

static Ref subOrNone(const Sub &s) { return s.str ? s.object() : newNone(); }

// The next (literal, field_name, format_spec, conversion) of s from *pos.
// CPython: Objects/stringlib/unicode_format.h formatteriter_next
Ref formatterParseNext(Value s, size_t *pos) {
  size_t i = *pos, end = strLength(s);
  if (i >= end)
    return {};
  size_t start = i;
  uint32_t c = 0;
  bool markup = false;
  while (i < end) {
    c = strCharAt(s, i++);
    if (c == '{' || c == '}') {
      markup = true;
      break;
    }
  }
  bool atEnd = i >= end;
  size_t len = i - start;
  if (c == '}' && markup && (atEnd || strCharAt(s, i) != '}'))
    return raise(&ValueErrorType, "Single '}' encountered in format string");
  if (atEnd && c == '{' && markup)
    return raise(&ValueErrorType, "Single '{' encountered in format string");
  if (!atEnd && markup) {
    if (strCharAt(s, i) == c) {
      i++;
      markup = false;
    } else {
      len--;
    }
  }
  Ref literal = strSubstring(s, start, start + len);
  if (!literal)
    return {};
  Sub fieldName{Value(), 0, 0}, spec{Value(), 0, 0};
  uint32_t conversion = 0;
  if (markup) {
    bool needsExpanding = false;
    if (!parseField(s, i, end, &fieldName, &spec, &needsExpanding, &conversion))
      return {};
    if (!spec.str)
      spec = Sub{s, 0, 0}; // a field always has a format_spec, '' when absent
  }
  *pos = i;
  Ref name = subOrNone(fieldName), fspec = subOrNone(spec);
  Ref conv = conversion ? newStrFromUcs4(&conversion, 1) : newNone();
  if (!name || !fspec || !conv)
    return {};
  return newTupleOf({*literal, *name, *fspec, *conv});
}

// The first part of a field name (an int if all digits); *pos is left at the rest.
// CPython: Objects/stringlib/unicode_format.h field_name_split
Ref formatterFieldNameFirst(Value s, size_t *pos) {
  size_t end = strLength(s), i = 0;
  while (i < end && strCharAt(s, i) != '.' && strCharAt(s, i) != '[')
    i++;
  Sub first{s, 0, i};
  int64_t index = getInteger(first);
  if (index == -2)
    return {};
  *pos = i;
  return index >= 0 ? newInt(index) : first.object();
}

// The next (is_attribute, key) of the rest of a field name.
// CPython: Objects/stringlib/unicode_format.h fieldnameiter_next
Ref formatterFieldNameNext(Value s, size_t *pos) {
  size_t end = strLength(s), i = *pos;
  if (i >= end)
    return {};
  Sub name{};
  bool isAttribute;
  if (!nextFieldNamePart(s, end, &i, &name, &isAttribute))
    return {};
  int64_t idx = isAttribute ? -1 : getInteger(name);
  if (idx == -2)
    return {};
  *pos = i;
  Ref key = idx >= 0 ? newInt(idx) : name.object();
  return key ? newTupleOf({isAttribute ? True() : False(), *key}) : Ref();
}

Ref strFormatMethod(Value self, const Value *args, size_t nargs, Value kwnames) {
  FormatContext ctx;
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  ctx.args = args;
  ctx.nargs = nargs;
  ctx.hasArgs = true;
  ctx.kwnames = nkw ? kwnames : Value();
  ctx.kwvalues = args + nargs;
  StrBuilder out(strLength(self) + 16);
  if (!buildString(Sub{self, 0, strLength(self)}, ctx, 2, out))
    return Ref();
  return out.finish();
}

Ref strFormatMap(Value self, Value mapping) {
  FormatContext ctx;
  ctx.mapping = mapping;
  StrBuilder out(strLength(self) + 16);
  if (!buildString(Sub{self, 0, strLength(self)}, ctx, 2, out))
    return Ref();
  return out.finish();
}

// --- printf-style formatting ---------------------------------------------------------

namespace {
enum : int { kLjust = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16 };

struct PercentArg {
  uint32_t ch = 0;
  int flags = 0;
  int64_t width = -1;
  int64_t prec = -1;
  bool sign = false;
};

// The arguments of a % operation. CPython: unicode_formatter_t
struct PercentArgs {
  Value args;
  Ref owned; // the current value of a %(key) lookup
  int64_t arglen, argidx;
  Value dict;

  Value next() {
    if (argidx < arglen) {
      int64_t i = argidx++;
      if (arglen < 0)
        return owned ? *owned : args;
      return tupleItem(args, size_t(i));
    }
    raise(&TypeErrorType, "not enough arguments for format string");
    return Value();
  }
};
} // namespace

// The digits of an int for %d/%o/%x/%X with precision and '#'.
// CPython: _PyUnicode_FormatLong
static std::string formatLongDigits(const BigInt &v, int type, bool alt, int64_t prec) {
  int base = (type == 'o') ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  auto r = v.toString(base);
  std::string s = r ? r.value() : std::string("0");
  bool neg = !s.empty() && s[0] == '-';
  std::string digits = neg ? s.substr(1) : s;
  if (prec > int64_t(digits.size()))
    digits.insert(0, size_t(prec) - digits.size(), '0');
  std::string prefix;
  if (alt && base != 10)
    prefix = type == 'o' ? "0o" : "0x";
  std::string out = (neg ? "-" : "") + prefix + digits;
  if (type == 'X')
    for (char &ch : out)
      if (ch >= 'a' && ch <= 'x')
        ch = char(ch - 32);
  return out;
}

static bool isNumberLike(Value v) {
  Type *t = v.type();
  return isInt(v) || t->index || t->toInt || t->toFloat;
}

// Formats v as an integer for d i u o x X; false with an error pending.
// CPython: mainformatlong
static bool formatIntArg(Value v, const PercentArg &arg, std::string &out) {
  int type = int(arg.ch);
  bool hexOrOct = type == 'o' || type == 'x' || type == 'X';
  auto wrong = [&] {
    if (hexOrOct)
      raisef(&TypeErrorType, "%{} format: an integer is required, not {}", char(type), typeName(v));
    else
      raisef(&TypeErrorType, "%{} format: a real number is required, not {}", char(type),
             typeName(v));
    return false;
  };
  if (!isNumberLike(v))
    return wrong();
  Ref iobj;
  if (isInt(v)) {
    iobj = Ref::borrow(v);
  } else {
    if (hexOrOct || !v.type()->toInt)
      iobj = index(v);
    else
      iobj = v.type()->toInt(v);
    if (!iobj) {
      if (pendingExceptionMatches(&TypeErrorType)) {
        clearPendingException();
        return wrong();
      }
      return false;
    }
  }
  if (type == 'i' || type == 'u')
    type = 'd';
  out = formatLongDigits(intToBigInt(*iobj), type, arg.flags & kAlt, arg.prec);
  return true;
}

// CPython: formatfloat (PyOS_double_to_string with the conversion's type)
static bool formatFloatArg(Value v, const PercentArg &arg, std::string &out) {
  double x;
  if (!asDouble(v, &x))
    return false;
  FormatSpec spec;
  spec.type = char32_t(arg.ch);
  spec.precision = arg.prec < 0 ? 6 : arg.prec;
  spec.alternate = (arg.flags & kAlt) != 0;
  auto r = formatDoubleSpec(x, spec);
  if (!r) {
    raiseFormatError(r.error());
    return false;
  }
  out = u32ToUtf8(r.value());
  return true;
}

// Writes a formatted piece with sign, '#' prefix, width and fill.
// CPython: unicode_format_arg_output. `piece` is a sequence of code points.
template <typename Out>
static void outputArg(Out &out, PercentArg &arg, const std::u32string &piece) {
  uint32_t fill = (arg.sign && (arg.flags & kZero)) ? '0' : ' ';
  int64_t len = int64_t(piece.size());
  if ((arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len) &&
      !(arg.flags & (kSign | kBlank))) {
    for (char32_t c : piece)
      out.append(uint32_t(c));
    return;
  }
  if (arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a' || arg.ch == 'b') {
    if (arg.prec >= 0 && len > arg.prec)
      len = arg.prec;
  }
  size_t pindex = 0;
  uint32_t signchar = 0;
  if (arg.sign) {
    uint32_t ch = piece.empty() ? 0 : uint32_t(piece[0]);
    if (ch == '-' || ch == '+') {
      signchar = ch;
      len--;
      pindex++;
    } else if (arg.flags & kSign) {
      signchar = '+';
    } else if (arg.flags & kBlank) {
      signchar = ' ';
    } else {
      arg.sign = false;
    }
  }
  if (arg.width < len)
    arg.width = len;
  if (arg.sign) {
    if (fill != ' ')
      out.append(signchar);
    if (arg.width > len)
      arg.width--;
  }
  bool prefix = (arg.flags & kAlt) && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o');
  if (prefix) {
    if (fill != ' ') {
      out.append('0');
      out.append(arg.ch);
      pindex += 2;
    }
    arg.width -= 2;
    if (arg.width < 0)
      arg.width = 0;
    len -= 2;
  }
  if (arg.width > len && !(arg.flags & kLjust)) {
    for (int64_t k = 0; k < arg.width - len; k++)
      out.append(fill);
    arg.width = len;
  }
  if (fill == ' ') {
    if (arg.sign)
      out.append(signchar);
    if (prefix) {
      out.append('0');
      out.append(arg.ch);
      pindex += 2;
    }
  }
  for (int64_t k = 0; k < len; k++)
    out.append(uint32_t(piece[pindex + size_t(k)]));
  if (arg.width > len)
    for (int64_t k = 0; k < arg.width - len; k++)
      out.append(' ');
}

static std::u32string asciiU32(std::string_view s) { return std::u32string(s.begin(), s.end()); }

namespace {
// A byte sink with the StrBuilder::append interface.
struct ByteOut {
  std::string buf;
  void append(uint32_t c) { buf.push_back(char(c)); }
};
} // namespace

// The shared % loop. `fmt(i)` reads the format's code points; `bytesMode`
// selects the bytes conversions.
template <typename Out, typename Read, typename Convert>
static bool percentLoop(size_t fmtLen, Read read, Value args, bool isMappingArgs, Out &out,
                        Convert convert, Ref (*makeKey)(size_t, size_t)) {
  PercentArgs ctx;
  ctx.args = args;
  if (isTuple(args)) {
    ctx.arglen = int64_t(tupleSize(args));
    ctx.argidx = 0;
  } else {
    ctx.arglen = -1;
    ctx.argidx = -2;
  }
  ctx.dict = isMappingArgs ? args : Value();

  int64_t fmtcnt = int64_t(fmtLen);
  size_t fmtpos = 0;
  while (--fmtcnt >= 0) {
    if (read(fmtpos) != '%') {
      size_t nonfmt = fmtpos++;
      while (fmtcnt >= 0 && fmtpos < fmtLen && read(fmtpos) != '%') {
        fmtpos++;
        fmtcnt--;
      }
      if (fmtpos >= fmtLen) {
        // ran off the end
        fmtcnt = -1;
      }
      for (size_t k = nonfmt; k < fmtpos; k++)
        out.append(read(k));
      continue;
    }
    fmtpos++;
    // CPython: unicode_format_arg
    if (fmtpos >= fmtLen) {
      // '%' at the very end: parse finds nothing.
      raise(&ValueErrorType, "incomplete format");
      return false;
    }
    PercentArg arg;
    arg.ch = read(fmtpos);
    if (arg.ch == '%') {
      fmtpos++;
      fmtcnt--;
      out.append('%');
      continue;
    }
    // unicode_format_arg_parse
    if (arg.ch == '(') {
      if (!ctx.dict) {
        raise(&TypeErrorType, "format requires a mapping");
        return false;
      }
      ++fmtpos;
      --fmtcnt;
      size_t keystart = fmtpos;
      int pcount = 1;
      while (pcount > 0 && --fmtcnt >= 0) {
        arg.ch = read(fmtpos);
        if (arg.ch == ')')
          --pcount;
        else if (arg.ch == '(')
          ++pcount;
        fmtpos++;
      }
      if (fmtcnt < 0 || pcount > 0) {
        raise(&ValueErrorType, "incomplete format key");
        return false;
      }
      size_t keylen = fmtpos - keystart - 1;
      Ref key = makeKey(keystart, keystart + keylen);
      if (!key)
        return false;
      Ref value = getItem(ctx.dict, *key);
      if (!value)
        return false;
      ctx.owned = std::move(value);
      ctx.arglen = -1;
      ctx.argidx = -2;
    }
    while (--fmtcnt >= 0) {
      arg.ch = read(fmtpos);
      fmtpos++;
      if (arg.ch == '-')
        arg.flags |= kLjust;
      else if (arg.ch == '+')
        arg.flags |= kSign;
      else if (arg.ch == ' ')
        arg.flags |= kBlank;
      else if (arg.ch == '#')
        arg.flags |= kAlt;
      else if (arg.ch == '0')
        arg.flags |= kZero;
      else
        break;
    }
    if (arg.ch == '*') {
      Value v = ctx.next();
      if (!v)
        return false;
      if (!isInt(v)) {
        raise(&TypeErrorType, "* wants int");
        return false;
      }
      if (!indexAsInt64(v, &arg.width, &OverflowErrorType))
        return false;
      if (arg.width < 0) {
        arg.flags |= kLjust;
        arg.width = -arg.width;
      }
      if (--fmtcnt >= 0) {
        arg.ch = read(fmtpos);
        fmtpos++;
      }
    } else if (arg.ch >= '0' && arg.ch <= '9') {
      arg.width = arg.ch - '0';
      while (--fmtcnt >= 0) {
        arg.ch = read(fmtpos);
        fmtpos++;
        if (arg.ch < '0' || arg.ch > '9')
          break;
        if (arg.width > (INT64_MAX - int64_t(arg.ch - '0')) / 10) {
          raise(&ValueErrorType, "width too big");
          return false;
        }
        arg.width = arg.width * 10 + (arg.ch - '0');
      }
    }
    if (arg.ch == '.') {
      arg.prec = 0;
      if (--fmtcnt >= 0) {
        arg.ch = read(fmtpos);
        fmtpos++;
      }
      if (arg.ch == '*') {
        Value v = ctx.next();
        if (!v)
          return false;
        if (!isInt(v)) {
          raise(&TypeErrorType, "* wants int");
          return false;
        }
        int64_t p;
        if (!indexAsInt64(v, &p, &OverflowErrorType))
          return false;
        if (p > INT_MAX || p < INT_MIN) {
          raise(&OverflowErrorType, "Python int too large to convert to C int");
          return false;
        }
        arg.prec = p < 0 ? 0 : p;
        if (--fmtcnt >= 0) {
          arg.ch = read(fmtpos);
          fmtpos++;
        }
      } else if (arg.ch >= '0' && arg.ch <= '9') {
        arg.prec = arg.ch - '0';
        while (--fmtcnt >= 0) {
          arg.ch = read(fmtpos);
          fmtpos++;
          if (arg.ch < '0' || arg.ch > '9')
            break;
          if (arg.prec > (INT_MAX - int64_t(arg.ch - '0')) / 10) {
            raise(&ValueErrorType, "precision too big");
            return false;
          }
          arg.prec = arg.prec * 10 + (arg.ch - '0');
        }
      }
    }
    if (fmtcnt >= 0) {
      if (arg.ch == 'h' || arg.ch == 'l' || arg.ch == 'L') {
        if (--fmtcnt >= 0) {
          arg.ch = read(fmtpos);
          fmtpos++;
        }
      }
    }
    if (fmtcnt < 0) {
      raise(&ValueErrorType, "incomplete format");
      return false;
    }
    // unicode_format_arg_format
    Value v = ctx.next();
    if (!v)
      return false;
    std::u32string piece;
    int r = convert(v, arg, fmtpos, piece, out);
    if (r < 0)
      return false;
    if (r == 0)
      outputArg(out, arg, piece);
    if (ctx.dict && ctx.argidx < ctx.arglen) {
      raise(&TypeErrorType, "not all arguments converted during string formatting");
      return false;
    }
  }
  if (ctx.argidx < ctx.arglen && !ctx.dict) {
    raise(&TypeErrorType, "not all arguments converted during string formatting");
    return false;
  }
  return true;
}

static std::u32string strToU32(Value s) { return toU32(s, 0, strLength(s)); }

static Value gFormatStr; // the format string of the running str % (for keys)
static Ref strKey(size_t a, size_t b) { return strSubstring(gFormatStr, a, b); }

static bool isMappingForPercent(Value args) {
  return !isTuple(args) && !isStr(args) && args.type()->getitem;
}

Ref strPercentFormat(Value format, Value args) {
  StrObject *f = asStr(format);
  auto read = [f](size_t i) { return f->at(i); };
  auto convert = [](Value v, PercentArg &arg, size_t fmtpos, std::u32string &piece,
                    StrBuilder &out) -> int {
    switch (arg.ch) {
    case 's':
    case 'r':
    case 'a': {
      Ref s;
      if (arg.ch == 's')
        s = isExactStr(v) ? Ref::borrow(v) : str(v);
      else if (arg.ch == 'r')
        s = repr(v);
      else
        s = ascii(v);
      if (!s)
        return -1;
      if (arg.width == -1 && arg.prec == -1) {
        out.appendStr(*s);
        return 1;
      }
      piece = strToU32(*s);
      return 0;
    }
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      std::string digits;
      if (!formatIntArg(v, arg, digits))
        return -1;
      arg.sign = true;
      piece = asciiU32(digits);
      return 0;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      std::string digits;
      if (!formatFloatArg(v, arg, digits))
        return -1;
      arg.sign = true;
      piece = asciiU32(digits);
      return 0;
    }
    case 'c': {
      uint32_t ch;
      if (isStr(v)) {
        if (strLength(v) != 1) {
          raisef(&TypeErrorType,
                 "%c requires an int or a unicode character, not a string of length {}",
                 strLength(v));
          return -1;
        }
        ch = strCharAt(v, 0);
      } else {
        if (!isInt(v)) {
          if (!v.type()->index) {
            raisef(&TypeErrorType, "%c requires an int or a unicode character, not {}",
                   typeName(v));
            return -1;
          }
        }
        int64_t x;
        if (!indexAsInt64(v, &x, &OverflowErrorType)) {
          if (pendingExceptionMatches(&OverflowErrorType)) {
            clearPendingException();
            raise(&OverflowErrorType, "%c arg not in range(0x110000)");
          }
          return -1;
        }
        if (x < 0 || x > 0x10FFFF) {
          raise(&OverflowErrorType, "%c arg not in range(0x110000)");
          return -1;
        }
        ch = uint32_t(x);
      }
      piece.assign(1, char32_t(ch));
      return 0;
    }
    default: {
      uint32_t c = arg.ch;
      raisef(&ValueErrorType, "unsupported format character '{}' (0x{:x}) at index {}",
             (c >= 31 && c <= 126) ? char(c) : '?', c, fmtpos - 1);
      return -1;
    }
    }
  };
  StrBuilder out(f->length + 16);
  Value saved = gFormatStr;
  gFormatStr = format;
  bool ok = percentLoop(f->length, read, args, isMappingForPercent(args), out, convert, strKey);
  gFormatStr = saved;
  if (!ok)
    return Ref();
  return out.finish();
}

// --- bytes % ------------------------------------------------------------------------------

static Value gFormatBytes;
static Ref bytesKey(size_t a, size_t b) {
  return newBytes(bytesView(gFormatBytes).substr(a, b - a));
}

// CPython: Objects/bytesobject.c format_obj
static bool bytesOfObject(Value v, std::string &out) {
  if (isBytesLike(v)) {
    out.assign(bytesView(v));
    return true;
  }
  if (v.isObject() && v.type() == &MemoryViewType)
    return memoryViewContents(v, &out);
  if (!isStr(v) && !v.isSmallInt()) {
    Ref r = callMethod(v, "__bytes__", {});
    if (r) {
      if (!isBytes(*r)) {
        raisef(&TypeErrorType, "__bytes__ returned non-bytes (type {})", typeName(*r));
        return false;
      }
      out.assign(bytesView(*r));
      return true;
    }
    if (!pendingExceptionMatches(&AttributeErrorType))
      return false;
    clearPendingException();
  }
  raisef(&TypeErrorType,
         "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
         typeName(v));
  return false;
}

Ref bytesPercentFormat(Value format, Value args, bool bytearray) {
  std::string_view f = bytesView(format);
  std::string fcopy(f); // the format may be a bytearray mutated by __bytes__ calls
  auto read = [&fcopy](size_t i) { return uint32_t(uint8_t(fcopy[i])); };
  auto convert = [](Value v, PercentArg &arg, size_t fmtpos, std::u32string &piece,
                    ByteOut &out) -> int {
    switch (arg.ch) {
    case 'r':
    case 'a': {
      Ref s = ascii(v);
      if (!s)
        return -1;
      piece = strToU32(*s);
      if (arg.width == -1 && arg.prec == -1) {
        for (char32_t c : piece)
          out.append(uint32_t(c));
        return 1;
      }
      return 0;
    }
    case 's':
    case 'b': {
      std::string b;
      if (!bytesOfObject(v, b))
        return -1;
      if (arg.width == -1 && arg.prec == -1) {
        out.buf += b;
        return 1;
      }
      uint32_t saved = arg.ch;
      arg.ch = 'b';
      piece.assign(b.begin(), b.end());
      for (auto &c : piece)
        c = char32_t(uint8_t(c));
      (void)saved;
      return 0;
    }
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      std::string digits;
      if (!formatIntArg(v, arg, digits))
        return -1;
      arg.sign = true;
      piece = asciiU32(digits);
      return 0;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      std::string digits;
      if (!formatFloatArg(v, arg, digits))
        return -1;
      arg.sign = true;
      piece = asciiU32(digits);
      return 0;
    }
    case 'c': {
      uint8_t ch;
      if (isBytesLike(v)) {
        if (bytesSize(v) != 1) {
          raisef(&TypeErrorType,
                 "%c requires an integer in range(256) or a single byte, not a bytes object "
                 "of length {}",
                 bytesSize(v));
          return -1;
        }
        ch = bytesData(v)[0];
      } else {
        if (!isInt(v) && !v.type()->index) {
          raisef(&TypeErrorType, "%c requires an integer in range(256) or a single byte, not {}",
                 typeName(v));
          return -1;
        }
        int64_t x;
        if (!indexAsInt64(v, &x, &OverflowErrorType)) {
          if (pendingExceptionMatches(&OverflowErrorType)) {
            clearPendingException();
            raise(&OverflowErrorType, "%c arg not in range(256)");
          }
          return -1;
        }
        if (x < 0 || x > 255) {
          raise(&OverflowErrorType, "%c arg not in range(256)");
          return -1;
        }
        ch = uint8_t(x);
      }
      piece.assign(1, char32_t(ch));
      return 0;
    }
    default: {
      uint32_t c = arg.ch;
      raisef(&ValueErrorType, "unsupported format character '{}' (0x{:x}) at index {}",
             (c >= 31 && c <= 126) ? char(c) : '?', c, fmtpos - 1);
      return -1;
    }
    }
  };
  ByteOut out;
  out.buf.reserve(f.size() + 16);
  bool mapping = !isTuple(args) && !isBytesLike(args) && !isStr(args) && args.type()->getitem;
  Value saved = gFormatBytes;
  gFormatBytes = format;
  bool ok = percentLoop(fcopy.size(), read, args, mapping, out, convert, bytesKey);
  gFormatBytes = saved;
  if (!ok)
    return Ref();
  return bytearray ? newByteArray(out.buf) : newBytes(out.buf);
}

} // namespace pyvm
