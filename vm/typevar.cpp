// PEP 695 generics: typing.TypeVar, ParamSpec, TypeVarTuple, TypeAliasType,
// Generic and NoDefault, the intrinsics that build them, and a minimal native
// `typing` module exposing them. Bounds, constraints, defaults and alias
// values stay unevaluated until first read (the compiler passes functions).
// CPython: Objects/typevarobject.c, Python/intrinsics.c
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iterators.h"
#include "vm/module.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <algorithm>
#include <vector>

namespace pyvm {

Type TypeVarType, ParamSpecType, TypeVarTupleType, TypeAliasTypeType, GenericType, NoDefaultType,
    TypingGenericAliasType;

// typing._GenericAlias: what Generic subclasses and the typing aliases give
// when subscripted. Here a types.GenericAlias with that type, so type(C[int])
// is named as in CPython. CPython: Lib/typing.py _GenericAlias
Ref newTypingGenericAlias(Value origin, Value args) {
  Ref r = newGenericAlias(origin, args);
  if (r)
    r.get().object()->type = &TypingGenericAliasType; // same layout, immortal type
  return r;
}

namespace {

Object gNoDefault{kImmortalRefcount, &NoDefaultType}; // typing.NoDefault

// One layout for the three kinds of type parameter; ParamSpec and
// TypeVarTuple leave the constraint fields empty.
struct TypeParamObject : Object {
  Ref name;
  Ref bound, evaluateBound;             // null when absent
  Ref constraints, evaluateConstraints; // null when absent
  Ref defaultValue, evaluateDefault;    // null when absent
  Ref module;                           // null: "typing"
  bool covariant, contravariant, inferVariance;
};

struct TypeAliasObject : Object {
  Ref name, typeParams, computeValue, value, module; // typeParams: tuple or null
};

TypeParamObject *asParam(Value v) { return v.as<TypeParamObject>(); }
TypeAliasObject *asAlias(Value v) { return v.as<TypeAliasObject>(); }
bool isTypeParam(Value v) {
  Type *t = v.type();
  return t == &TypeVarType || t == &ParamSpecType || t == &TypeVarTupleType;
}

void typeParamDealloc(Object *o) { static_cast<TypeParamObject *>(o)->~TypeParamObject(); }
void typeAliasDealloc(Object *o) { static_cast<TypeAliasObject *>(o)->~TypeAliasObject(); }

Ref newTypeParam(Type *type, Value name, bool inferVariance) {
  Object *o = allocObject(type);
  if (!o)
    return {};
  // allocObject zeroes the memory: the Ref fields start null.
  auto *p = static_cast<TypeParamObject *>(o);
  Ref self = Ref::steal(o);
  p->name = Ref::borrow(name);
  p->inferVariance = inferVariance;
  p->covariant = p->contravariant = false;
  return self;
}

// Reads a lazily evaluated field: the cached value, else the evaluate
// function's result (cached), else `absent`.
// CPython: Objects/typevarobject.c typevar_bound, typevar_default
Ref lazyField(Ref &cached, const Ref &evaluate, Ref (*absent)()) {
  if (cached)
    return cached;
  if (!evaluate)
    return absent();
  Ref v = call(evaluate.get(), nullptr, 0);
  if (v)
    cached = v;
  return v;
}

Ref noDefault() { return Ref::borrow(Value::fromObject(&gNoDefault)); }
Ref emptyTuple() { return newTuple(0); }

// CPython: Objects/typevarobject.c typevar_repr (paramspec_repr, typevartuple_repr)
Ref typeParamRepr(Value self) {
  auto *p = asParam(self);
  if (p->inferVariance || self.type() == &TypeVarTupleType)
    return p->name;
  char variance = p->covariant ? '+' : p->contravariant ? '-' : '~';
  return newStr(std::string(1, variance) + strToUtf8(p->name.get()));
}

Ref tpName(Value self) { return asParam(self)->name; }
Ref tpBound(Value self) {
  auto *p = asParam(self);
  return lazyField(p->bound, p->evaluateBound, newNone);
}
Ref tpConstraints(Value self) {
  auto *p = asParam(self);
  return lazyField(p->constraints, p->evaluateConstraints, emptyTuple);
}
Ref tpDefault(Value self) {
  auto *p = asParam(self);
  return lazyField(p->defaultValue, p->evaluateDefault, noDefault);
}
Ref tpCovariant(Value self) { return newBool(asParam(self)->covariant); }
Ref tpContravariant(Value self) { return newBool(asParam(self)->contravariant); }
Ref tpInferVariance(Value self) { return newBool(asParam(self)->inferVariance); }
Ref tpModule(Value self) {
  auto *p = asParam(self);
  return p->module ? p->module : newStr("typing");
}
Ref orNone(const Ref &r) { return r ? r : newNone(); }
Ref tpEvaluateBound(Value self) { return orNone(asParam(self)->evaluateBound); }
Ref tpEvaluateConstraints(Value self) { return orNone(asParam(self)->evaluateConstraints); }
Ref tpEvaluateDefault(Value self) { return orNone(asParam(self)->evaluateDefault); }

// CPython: Objects/typevarobject.c typevar_has_default_impl
Ref tpHasDefault(Value self) {
  auto *p = asParam(self);
  return newBool(p->evaluateDefault ||
                 (p->defaultValue && !p->defaultValue.get().is(Value::fromObject(&gNoDefault))));
}

// Substitution itself is typing.py's job; its presence marks a parameter.
Ref tpTypingSubst(Value, Value arg) { return Ref::borrow(arg); }

Ref tpMroEntries(Value self, Value) {
  return raisef(&TypeErrorType, "Cannot subclass an instance of {}",
                strToUtf8(self.type()->nameObject.get()));
}

Ref tpReduce(Value self) { return asParam(self)->name; }

// T | X builds a typing.Union of the two, flattening unions and dropping
// repeats. CPython: Objects/typevarobject.c make_union
Ref typingOr(Value a, Value b) {
  std::vector<Value> args;
  auto add = [&](Value v) {
    if (v.type() == &UnionType) {
      for (Value x : tupleItems(v.as<UnionObject>()->args.get()))
        if (std::find_if(args.begin(), args.end(), [&](Value y) { return y.is(x); }) == args.end())
          args.push_back(x);
      return;
    }
    if (std::find_if(args.begin(), args.end(), [&](Value y) { return y.is(v); }) == args.end())
      args.push_back(v);
  };
  add(isNone(a) ? Value::fromObject(&NoneType) : a);
  add(isNone(b) ? Value::fromObject(&NoneType) : b);
  if (args.size() == 1)
    return Ref::borrow(args[0]);
  Object *o = allocObject(&UnionType);
  if (!o)
    return {};
  Ref r = Ref::steal(o);
  r.as<UnionObject>()->args = newTupleFrom(args);
  if (!r.as<UnionObject>()->args)
    return {};
  return r;
}

bool truthy(Value v, bool *out) {
  if (!v)
    return true;
  int t = isTrue(v);
  if (t < 0)
    return false;
  *out = t;
  return true;
}

// TypeVar(name, *constraints, bound=None, covariant=False,
//         contravariant=False, infer_variance=False, default=NoDefault)
// CPython: Objects/typevarobject.c typevar_new_impl
Ref typeVarNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  size_t npos = nargs;
  if (npos == 0)
    return raise(&TypeErrorType, "TypeVar() missing required argument 'name' (pos 1)");
  Value name = args[0];
  if (!isStr(name))
    return raisef(&TypeErrorType, "TypeVar() argument 'name' must be str, not {}", typeName(name));
  Value bound, covariant, contravariant, infer, dflt;
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Value k = tupleItem(kwnames, i), v = args[nargs + i];
    if (strEqualsAscii(k, "bound"))
      bound = v;
    else if (strEqualsAscii(k, "covariant"))
      covariant = v;
    else if (strEqualsAscii(k, "contravariant"))
      contravariant = v;
    else if (strEqualsAscii(k, "infer_variance"))
      infer = v;
    else if (strEqualsAscii(k, "default"))
      dflt = v;
    else
      return raisef(&TypeErrorType, "TypeVar() got an unexpected keyword argument '{}'",
                    strToUtf8(k));
  }
  Ref self = newTypeParam(&TypeVarType, name, false);
  if (!self)
    return {};
  auto *p = asParam(self.get());
  if (!truthy(covariant, &p->covariant) || !truthy(contravariant, &p->contravariant) ||
      !truthy(infer, &p->inferVariance))
    return {};
  if (p->covariant && p->contravariant)
    return raise(&ValueErrorType, "Bivariant type variables are not supported.");
  if (p->inferVariance && (p->covariant || p->contravariant))
    return raise(&ValueErrorType, "Variance cannot be specified with infer_variance.");
  if (bound && !isNone(bound))
    p->bound = Ref::borrow(bound);
  if (npos > 1) {
    if (npos == 2)
      return raise(&TypeErrorType, "A single constraint is not allowed");
    if (p->bound)
      return raise(&TypeErrorType, "Constraints cannot be combined with bound=...");
    p->constraints = newTupleFrom(std::span<const Value>(args + 1, npos - 1));
  }
  if (dflt)
    p->defaultValue = Ref::borrow(dflt);
  p->module = newStr("__main__");
  return self;
}

