// PEP 750 template strings: string.templatelib.Template, Interpolation and the
// template iterator, plus the BUILD_TEMPLATE / BUILD_INTERPOLATION helpers
// (Lib/string/templatelib.py finds the types as type(t"...")).
// CPython: Objects/templateobject.c, Objects/interpolationobject.c
#include "stdlib/modules.h"
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/eval_support.h"
#include "vm/interp.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

namespace pyvm {

Type TemplateType, InterpolationType, TemplateIterType;

namespace {

struct TemplateObject : Object {
  Value strings;        // owned tuple of str, one more than interpolations
  Value interpolations; // owned tuple of Interpolation
};

struct InterpolationObject : Object {
  Value value, expression, conversion, formatSpec; // owned
};

struct TemplateIterObject : Object {
  Value template_; // owned
  size_t index;    // next position in the strings/interpolations interleaving
};

TemplateObject *asTemplate(Value v) { return v.as<TemplateObject>(); }
InterpolationObject *asInterpolation(Value v) { return v.as<InterpolationObject>(); }

void templateDealloc(Object *o) {
  auto *t = static_cast<TemplateObject *>(o);
  decref(t->strings);
  decref(t->interpolations);
}

void interpolationDealloc(Object *o) {
  auto *i = static_cast<InterpolationObject *>(o);
  decref(i->value);
  decref(i->expression);
  decref(i->conversion);
  decref(i->formatSpec);
}

void templateIterDealloc(Object *o) { decref(static_cast<TemplateIterObject *>(o)->template_); }

Ref makeTemplate(Ref strings, Ref interpolations) {
  Object *o = allocObject(&TemplateType);
  if (!o)
    return {};
  auto *t = static_cast<TemplateObject *>(o);
  t->strings = strings.release();
  t->interpolations = interpolations.release();
  return Ref::steal(o);
}

Ref makeInterpolation(Value value, Value expression, Value conversion, Value formatSpec) {
  Object *o = allocObject(&InterpolationType);
  if (!o)
    return {};
  auto *i = static_cast<InterpolationObject *>(o);
  for (Value v : {value, expression, conversion, formatSpec})
    incref(v);
  i->value = value;
  i->expression = expression;
  i->conversion = conversion;
  i->formatSpec = formatSpec;
  return Ref::steal(o);
}

// CPython: Objects/templateobject.c template_new
Ref templateNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  if (kwnames && tupleSize(kwnames))
    return raise(&TypeErrorType, "Template.__new__ only accepts *args arguments");
  std::vector<Ref> strings, interpolations;
  bool lastWasStr = false;
  for (size_t i = 0; i < nargs; i++) {
    Value item = args[i];
    if (isStr(item)) {
      if (lastWasStr) {
        Ref joined = strConcat(strings.back().get(), item);
        if (!joined)
          return {};
        strings.back() = std::move(joined);
      } else {
        strings.push_back(Ref::borrow(item));
      }
      lastWasStr = true;
    } else if (item.type() == &InterpolationType) {
      if (!lastWasStr)
        strings.push_back(emptyStr());
      interpolations.push_back(Ref::borrow(item));
      lastWasStr = false;
    } else {
      return raisef(&TypeErrorType,
                    "Template.__new__ *args need to be of type 'str' or 'Interpolation', got {}",
                    typeName(item));
    }
  }
  if (!lastWasStr)
    strings.push_back(emptyStr());
  auto toTuple = [](std::vector<Ref> &items) {
    Ref t = newTuple(items.size());
    if (t)
      for (size_t i = 0; i < items.size(); i++)
        tupleInit(t.get(), i, std::move(items[i]));
    return t;
  };
  Ref s = toTuple(strings), in = toTuple(interpolations);
  if (!s || !in)
    return {};
  return makeTemplate(std::move(s), std::move(in));
}

// CPython: Objects/templateobject.c template_repr
Ref templateRepr(Value self) {
  std::string out = "Template(strings=";
  if (!appendRepr(out, asTemplate(self)->strings))
    return {};
  out += ", interpolations=";
  if (!appendRepr(out, asTemplate(self)->interpolations))
    return {};
  out += ")";
  return newStr(out);
}

// Template + Template joins the last string of the left with the first of the
// right; a Template does not concatenate with anything else (3.14.0 final).
// CPython: Objects/templateobject.c _PyTemplate_Concat
Ref templateAdd(Value a, Value b) {
  if (a.type() != &TemplateType)
    return newNotImplemented();
  if (b.type() != &TemplateType)
    return raisef(&TypeErrorType,
                  "can only concatenate string.templatelib.Template (not \"{}\") to "
                  "string.templatelib.Template",
                  typeName(b));
  auto *l = asTemplate(a), *r = asTemplate(b);
  size_t nl = tupleSize(l->strings), nr = tupleSize(r->strings);
  Ref joined = strConcat(tupleItem(l->strings, nl - 1), tupleItem(r->strings, 0));
  Ref strings = joined ? newTuple(nl + nr - 1) : Ref();
  if (!strings)
    return {};
  size_t k = 0;
  for (size_t i = 0; i + 1 < nl; i++)
    tupleInit(strings.get(), k++, Ref::borrow(tupleItem(l->strings, i)));
  tupleInit(strings.get(), k++, std::move(joined));
  for (size_t i = 1; i < nr; i++)
    tupleInit(strings.get(), k++, Ref::borrow(tupleItem(r->strings, i)));
  Ref interpolations = binaryOp(l->interpolations, r->interpolations, BinaryOp::Add);
  if (!interpolations)
    return {};
  return makeTemplate(std::move(strings), std::move(interpolations));
}

// Yields the non-empty strings and the interpolations in source order.
// CPython: Objects/templateobject.c template_iter, templateiter_next
Ref templateIter(Value self) {
  Object *o = allocObject(&TemplateIterType);
  if (!o)
    return {};
  auto *it = static_cast<TemplateIterObject *>(o);
  incref(self);
  it->template_ = self;
  it->index = 0;
  return Ref::steal(o);
}

Ref templateIterNext(Value self) {
  auto *it = self.as<TemplateIterObject>();
  auto *t = asTemplate(it->template_);
  size_t ns = tupleSize(t->strings), ni = tupleSize(t->interpolations);
  // Even positions are strings, odd ones interpolations.
  while (it->index < ns + ni) {
    size_t i = it->index++;
    if (i % 2 == 1)
      return Ref::borrow(tupleItem(t->interpolations, i / 2));
    Value s = tupleItem(t->strings, i / 2);
    if (strLength(s) != 0)
      return Ref::borrow(s);
  }
  return {};
}

Ref templateGetStrings(Value self) { return Ref::borrow(asTemplate(self)->strings); }
Ref templateGetInterpolations(Value self) { return Ref::borrow(asTemplate(self)->interpolations); }
// CPython: Objects/templateobject.c template_values_get
Ref templateGetValues(Value self) {
  Value in = asTemplate(self)->interpolations;
  Ref values = newTuple(tupleSize(in));
  if (!values)
    return {};
  for (size_t i = 0; i < tupleSize(in); i++)
    tupleInit(values.get(), i, Ref::borrow(asInterpolation(tupleItem(in, i))->value));
  return values;
}

// CPython: Objects/interpolationobject.c interpolation_new_impl
Ref interpolationNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  Value out[4] = {};
  if (!parseArgs({"Interpolation", {"value", "expression", "conversion", "format_spec"}, 2}, args,
                 nargs, kwnames, out))
    return {};
  if (!isStr(out[1]))
    return raisef(&TypeErrorType, "Interpolation() argument 'expression' must be str, not {}",
                  typeName(out[1]));
  Value conversion = out[2] ? out[2] : None();
  if (!isNone(conversion)) {
    if (!isStr(conversion))
      return raisef(&TypeErrorType, "Interpolation() argument 'conversion' must be str, not {}",
                    typeName(conversion));
    if (!strEqualsAscii(conversion, "s") && !strEqualsAscii(conversion, "r") &&
        !strEqualsAscii(conversion, "a"))
      return raise(&ValueErrorType,
                   "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
  }
  Ref empty = emptyStr();
  Value spec = out[3] ? out[3] : empty.get();
  if (!isStr(spec))
    return raisef(&TypeErrorType, "Interpolation() argument 'format_spec' must be str, not {}",
                  typeName(spec));
  return makeInterpolation(out[0], out[1], conversion, spec);
}

// CPython: Objects/interpolationobject.c interpolation_repr
Ref interpolationRepr(Value self) {
  auto *i = asInterpolation(self);
  std::string out = "Interpolation(";
  const Value parts[] = {i->value, i->expression, i->conversion, i->formatSpec};
  for (size_t k = 0; k < 4; k++) {
    if (k)
      out += ", ";
    if (!appendRepr(out, parts[k]))
      return {};
  }
  out += ")";
  return newStr(out);
}

Ref interpolationGetValue(Value self) { return Ref::borrow(asInterpolation(self)->value); }
Ref interpolationGetExpression(Value self) {
  return Ref::borrow(asInterpolation(self)->expression);
}
Ref interpolationGetConversion(Value self) {
  return Ref::borrow(asInterpolation(self)->conversion);
}
Ref interpolationGetFormatSpec(Value self) {
  return Ref::borrow(asInterpolation(self)->formatSpec);
}

Ref interpolationReduce(Value self) {
  auto *i = asInterpolation(self);
  Ref args = newTupleOf({i->value, i->expression, i->conversion, i->formatSpec});
  if (!args)
    return {};
  return newTupleOf({typeValue(&InterpolationType), args.get()});
}

bool readyTypes() {
  if (TemplateType.hasFlag(kTypeReady))
    return true;
  initStaticType(&TemplateType, "string.templatelib.Template", &ObjectType, sizeof(TemplateObject),
                 0);
  TemplateType.dealloc = templateDealloc;
  TemplateType.newInstance = templateNew;
  TemplateType.repr = templateRepr;
  TemplateType.iter = templateIter;
  TemplateType.binary[int(BinaryOp::Add)] = templateAdd;
  static const GetSetDef templateGetSets[] = {
      {"strings", templateGetStrings},
      {"interpolations", templateGetInterpolations},
      {"values", templateGetValues},
  };
  static const MethodDef templateMethods[] = {
      method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
  };
  if (!typeReady(&TemplateType, templateMethods, templateGetSets))
    return false;

  initStaticType(&InterpolationType, "string.templatelib.Interpolation", &ObjectType,
                 sizeof(InterpolationObject), 0);
  InterpolationType.dealloc = interpolationDealloc;
  InterpolationType.newInstance = interpolationNew;
  InterpolationType.repr = interpolationRepr;
  static const GetSetDef interpolationGetSets[] = {
      {"value", interpolationGetValue},
      {"expression", interpolationGetExpression},
      {"conversion", interpolationGetConversion},
      {"format_spec", interpolationGetFormatSpec},
  };
  static const MethodDef interpolationMethods[] = {
      method("__reduce__", interpolationReduce),
  };
  if (!typeReady(&InterpolationType, interpolationMethods, interpolationGetSets))
    return false;
  Ref matchArgs = newTupleOf({internStr("value").get(), internStr("expression").get(),
                              internStr("conversion").get(), internStr("format_spec").get()});
  if (!matchArgs ||
      dictSetItem(InterpolationType.dict.get(), "__match_args__", matchArgs.get()) < 0)
    return false;

  initStaticType(&TemplateIterType, "string.templatelib.TemplateIter", &ObjectType,
                 sizeof(TemplateIterObject), 0);
  TemplateIterType.dealloc = templateIterDealloc;
  TemplateIterType.iter = [](Value self) { return Ref::borrow(self); };
  TemplateIterType.iternext = templateIterNext;
  return typeReady(&TemplateIterType);
}

} // namespace

