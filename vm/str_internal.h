// Internals shared by the str/bytes implementation files (strings owner).
#pragma once

#include "vm/builtin.h"
#include "vm/str.h"

#include <span>
#include <string_view>

namespace pyvm {

std::span<const MethodDef> strMethodTable();
// Builds the dicts of str and its iterators once dict is ready (see
// vm/str.cpp initStrType); idempotent. Called by initBytesTypes().
void finishStrTypes();
// builtins.iter (for iterator __reduce__), or null with an error.
Ref builtinIter();
std::span<const MethodDef> bytesMethodTable();
std::span<const MethodDef> byteArrayMethodTable();

// Decodes one UTF-8 sequence at s[i] (i < n). On success returns its length
// and sets *cp. On error returns 0 and sets *errLen (bytes covered by the
// error, as CPython reports them) and *reason ("invalid start byte",
// "invalid continuation byte", "unexpected end of data"). With
// allowSurrogates, ED A0..BF xx decodes to a lone surrogate.
int utf8DecodeOne(const uint8_t *s, size_t n, size_t i, uint32_t *cp, size_t *errLen,
                  const char **reason, bool allowSurrogates);
// Appends the UTF-8 encoding of cp (surrogates encoded as surrogatepass).
void utf8Append(std::string &out, uint32_t cp);

// Raises UnicodeDecodeError(encoding, bytes(data), start, end, reason).
Ref raiseUnicodeDecodeError(const char *encoding, std::string_view data, size_t start, size_t end,
                            const char *reason);
// Raises UnicodeEncodeError(encoding, str, start, end, reason).
Ref raiseUnicodeEncodeError(const char *encoding, Value str, size_t start, size_t end,
                            const char *reason);

// Codec entry points (vm/str_codecs.cpp). `errors` may be null for 'strict'.
Ref strEncode(Value s, Value encoding, Value errors);
Ref bytesDecode(std::string_view data, Value encoding, Value errors);
Ref decodeUtf8(std::string_view data, std::string_view errors);

// str.__format__ / format_spec for str values (vm/strformat.cpp).
Ref strFormatSpec(Value s, Value spec);
// str.format(*args, **kwargs) and str % args (vm/strformat.cpp).
Ref strFormatMethod(Value self, const Value *args, size_t nargs, Value kwnames);
// Steps of _string's formatteriterator and fieldnameiterator (vm/strformat.cpp):
// each returns the next item and advances *pos, or null (error pending or not).
Ref formatterParseNext(Value s, size_t *pos);
Ref formatterFieldNameFirst(Value s, size_t *pos);
Ref formatterFieldNameNext(Value s, size_t *pos);
Ref strFormatMap(Value self, Value mapping);
Ref strPercentFormat(Value format, Value args);
Ref bytesPercentFormat(Value format, Value args, bool bytearray);

// Index helpers with CPython's rules for find()-style start/end arguments
// (None or an __index__ object; clamped like slice indices).
bool parseSliceIndex(Value v, int64_t *out);
void adjustFindIndices(int64_t len, int64_t *start, int64_t *end);

} // namespace pyvm
