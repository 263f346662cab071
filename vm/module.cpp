// Module objects. CPython: Objects/moduleobject.c
#include "vm/module.h"

#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"

namespace pyvm {

Type ModuleType;

Ref newModule(Value name) {
  auto *m = static_cast<ModuleObject *>(allocObject(&ModuleType));
  if (!m)
    return {};
  new (&m->dict) Ref(newDict());
  new (&m->name) Ref(Ref::borrow(name));
  Ref self = Ref::steal(m);
  Value d = m->dict.get();
  if (dictSetItem(d, "__name__", name) < 0 || dictSetItem(d, "__doc__", None()) < 0 ||
      dictSetItem(d, "__package__", None()) < 0 || dictSetItem(d, "__loader__", None()) < 0 ||
      dictSetItem(d, "__spec__", None()) < 0)
    return {};
  return self;
}

Ref newModule(std::string_view name) {
  Ref n = newStr(name);
  if (!n)
    return {};
  return newModule(n.get());
}

bool moduleAddFunctions(Value module, std::span<const MethodDef> functions) {
  for (const MethodDef &def : functions) {
    Ref f = newBuiltinFunction(def, module);
    if (!f || dictSetItem(moduleDict(module), def.name, f.get()) < 0)
      return false;
  }
  return true;
}

int moduleAddObject(Value module, std::string_view name, Value value) {
  return dictSetItem(moduleDict(module), name, value);
}

namespace {

void moduleDealloc(Object *o) {
  auto *m = static_cast<ModuleObject *>(o);
  m->dict.~Ref();
  m->name.~Ref();
}

std::string moduleNameOf(Value self) {
  Value name = dictGetItem(moduleDict(self), "__name__");
  if (name && isStr(name))
    return strToUtf8(name);
  clearPendingException();
  return "?";
}

// CPython: Objects/moduleobject.c _Py_module_getattro_impl
Ref moduleGetAttr(Value self, Value name) {
  Ref r = genericGetAttrNoError(self, name);
  if (r || errorPending())
    return r;
  Value getattr = dictGetItem(moduleDict(self), "__getattr__");
  if (getattr)
    return call(getattr, &name, 1);
  if (errorPending())
    return {};
  std::string modname = moduleNameOf(self);
  raisef(&AttributeErrorType, "module '{}' has no attribute '{}'", modname, strToUtf8(name));
  Ref exc = takePendingException();
  if (exc) {
    setAttr(exc.get(), internedName("name"), name);
    setAttr(exc.get(), internedName("obj"), self);
    clearPendingException();
  }
  restorePendingException(std::move(exc));
  return {};
}

Ref moduleRepr(Value self) {
  std::string name = moduleNameOf(self);
  Value file = dictGetItem(moduleDict(self), "__file__");
  if (file && isStr(file))
    return newStr(fmt::format("<module '{}' from '{}'>", name, strToUtf8(file)));
  clearPendingException();
  for (const NativeModuleDef *d = kNativeModules; d->name; d++)
    if (name == d->name)
      return newStr(fmt::format("<module '{}' (built-in)>", name));
  if (name == "sys" || name == "builtins")
    return newStr(fmt::format("<module '{}' (built-in)>", name));
  return newStr(fmt::format("<module '{}'>", name));
}

Ref moduleNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"module", {"name", "doc"}, 1}, args, nargs, kwnames, out))
    return {};
  if (!isStr(out[0]))
    return raisef(&TypeErrorType, "module.__init__() argument 'name' must be str, not {}",
                  typeName(out[0]));
  Ref m = newModule(out[0]);
  if (m && out[1] && dictSetItem(moduleDict(m.get()), "__doc__", out[1]) < 0)
    return {};
  return m;
}

Ref moduleGetDict(Value self) { return Ref::borrow(moduleDict(self)); }

// The module's annotations: __annotations__ from its dict, else the result of
// __annotate__(1) (cached in the dict), else a new empty dict.
// CPython: Objects/moduleobject.c module_get_annotations
Ref moduleGetAnnotations(Value self) {
  Value d = moduleDict(self);
  Value ann = dictGetItem(d, "__annotations__");
  if (ann)
    return Ref::borrow(ann);
  if (errorPending())
    return {};
  Ref result;
  Value annotate = dictGetItem(d, "__annotate__");
  if (annotate && annotate != None()) {
    if (!annotate.type()->call)
      return raisef(&TypeErrorType, "__annotate__ is not callable");
    Value format = Value::fromSmallInt(1); // VALUE format
    result = call(annotate, &format, 1);
    if (!result)
      return {};
    if (!isDict(result.get()))
      return raisef(&TypeErrorType, "__annotate__ returned non-dict of type '{}'",
                    typeName(result.get()));
  } else {
    if (errorPending())
      return {};
    result = newDict();
  }
  if (dictSetItem(d, "__annotations__", result.get()) < 0)
    return {};
  return result;
}

// CPython: Objects/moduleobject.c module_set_annotations
int moduleSetAnnotations(Value self, Value value) {
  Value d = moduleDict(self);
  if (value)
    return dictSetItem(d, "__annotations__", value);
  Ref key = newStr("__annotations__");
  if (!dictGetItem(d, key.get())) {
    if (!errorPending())
      raise(&AttributeErrorType, "__annotations__");
    return -1;
  }
  return dictDelItem(d, key.get());
}

Ref moduleDir(Value self) {
  Value d = moduleDict(self);
  Value dirFunc = dictGetItem(d, "__dir__");
  if (dirFunc)
    return call(dirFunc, nullptr, 0);
  Ref list = newList();
  size_t pos = 0;
  Value k, v;
  while (dictNext(d, &pos, &k, &v))
    listAppend(list.get(), Ref::borrow(k));
  return list;
}

} // namespace

void initModuleType() {
  initStaticType(&ModuleType, "module", &ObjectType, sizeof(ModuleObject), kTypeBaseType);
  ModuleType.dealloc = moduleDealloc;
  ModuleType.getattr = moduleGetAttr;
  ModuleType.repr = moduleRepr;
  ModuleType.newInstance = moduleNew;
  {
    alignas(ModuleObject) static char probe[sizeof(ModuleObject)];
    auto *m = reinterpret_cast<ModuleObject *>(probe);
    ModuleType.dictOffset = size_t(reinterpret_cast<char *>(&m->dict) - probe);
  }
  static const GetSetDef getsets[] = {
      {"__dict__", moduleGetDict},
      {"__annotations__", moduleGetAnnotations, moduleSetAnnotations}};
  static const MethodDef methods[] = {method("__dir__", moduleDir)};
  typeReady(&ModuleType, methods, getsets);
}

} // namespace pyvm
