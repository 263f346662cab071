// str.format, format_map, str.__format__ and printf-style % formatting for
// str and bytes. CPython: Objects/unicodeobject.c, Objects/stringlib/
// unicode_format.h, Python/formatter_unicode.c, Objects/bytesobject.c
#include "vm/abstract.h"
#include "vm/bytes.h"
#include "vm/errors.h"
#include "vm/str.h"
#include "vm/str_internal.h"

namespace pyvm {

Ref strPercentFormat(Value, Value) {
  return raise(&NotImplementedErrorType, "str % not implemented yet");
}
Ref bytesPercentFormat(Value, Value, bool) {
  return raise(&NotImplementedErrorType, "bytes % not implemented yet");
}

} // namespace pyvm
