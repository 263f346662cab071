// The _operator module: the operator functions, itemgetter, attrgetter and
// methodcaller, which Lib/operator.py imports over its pure-Python versions.
// CPython: Modules/_operator.c
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <vector>

namespace pyvm {

namespace {

Type ItemGetterType, AttrGetterType, MethodCallerType;

#define BINARY(fname, expr)                                                                    \
  Ref op_##fname(Value, const Value *args, size_t nargs) {                                    \
    if (!checkPositional(#fname, nargs, 2, 2))                                                \
      return {};                                                                              \
    Value a = args[0], b = args[1];                                                           \
    (void)a;                                                                                  \
    (void)b;                                                                                  \
    return expr;                                                                              \
  }
#define UNARY(fname, expr)                                                                     \
  Ref op_##fname(Value, Value a) { return expr; }

BINARY(add, binaryOp(a, b, BinaryOp::Add))
BINARY(sub, binaryOp(a, b, BinaryOp::Subtract))
BINARY(mul, binaryOp(a, b, BinaryOp::Multiply))
BINARY(matmul, binaryOp(a, b, BinaryOp::MatrixMultiply))
BINARY(truediv, binaryOp(a, b, BinaryOp::TrueDivide))
BINARY(floordiv, binaryOp(a, b, BinaryOp::FloorDivide))
BINARY(mod, binaryOp(a, b, BinaryOp::Remainder))
BINARY(pow, power(a, b, None()))
BINARY(lshift, binaryOp(a, b, BinaryOp::LShift))
BINARY(rshift, binaryOp(a, b, BinaryOp::RShift))
BINARY(and_, binaryOp(a, b, BinaryOp::And))
BINARY(or_, binaryOp(a, b, BinaryOp::Or))
BINARY(xor, binaryOp(a, b, BinaryOp::Xor))
BINARY(iadd, inplaceOp(a, b, BinaryOp::Add))
BINARY(isub, inplaceOp(a, b, BinaryOp::Subtract))
BINARY(imul, inplaceOp(a, b, BinaryOp::Multiply))
BINARY(imatmul, inplaceOp(a, b, BinaryOp::MatrixMultiply))
BINARY(itruediv, inplaceOp(a, b, BinaryOp::TrueDivide))
BINARY(ifloordiv, inplaceOp(a, b, BinaryOp::FloorDivide))
BINARY(imod, inplaceOp(a, b, BinaryOp::Remainder))
BINARY(ipow, inplaceOp(a, b, BinaryOp::Power))
BINARY(ilshift, inplaceOp(a, b, BinaryOp::LShift))
BINARY(irshift, inplaceOp(a, b, BinaryOp::RShift))
BINARY(iand, inplaceOp(a, b, BinaryOp::And))
BINARY(ior, inplaceOp(a, b, BinaryOp::Or))
BINARY(ixor, inplaceOp(a, b, BinaryOp::Xor))
BINARY(lt, richCompare(a, b, CompareOp::Lt))
BINARY(le, richCompare(a, b, CompareOp::Le))
BINARY(eq, richCompare(a, b, CompareOp::Eq))
BINARY(ne, richCompare(a, b, CompareOp::Ne))
BINARY(gt, richCompare(a, b, CompareOp::Gt))
BINARY(ge, richCompare(a, b, CompareOp::Ge))
BINARY(is_, newBool(a.is(b)))
BINARY(is_not, newBool(!a.is(b)))
BINARY(getitem, getItem(a, b))

UNARY(neg, negative(a))
UNARY(pos, positive(a))
UNARY(abs, absolute(a))
UNARY(inv, invert(a))
UNARY(index, index(a))
UNARY(is_none, newBool(isNone(a)))
UNARY(is_not_none, newBool(!isNone(a)))

Ref op_not_(Value, Value a) {
  int r = isTrue(a);
  return r < 0 ? Ref() : newBool(!r);
}
Ref op_truth(Value, Value a) {
  int r = isTrue(a);
  return r < 0 ? Ref() : newBool(r);
}

Ref op_contains(Value, const Value *args, size_t nargs) {
  if (!checkPositional("contains", nargs, 2, 2))
    return {};
  int r = contains(args[0], args[1]);
  return r < 0 ? Ref() : newBool(r);
}

Ref countOrIndex(const char *name, const Value *args, size_t nargs, bool wantIndex) {
  if (!checkPositional(name, nargs, 2, 2))
    return {};
  Ref it = getIter(args[0]);
  if (!it)
    return {};
  int64_t n = 0, i = 0;
  for (;; i++) {
    Ref item = iterNext(*it);
    if (!item) {
      if (errorPending())
        return {};
      break;
    }
    int r = compareBool(*item, args[1], CompareOp::Eq);
    if (r < 0)
      return {};
    if (r) {
      if (wantIndex)
        return newInt(i);
      n++;
    }
  }
  if (wantIndex)
    return raise(&ValueErrorType, "sequence.index(x): x not in sequence");
  return newInt(n);
}
Ref op_countOf(Value, const Value *a, size_t n) { return countOrIndex("countOf", a, n, false); }
Ref op_indexOf(Value, const Value *a, size_t n) { return countOrIndex("indexOf", a, n, true); }

Ref op_setitem(Value, const Value *args, size_t nargs) {
  if (!checkPositional("setitem", nargs, 3, 3))
    return {};
  if (setItem(args[0], args[1], args[2]) < 0)
    return {};
  return newNone();
}
Ref op_delitem(Value, const Value *args, size_t nargs) {
  if (!checkPositional("delitem", nargs, 2, 2))
    return {};
  if (delItem(args[0], args[1]) < 0)
    return {};
  return newNone();
}

bool isSequenceLike(Value v) {
  Type *t = v.type();
  return t->getitem && !isDict(v);
}

Ref concatImpl(const char *name, const Value *args, size_t nargs, bool inplace) {
  if (!checkPositional(name, nargs, 2, 2))
    return {};
  if (!isSequenceLike(args[0]) || !lookupAttr(args[0], *internStr("__getitem__")))
    return raisef(&TypeErrorType, "'{}' object can't be concatenated", typeName(args[0]));
  return inplace ? inplaceOp(args[0], args[1], BinaryOp::Add)
                 : binaryOp(args[0], args[1], BinaryOp::Add);
}
Ref op_concat(Value, const Value *a, size_t n) { return concatImpl("concat", a, n, false); }
Ref op_iconcat(Value, const Value *a, size_t n) { return concatImpl("iconcat", a, n, true); }

Ref op_length_hint(Value, const Value *args, size_t nargs) {
  if (!checkPositional("length_hint", nargs, 1, 2))
    return {};
  int64_t def = 0;
  if (nargs == 2) {
    if (!isInt(args[1]))
      return raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer",
                    typeName(args[1]));
    if (!intAsInt64(args[1], &def))
      return {};
  }
  int64_t n = lengthHint(args[0], def);
  return n < 0 ? Ref() : newInt(n);
}

Ref op_call(Value, const Value *args, size_t nargs, Value kwnames) {
  if (nargs < 1)
    return raise(&TypeErrorType, "call expected at least 1 argument, got 0");
  return call(args[0], args + 1, nargs - 1, kwnames);
}

// --- itemgetter, attrgetter, methodcaller ----------------------------------

struct GetterObject : Object {
  Ref items;  // itemgetter: tuple of keys; attrgetter: tuple of tuples of names;
              // methodcaller: the name
  Ref args;   // methodcaller: tuple
  Ref kw;     // methodcaller: dict
  Ref source; // attrgetter: the original names, for repr
};

void getterDealloc(Object *self) {
  auto *g = static_cast<GetterObject *>(self);
  g->items.~Ref();
  g->args.~Ref();
  g->kw.~Ref();
  g->source.~Ref();
}

Ref itemgetterNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("itemgetter", kwnames))
    return {};
  if (nargs == 0)
    return raise(&TypeErrorType, "itemgetter expected 1 argument, got 0");
  Ref t = newTupleFrom({args, nargs});
  if (!t)
    return {};
  Object *o = allocObject(type);
  if (!o)
    return {};
  static_cast<GetterObject *>(o)->items = t;
  return Ref::steal(o);
}

