// The _string module: the format-string parsers under Lib/string's Formatter,
// as lazy iterators (formatteriterator, fieldnameiterator) that parse one
// field per step, so an error surfaces at the bad field as in CPython.
// CPython: Objects/unicodeobject.c (_string module),
// Objects/stringlib/unicode_format.h formatteriter / fieldnameiter
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/str.h"
#include "vm/str_internal.h"
#include "vm/tuple.h"

namespace pyvm {

namespace {

Type FormatterIterType;
Type FieldNameIterType;

struct StrIterObject : Object {
  Ref str;
  size_t pos;
};

void strIterDealloc(Object *self) { static_cast<StrIterObject *>(self)->str.~Ref(); }
Ref iterSelf(Value self) { return Ref::borrow(self); }

Ref newStrIter(Type *type, Value s, size_t pos) {
  Object *o = allocObject(type);
  if (!o)
    return {};
  auto *it = static_cast<StrIterObject *>(o);
  it->str = Ref::borrow(s);
  it->pos = pos;
  return Ref::steal(o);
}

Ref formatterIterNext(Value self) {
  auto *it = self.as<StrIterObject>();
  return formatterParseNext(*it->str, &it->pos);
}
Ref fieldNameIterNext(Value self) {
  auto *it = self.as<StrIterObject>();
  return formatterFieldNameNext(*it->str, &it->pos);
}

bool readyTypes() {
  if (FormatterIterType.hasFlag(kTypeReady))
    return true;
  Type *types[] = {&FormatterIterType, &FieldNameIterType};
  const char *names[] = {"formatteriterator", "fieldnameiterator"};
  IterNextFn nexts[] = {formatterIterNext, fieldNameIterNext};
  for (int i = 0; i < 2; i++) {
    initStaticType(types[i], names[i], &ObjectType, sizeof(StrIterObject), 0);
    types[i]->nameObject = newStr(names[i]);
    types[i]->dealloc = strIterDealloc;
    types[i]->iter = iterSelf;
    types[i]->iternext = nexts[i];
    if (!typeReady(types[i]))
      return false;
  }
  return true;
}

bool checkStr(Value v) {
  if (isStr(v))
    return true;
  raisef(&TypeErrorType, "expected str, got {}", typeName(v));
  return false;
}

Ref stringFormatterParser(Value, Value s) {
  if (!checkStr(s))
    return {};
  return newStrIter(&FormatterIterType, s, 0);
}

Ref stringFieldNameSplit(Value, Value s) {
  if (!checkStr(s))
    return {};
  size_t pos = 0;
  Ref first = formatterFieldNameFirst(s, &pos);
  Ref rest = first ? newStrIter(&FieldNameIterType, s, pos) : Ref();
  if (!rest)
    return {};
  return newTupleOf({*first, *rest});
}

const MethodDef kStringFunctions[] = {
    method("formatter_parser", stringFormatterParser),
    method("formatter_field_name_split", stringFieldNameSplit),
};

} // namespace

Ref createStringNativeModule() {
  if (!readyTypes())
    return {};
  Ref module = newModule("_string");
  if (!module || !moduleAddFunctions(*module, kStringFunctions))
    return {};
  return module;
}

} // namespace pyvm
