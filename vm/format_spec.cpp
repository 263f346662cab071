// The format-spec mini-language. CPython: Python/formatter_unicode.c
#include "vm/format_spec.h"

#include "vm/float.h"
#include "vm/unicode.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>

namespace pyvm {

namespace {

BigIntError valueError(std::string message) {
  return BigIntError{BigIntErrorKind::Value, std::move(message)};
}

bool isAlignToken(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool isSignElement(char32_t c) { return c == ' ' || c == '+' || c == '-'; }

// Decimal value of a code point that Python's str.isdecimal() accepts, or -1.
// The ranges are the Unicode Nd blocks (each a run of ten digits).
} // namespace

// Both use the strings owner's Unicode 16.0 tables (vm/unicode.h).
int unicodeDecimalValue(char32_t c) { return unicode::decimalValue(uint32_t(c)); }

bool unicodeIsSpace(char32_t c) { return unicode::isSpace(uint32_t(c)); }

std::string transformDecimalAndSpaceToAscii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    char32_t c;
    int len;
    if (b < 0x80) {
      out += char(b);
      ++i;
      continue;
    }
    if ((b & 0xE0) == 0xC0) {
      c = b & 0x1F;
      len = 2;
    } else if ((b & 0xF0) == 0xE0) {
      c = b & 0x0F;
      len = 3;
    } else {
      c = b & 0x07;
      len = 4;
    }
    for (int k = 1; k < len && i + size_t(k) < s.size(); ++k)
      c = (c << 6) | (static_cast<unsigned char>(s[i + size_t(k)]) & 0x3F);
    i += size_t(len);
    int d = unicodeDecimalValue(c);
    if (d >= 0)
      out += char('0' + d);
    else if (unicodeIsSpace(c))
      out += ' ';
    else
      out += '?';
  }
  return out;
}

namespace {

// CPython: get_integer. Returns the number of digits consumed or -1 (error
// set in *err).
int getInteger(std::u32string_view s, size_t *pos, int64_t *result, BigIntError *err) {
  int64_t acc = 0;
  int n = 0;
  for (; *pos < s.size(); ++*pos, ++n) {
    int d = unicodeDecimalValue(s[*pos]);
    if (d < 0)
      break;
    if (acc > (INT64_MAX - d) / 10) {
      *err = valueError("Too many decimal digits in format string");
      return -1;
    }
    acc = acc * 10 + d;
  }
  *result = acc;
  return n;
}

std::string separatorMessage(Grouping g, char32_t type) {
  char sep = g == Grouping::Comma ? ',' : '_';
  if (type > 32 && type < 128)
    return fmt::format("Cannot specify '{}' with '{}'.", sep, char(type));
  return fmt::format("Cannot specify '{}' with '\\x{:x}'.", sep, uint32_t(type));
}

} // namespace

std::string u32ToUtf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) {
    if (c < 0x80) {
      out += char(c);
    } else if (c < 0x800) {
      out += char(0xC0 | (c >> 6));
      out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += char(0xE0 | (c >> 12));
      out += char(0x80 | ((c >> 6) & 0x3F));
      out += char(0x80 | (c & 0x3F));
    } else {
      out += char(0xF0 | (c >> 18));
      out += char(0x80 | ((c >> 12) & 0x3F));
      out += char(0x80 | ((c >> 6) & 0x3F));
      out += char(0x80 | (c & 0x3F));
    }
  }
  return out;
}

