// None, NotImplemented and Ellipsis and their types.
// CPython: Objects/object.c (NoneType, NotImplementedType),
// Objects/sliceobject.c (ellipsis)
#include "vm/singletons.h"

#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/str.h"
#include "vm/tuple.h"

namespace pyvm {

Type NoneType;
Type NotImplementedType;
Type EllipsisType;
Object NoneObject{kImmortalRefcount, &NoneType};
Object NotImplementedObject{kImmortalRefcount, &NotImplementedType};
Object EllipsisObject{kImmortalRefcount, &EllipsisType};

static bool anyArgs(size_t nargs, Value kwnames) {
  return nargs > 0 || (!kwnames.isNull() && tupleSize(kwnames) > 0);
}

static Ref none_repr(Value) { return newStr("None"); }
static int none_bool(Value) { return 0; }
// CPython 3.12+: hash(None) is a constant.
static int64_t none_hash(Value) { return int64_t(0xFCA86420); }
static Ref none_new(Type *, const Value *, size_t nargs, Value kwnames) {
  if (anyArgs(nargs, kwnames))
    return raise(&TypeErrorType, "NoneType takes no arguments");
  return newNone();
}

static Ref notimpl_repr(Value) { return newStr("NotImplemented"); }
static int notimpl_bool(Value) {
  raise(&TypeErrorType, "NotImplemented should not be used in a boolean context");
  return -1;
}
static Ref notimpl_new(Type *, const Value *, size_t nargs, Value kwnames) {
  if (anyArgs(nargs, kwnames))
    return raise(&TypeErrorType, "NotImplementedType takes no arguments");
  return newNotImplemented();
}
static Ref notimpl_reduce(Value) { return newStr("NotImplemented"); }

static Ref ellipsis_repr(Value) { return newStr("Ellipsis"); }
static Ref ellipsis_new(Type *, const Value *, size_t nargs, Value kwnames) {
  if (anyArgs(nargs, kwnames))
    return raise(&TypeErrorType, "EllipsisType takes no arguments");
  return Ref::borrow(Ellipsis());
}
static Ref ellipsis_reduce(Value) { return newStr("Ellipsis"); }

static const MethodDef kNotImplMethods[] = {method("__reduce__", notimpl_reduce)};
static const MethodDef kEllipsisMethods[] = {method("__reduce__", ellipsis_reduce)};

bool initSingletonTypes() {
  initStaticType(&NoneType, "NoneType", &ObjectType, sizeof(Object), 0);
  NoneType.repr = none_repr;
  NoneType.boolean = none_bool;
  NoneType.hash = none_hash;
  NoneType.newInstance = none_new;
  initStaticType(&NotImplementedType, "NotImplementedType", &ObjectType, sizeof(Object), 0);
  NotImplementedType.repr = notimpl_repr;
  NotImplementedType.boolean = notimpl_bool;
  NotImplementedType.newInstance = notimpl_new;
  initStaticType(&EllipsisType, "ellipsis", &ObjectType, sizeof(Object), 0);
  EllipsisType.repr = ellipsis_repr;
  EllipsisType.newInstance = ellipsis_new;
  return typeReady(&NoneType) && typeReady(&NotImplementedType, kNotImplMethods) &&
         typeReady(&EllipsisType, kEllipsisMethods);
}

} // namespace pyvm