Ref itemgetterCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("itemgetter", kwnames) || !checkPositional("itemgetter", nargs, 1, 1))
    return {};
  Value items = *self.as<GetterObject>()->items;
  size_t n = tupleSize(items);
  if (n == 1)
    return getItem(args[0], tupleItem(items, 0));
  Ref r = newTuple(n);
  if (!r)
    return {};
  for (size_t i = 0; i < n; i++) {
    Ref v = getItem(args[0], tupleItem(items, i));
    if (!v)
      return {};
    tupleInit(*r, i, v);
  }
  return r;
}

Ref attrgetterNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("attrgetter", kwnames))
    return {};
  if (nargs == 0)
    return raise(&TypeErrorType, "attrgetter expected 1 argument, got 0");
  Ref parts = newTuple(nargs);
  if (!parts)
    return {};
  for (size_t i = 0; i < nargs; i++) {
    if (!isStr(args[i]))
      return raise(&TypeErrorType, "attribute name must be a string");
    std::string s = strToUtf8(args[i]);
    std::vector<Ref> names;
    size_t start = 0;
    for (;;) {
      size_t dot = s.find('.', start);
      Ref piece = internStr(s.substr(start, dot == std::string::npos ? std::string::npos
                                                                    : dot - start));
      if (!piece)
        return {};
      names.push_back(piece);
      if (dot == std::string::npos)
        break;
      start = dot + 1;
    }
    std::vector<Value> vals;
    for (auto &r : names)
      vals.push_back(*r);
    Ref t = newTupleFrom(vals);
    if (!t)
      return {};
    tupleInit(*parts, i, t);
  }
  Ref source = newTupleFrom({args, nargs});
  if (!source)
    return {};
  Object *o = allocObject(type);
  if (!o)
    return {};
  auto *g = static_cast<GetterObject *>(o);
  g->items = parts;
  g->source = source;
  return Ref::steal(o);
}