// ParamSpec(name, *, bound=None, ...) and TypeVarTuple(name, *, default=...)
Ref paramLikeNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  const char *fn = type == &ParamSpecType ? "ParamSpec" : "TypeVarTuple";
  if (nargs != 1)
    return raisef(&TypeErrorType, "{}() takes exactly 1 positional argument ({} given)", fn, nargs);
  if (!isStr(args[0]))
    return raisef(&TypeErrorType, "{}() argument 'name' must be str, not {}", fn,
                  typeName(args[0]));
  Ref self = newTypeParam(type, args[0], false);
  if (!self)
    return {};
  auto *p = asParam(self.get());
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Value k = tupleItem(kwnames, i), v = args[nargs + i];
    if (strEqualsAscii(k, "default")) {
      p->defaultValue = Ref::borrow(v);
      continue;
    }
    bool flag = false;
    if (type == &ParamSpecType && strEqualsAscii(k, "bound")) {
      if (!isNone(v))
        p->bound = Ref::borrow(v);
    } else if (type == &ParamSpecType && strEqualsAscii(k, "covariant")) {
      if (!truthy(v, &flag))
        return {};
      p->covariant = flag;
    } else if (type == &ParamSpecType && strEqualsAscii(k, "contravariant")) {
      if (!truthy(v, &flag))
        return {};
      p->contravariant = flag;
    } else if (type == &ParamSpecType && strEqualsAscii(k, "infer_variance")) {
      if (!truthy(v, &flag))
        return {};
      p->inferVariance = flag;
    } else {
      return raisef(&TypeErrorType, "{}() got an unexpected keyword argument '{}'", fn,
                    strToUtf8(k));
    }
  }
  p->module = newStr("__main__");
  return self;
}

