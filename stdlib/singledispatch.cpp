// functools.singledispatch: a generic function dispatching on the class of
// its first argument through a registry of implementations; the lookup
// walks type(arg).__mro__ (no ABC registration: the pure-Python version
// also consults abc-registered virtual bases, which pyvm does not have).
// CPython: Lib/functools.py singledispatch
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/function.h"
#include "vm/iterators.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

namespace pyvm {

namespace {

Type SingleDispatchType;

struct SingleDispatchObject : Object {
  Ref registry; // dict: class -> implementation
  Ref dict;     // instance __dict__ (update_wrapper fills it)
};

SingleDispatchObject *sd(Value v) { return v.as<SingleDispatchObject>(); }

void sdDealloc(Object *self) {
  auto *s = static_cast<SingleDispatchObject *>(self);
  s->registry.~Ref();
  s->dict.~Ref();
}

bool isClass(Value v) { return v.isObject() && isInstance(v, &TypeType); }

// The implementation for cls: the first class of cls.__mro__ registered.
// CPython: Lib/functools.py singledispatch.dispatch (_find_impl)
Ref dispatchImpl(Value self, Value cls) {
  Ref mro = getAttr(cls, "__mro__");
  if (!mro)
    return {};
  Ref seq = sequenceToTuple(*mro);
  if (!seq)
    return {};
  for (Value base : tupleItems(*seq)) {
    Ref impl;
    int r = dictLookup(*sd(self)->registry, base, &impl);
    if (r < 0)
      return {};
    if (r)
      return impl;
  }
  return dictGetItemRef(*sd(self)->registry, typeValue(&ObjectType));
}

std::string funcName(Value self) {
  Ref name = lookupAttr(self, *newStr("__name__"));
  if (name && isStr(*name))
    return strToUtf8(*name);
  clearPendingException();
  return "singledispatch function";
}

Ref sdCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (nargs == 0)
    return raisef(&TypeErrorType, "{} requires at least 1 positional argument", funcName(self));
  Ref impl = dispatchImpl(self, typeValue(args[0].type()));
  if (!impl)
    return errorPending() ? Ref() : raise(&RuntimeErrorType, "no implementation registered");
  return call(*impl, args, nargs, kwnames);
}

Ref sdDispatch(Value self, Value cls) { return dispatchImpl(self, cls); }

Ref sdRegisterImpl(Value self, Value cls, Value func);

// register(cls) used as @register(cls): a decorator bound to (self, cls).
Ref sdRegisterDecorator(Value state, Value func) {
  return sdRegisterImpl(tupleItem(state, 0), tupleItem(state, 1), func);
}
const MethodDef kRegisterDecoratorDef = method("register", sdRegisterDecorator);

// CPython: Lib/functools.py singledispatch.register
Ref sdRegisterImpl(Value self, Value cls, Value func) {
  if (isClass(cls)) {
    if (!func) {
      Ref state = newTupleOf({self, cls});
      return state ? newBuiltinFunction(kRegisterDecoratorDef, *state) : Ref();
    }
  } else {
    if (func) {
      Ref r = repr(cls);
      return r ? raisef(&TypeErrorType, "Invalid first argument to `register()`. {} is not a class "
                                        "or union type.",
                        strToUtf8(*r))
               : Ref();
    }
    // @register on an annotated function: the first parameter's annotation.
    Ref ann = lookupAttr(cls, *newStr("__annotations__"));
    if (!ann && errorPending())
      return {};
    Value argName, argClass;
    size_t pos = 0;
    Value k, v;
    while (ann && isDict(*ann) && dictNext(*ann, &pos, &k, &v)) {
      if (isStr(k) && strToUtf8(k) == "return")
        continue;
      argName = k;
      argClass = v;
      break;
    }
    if (!argName) {
      Ref r = repr(cls);
      return r ? raisef(&TypeErrorType,
                        "Invalid first argument to `register()`: {}. Use either "
                        "`@register(some_class)` or plain `@register` on an annotated function.",
                        strToUtf8(*r))
               : Ref();
    }
    if (!isClass(argClass)) {
      Ref a = repr(argName), c = repr(argClass);
      return a && c ? raisef(&TypeErrorType, "Invalid annotation for {}. {} is not a class.",
                             strToUtf8(*a), strToUtf8(*c))
                    : Ref();
    }
    func = cls;
    cls = argClass;
  }
  if (dictSetItem(*sd(self)->registry, cls, func) < 0)
    return {};
  return Ref::borrow(func);
}

Ref sdRegister(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"register", {"cls", "func"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  return sdRegisterImpl(self, out[0], out[1]);
}

Ref sdRegistry(Value self) { return newMappingProxy(*sd(self)->registry); }

Ref sdDescrGet(Value self, Value instance, Value) {
  if (!instance || isNone(instance))
    return Ref::borrow(self);
  return newMethod(self, instance);
}

Ref sdClearCache(Value) { return newNone(); }

Ref getDict(Value self) {
  Ref &d = sd(self)->dict;
  if (!d)
    d = newDict();
  return d;
}

const MethodDef kSingleDispatchMethods[] = {
    method("register", sdRegister),
    method("dispatch", sdDispatch),
    method("_clear_cache", sdClearCache),
};
const GetSetDef kSingleDispatchGetSets[] = {
    {"registry", sdRegistry},
    {"__dict__", getDict},
};

bool setupType() {
  if (SingleDispatchType.hasFlag(kTypeReady))
    return true;
  initStaticType(&SingleDispatchType, "functools.singledispatch", &ObjectType,
                 sizeof(SingleDispatchObject), kTypeMethodDescriptor);
  SingleDispatchType.nameObject = newStr("function");
  SingleDispatchType.dealloc = sdDealloc;
  SingleDispatchType.call = sdCall;
  SingleDispatchType.descrGet = sdDescrGet;
  SingleDispatchType.getattr = genericGetAttr;
  SingleDispatchType.setattr = genericSetAttr;
  SingleDispatchObject probe;
  SingleDispatchType.dictOffset =
      size_t(reinterpret_cast<char *>(&probe.dict) - reinterpret_cast<char *>(&probe));
  return typeReady(&SingleDispatchType, kSingleDispatchMethods, kSingleDispatchGetSets);
}

Ref gUpdateWrapper;

Ref functoolsSingleDispatch(Value, Value func) {
  if (!setupType())
    return {};
  Object *o = allocObject(&SingleDispatchType);
  if (!o)
    return {};
  Ref self = Ref::steal(o);
  sd(*self)->registry = newDict();
  if (!sd(*self)->registry ||
      dictSetItem(*sd(*self)->registry, typeValue(&ObjectType), func) < 0)
    return {};
  if (!call(*gUpdateWrapper, {*self, func}))
    return {};
  return self;
}

const MethodDef kSingleDispatchFunctions[] = {
    method("singledispatch", functoolsSingleDispatch),
};

} // namespace

// Adds functools.singledispatch; update_wrapper must already be in module.
bool addSingleDispatch(Value module) {
  gUpdateWrapper = Ref::borrow(dictGetItem(moduleDict(module), "update_wrapper"));
  return gUpdateWrapper && moduleAddFunctions(module, kSingleDispatchFunctions);
}

} // namespace pyvm