Ref dottedGet(Value obj, Value names) {
  Ref cur = Ref::borrow(obj);
  for (Value n : tupleItems(names)) {
    cur = getAttr(*cur, n);
    if (!cur)
      return {};
  }
  return cur;
}

Ref attrgetterCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("attrgetter", kwnames) || !checkPositional("attrgetter", nargs, 1, 1))
    return {};
  Value items = *self.as<GetterObject>()->items;
  size_t n = tupleSize(items);
  if (n == 1)
    return dottedGet(args[0], tupleItem(items, 0));
  Ref r = newTuple(n);
  if (!r)
    return {};
  for (size_t i = 0; i < n; i++) {
    Ref v = dottedGet(args[0], tupleItem(items, i));
    if (!v)
      return {};
    tupleInit(*r, i, v);
  }
  return r;
}

Ref methodcallerNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (nargs < 1)
    return raise(&TypeErrorType, "methodcaller needs at least one argument, the method name");
  if (!isStr(args[0]))
    return raise(&TypeErrorType, "method name must be a string");
  Ref name = internStr(strToUtf8(args[0]));
  Ref rest = newTupleFrom({args + 1, nargs - 1});
  Ref kw = newDict();
  if (!name || !rest || !kw)
    return {};
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++)
    if (dictSetItem(*kw, tupleItem(kwnames, i), args[nargs + i]) < 0)
      return {};
  Object *o = allocObject(type);
  if (!o)
    return {};
  auto *g = static_cast<GetterObject *>(o);
  g->items = name;
  g->args = rest;
  g->kw = kw;
  return Ref::steal(o);
}

Ref methodcallerCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("methodcaller", kwnames) || !checkPositional("methodcaller", nargs, 1, 1))
    return {};
  auto *g = self.as<GetterObject>();
  Ref method = getAttr(args[0], *g->items);
  if (!method)
    return {};
  return callWithTupleAndDict(*method, *g->args, dictSize(*g->kw) ? *g->kw : Value());
}

