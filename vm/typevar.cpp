// PEP 695 generics and the native `_typing` module: TypeVar, ParamSpec (with
// ParamSpecArgs / ParamSpecKwargs), TypeVarTuple, TypeAliasType, Generic and
// NoDefault, and the intrinsics that build them. Bounds, constraints, defaults
// and alias values stay unevaluated until first read (the compiler passes
// functions). Substitution, Generic[...] and subclassing of Generic are Lib
// typing.py's work: these objects call into it exactly where CPython's do.
// CPython: Objects/typevarobject.c (3.14), Modules/_typingmodule.c
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iterators.h"
#include "vm/module.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typing.h"

#include <vector>

namespace pyvm {

Type TypeVarType, ParamSpecType, TypeVarTupleType, ParamSpecArgsType, ParamSpecKwargsType,
    TypeAliasTypeType, GenericType, NoDefaultType, ConstEvaluatorType;

namespace {

Object gNoDefault{kImmortalRefcount, &NoDefaultType}; // typing.NoDefault

// One layout for the three kinds of type parameter; ParamSpec and
// TypeVarTuple leave the constraint fields empty.
struct TypeParamObject : Object {
  Ref name;
  Ref bound, evaluateBound;             // null when absent
  Ref constraints, evaluateConstraints; // null when absent
  Ref defaultValue, evaluateDefault;    // null when absent
  Ref module;                           // null: None
  bool covariant, contravariant, inferVariance;
};

// ParamSpecArgs / ParamSpecKwargs: P.args, P.kwargs.
struct ParamSpecAttrObject : Object {
  Ref origin;
};

struct TypeAliasObject : Object {
  Ref name, typeParams, computeValue, value, module; // typeParams: tuple or null
};

// An evaluate_* function for a value given directly (TypeVar("T", bound=int)).
struct ConstEvaluatorObject : Object {
  Ref value;
};

TypeParamObject *asParam(Value v) { return v.as<TypeParamObject>(); }
TypeAliasObject *asAlias(Value v) { return v.as<TypeAliasObject>(); }
bool isTypeParam(Value v) {
  Type *t = v.type();
  return t == &TypeVarType || t == &ParamSpecType || t == &TypeVarTupleType;
}
Value noDefaultValue() { return Value::fromObject(&gNoDefault); }

void typeParamDealloc(Object *o) { static_cast<TypeParamObject *>(o)->~TypeParamObject(); }
void typeAliasDealloc(Object *o) { static_cast<TypeAliasObject *>(o)->~TypeAliasObject(); }
void paramSpecAttrDealloc(Object *o) {
  static_cast<ParamSpecAttrObject *>(o)->~ParamSpecAttrObject();
}
void constEvaluatorDealloc(Object *o) {
  static_cast<ConstEvaluatorObject *>(o)->~ConstEvaluatorObject();
}

// The module of the Python function running now (for __module__); module
// code runs without a function here, so its globals' __name__ stands in.
// CPython: Objects/typevarobject.c caller
Ref callerModule() {
  Frame *frame = currentThread()->frame;
  if (!frame)
    return newNone();
  if (frame->func)
    return frame->func->module ? frame->func->module : newNone();
  Value name = isDict(frame->globals) ? dictGetItem(frame->globals, "__name__") : Value();
  return name ? Ref::borrow(name) : newNone();
}

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

Ref newConstEvaluator(const Ref &value) {
  Object *o = allocObject(&ConstEvaluatorType);
  if (!o)
    return {};
  static_cast<ConstEvaluatorObject *>(o)->value = value;
  return Ref::steal(o);
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
// The evaluate_* view of a field. CPython: typevar_evaluate_bound ...
Ref evaluatorOf(const Ref &evaluate, const Ref &value) {
  if (evaluate)
    return evaluate;
  return value ? newConstEvaluator(value) : newNone();
}

Ref noDefault() { return Ref::borrow(noDefaultValue()); }
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
int tpSetModule(Value self, Value value) {
  asParam(self)->module = value ? Ref::borrow(value) : Ref();
  return 0;
}
Ref tpEvaluateBound(Value self) {
  auto *p = asParam(self);
  return evaluatorOf(p->evaluateBound, p->bound);
}
Ref tpEvaluateConstraints(Value self) {
  auto *p = asParam(self);
  return evaluatorOf(p->evaluateConstraints, p->constraints);
}
Ref tpEvaluateDefault(Value self) {
  auto *p = asParam(self);
  return evaluatorOf(p->evaluateDefault, p->defaultValue);
}

// CPython: Objects/typevarobject.c typevar_has_default_impl
Ref tpHasDefault(Value self) {
  auto *p = asParam(self);
  return newBool(p->evaluateDefault ||
                 (p->defaultValue && !p->defaultValue.get().is(noDefaultValue())));
}

Ref tpReduce(Value self) { return asParam(self)->name; }

Ref tpMroEntries(Value self, Value) {
  return raisef(&TypeErrorType, "Cannot subclass an instance of {}",
                strToUtf8(self.type()->nameObject.get()));
}

// T | X: a typing.Union, which (unlike int | X) accepts forward references.
// CPython: Objects/typevarobject.c make_union
Ref typeParamOr(Value a, Value b) {
  Ref pair = newTupleOf({a, b});
  return pair ? unionFromTuple(*pair) : Ref();
}

// CPython: typevar_typing_subst_impl, paramspec_typing_subst_impl
Ref typeVarSubst(Value self, Value arg) {
  return callTypingFunction("_typevar_subst", {self, arg});
}
Ref paramSpecSubst(Value self, Value arg) {
  return callTypingFunction("_paramspec_subst", {self, arg});
}
Ref typeVarTupleSubst(Value, Value) {
  return raise(&TypeErrorType, "Substitution of bare TypeVarTuple is not supported");
}

// Adds the TypeVar's default when the arguments stop just before it.
// CPython: Objects/typevarobject.c typevar_typing_prepare_subst_impl
Ref typeVarPrepareSubst(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("__typing_prepare_subst__", nargs, 2, 2))
    return {};
  Value alias = args[0], substArgs = args[1];
  Ref params = getAttr(alias, "__parameters__");
  if (!params)
    return {};
  Ref indexFn = getAttr(*params, "index");
  Ref index = indexFn ? call(*indexFn, {self}) : Ref();
  if (!index)
    return {};
  int64_t i = 0;
  if (!intAsInt64(*index, &i))
    return {};
  int64_t argsLen = length(substArgs);
  if (argsLen < 0)
    return {};
  if (i < argsLen)
    return Ref::borrow(substArgs);
  if (i == argsLen) {
    Ref dflt = tpDefault(self);
    if (!dflt)
      return {};
    if (!dflt.get().is(noDefaultValue())) {
      Ref extra = newTupleOf({*dflt});
      return extra ? binaryOp(substArgs, *extra, BinaryOp::Add) : Ref();
    }
  }
  Ref r = repr(alias);
  if (!r)
    return {};
  return raisef(&TypeErrorType, "Too few arguments for {}; actual {}, expected at least {}",
                strToUtf8(*r), argsLen, i + 1);
}
Ref paramSpecPrepareSubst(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("__typing_prepare_subst__", nargs, 2, 2))
    return {};
  return callTypingFunction("_paramspec_prepare_subst", {self, args[0], args[1]});
}
Ref typeVarTuplePrepareSubst(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("__typing_prepare_subst__", nargs, 2, 2))
    return {};
  return callTypingFunction("_typevartuple_prepare_subst", {self, args[0], args[1]});
}

