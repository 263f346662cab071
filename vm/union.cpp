// typing.Union (types.UnionType): `int | str`, `Union[int, str]`. Members are
// flattened and deduplicated (by hash and equality for hashable members, by
// equality among the unhashable ones); a single member is returned as itself.
// `X | Y` accepts only classes, None, generic aliases, unions and type
// aliases; `Union[...]` also accepts whatever typing._type_check accepts
// (forward references as strings, type variables, special forms).
// CPython: Objects/unionobject.c (3.14)
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/set.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typing.h"

namespace pyvm {

Type UnionType;

namespace {

UnionObject *asUnion(Value v) { return v.as<UnionObject>(); }
bool isUnion(Value v) { return v.isObject() && v.type() == &UnionType; }

// CPython: Objects/unionobject.c is_unionable
bool isUnionable(Value v) {
  return isNone(v) || isType(v) || isInstance(v, &GenericAliasType) || isUnion(v) ||
         v.type() == &TypeAliasTypeType;
}

// Collects the members of a union being built. CPython: unionbuilder
struct UnionBuilder {
  explicit UnionBuilder(bool checked) : checked(checked) {}
  Ref args = newList();
  Ref hashable;   // set, made on first use
  Ref unhashable; // list, made on first use
  bool checked;   // pass each member through typing._type_check

  // CPython: unionbuilder_add_single_unchecked
  bool addUnchecked(Value arg) {
    int64_t h = hash(arg);
    if (h == -1 && errorPending()) {
      clearPendingException();
      if (!unhashable)
        unhashable = newList();
      int found = contains(*unhashable, arg);
      if (found != 0)
        return found > 0;
      listAppend(*unhashable, Ref::borrow(arg));
    } else {
      if (!hashable)
        hashable = newSet();
      int found = setContains(*hashable, arg);
      if (found != 0)
        return found > 0;
      if (setAdd(*hashable, arg) < 0)
        return false;
    }
    listAppend(*args, Ref::borrow(arg));
    return true;
  }

  // CPython: unionbuilder_add_single
  bool add(Value arg) {
    if (isNone(arg))
      arg = Value::fromObject(&NoneType);
    else if (isUnion(arg))
      return addAll(asUnion(arg)->args.get());
    if (!checked)
      return addUnchecked(arg);
    Ref type = unionTypeCheck(arg, "Union[arg, ...]: each arg must be a type.");
    return type && addUnchecked(*type);
  }

  bool addAll(Value tuple) {
    for (Value v : tupleItems(tuple))
      if (!add(v))
        return false;
    return true;
  }