// --- TypeAliasType ------------------------------------------------------------

Ref aliasRepr(Value self) { return asAlias(self)->name; }
Ref aliasName(Value self) { return asAlias(self)->name; }
Ref aliasModule(Value self) {
  auto *a = asAlias(self);
  return a->module ? a->module : newStr("typing");
}
Ref aliasTypeParams(Value self) {
  auto *a = asAlias(self);
  return a->typeParams ? a->typeParams : newTuple(0);
}
// CPython: Objects/typevarobject.c typealias_value
Ref aliasValue(Value self) {
  auto *a = asAlias(self);
  if (a->value)
    return a->value;
  Ref v = call(a->computeValue.get(), nullptr, 0);
  if (v)
    a->value = v;
  return v;
}
Ref aliasEvaluateValue(Value self) {
  auto *a = asAlias(self);
  return a->computeValue ? a->computeValue : newNone();
}

// CPython: Objects/typevarobject.c typealias_subscript
Ref aliasGetItem(Value self, Value args) {
  auto *a = asAlias(self);
  if (!a->typeParams || tupleSize(a->typeParams.get()) == 0)
    return raise(&TypeErrorType, "Only generic type aliases are subscriptable");
  return newGenericAlias(self, args);
}

Ref aliasNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  if (!parseArgs({"typealias", {"name", "value", "type_params"}, 2, 0, 2}, args, nargs, kwnames,
                 out))
    return {};
  if (!isStr(out[0]))
    return raisef(&TypeErrorType, "typealias() argument 'name' must be str, not {}",
                  typeName(out[0]));
  if (out[2] && !isTuple(out[2]))
    return raise(&TypeErrorType, "type_params must be a tuple");
  Object *o = allocObject(&TypeAliasTypeType);
  if (!o)
    return {};
  auto *a = static_cast<TypeAliasObject *>(o);
  Ref self = Ref::steal(o);
  a->name = Ref::borrow(out[0]);
  a->value = Ref::borrow(out[1]);
  if (out[2])
    a->typeParams = Ref::borrow(out[2]);
  a->module = newStr("__main__");
  return self;
}