// typing.Unpack[self]. CPython: Objects/typevarobject.c unpack
Ref unpacked(Value self) {
  Ref typing = importModule("typing");
  Ref unpack = typing ? getAttr(*typing, "Unpack") : Ref();
  return unpack ? getItem(*unpack, self) : Ref();
}
// iter(Ts) and iter(alias) give the one item Unpack[...]: `*Ts` in a subscript.
// CPython: Objects/typevarobject.c unpack_iter
Ref unpackIter(Value self) {
  Ref item = unpacked(self);
  Ref tuple = item ? newTupleOf({*item}) : Ref();
  return tuple ? getIter(*tuple) : Ref();
}

// Generic[*Ts]: each TypeVarTuple among params becomes Unpack[Ts].
// CPython: Objects/typevarobject.c unpack_typevartuples
Ref unpackTypeVarTuples(Value params) {
  std::vector<Ref> items;
  bool any = false;
  for (Value p : tupleItems(params)) {
    if (p.type() == &TypeVarTupleType) {
      Ref u = unpacked(p);
      if (!u)
        return {};
      items.push_back(std::move(u));
      any = true;
    } else {
      items.push_back(Ref::borrow(p));
    }
  }
  if (!any)
    return Ref::borrow(params);
  std::vector<Value> values;
  for (const Ref &item : items)
    values.push_back(*item);
  return newTupleFrom(values);
}