namespace {

// The separator and group size of a grouping (0: no grouping).
void groupingInfo(Grouping g, char32_t *sep, int *size) {
  switch (g) {
  case Grouping::Comma:
    *sep = ',';
    *size = 3;
    return;
  case Grouping::Underscore:
    *sep = '_';
    *size = 3;
    return;
  case Grouping::UnderFour:
    *sep = '_';
    *size = 4;
    return;
  case Grouping::None:
  case Grouping::Locale: // pyvm runs in the C locale: no thousands separator
    *sep = 0;
    *size = 0;
    return;
  }
}

// Inserts separators every `size` digits from the right, and leading zeros
// (themselves grouped) up to minWidth characters.
// CPython: _PyUnicode_InsertThousandsGrouping
std::u32string insertGrouping(std::string_view digits, int64_t minWidth, char32_t sep, int size) {
  minWidth = std::max<int64_t>(0, minWidth);
  std::u32string rev; // built right to left
  int64_t remaining = int64_t(digits.size());
  size_t pos = digits.size();
  bool useSep = false;
  auto emit = [&](int64_t len) {
    int64_t zeros = std::max<int64_t>(0, len - remaining);
    int64_t chars = std::max<int64_t>(0, std::min(remaining, len));
    if (useSep)
      rev += sep;
    for (int64_t i = 0; i < chars; ++i)
      rev += char32_t(digits[--pos]);
    rev.append(size_t(zeros), U'0');
    remaining -= chars;
    return len;
  };
  bool broken = false;
  if (size > 0) {
    for (;;) {
      int64_t len = std::min<int64_t>(size, std::max<int64_t>(std::max(remaining, minWidth), 1));
      emit(len);
      useSep = true;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= 1; // the separator's width
    }
  }
  if (!broken)
    emit(std::max<int64_t>(std::max(remaining, minWidth), 1));
  std::reverse(rev.begin(), rev.end());
  return rev;
}

// The parts of a rendered number (CPython: NumberFieldWidths + fill_number).
struct NumberParts {
  char32_t signChar = 0;   // '-' when negative
  std::string prefix;      // "0x" ...
  std::string digits;      // integer digits (may be empty: 'c', inf, nan)
  bool hasDecimal = false; // a '.' follows the digits
  std::string frac;        // digits after the '.'
  std::u32string remainder; // exponent, '%', 'inf', the 'c' character ...
};

// Lays out a number: <lpad><sign><prefix><spad><grouped digits><.frac><remainder><rpad>.
// CPython: calc_number_widths + fill_number
void fillNumber(std::u32string &out, const NumberParts &p, const FormatSpec &spec,
                Grouping thousands, Grouping fracThousands, bool upper) {
  char32_t sign = 0;
  if (spec.sign == '+')
    sign = p.signChar == '-' ? '-' : '+';
  else if (spec.sign == ' ')
    sign = p.signChar == '-' ? '-' : ' ';
  else if (p.signChar == '-')
    sign = '-';

  std::u32string fracOut;
  {
    char32_t fsep = 0; // groupingInfo sets both; GCC 12 cannot see it
    int fsize = 0;
    groupingInfo(fracThousands, &fsep, &fsize);
    for (size_t i = 0; i < p.frac.size(); ++i) {
      if (fsize > 0 && i > 0 && i % size_t(fsize) == 0)
        fracOut += fsep;
      fracOut += char32_t(p.frac[i]);
    }
  }
  int64_t nonDigit = (sign ? 1 : 0) + int64_t(p.prefix.size()) + (p.hasDecimal ? 1 : 0) +
                     int64_t(fracOut.size()) + int64_t(p.remainder.size());
  int64_t minWidth = (spec.fill == '0' && spec.align == '=') ? spec.width - nonDigit : 0;
  std::u32string grouped;
  if (!p.digits.empty()) {
    char32_t sep;
    int size;
    groupingInfo(thousands, &sep, &size);
    grouped = insertGrouping(p.digits, minWidth, sep, size);
  }
  int64_t padding = spec.width - (nonDigit + int64_t(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (spec.align) {
    case '<':
      rpad = padding;
      break;
    case '^':
      lpad = padding / 2;
      rpad = padding - lpad;
      break;
    case '=':
      spad = padding;
      break;
    default:
      lpad = padding;
      break;
    }
  }
  out.append(size_t(lpad), spec.fill);
  if (sign)
    out += sign;
  for (char c : p.prefix)
    out += char32_t(upper && c >= 'a' && c <= 'z' ? c - 32 : c);
  out.append(size_t(spad), spec.fill);
  if (upper)
    for (char32_t &c : grouped)
      if (c >= 'a' && c <= 'z')
        c -= 32;
  out += grouped;
  if (p.hasDecimal)
    out += U'.';
  out += fracOut;
  out += p.remainder;
  out.append(size_t(rpad), spec.fill);
}

// Splits a rendered float ("-123.456e+07", "inf", "12.5%") into parts.
// CPython: parse_number
NumberParts splitFloat(const std::string &s) {
  NumberParts p;
  size_t i = 0;
  if (i < s.size() && s[i] == '-') {
    p.signChar = '-';
    ++i;
  }
  size_t start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9')
    ++i;
  p.digits = s.substr(start, i - start);
  if (i < s.size() && s[i] == '.') {
    p.hasDecimal = true;
    ++i;
    size_t fs = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
      ++i;
    p.frac = s.substr(fs, i - fs);
  }
  for (; i < s.size(); ++i)
    p.remainder += char32_t(s[i]);
  return p;
}

} // namespace

std::u32string asciiToU32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (char c : s)
    out += char32_t(static_cast<unsigned char>(c));
  return out;
}

std::string unknownFormatCodeMessage(char32_t type, std::string_view typeName) {
  if (type > 32 && type < 128)
    return fmt::format("Unknown format code '{}' for object of type '{}'", char(type),
                       typeName.substr(0, 200));
  return fmt::format("Unknown format code '\\x{:x}' for object of type '{}'", uint32_t(type),
                     typeName.substr(0, 200));
}