// CPython: Python/ceval.c BUILD_TEMPLATE, Objects/templateobject.c _PyTemplate_Build
Ref buildTemplate(Value strings, Value interpolations) {
  if (!readyTypes())
    return {};
  if (!isTuple(strings) || !isTuple(interpolations))
    return raise(&SystemErrorType, "BUILD_TEMPLATE expects two tuples");
  // The compiler always builds one more string than interpolations; hostile
  // bytecode may not, and the iterator and `values` rely on it.
  size_t ns = tupleSize(strings), ni = tupleSize(interpolations);
  bool wellFormed = ns == ni + 1;
  for (size_t i = 0; wellFormed && i < ns; i++)
    wellFormed = isStr(tupleItem(strings, i));
  for (size_t i = 0; wellFormed && i < ni; i++)
    wellFormed = tupleItem(interpolations, i).type() == &InterpolationType;
  if (!wellFormed)
    return raise(&SystemErrorType,
                 "BUILD_TEMPLATE expects n+1 strings and n interpolations");
  return makeTemplate(Ref::borrow(strings), Ref::borrow(interpolations));
}

// `conversion` is the oparg's conversion: 0 none, 1 !s, 2 !r, 3 !a.
// CPython: Objects/interpolationobject.c _PyInterpolation_Build
Ref buildInterpolation(Value value, Value expression, Value formatSpec, int conversion) {
  if (!readyTypes())
    return {};
  static const char *const kConversions[] = {nullptr, "s", "r", "a"};
  if (conversion < 0 || conversion > 3)
    return raise(&SystemErrorType,
                 "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
  Ref conv = conversion ? internStr(kConversions[conversion]) : newNone();
  Ref empty = emptyStr();
  return makeInterpolation(value, expression, conv.get(), formatSpec ? formatSpec : empty.get());
}

// The native `string` package: the constants and capwords of Lib/string, and
// its `templatelib` submodule (registered in sys.modules as well).
} // namespace pyvm