// Variance flags shared by the constructors. CPython: typevar_new_impl
bool checkVariance(TypeParamObject *p) {
  if (p->covariant && p->contravariant) {
    raise(&ValueErrorType, "Bivariant types are not supported.");
    return false;
  }
  if (p->inferVariance && (p->covariant || p->contravariant)) {
    raise(&ValueErrorType, "Variance cannot be specified with infer_variance.");
    return false;
  }
  return true;
}

// bound=X goes through typing._type_check. CPython: typevarobject.c type_check
bool setBound(TypeParamObject *p, Value bound) {
  if (!bound || isNone(bound))
    return true;
  Ref text = newStr("Bound must be a type.");
  Ref checked = text ? callTypingFunction("_type_check", {bound, *text}) : Ref();
  if (!checked)
    return false;
  p->bound = checked;
  return true;
}

// TypeVar(name, *constraints, bound=None, covariant=False,
//         contravariant=False, infer_variance=False, default=NoDefault)
// CPython: Objects/typevarobject.c typevar_new_impl
Ref typeVarNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  if (nargs == 0)
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
  if (!truthOr(covariant, p->covariant, &p->covariant) ||
      !truthOr(contravariant, p->contravariant, &p->contravariant) ||
      !truthOr(infer, p->inferVariance, &p->inferVariance) || !checkVariance(p) ||
      !setBound(p, bound))
    return {};
  if (nargs > 1) {
    if (nargs == 2)
      return raise(&TypeErrorType, "A single constraint is not allowed");
    if (p->bound)
      return raise(&TypeErrorType, "Constraints cannot be combined with bound=...");
    p->constraints = newTupleFrom(std::span<const Value>(args + 1, nargs - 1));
  }
  p->defaultValue = Ref::borrow(dflt ? dflt : noDefaultValue());
  p->module = callerModule();
  return self;
}

// ParamSpec(name, *, bound=None, default=NoDefault, covariant=False,
// contravariant=False, infer_variance=False) and TypeVarTuple(name, *, default=NoDefault)
// CPython: Objects/typevarobject.c paramspec_new_impl, typevartuple_impl
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
  Value bound;
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Value k = tupleItem(kwnames, i), v = args[nargs + i];
    bool ok = true;
    if (strEqualsAscii(k, "default"))
      p->defaultValue = Ref::borrow(v);
    else if (type == &ParamSpecType && strEqualsAscii(k, "bound"))
      bound = v;
    else if (type == &ParamSpecType && strEqualsAscii(k, "covariant"))
      ok = truthOr(v, p->covariant, &p->covariant);
    else if (type == &ParamSpecType && strEqualsAscii(k, "contravariant"))
      ok = truthOr(v, p->contravariant, &p->contravariant);
    else if (type == &ParamSpecType && strEqualsAscii(k, "infer_variance"))
      ok = truthOr(v, p->inferVariance, &p->inferVariance);
    else
      return raisef(&TypeErrorType, "{}() got an unexpected keyword argument '{}'", fn,
                    strToUtf8(k));
    if (!ok)
      return {};
  }
  if (!checkVariance(p) || !setBound(p, bound))
    return {};
  if (!p->defaultValue)
    p->defaultValue = noDefault();
  p->module = callerModule();
  return self;
}

// --- ParamSpecArgs / ParamSpecKwargs ------------------------------------------------

Ref newParamSpecAttr(Type *type, Value origin) {
  Object *o = allocObject(type);
  if (!o)
    return {};
  static_cast<ParamSpecAttrObject *>(o)->origin = Ref::borrow(origin);
  return Ref::steal(o);
}
Ref paramSpecArgs(Value self) { return newParamSpecAttr(&ParamSpecArgsType, self); }
Ref paramSpecKwargs(Value self) { return newParamSpecAttr(&ParamSpecKwargsType, self); }