std::string shortName(Value self) {
  Type *t = self.type();
  return t->hasFlag(kTypeHeap) ? strToUtf8(*t->nameObject) : t->name;
}

Ref getterRepr(Value self) {
  auto *g = self.as<GetterObject>();
  std::string s = shortName(self);
  int status = reprEnter(self);
  if (status != 0)
    return status > 0 ? newStr(s + "(...)") : Ref();
  s += "(";
  bool ok = true;
  Type *t = self.type();
  if (isInstance(self, &MethodCallerType)) {
    ok = appendRepr(s, *g->items);
    for (Value v : tupleItems(*g->args)) {
      if (!ok)
        break;
      s += ", ";
      ok = appendRepr(s, v);
    }
    size_t pos = 0;
    Value k, v;
    while (ok && dictNext(*g->kw, &pos, &k, &v)) {
      s += ", " + strToUtf8(k) + "=";
      ok = appendRepr(s, v);
    }
  } else {
    Value items = isInstance(self, &AttrGetterType) ? *g->source : *g->items;
    size_t i = 0;
    for (Value v : tupleItems(items)) {
      if (i++)
        s += ", ";
      if (!(ok = appendRepr(s, v)))
        break;
    }
  }
  (void)t;
  reprLeave(self);
  if (!ok)
    return {};
  s += ")";
  return newStr(s);
}

#define F(name) method(#name, op_##name)
const MethodDef kOperatorFunctions[] = {
    F(add),      F(sub),       F(mul),        F(matmul),   F(truediv),     F(floordiv),
    F(mod),      F(pow),       F(lshift),     F(rshift),   F(and_),        F(or_),
    F(xor),      F(iadd),      F(isub),       F(imul),     F(imatmul),     F(itruediv),
    F(ifloordiv), F(imod),     F(ipow),       F(ilshift),  F(irshift),     F(iand),
    F(ior),      F(ixor),      F(lt),         F(le),       F(eq),          F(ne),
    F(gt),       F(ge),        F(is_),        F(is_not),   F(getitem),     F(neg),
    F(pos),      F(abs),       F(inv),        method("invert", op_inv), F(index),
    F(is_none),  F(is_not_none), F(not_),     F(truth),    F(contains),    F(countOf),
    F(indexOf),  F(setitem),   F(delitem),    F(concat),   F(iconcat),     F(length_hint),
    F(call),
};
#undef F

bool setupType(Type *t, const char *full, const char *shortN, NewFn nf, CallFn cf) {
  initStaticType(t, full, &ObjectType, sizeof(GetterObject), kTypeBaseType);
  t->nameObject = newStr(shortN);
  t->dealloc = getterDealloc;
  t->newInstance = nf;
  t->call = cf;
  t->repr = getterRepr;
  return typeReady(t);
}

bool setupTypes() {
  if (ItemGetterType.hasFlag(kTypeReady))
    return true;
  return setupType(&ItemGetterType, "operator.itemgetter", "itemgetter", itemgetterNew,
                   itemgetterCall) &&
         setupType(&AttrGetterType, "operator.attrgetter", "attrgetter", attrgetterNew,
                   attrgetterCall) &&
         setupType(&MethodCallerType, "operator.methodcaller", "methodcaller", methodcallerNew,
                   methodcallerCall);
}

Ref makeModule(const char *name) {
  if (!setupTypes())
    return {};
  Ref module = newModule(name);
  if (!module)
    return {};
  Value m = *module;
  if (!moduleAddFunctions(m, kOperatorFunctions))
    return {};
  if (moduleAddObject(m, "itemgetter", typeValue(&ItemGetterType)) < 0 ||
      moduleAddObject(m, "attrgetter", typeValue(&AttrGetterType)) < 0 ||
      moduleAddObject(m, "methodcaller", typeValue(&MethodCallerType)) < 0)
    return {};
  return module;
}

} // namespace

// Lib/operator.py imports it over its pure-Python definitions.
Ref createOperatorNativeModule() { return makeModule("_operator"); }

} // namespace pyvm