  // CPython: make_union
  Ref finish() {
    size_t n = listSize(*args);
    if (n == 0)
      return raise(&TypeErrorType, "Cannot take a Union of no types.");
    if (n == 1)
      return Ref::borrow(listItem(*args, 0));
    Object *o = allocObject(&UnionType);
    if (!o)
      return {};
    Ref u = Ref::steal(o);
    asUnion(*u)->args = listAsTuple(*args);
    asUnion(*u)->hashable = hashable ? newFrozenSetFrom(*hashable) : Ref();
    asUnion(*u)->unhashable = unhashable ? listAsTuple(*unhashable) : Ref();
    if (!asUnion(*u)->args || (hashable && !asUnion(*u)->hashable) ||
        (unhashable && !asUnion(*u)->unhashable))
      return {};
    return u;
  }
};

void unionDealloc(Object *o) { static_cast<UnionObject *>(o)->~UnionObject(); }

// CPython: union_repr (members as _Py_typing_type_repr shows them)
Ref unionRepr(Value self) {
  std::string out;
  for (Value a : tupleItems(asUnion(self)->args.get())) {
    if (!out.empty())
      out += " | ";
    if (!typingTypeRepr(out, a))
      return {};
  }
  return newStr(out);
}

// CPython: union_hash
int64_t unionHash(Value self) {
  UnionObject *u = asUnion(self);
  if (u->unhashable) {
    size_t n = tupleSize(*u->unhashable);
    raisef(&TypeErrorType, "union contains {} unhashable element{}", n, n > 1 ? "s" : "");
    return -1;
  }
  if (!u->hashable)
    return hash(*newFrozenSet());
  return hash(*u->hashable);
}

// Both unions have the same members, in any order. CPython: union_richcompare
Ref unionRichCompare(Value a, Value b, CompareOp op) {
  if (!isUnion(b) || (op != CompareOp::Eq && op != CompareOp::Ne))
    return newNotImplemented();
  UnionObject *x = asUnion(a), *y = asUnion(b);
  auto sameSet = [](const Ref &p, const Ref &q) -> int {
    if (!p || !q)
      return !p && !q;
    return compareBool(*p, *q, CompareOp::Eq);
  };
  int eq = sameSet(x->hashable, y->hashable);
  if (eq > 0 && (x->unhashable || y->unhashable)) {
    // Unhashable members compare as lists of distinct items in any order.
    if (!x->unhashable || !y->unhashable ||
        tupleSize(*x->unhashable) != tupleSize(*y->unhashable)) {
      eq = 0;
    } else {
      for (Value v : tupleItems(*x->unhashable)) {
        eq = contains(*y->unhashable, v);
        if (eq <= 0)
          break;
      }
    }
  }
  if (eq < 0)
    return {};
  return newBool((eq > 0) == (op == CompareOp::Eq));
}

Value unionParameters(UnionObject *u) {
  if (!u->parameters)
    u->parameters = makeParameters(*u->args);
  return u->parameters ? *u->parameters : Value();
}

// Union[...] on the class. CPython: union_class_getitem
Ref unionClassGetItem(Value, Value args) { return unionFromTuple(args); }

// (int | list[T])[str]. CPython: union_getitem
Ref unionGetItem(Value self, Value item) {
  Value params = unionParameters(asUnion(self));
  if (!params)
    return {};
  Ref newArgs = substituteParameters(self, asUnion(self)->args.get(), params, item);
  if (!newArgs)
    return {};
  return unionFromTuple(*newArgs);
}

Ref unionMroEntries(Value self, Value) {
  Ref r = repr(self);
  if (!r)
    return {};
  return raisef(&TypeErrorType, "Cannot subclass {}", strToUtf8(*r));
}

Ref unionArgs(Value self) { return asUnion(self)->args; }
Ref unionGetParameters(Value self) {
  Value p = unionParameters(asUnion(self));
  return p ? Ref::borrow(p) : Ref();
}
Ref unionOrigin(Value) { return Ref::borrow(typeValue(&UnionType)); }
Ref unionName(Value) { return newStr("Union"); }

const MethodDef kUnionMethods[] = {
    method("__class_getitem__", unionClassGetItem, kMethodClass),
    method("__mro_entries__", unionMroEntries),
};
const GetSetDef kUnionGetSets[] = {
    {"__args__", unionArgs},     {"__parameters__", unionGetParameters},
    {"__origin__", unionOrigin}, {"__name__", unionName},
    {"__qualname__", unionName},
};

} // namespace

// CPython: Objects/unionobject.c type_check
Ref unionTypeCheck(Value arg, const char *message) {
  if (isNone(arg))
    return Ref::borrow(Value::fromObject(&NoneType));
  if (isUnionable(arg)) // fast path: no call into typing.py
    return Ref::borrow(arg);
  Ref text = newStr(message);
  return text ? callTypingFunction("_type_check", {arg, *text}) : Ref();
}

// CPython: Objects/unionobject.c _Py_union_type_or
Ref unionOr(Value a, Value b) {
  if (!isUnionable(a) || !isUnionable(b))
    return newNotImplemented();
  UnionBuilder builder(false);
  if (!builder.args || !builder.add(a) || !builder.add(b))
    return {};
  return builder.finish();
}

// CPython: Objects/unionobject.c _Py_union_from_tuple
Ref unionFromTuple(Value args) {
  UnionBuilder builder(true);
  if (!builder.args || !(isTuple(args) ? builder.addAll(args) : builder.add(args)))
    return {};
  return builder.finish();
}

// A function of Lib's typing module, called as CPython's C code calls it
// (importing typing first). CPython: Objects/typevarobject.c call_typing_func_object
Ref callTypingFunction(const char *name, std::initializer_list<Value> args) {
  Ref typing = importModule("typing");
  Ref function = typing ? getAttr(*typing, name) : Ref();
  if (!function)
    return {};
  return call(*function, args);
}

bool initUnionType() {
  if (UnionType.hasFlag(kTypeReady))
    return true;
  initStaticType(&UnionType, "typing.Union", &ObjectType, sizeof(UnionObject), 0);
  UnionType.nameObject = newStr("Union");
  UnionType.dealloc = unionDealloc;
  UnionType.repr = unionRepr;
  UnionType.richcompare = unionRichCompare;
  UnionType.hash = unionHash;
  UnionType.getitem = unionGetItem;
  UnionType.binary[int(BinaryOp::Or)] = unionOr;
  return typeReady(&UnionType, kUnionMethods, kUnionGetSets);
}

} // namespace pyvm