Ref paramSpecAttrNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  if (!parseArgs({type == &ParamSpecArgsType ? "ParamSpecArgs" : "ParamSpecKwargs", {"origin"}, 1},
                 args, nargs, kwnames, out))
    return {};
  return newParamSpecAttr(type, out[0]);
}

// "P.args" / "P.kwargs". CPython: paramspecargs_repr, paramspeckwargs_repr
Ref paramSpecAttrRepr(Value self) {
  Value origin = self.as<ParamSpecAttrObject>()->origin.get();
  const char *suffix = self.type() == &ParamSpecArgsType ? ".args" : ".kwargs";
  if (origin.type() == &ParamSpecType)
    return newStr(strToUtf8(asParam(origin)->name.get()) + suffix);
  Ref r = repr(origin);
  return r ? newStr(strToUtf8(*r) + suffix) : Ref();
}

// CPython: paramspecattr_richcompare
Ref paramSpecAttrCompare(Value a, Value b, CompareOp op) {
  if (a.type() != b.type() || (op != CompareOp::Eq && op != CompareOp::Ne))
    return newNotImplemented();
  return richCompare(a.as<ParamSpecAttrObject>()->origin.get(),
                     b.as<ParamSpecAttrObject>()->origin.get(), op);
}
Ref paramSpecAttrOrigin(Value self) { return self.as<ParamSpecAttrObject>()->origin; }
Ref paramSpecAttrMroEntries(Value self, Value) {
  return raisef(&TypeErrorType, "Cannot subclass an instance of {}",
                strToUtf8(self.type()->nameObject.get()));
}

// --- _ConstEvaluator --------------------------------------------------------------

// evaluator(format): the value, or its source-like text for Format.STRING (4).
// CPython: Objects/typevarobject.c constevaluator_call
Ref constEvaluatorCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("constevaluator.__call__", kwnames) ||
      !checkPositional("constevaluator.__call__", nargs, 1, 1))
    return {};
  int64_t format = 0;
  if (!intAsInt64(args[0], &format))
    return {};
  Value value = self.as<ConstEvaluatorObject>()->value.get();
  if (format != 4)
    return Ref::borrow(value);
  std::string out;
  if (isTuple(value)) {
    out += "(";
    bool first = true;
    for (Value item : tupleItems(value)) {
      if (!first)
        out += ", ";
      first = false;
      if (!typingTypeRepr(out, item))
        return {};
    }
    out += ")";
  } else if (!typingTypeRepr(out, value)) {
    return {};
  }
  return newStr(out);
}
Ref constEvaluatorRepr(Value self) {
  Ref r = repr(self.as<ConstEvaluatorObject>()->value.get());
  return r ? newStr("<constevaluator " + strToUtf8(*r) + ">") : Ref();
}

// --- TypeAliasType ------------------------------------------------------------

Ref aliasRepr(Value self) { return asAlias(self)->name; }
Ref aliasName(Value self) { return asAlias(self)->name; }
// CPython: Objects/typevarobject.c typealias_module
Ref aliasModule(Value self) {
  auto *a = asAlias(self);
  if (a->module)
    return a->module;
  if (a->computeValue && isFunction(*a->computeValue)) {
    auto *f = a->computeValue.get().as<FunctionObject>();
    if (f->module)
      return f->module;
  }
  return newNone();
}
int aliasSetModule(Value self, Value value) {
  asAlias(self)->module = value ? Ref::borrow(value) : Ref();
  return 0;
}
Ref aliasTypeParams(Value self) {
  auto *a = asAlias(self);
  return a->typeParams ? a->typeParams : newTuple(0);
}
Ref aliasParameters(Value self) {
  auto *a = asAlias(self);
  return a->typeParams ? unpackTypeVarTuples(*a->typeParams) : newTuple(0);
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
  return a->computeValue ? a->computeValue : newConstEvaluator(a->value);
}
Ref aliasReduce(Value self) { return asAlias(self)->name; }