// CPython: parse_internal_render_format_spec (3.14, with the fractional
// part's thousands separators)
FormatResult<FormatSpec> parseFormatSpec(std::u32string_view s, char32_t defaultType,
                                         char32_t defaultAlign, std::string_view typeName) {
  FormatSpec f;
  f.align = defaultAlign;
  f.type = defaultType;
  size_t pos = 0, end = s.size();
  bool alignSpecified = false, fillSpecified = false;
  BigIntError err;

  if (end - pos >= 2 && isAlignToken(s[pos + 1])) {
    f.align = s[pos + 1];
    f.fill = s[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlignToken(s[pos])) {
    f.align = s[pos];
    alignSpecified = true;
    ++pos;
  }
  if (end - pos >= 1 && isSignElement(s[pos]))
    f.sign = s[pos++];
  if (end - pos >= 1 && s[pos] == 'z') {
    f.noNegZero = true;
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!fillSpecified && end - pos >= 1 && s[pos] == '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign == '>')
      f.align = '=';
    ++pos;
  }
  int consumed = getInteger(s, &pos, &f.width, &err);
  if (consumed < 0)
    return err;
  if (consumed == 0)
    f.width = -1;
  if (end - pos && s[pos] == ',') {
    f.thousands = Grouping::Comma;
    ++pos;
  }
  if (end - pos && s[pos] == '_') {
    if (f.thousands != Grouping::None)
      return valueError("Cannot specify both ',' and '_'.");
    f.thousands = Grouping::Underscore;
    ++pos;
  }
  if (end - pos && s[pos] == ',' && f.thousands == Grouping::Underscore)
    return valueError("Cannot specify both ',' and '_'.");
  if (end - pos && s[pos] == '.') {
    ++pos;
    consumed = getInteger(s, &pos, &f.precision, &err);
    if (consumed < 0)
      return err;
    if (end - pos && s[pos] == ',') {
      if (consumed == 0)
        f.precision = -1;
      f.fracThousands = Grouping::Comma;
      ++pos;
      ++consumed;
    }
    if (end - pos && s[pos] == '_') {
      if (f.fracThousands != Grouping::None)
        return valueError("Cannot specify both ',' and '_'.");
      if (consumed == 0)
        f.precision = -1;
      f.fracThousands = Grouping::Underscore;
      ++pos;
      ++consumed;
    }
    if (end - pos && s[pos] == ',' && f.fracThousands == Grouping::Underscore)
      return valueError("Cannot specify both ',' and '_'.");
    if (consumed == 0)
      return valueError("Format specifier missing precision");
  }
  if (end - pos > 1)
    return valueError(fmt::format("Invalid format specifier '{}' for object of type '{}'",
                                  u32ToUtf8(s), typeName.substr(0, 200)));
  if (end - pos == 1)
    f.type = s[pos++];

  if (f.thousands != Grouping::None) {
    switch (f.type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0:
      break;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (f.thousands == Grouping::Underscore) {
        f.thousands = Grouping::UnderFour;
        break;
      }
      [[fallthrough]];
    default:
      return valueError(separatorMessage(f.thousands, f.type));
    }
  }
  if (f.type == 'n' && f.fracThousands != Grouping::None)
    return valueError(separatorMessage(f.fracThousands, f.type));
  return f;
}

void calcPadding(int64_t nchars, int64_t width, char32_t align, int64_t *left, int64_t *right) {
  int64_t total = width >= 0 && width > nchars ? width : nchars;
  if (align == '>')
    *left = total - nchars;
  else if (align == '^')
    *left = (total - nchars) / 2;
  else
    *left = 0;
  *right = total - nchars - *left;
}

void appendPadded(std::u32string &out, std::u32string_view content, const FormatSpec &spec) {
  int64_t left, right;
  calcPadding(int64_t(content.size()), spec.width, spec.align, &left, &right);
  out.append(size_t(left), spec.fill);
  out += content;
  out.append(size_t(right), spec.fill);
}

// CPython: format_string_internal
FormatResult<std::u32string> formatStringSpec(std::u32string_view value, const FormatSpec &spec) {
  if (spec.sign == ' ')
    return valueError("Space not allowed in string format specifier");
  if (spec.sign)
    return valueError("Sign not allowed in string format specifier");
  if (spec.noNegZero)
    return valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate)
    return valueError("Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=')
    return valueError("'=' alignment not allowed in string format specifier");
  if (spec.precision >= 0 && int64_t(value.size()) > spec.precision)
    value = value.substr(0, size_t(spec.precision));
  std::u32string out;
  appendPadded(out, value, spec);
  return out;
}

// CPython: format_long_internal
FormatResult<std::u32string> formatIntSpec(const BigInt &value, const FormatSpec &spec) {
  if (spec.precision != -1)
    return valueError("Precision not allowed in integer format specifier");
  if (spec.noNegZero)
    return valueError("Negative zero coercion (z) not allowed in integer format specifier");
  NumberParts p;
  Grouping thousands = spec.thousands;
  if (spec.type == 'c') {
    if (spec.sign)
      return valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate)
      return valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t x;
    if (!value.fitsInt64(x))
      return BigIntError{BigIntErrorKind::Overflow, "Python int too large to convert to C long"};
    if (x < 0 || x > 0x10ffff)
      return BigIntError{BigIntErrorKind::Overflow, "%c arg not in range(0x110000)"};
    p.remainder = char32_t(x);
  } else {
    int base = 10;
    const char *prefix = "";
    switch (spec.type) {
    case 'b':
      base = 2;
      prefix = "0b";
      break;
    case 'o':
      base = 8;
      prefix = "0o";
      break;
    case 'x':
    case 'X':
      base = 16;
      prefix = "0x";
      break;
    default:
      break;
    }
    auto text = value.toString(base);
    if (!text)
      return text.error();
    std::string &t = *text;
    if (!t.empty() && t[0] == '-') {
      p.signChar = '-';
      t.erase(0, 1);
    }
    p.digits = std::move(t);
    if (spec.alternate)
      p.prefix = prefix;
  }
  if (spec.type == 'n')
    thousands = Grouping::Locale;
  std::u32string out;
  fillNumber(out, p, spec, thousands, Grouping::None, spec.type == 'X');
  return out;
}

