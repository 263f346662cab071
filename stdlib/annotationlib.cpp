// Stand-ins until Lib's typing and annotationlib can run (they need the ast
// module, i.e. a native _ast): typing.get_type_hints for plain class
// annotations, and an `annotationlib` with Format's values and a ForwardRef
// class. Enough for functools.singledispatch's register-by-annotation.
// NEEDS(ast): remove in favour of Lib/annotationlib.py and Lib/typing.py.
// CPython: Lib/typing.py get_type_hints, Lib/annotationlib.py
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/interp.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

namespace pyvm {

namespace {

// Copies one __annotations__ dict into `hints`: None means NoneType; a string
// (a forward reference) would need eval in the owner's globals.
bool addHints(Value hints, Value annotations) {
  if (!isDict(annotations))
    return true;
  size_t pos = 0;
  Value k, v;
  while (dictNext(annotations, &pos, &k, &v)) {
    if (isStr(v)) {
      raisef(&NotImplementedErrorType,
             "pyvm cannot evaluate the string annotation {} of '{}' yet", strRepr(v),
             strToUtf8(k));
      return false;
    }
    Value hint = isNone(v) ? typeValue(&NoneType) : v;
    if (dictSetItem(hints, k, hint) < 0)
      return false;
  }
  return true;
}

// get_type_hints(obj, globalns=None, localns=None, include_extras=False, *, format=None)
Ref typingGetTypeHints(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[5] = {};
  if (!parseArgs({"get_type_hints", {"obj", "globalns", "localns", "include_extras", "format"}, 1,
                  0, 4},
                 args, nargs, kwnames, out))
    return {};
  Ref hints = newDict();
  if (!hints)
    return {};
  Value obj = out[0];
  if (isType(obj)) {
    // Base classes first, so a subclass's annotation wins.
    Ref mro = getAttr(obj, "__mro__");
    if (!mro)
      return {};
    for (size_t i = tupleSize(*mro); i-- > 0;) {
      Ref ann = lookupAttr(tupleItem(*mro, i), internedName("__annotations__"));
      if (!ann && errorPending())
        return {};
      if (ann && !addHints(*hints, *ann))
        return {};
    }
    return hints;
  }
  Ref ann = lookupAttr(obj, internedName("__annotations__"));
  if (!ann) {
    if (errorPending())
      return {};
    return hints;
  }
  if (!addHints(*hints, *ann))
    return {};
  return hints;
}

const MethodDef kTypingHintsFunctions[] = {method("get_type_hints", typingGetTypeHints)};

// A plain class made as type(name, (object,), namespace) would be.
Ref makeClass(const char *name, std::initializer_list<std::pair<const char *, int>> ints) {
  Ref ns = newDict();
  Ref n = newStr(name), module = newStr("annotationlib");
  if (!ns || !n || !module || dictSetItem(*ns, "__module__", *module) < 0)
    return {};
  for (auto [key, value] : ints)
    if (dictSetItem(*ns, key, Value::fromSmallInt(value)) < 0)
      return {};
  Ref bases = newTupleOf({typeValue(&ObjectType)});
  if (!bases)
    return {};
  return call(typeValue(&TypeType), {*n, *bases, *ns});
}

} // namespace

bool addTypingGetTypeHints(Value typingModule) {
  return moduleAddFunctions(typingModule, kTypingHintsFunctions);
}

Ref createAnnotationlibModule() {
  Ref module = newModule("annotationlib");
  if (!module)
    return {};
  // CPython: annotationlib.Format (an IntEnum there)
  Ref format = makeClass("Format", {{"VALUE", 1},
                                    {"VALUE_WITH_FAKE_GLOBALS", 2},
                                    {"FORWARDREF", 3},
                                    {"STRING", 4}});
  Ref forwardRef = makeClass("ForwardRef", {});
  if (!format || !forwardRef || moduleAddObject(*module, "Format", *format) < 0 ||
      moduleAddObject(*module, "ForwardRef", *forwardRef) < 0)
    return {};
  return module;
}

} // namespace pyvm
