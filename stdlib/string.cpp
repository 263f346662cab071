// The _string module: the format-string parsers under Lib/string's Formatter.
// CPython: Objects/unicodeobject.c (_string module: formatter_parser,
// formatter_field_name_split)
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/str.h"
#include "vm/str_internal.h"

namespace pyvm {

namespace {

bool checkStr(Value v) {
  if (isStr(v))
    return true;
  raisef(&TypeErrorType, "expected str, got {}", typeName(v));
  return false;
}

Ref stringFormatterParser(Value, Value s) {
  if (!checkStr(s))
    return {};
  Ref list = formatterParse(s);
  return list ? getIter(*list) : Ref();
}

Ref stringFieldNameSplit(Value, Value s) {
  if (!checkStr(s))
    return {};
  return formatterFieldNameSplit(s);
}

const MethodDef kStringFunctions[] = {
    method("formatter_parser", stringFormatterParser),
    method("formatter_field_name_split", stringFieldNameSplit),
};

} // namespace

Ref createStringNativeModule() {
  Ref module = newModule("_string");
  if (!module || !moduleAddFunctions(*module, kStringFunctions))
    return {};
  return module;
}

} // namespace pyvm