Ref aliasMroEntries(Value, Value) {
  return raise(&TypeErrorType, "Cannot subclass an instance of TypeAliasType");
}

// --- Generic --------------------------------------------------------------------

Ref parametersOf(Value cls) { return lookupAttr(cls, internedName("__parameters__")); }

// Generic[T, ...] and C[int, ...] for a Generic subclass C. The result is a
// types.GenericAlias (CPython's typing._GenericAlias lives in typing.py).
// CPython: Lib/typing.py _generic_class_getitem
Ref genericClassGetItem(Value cls, Value params) {
  Ref items = isTuple(params) ? Ref::borrow(params) : newTupleOf({params});
  if (!items)
    return {};
  Ref r = repr(cls);
  if (!r)
    return {};
  if (cls.is(typeValue(&GenericType))) {
    if (tupleSize(items.get()) == 0)
      return raisef(&TypeErrorType, "Parameter list to {}[...] cannot be empty", "Generic");
    for (Value p : tupleItems(items.get()))
      if (!isTypeParam(p))
        return raise(&TypeErrorType, "Parameters to Generic[...] must all be type variables "
                                     "or parameter specification variables.");
    return newTypingGenericAlias(cls, items.get());
  }
  Ref own = parametersOf(cls);
  if (!own && errorPending())
    return {};
  size_t expected = own && isTuple(own.get()) ? tupleSize(own.get()) : 0;
  if (expected == 0)
    return raisef(&TypeErrorType, "{} is not a generic class", strToUtf8(r.get()));
  bool variadic = false;
  for (Value p : tupleItems(own.get()))
    variadic = variadic || p.type() == &TypeVarTupleType || p.type() == &ParamSpecType;
  size_t actual = tupleSize(items.get());
  if (!variadic && actual != expected)
    return raisef(&TypeErrorType, "Too {} arguments for {}; actual {}, expected {}",
                  actual > expected ? "many" : "few", strToUtf8(r.get()), actual, expected);
  return newTypingGenericAlias(cls, items.get());
}

// Sets cls.__parameters__ from the type parameters in its __orig_bases__.
// CPython: Lib/typing.py _generic_init_subclass
Ref genericInitSubclass(Value cls, const Value *, size_t nargs, Value kwnames) {
  if (nargs || (kwnames && tupleSize(kwnames)))
    return raisef(&TypeErrorType, "{}.__init_subclass__() takes no keyword arguments",
                  typeName(Value::fromObject(&ObjectType)));
  std::vector<Value> params;
  Ref keep;
  Value dict = isType(cls) ? cls.as<Type>()->dict.get() : Value();
  Value orig = dict ? dictGetItem(dict, "__orig_bases__") : Value();
  if (orig && isTuple(orig)) {
    for (Value base : tupleItems(orig)) {
      if (isType(base))
        continue;
      Ref sub = lookupAttr(base, internedName("__parameters__"));
      if (!sub) {
        if (errorPending())
          return {};
        continue;
      }
      if (!isTuple(sub.get()))
        continue;
      for (Value p : tupleItems(sub.get()))
        if (std::find_if(params.begin(), params.end(), [&](Value x) { return x.is(p); }) ==
            params.end())
          params.push_back(p);
      keep = sub; // the tuple keeps its items alive until copied below
    }
  }
  Ref tuple = newTupleFrom(params);
  if (!tuple || setAttr(cls, internedName("__parameters__"), tuple.get()) < 0)
    return {};
  return newNone();
}