// CPython: Objects/typevarobject.c typealias_subscript
Ref aliasGetItem(Value self, Value args) {
  auto *a = asAlias(self);
  if (!a->typeParams)
    return raise(&TypeErrorType, "Only generic type aliases are subscriptable");
  return newGenericAlias(self, args);
}

// The default of any kind of type parameter. CPython: get_type_param_default
Ref typeParamDefault(Value param) {
  if (!isTypeParam(param)) {
    Ref r = repr(param);
    return r ? raisef(&TypeErrorType, "Expected a type param, got {}", strToUtf8(*r)) : Ref();
  }
  return tpDefault(param);
}

// TypeAliasType(name, value, *, type_params=()). CPython: typealias_new_impl
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
  // CPython: typealias_check_type_params (no default after a default).
  bool defaultSeen = false;
  if (out[2]) {
    for (Value param : tupleItems(out[2])) {
      Ref dflt = typeParamDefault(param);
      if (!dflt)
        return {};
      if (dflt.get().is(noDefaultValue())) {
        if (defaultSeen) {
          Ref r = repr(param);
          return r ? raisef(&TypeErrorType,
                            "non-default type parameter '{}' follows default type parameter",
                            strToUtf8(*r))
                   : Ref();
        }
      } else {
        defaultSeen = true;
      }
    }
  }
  Object *o = allocObject(&TypeAliasTypeType);
  if (!o)
    return {};
  auto *a = static_cast<TypeAliasObject *>(o);
  Ref self = Ref::steal(o);
  a->name = Ref::borrow(out[0]);
  a->value = Ref::borrow(out[1]);
  if (out[2] && tupleSize(out[2]))
    a->typeParams = Ref::borrow(out[2]);
  a->module = callerModule();
  return self;
}

Ref aliasMroEntries(Value, Value) {
  return raise(&TypeErrorType, "Cannot subclass an instance of TypeAliasType");
}

// --- Generic --------------------------------------------------------------------

// cls followed by the call's arguments, for typing's Python functions.
Ref callTypingWithClass(const char *name, Value cls, const Value *args, size_t nargs,
                        Value kwnames) {
  Ref typing = importModule("typing");
  Ref function = typing ? getAttr(*typing, name) : Ref();
  if (!function)
    return {};
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  std::vector<Value> all;
  all.push_back(cls);
  all.insert(all.end(), args, args + nargs + nkw);
  return call(*function, all.data(), nargs + 1, kwnames);
}

// CPython: Objects/typevarobject.c generic_class_getitem, generic_init_subclass
Ref genericClassGetItem(Value cls, const Value *args, size_t nargs, Value kwnames) {
  return callTypingWithClass("_generic_class_getitem", cls, args, nargs, kwnames);
}
Ref genericInitSubclass(Value cls, const Value *args, size_t nargs, Value kwnames) {
  return callTypingWithClass("_generic_init_subclass", cls, args, nargs, kwnames);
}

Ref noDefaultRepr(Value) { return newStr("typing.NoDefault"); }
Ref noDefaultReduce(Value) { return newStr("NoDefault"); }
Ref noDefaultNew(Type *, const Value *, size_t nargs, Value kwnames) {
  if (nargs || (kwnames && tupleSize(kwnames)))
    return raise(&TypeErrorType, "NoDefaultType takes no arguments");
  return noDefault();
}