// CPython: format_float_internal
FormatResult<std::u32string> formatDoubleSpec(double value, const FormatSpec &spec) {
  if (spec.precision > INT_MAX)
    return valueError("precision too big");
  int precision = int(spec.precision);
  int defaultPrecision = 6;
  char32_t type = spec.type;
  unsigned flags = 0;
  if (spec.alternate)
    flags |= kDtsfAlt;
  if (spec.noNegZero)
    flags |= kDtsfNoNegZero;
  if (type == 0) {
    flags |= kDtsfAddDot0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type == 'n')
    type = 'g';
  bool addPct = false;
  if (type == '%') {
    type = 'f';
    value *= 100;
    addPct = true;
  }
  if (precision < 0)
    precision = defaultPrecision;
  else if (type == 'r')
    type = 'g';
  std::string buf = doubleToString(value, char(type), precision, flags);
  if (addPct)
    buf += '%';
  NumberParts p = splitFloat(buf);
  Grouping thousands = spec.type == 'n' ? Grouping::Locale : spec.thousands;
  std::u32string out;
  fillNumber(out, p, spec, thousands, spec.fracThousands, false);
  return out;
}

// CPython: format_complex_internal
FormatResult<std::u32string> formatComplexSpec(double re, double im, const FormatSpec &spec) {
  if (spec.precision > INT_MAX)
    return valueError("precision too big");
  if (spec.fill == '0')
    return valueError("Zero padding is not allowed in complex format specifier");
  if (spec.align == '=')
    return valueError("'=' alignment flag is not allowed in complex format specifier");
  int precision = int(spec.precision);
  int defaultPrecision = 6;
  char32_t type = spec.type;
  unsigned flags = 0;
  if (spec.alternate)
    flags |= kDtsfAlt;
  if (spec.noNegZero)
    flags |= kDtsfNoNegZero;
  bool skipRe = false, addParens = false;
  if (type == 0) {
    type = 'r';
    defaultPrecision = 0;
    if (re == 0.0 && std::copysign(1.0, re) == 1.0)
      skipRe = true;
    else
      addParens = true;
  }
  if (type == 'n')
    type = 'g';
  if (precision < 0)
    precision = defaultPrecision;
  else if (type == 'r')
    type = 'g';
  NumberParts rp = splitFloat(doubleToString(re, char(type), precision, flags));
  NumberParts ip = splitFloat(doubleToString(im, char(type), precision, flags));
  Grouping thousands = spec.type == 'n' ? Grouping::Locale : spec.thousands;
  FormatSpec tmp = spec;
  tmp.fill = 0;
  tmp.align = '<';
  tmp.width = -1;
  std::u32string body;
  if (addParens)
    body += U'(';
  if (!skipRe)
    fillNumber(body, rp, tmp, thousands, spec.fracThousands, false);
  if (!skipRe)
    tmp.sign = '+';
  fillNumber(body, ip, tmp, thousands, spec.fracThousands, false);
  body += U'j';
  if (addParens)
    body += U')';
  std::u32string out;
  appendPadded(out, body, spec);
  return out;
}

} // namespace pyvm
