// The special forms of the native `typing` module: Any, Optional, Union, the
// deprecated aliases (List, Dict, Callable, ...) and ClassVar / Final /
// Literal / Self. In 3.14 annotations are evaluated lazily, so most programs
// only need these names to import; subscription builds the same unions and
// parameterized reprs CPython shows ("typing.List[int]", "int | None").
// Simplification: List[int].__origin__ is typing.List itself, not list.
// CPython: Lib/typing.py _SpecialForm, _SpecialGenericAlias, _CallableType
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/set.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cstring>
#include <iterator>

namespace pyvm {

Ref typingUnionOr(Value a, Value b);                 // vm/typevar.cpp
Ref newTypingGenericAlias(Value origin, Value args); // vm/typevar.cpp

namespace {

enum class FormKind { Plain, Alias, Optional, Union };

struct FormObject : Object {
  const char *name; // "List"
  FormKind kind;
  Type *origin; // the builtin behind an alias, or null
};

Type SpecialFormType;

FormObject *asForm(Value v) { return v.as<FormObject>(); }

Ref formRepr(Value self) { return newStr(std::string("typing.") + asForm(self)->name); }

// CPython: Lib/typing.py Union/Optional/_SpecialGenericAlias.__getitem__
Ref formGetItem(Value self, Value item) {
  auto *f = asForm(self);
  switch (f->kind) {
  case FormKind::Optional:
    return typingUnionOr(item, None());
  case FormKind::Union: {
    if (!isTuple(item))
      return Ref::borrow(item);
    if (tupleSize(item) == 0)
      return raise(&TypeErrorType, "Cannot take a Union of no types.");
    Ref acc = Ref::borrow(tupleItem(item, 0));
    for (size_t i = 1; i < tupleSize(item) && acc; i++)
      acc = typingUnionOr(acc.get(), tupleItem(item, i));
    return acc;
  }
  case FormKind::Alias:
    return newTypingGenericAlias(self, item);
  case FormKind::Plain:
    if (strcmp(f->name, "Any") == 0 || strcmp(f->name, "Self") == 0 ||
        strcmp(f->name, "Never") == 0 || strcmp(f->name, "NoReturn") == 0)
      return raisef(&TypeErrorType, "typing.{} is not subscriptable", f->name);
    return newTypingGenericAlias(self, item);
  }
  return {};
}

// CPython: Lib/typing.py _BaseGenericAlias.__call__
Ref formCall(Value self, const Value *, size_t, Value) {
  auto *f = asForm(self);
  if (f->origin)
    return raisef(&TypeErrorType, "Type {} cannot be instantiated; use {}() instead", f->name,
                  strToUtf8(f->origin->nameObject.get()));
  return raisef(&TypeErrorType, "Cannot instantiate typing.{}", f->name);
}

Ref formInstanceCheck(Value self, Value inst) {
  auto *f = asForm(self);
  if (!f->origin)
    return raisef(&TypeErrorType, "typing.{} cannot be used with isinstance()", f->name);
  int r = isInstanceOf(inst, typeValue(f->origin));
  return r < 0 ? Ref() : newBool(r);
}

Ref formSubclassCheck(Value self, Value cls) {
  auto *f = asForm(self);
  if (!f->origin)
    return raisef(&TypeErrorType, "typing.{} cannot be used with issubclass()", f->name);
  int r = isSubclassOf(cls, typeValue(f->origin));
  return r < 0 ? Ref() : newBool(r);
}

Ref formOr(Value a, Value b) { return typingUnionOr(a, b); }

Ref formName(Value self) { return newStr(asForm(self)->name); }

bool readyFormType() {
  if (SpecialFormType.hasFlag(kTypeReady))
    return true;
  initStaticType(&SpecialFormType, "typing._SpecialForm", &ObjectType, sizeof(FormObject), 0);
  SpecialFormType.repr = formRepr;
  SpecialFormType.getitem = formGetItem;
  SpecialFormType.call = formCall;
  SpecialFormType.binary[int(BinaryOp::Or)] = formOr;
  static const MethodDef methods[] = {
      method("__instancecheck__", formInstanceCheck),
      method("__subclasscheck__", formSubclassCheck),
  };
  static const GetSetDef getsets[] = {{"_name", formName}};
  return typeReady(&SpecialFormType, methods, getsets);
}

} // namespace

// Adds the special forms to the typing module. Each form is an immortal
// static object, like CPython's module-level singletons.
bool addTypingSpecialForms(Value module) {
  if (!readyFormType())
    return false;
  struct Entry {
    const char *name;
    FormKind kind;
    Type *origin;
  };
  static const Entry kEntries[] = {
      {"Any", FormKind::Plain, nullptr},
      {"Optional", FormKind::Optional, nullptr},
      {"Union", FormKind::Union, nullptr},
      {"List", FormKind::Alias, &ListType},
      {"Dict", FormKind::Alias, &DictType},
      {"Set", FormKind::Alias, &SetType},
      {"FrozenSet", FormKind::Alias, &FrozenSetType},
      {"Tuple", FormKind::Alias, &TupleType},
      {"Type", FormKind::Alias, &TypeType},
      {"Callable", FormKind::Alias, nullptr},
      {"Iterable", FormKind::Alias, nullptr},
      {"Iterator", FormKind::Alias, nullptr},
      {"Generator", FormKind::Alias, nullptr},
      {"Sequence", FormKind::Alias, nullptr},
      {"MutableSequence", FormKind::Alias, nullptr},
      {"Mapping", FormKind::Alias, nullptr},
      {"MutableMapping", FormKind::Alias, nullptr},
      {"AbstractSet", FormKind::Alias, nullptr},
      {"Collection", FormKind::Alias, nullptr},
      {"Awaitable", FormKind::Alias, nullptr},
      {"Coroutine", FormKind::Alias, nullptr},
      {"AsyncIterator", FormKind::Alias, nullptr},
      {"AsyncIterable", FormKind::Alias, nullptr},
      {"ClassVar", FormKind::Plain, nullptr},
      {"Final", FormKind::Plain, nullptr},
      {"Literal", FormKind::Plain, nullptr},
      {"Annotated", FormKind::Plain, nullptr},
      {"Self", FormKind::Plain, nullptr},
      {"Never", FormKind::Plain, nullptr},
      {"NoReturn", FormKind::Plain, nullptr},
  };
  static FormObject forms[std::size(kEntries)];
  for (size_t i = 0; i < std::size(kEntries); i++) {
    FormObject &f = forms[i];
    f.refcount = kImmortalRefcount;
    f.type = &SpecialFormType;
    f.name = kEntries[i].name;
    f.kind = kEntries[i].kind;
    f.origin = kEntries[i].origin;
    if (moduleAddObject(module, f.name, Value::fromObject(&f)) < 0)
      return false;
  }
  return true;
}

} // namespace pyvm