bool readyTypeParams() {
  static const GetSetDef typeVarGetSets[] = {
      {"__name__", tpName},
      {"__covariant__", tpCovariant},
      {"__contravariant__", tpContravariant},
      {"__infer_variance__", tpInferVariance},
      {"__bound__", tpBound},
      {"__constraints__", tpConstraints},
      {"__default__", tpDefault},
      {"evaluate_bound", tpEvaluateBound},
      {"evaluate_constraints", tpEvaluateConstraints},
      {"evaluate_default", tpEvaluateDefault},
      {"__module__", tpModule, tpSetModule},
  };
  static const MethodDef typeVarMethods[] = {
      method("__typing_subst__", typeVarSubst),
      method("__typing_prepare_subst__", typeVarPrepareSubst),
      method("__reduce__", tpReduce),
      method("has_default", tpHasDefault),
      method("__mro_entries__", tpMroEntries),
  };
  static const GetSetDef paramSpecGetSets[] = {
      {"__name__", tpName},
      {"__bound__", tpBound},
      {"__covariant__", tpCovariant},
      {"__contravariant__", tpContravariant},
      {"__infer_variance__", tpInferVariance},
      {"args", paramSpecArgs},
      {"kwargs", paramSpecKwargs},
      {"__default__", tpDefault},
      {"evaluate_default", tpEvaluateDefault},
      {"__module__", tpModule, tpSetModule},
  };
  static const MethodDef paramSpecMethods[] = {
      method("__typing_subst__", paramSpecSubst),
      method("__typing_prepare_subst__", paramSpecPrepareSubst),
      method("has_default", tpHasDefault),
      method("__reduce__", tpReduce),
      method("__mro_entries__", tpMroEntries),
  };
  static const GetSetDef typeVarTupleGetSets[] = {
      {"__name__", tpName},
      {"__default__", tpDefault},
      {"evaluate_default", tpEvaluateDefault},
      {"__module__", tpModule, tpSetModule},
  };
  static const MethodDef typeVarTupleMethods[] = {
      method("__typing_subst__", typeVarTupleSubst),
      method("__typing_prepare_subst__", typeVarTuplePrepareSubst),
      method("__reduce__", tpReduce),
      method("has_default", tpHasDefault),
      method("__mro_entries__", tpMroEntries),
  };
  struct {
    Type *type;
    const char *name;
    std::span<const MethodDef> methods;
    std::span<const GetSetDef> getsets;
  } params[] = {
      {&TypeVarType, "typing.TypeVar", typeVarMethods, typeVarGetSets},
      {&ParamSpecType, "typing.ParamSpec", paramSpecMethods, paramSpecGetSets},
      {&TypeVarTupleType, "typing.TypeVarTuple", typeVarTupleMethods, typeVarTupleGetSets},
  };
  for (auto &p : params) {
    initStaticType(p.type, p.name, &ObjectType, sizeof(TypeParamObject),
                   kTypeImmutable | kTypeWeakrefable);
    p.type->dealloc = typeParamDealloc;
    p.type->repr = typeParamRepr;
    p.type->newInstance = p.type == &TypeVarType ? typeVarNew : paramLikeNew;
    if (p.type == &TypeVarTupleType)
      p.type->iter = unpackIter;
    else
      p.type->binary[int(BinaryOp::Or)] = typeParamOr;
    if (!typeReady(p.type, p.methods, p.getsets))
      return false;
  }

  static const GetSetDef attrGetSets[] = {{"__origin__", paramSpecAttrOrigin}};
  static const MethodDef attrMethods[] = {method("__mro_entries__", paramSpecAttrMroEntries)};
  for (auto [type, name] : {std::pair{&ParamSpecArgsType, "typing.ParamSpecArgs"},
                            std::pair{&ParamSpecKwargsType, "typing.ParamSpecKwargs"}}) {
    initStaticType(type, name, &ObjectType, sizeof(ParamSpecAttrObject),
                   kTypeImmutable | kTypeWeakrefable);
    type->dealloc = paramSpecAttrDealloc;
    type->newInstance = paramSpecAttrNew;
    type->repr = paramSpecAttrRepr;
    type->richcompare = paramSpecAttrCompare;
    if (!typeReady(type, attrMethods, attrGetSets))
      return false;
  }
  return true;
}

