// The format-spec mini-language shared by int, float, complex and str
// __format__ (format(x, spec), f-strings, str.format fields).
// CPython: Python/formatter_unicode.c
//
// Two layers:
//  * pure C++ (no Python objects, usable from unit tests and from str.format):
//    parseFormatSpec(), the padding helpers, and formatIntSpec() /
//    formatDoubleSpec() / formatComplexSpec() / formatStringSpec() which
//    render one value; they return a BigIntResult<T> whose error carries the
//    exception kind (ValueError, OverflowError) and CPython 3.14's message;
//  * formatSpecToStr() etc. in the number types use them and raise.
//
// How the strings owner uses it for str.__format__ (format_string_internal):
//    auto spec = parseFormatSpec(codepoints, 's', '<', "str");
//    if (!spec) raise ValueError with spec.error().message;
//    if (spec->type != 's') raise unknownFormatCode(spec->type, "str");
//    auto out = formatStringSpec(text, *spec);   // errors + padding + precision
// Note an empty spec means str(obj) and is handled before parsing.
#pragma once

#include "vm/bigint.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace pyvm {

// Error/result type shared with BigInt: kind + exact CPython message.
template <typename T> using FormatResult = BigIntResult<T>;

// Thousands separators (CPython: enum LocaleType).
enum class Grouping : uint8_t {
  None = 0,
  Comma,     // ','  every 3 digits
  Underscore, // '_' every 3 digits (every 4 for b/o/x/X after validation)
  UnderFour, // '_' every 4 digits (b, o, x, X)
  Locale,    // 'n' presentation type: current locale (pyvm: the C locale)
};

// CPython: InternalFormatSpec
struct FormatSpec {
  char32_t fill = ' ';
  char32_t align = '>';      // '<', '>', '=', '^'
  bool alternate = false;    // '#'
  bool noNegZero = false;    // 'z'
  char32_t sign = 0;         // 0, '+', '-', ' '
  int64_t width = -1;        // -1: not given
  Grouping thousands = Grouping::None;
  Grouping fracThousands = Grouping::None; // 3.14: '.,' / '._' after the dot
  int64_t precision = -1;    // -1: not given
  char32_t type = 0;         // 0: not given
};

// Parses `spec` (already without the field name/conversion) with the given
// default presentation type and alignment, as CPython's
// parse_internal_render_format_spec. `typeName` is the object's type name for
// "Invalid format specifier '...' for object of type 'int'". Errors are
// ValueErrors with CPython 3.14's messages.
FormatResult<FormatSpec> parseFormatSpec(std::u32string_view spec, char32_t defaultType,
                                         char32_t defaultAlign, std::string_view typeName);

// "Unknown format code 'x' for object of type 'float'" (or '\x..' form).
std::string unknownFormatCodeMessage(char32_t type, std::string_view typeName);

// The left/right padding of `nchars` characters in `width` (CPython:
// calc_padding). Width -1 means none.
void calcPadding(int64_t nchars, int64_t width, char32_t align, int64_t *left, int64_t *right);
// Appends `content` padded with spec.fill according to spec.align/width.
void appendPadded(std::u32string &out, std::u32string_view content, const FormatSpec &spec);

// str.__format__ once parsed: sign/'#'/'=' errors, precision truncation,
// padding. CPython: format_string_internal
FormatResult<std::u32string> formatStringSpec(std::u32string_view value, const FormatSpec &spec);

// int.__format__ for the integer presentation types b c d n o x X (and the
// default). Float types are the caller's job (convert, then
// formatDoubleSpec). CPython: format_long_internal
FormatResult<std::u32string> formatIntSpec(const BigInt &value, const FormatSpec &spec);

// float.__format__ for e E f F g G n % and the default; `spec.type` must be
// one of those. CPython: format_float_internal
FormatResult<std::u32string> formatDoubleSpec(double value, const FormatSpec &spec);

// complex.__format__. CPython: format_complex_internal
FormatResult<std::u32string> formatComplexSpec(double real, double imag, const FormatSpec &spec);

// UTF-32 <-> ASCII helpers.
std::u32string asciiToU32(std::string_view s);
std::string u32ToUtf8(std::u32string_view s);

// The decimal value of a code point with Unicode category Nd (str.isdecimal),
// or -1. Used for format widths and int()/float() of non-ASCII digits.
int unicodeDecimalValue(char32_t c);
// Python's str.isspace() for one code point (Unicode White_Space + the
// ASCII separators \x1c-\x1f).
bool unicodeIsSpace(char32_t c);
// CPython: _PyUnicode_TransformDecimalAndSpaceToASCII. Decodes UTF-8 text,
// maps Unicode decimal digits to '0'..'9' and Unicode spaces to ' '; any
// other non-ASCII character becomes '?' (which no number parser accepts).
std::string transformDecimalAndSpaceToAscii(std::string_view utf8);

} // namespace pyvm