Ref noDefaultRepr(Value) { return newStr("typing.NoDefault"); }

bool readyTypes() {
  if (TypeVarType.hasFlag(kTypeReady))
    return true;
  static const GetSetDef paramGetSets[] = {
      {"__name__", tpName},
      {"__bound__", tpBound},
      {"__constraints__", tpConstraints},
      {"__default__", tpDefault},
      {"__covariant__", tpCovariant},
      {"__contravariant__", tpContravariant},
      {"__infer_variance__", tpInferVariance},
      {"__module__", tpModule},
      {"evaluate_bound", tpEvaluateBound},
      {"evaluate_constraints", tpEvaluateConstraints},
      {"evaluate_default", tpEvaluateDefault},
  };
  static const MethodDef paramMethods[] = {
      method("has_default", tpHasDefault),
      method("__typing_subst__", tpTypingSubst),
      method("__mro_entries__", tpMroEntries),
      method("__reduce__", tpReduce),
  };
  struct {
    Type *type;
    const char *name;
    NewFn newFn;
  } params[] = {{&TypeVarType, "typing.TypeVar", typeVarNew},
                {&ParamSpecType, "typing.ParamSpec", paramLikeNew},
                {&TypeVarTupleType, "typing.TypeVarTuple", paramLikeNew}};
  for (auto &p : params) {
    initStaticType(p.type, p.name, &ObjectType, sizeof(TypeParamObject), 0);
    p.type->dealloc = typeParamDealloc;
    p.type->repr = typeParamRepr;
    p.type->newInstance = p.newFn;
    if (p.type != &TypeVarTupleType)
      p.type->binary[int(BinaryOp::Or)] = typingOr;
    if (!typeReady(p.type, paramMethods, paramGetSets))
      return false;
  }

  initStaticType(&TypeAliasTypeType, "typing.TypeAliasType", &ObjectType, sizeof(TypeAliasObject),
                 0);
  TypeAliasTypeType.dealloc = typeAliasDealloc;
  TypeAliasTypeType.repr = aliasRepr;
  TypeAliasTypeType.newInstance = aliasNew;
  TypeAliasTypeType.getitem = aliasGetItem;
  TypeAliasTypeType.binary[int(BinaryOp::Or)] = typingOr;
  static const GetSetDef aliasGetSets[] = {
      {"__name__", aliasName},
      {"__value__", aliasValue},
      {"__type_params__", aliasTypeParams},
      {"__parameters__", aliasTypeParams},
      {"__module__", aliasModule},
      {"evaluate_value", aliasEvaluateValue},
  };
  static const MethodDef aliasMethods[] = {
      method("__mro_entries__", aliasMroEntries),
  };
  if (!typeReady(&TypeAliasTypeType, aliasMethods, aliasGetSets))
    return false;

  initStaticType(&GenericType, "typing.Generic", &ObjectType, sizeof(Object), kTypeBaseType);
  static const MethodDef genericMethods[] = {
      method("__class_getitem__", genericClassGetItem, kMethodClass),
      method("__init_subclass__", genericInitSubclass, kMethodClass),
  };
  if (!typeReady(&GenericType, genericMethods))
    return false;

  initStaticType(&TypingGenericAliasType, "typing._GenericAlias", &GenericAliasType,
                 GenericAliasType.basicSize, 0);
  TypingGenericAliasType.binary[int(BinaryOp::Or)] = typingOr;
  if (!typeReady(&TypingGenericAliasType))
    return false;

  initStaticType(&NoDefaultType, "NoDefaultType", &ObjectType, sizeof(Object), 0);
  NoDefaultType.repr = noDefaultRepr;
  if (!typeReady(&NoDefaultType))
    return false;
  return true;
}

Ref typingCast(Value, const Value *args, size_t nargs) {
  if (!checkPositional("cast", nargs, 2, 2))
    return {};
  return Ref::borrow(args[1]);
}

Ref typingIdentity(Value, Value f) { return Ref::borrow(f); }

const MethodDef kTypingFunctions[] = {
    method("cast", typingCast),
    method("final", typingIdentity),
    method("overload", typingIdentity),
    method("no_type_check", typingIdentity),
    method("runtime_checkable", typingIdentity),
};

} // namespace