bool readyTypes() {
  if (TypeVarType.hasFlag(kTypeReady))
    return true;
  if (!readyTypeParams())
    return false;

  initStaticType(&TypeAliasTypeType, "typing.TypeAliasType", &ObjectType, sizeof(TypeAliasObject),
                 kTypeImmutable);
  TypeAliasTypeType.dealloc = typeAliasDealloc;
  TypeAliasTypeType.repr = aliasRepr;
  TypeAliasTypeType.newInstance = aliasNew;
  TypeAliasTypeType.getitem = aliasGetItem;
  TypeAliasTypeType.iter = unpackIter;
  TypeAliasTypeType.binary[int(BinaryOp::Or)] = unionOr;
  static const GetSetDef aliasGetSets[] = {
      {"__name__", aliasName},
      {"__parameters__", aliasParameters},
      {"__type_params__", aliasTypeParams},
      {"__value__", aliasValue},
      {"evaluate_value", aliasEvaluateValue},
      {"__module__", aliasModule, aliasSetModule},
  };
  static const MethodDef aliasMethods[] = {
      method("__reduce__", aliasReduce),
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

  initStaticType(&ConstEvaluatorType, "_typing._ConstEvaluator", &ObjectType,
                 sizeof(ConstEvaluatorObject), kTypeImmutable);
  ConstEvaluatorType.dealloc = constEvaluatorDealloc;
  ConstEvaluatorType.repr = constEvaluatorRepr;
  ConstEvaluatorType.call = constEvaluatorCall;
  if (!typeReady(&ConstEvaluatorType))
    return false;

  initStaticType(&NoDefaultType, "NoDefaultType", &ObjectType, sizeof(Object), 0);
  NoDefaultType.repr = noDefaultRepr;
  NoDefaultType.newInstance = noDefaultNew;
  static const MethodDef noDefaultMethods[] = {method("__reduce__", noDefaultReduce)};
  return typeReady(&NoDefaultType, noDefaultMethods);
}

Ref typingIdFunc(Value, Value x) { return Ref::borrow(x); }

const MethodDef kTypingFunctions[] = {
    method("_idfunc", typingIdFunc),
};

} // namespace

// --- The intrinsics (Python/intrinsics.c) ------------------------------------------

// INTRINSIC_TYPEVAR, _PARAMSPEC, _TYPEVARTUPLE: the parameter named `name` of
// a `def f[T, **P, *Ts]` list. CPython: _Py_make_typevar, _Py_make_paramspec ...
Ref makeTypeParam(int kind, Value name) {
  if (!readyTypes())
    return {};
  Type *type = kind == 0 ? &TypeVarType : kind == 1 ? &ParamSpecType : &TypeVarTupleType;
  return newTypeParam(type, name, true);
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
  if (!isTypeParam(param)) {
    Ref r = repr(param);
    return r ? raisef(&TypeErrorType, "Expected a type param, got {}", strToUtf8(*r)) : Ref();
  }
  asParam(param)->evaluateDefault = Ref::borrow(evaluate);
  return Ref::borrow(param);
}

// INTRINSIC_TYPEALIAS: args is (name, type_params or None, compute_value).
// CPython: Objects/typevarobject.c _Py_make_typealias
Ref makeTypeAlias(Value args, Value) {
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
  Value params = tupleItem(args, 1);
  if (!isNone(params) && !(isTuple(params) && tupleSize(params) == 0))
    a->typeParams = Ref::borrow(params);
  a->computeValue = Ref::borrow(tupleItem(args, 2));
  return self;
}

// INTRINSIC_SUBSCRIPT_GENERIC: Generic[params], the implicit base of
// `class C[T]`, built by typing._GenericAlias. CPython: _Py_subscript_generic
Ref subscriptGeneric(Value params) {
  if (!readyTypes())
    return {};
  Ref unpackedParams = unpackTypeVarTuples(params);
  if (!unpackedParams)
    return {};
  return callTypingFunction("_GenericAlias", {typeValue(&GenericType), *unpackedParams});
}

// The native half of typing. CPython: Modules/_typingmodule.c
Ref createTypingNativeModule() {
  if (!readyTypes())
    return {};
  Ref module = newModule("_typing");
  if (!module)
    return {};
  Value m = module.get();
  const std::pair<const char *, Value> objects[] = {
      {"TypeVar", typeValue(&TypeVarType)},
      {"TypeVarTuple", typeValue(&TypeVarTupleType)},
      {"ParamSpec", typeValue(&ParamSpecType)},
      {"ParamSpecArgs", typeValue(&ParamSpecArgsType)},
      {"ParamSpecKwargs", typeValue(&ParamSpecKwargsType)},
      {"Generic", typeValue(&GenericType)},
      {"TypeAliasType", typeValue(&TypeAliasTypeType)},
      {"Union", typeValue(&UnionType)},
      {"NoDefault", noDefaultValue()},
  };
  if (!moduleAddFunctions(m, kTypingFunctions))
    return {};
  for (auto &[name, value] : objects)
    if (moduleAddObject(m, name, value) < 0)
      return {};
  return module;
}

} // namespace pyvm