Ref typingUnionOr(Value a, Value b) {
  if (!readyTypes())
    return {};
  return typingOr(a, b);
}

bool addTypingSpecialForms(Value module); // vm/typing_forms.cpp

// --- The intrinsics (Python/intrinsics.c) ------------------------------------------

// INTRINSIC_TYPEVAR, _PARAMSPEC, _TYPEVARTUPLE: the parameter named `name` of
// a `def f[T, **P, *Ts]` list. CPython: _Py_make_typevar, make_paramspec ...
Ref makeTypeParam(int kind, Value name) {
  if (!readyTypes())
    return {};
  Type *type = kind == 0 ? &TypeVarType : kind == 1 ? &ParamSpecType : &TypeVarTupleType;
  return newTypeParam(type, name, type != &TypeVarTupleType);
}

// INTRINSIC_TYPEVAR_WITH_BOUND / _WITH_CONSTRAINTS: `evaluate` computes the
// bound (a type) or the constraints (a tuple) on first access.
Ref makeTypeVarWith(Value name, Value evaluate, bool constraints) {
  Ref tv = makeTypeParam(0, name);
  if (!tv)
    return {};
  auto *p = asParam(tv.get());
  (constraints ? p->evaluateConstraints : p->evaluateBound) = Ref::borrow(evaluate);
  return tv;
}

// INTRINSIC_SET_TYPEPARAM_DEFAULT. CPython: _Py_set_typeparam_default
Ref setTypeParamDefault(Value param, Value evaluate) {
  if (!isTypeParam(param))
    return raisef(&TypeErrorType, "'{}' object is not a type parameter", typeName(param));
  asParam(param)->evaluateDefault = Ref::borrow(evaluate);
  return Ref::borrow(param);
}

// INTRINSIC_TYPEALIAS: args is (name, type_params or None, compute_value).
// CPython: Objects/typevarobject.c _Py_make_typealias
Ref makeTypeAlias(Value args, Value module) {
  if (!readyTypes())
    return {};
  if (!isTuple(args) || tupleSize(args) != 3)
    return raise(&SystemErrorType, "INTRINSIC_TYPEALIAS expects a 3-tuple");
  Object *o = allocObject(&TypeAliasTypeType);
  if (!o)
    return {};
  auto *a = static_cast<TypeAliasObject *>(o);
  Ref self = Ref::steal(o);
  a->name = Ref::borrow(tupleItem(args, 0));
  if (!isNone(tupleItem(args, 1)))
    a->typeParams = Ref::borrow(tupleItem(args, 1));
  a->computeValue = Ref::borrow(tupleItem(args, 2));
  if (module)
    a->module = Ref::borrow(module);
  return self;
}

// INTRINSIC_SUBSCRIPT_GENERIC: Generic[params], the implicit base of
// `class C[T]`. CPython: _Py_subscript_generic
Ref subscriptGeneric(Value params) {
  if (!readyTypes())
    return {};
  return genericClassGetItem(typeValue(&GenericType), params);
}

bool addTypingGetTypeHints(Value typingModule); // stdlib/annotationlib.cpp

Ref createTypingModule() {
  if (!readyTypes())
    return {};
  Ref module = newModule("typing");
  if (!module)
    return {};
  Value m = module.get();
  Ref no = newBool(false);
  const std::pair<const char *, Value> objects[] = {
      {"TypeVar", typeValue(&TypeVarType)},
      {"ParamSpec", typeValue(&ParamSpecType)},
      {"TypeVarTuple", typeValue(&TypeVarTupleType)},
      {"TypeAliasType", typeValue(&TypeAliasTypeType)},
      {"Generic", typeValue(&GenericType)},
      {"NoDefault", Value::fromObject(&gNoDefault)},
      {"TYPE_CHECKING", no.get()},
  };
  for (auto &[name, value] : objects)
    if (moduleAddObject(m, name, value) < 0)
      return {};
  if (!moduleAddFunctions(m, kTypingFunctions) || !addTypingSpecialForms(m) ||
      !addTypingGetTypeHints(m))
    return {};
  return module;
}

} // namespace pyvm
