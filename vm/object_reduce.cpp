// object.__reduce__, object.__reduce_ex__ and object.__getstate__: the default
// pickling protocol. Protocols 0 and 1 go through copyreg._reduce_ex; 2 and up
// build (copyreg.__newobj__, (cls, *args), state, listitems, dictitems) here.
// copyreg is CPython's Lib module (on sys.path), imported when first needed.
// CPython: Objects/typeobject.c object___reduce_ex___impl, _common_reduce,
// reduce_newobj, object_getstate, _PyType_GetSlotNames, _PyObject_GetNewArguments
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject_internal.h"

namespace pyvm {

Ref objectGetstate(Value self);

namespace {

// type(obj).name bound to obj, or null without an error when absent.
// CPython: _PyObject_LookupSpecial
Ref lookupSpecialBound(Value obj, const char *name) {
  Value descr = typeLookup(obj.type(), name);
  if (!descr)
    return {};
  if (DescrGetFn get = descr.type()->descrGet)
    return get(descr, obj, Value::fromObject(obj.type()));
  return Ref::borrow(descr);
}

// The names of the type's __slots__ (a list or None), from its __slotnames__
// cache or copyreg._slotnames(cls). CPython: _PyType_GetSlotNames
Ref slotNamesOf(Type *cls) {
  Value cached = dictGetItem(cls->dict.get(), "__slotnames__");
  if (cached) {
    if (!isNone(cached) && !isList(cached))
      return raisef(&TypeErrorType, "{}.__slotnames__ should be a list or None, not {}",
                    cls->name, typeName(cached));
    return Ref::borrow(cached);
  }
  Ref copyreg = importModule("copyreg");
  Ref names = copyreg ? callMethod(*copyreg, "_slotnames", {typeValue(cls)}) : Ref();
  if (names && !isNone(*names) && !isList(*names))
    return raise(&TypeErrorType, "copyreg._slotnames didn't return a list or None");
  return names;
}

// The instance __dict__ (or None when empty), paired with a dict of the set
// __slots__ values when there are any. `required`: the state must capture
// everything, so a native solid base other than object cannot be pickled.
// CPython: object_getstate_default
Ref getStateDefault(Value obj, bool required) {
  Ref state;
  Ref *dictSlot = instanceDictSlot(obj);
  if (dictSlot && *dictSlot && dictSize(dictSlot->get()) > 0)
    state = *dictSlot;
  else
    state = newNone();
  Ref slotnames = slotNamesOf(obj.type());
  if (!slotnames)
    return {};
  if (required) {
    Type *solid = obj.type();
    while (solid->hasFlag(kTypeHeap) && solid->base)
      solid = solid->base;
    if (solid != &ObjectType)
      return raisef(&TypeErrorType, "cannot pickle '{}' object", obj.type()->name);
  }
  if (isList(*slotnames) && listSize(*slotnames) > 0) {
    Ref slots = newDict();
    if (!slots)
      return {};
    for (size_t i = 0; i < listSize(*slotnames); i++) {
      Value name = listItem(*slotnames, i);
      Ref value = lookupAttr(obj, name);
      if (!value) {
        if (errorPending())
          return {};
        continue;
      }
      if (dictSetItem(*slots, name, *value) < 0)
        return {};
    }
    if (dictSize(*slots) > 0)
      state = newTupleOf({*state, *slots});
  }
  return state;
}

// obj.__getstate__(), passing `required` on when it is object's own.
// CPython: object_getstate
Ref getState(Value obj, bool required) {
  Ref getstate = getAttr(obj, "__getstate__");
  if (!getstate)
    return {};
  if (isBuiltinFunction(*getstate)) {
    auto *f = getstate.as<BuiltinFunctionObject>();
    if (f->self && f->self.get().is(obj) &&
        f->def->function == reinterpret_cast<void *>(objectGetstate))
      return getStateDefault(obj, required);
  }
  return call(*getstate, nullptr, 0);
}

// (args, kwargs) for __new__ from __getnewargs_ex__ or __getnewargs__; both
// null when the object has neither. Returns false on error.
// CPython: _PyObject_GetNewArguments
bool getNewArguments(Value obj, Ref *args, Ref *kwargs) {
  if (Ref ex = lookupSpecialBound(obj, "__getnewargs_ex__")) {
    Ref pair = call(*ex, nullptr, 0);
    if (!pair)
      return false;
    if (!isTuple(*pair)) {
      raisef(&TypeErrorType, "__getnewargs_ex__ should return a tuple, not '{}'",
             typeName(*pair));
      return false;
    }
    if (tupleSize(*pair) != 2) {
      raisef(&ValueErrorType, "__getnewargs_ex__ should return a tuple of length 2, not {}",
             tupleSize(*pair));
      return false;
    }
    Value a = tupleItem(*pair, 0), k = tupleItem(*pair, 1);
    if (!isTuple(a)) {
      raisef(&TypeErrorType,
             "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
             typeName(a));
      return false;
    }
    if (!isDict(k)) {
      raisef(&TypeErrorType,
             "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
             typeName(k));
      return false;
    }
    *args = Ref::borrow(a);
    *kwargs = Ref::borrow(k);
    return true;
  }
  if (errorPending())
    return false;
  if (Ref plain = lookupSpecialBound(obj, "__getnewargs__")) {
    Ref a = call(*plain, nullptr, 0);
    if (!a)
      return false;
    if (!isTuple(*a)) {
      raisef(&TypeErrorType, "__getnewargs__ should return a tuple, not '{}'", typeName(*a));
      return false;
    }
    *args = std::move(a);
    return true;
  }
  return !errorPending();
}

// Protocol 2+: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems),
// or __newobj_ex__ with (cls, args, kwargs) when there are keyword arguments.
// CPython: reduce_newobj, _PyObject_GetItemsIter
Ref reduceNewobj(Value obj) {
  Type *cls = obj.type();
  if (!cls->newInstance)
    return raisef(&TypeErrorType, "cannot pickle '{}' object", cls->name);
  Ref args, kwargs;
  if (!getNewArguments(obj, &args, &kwargs))
    return {};
  Ref copyreg = importModule("copyreg");
  if (!copyreg)
    return {};
  bool hasArgs = bool(args);
  Ref newobj, newargs;
  if (!kwargs || dictSize(*kwargs) == 0) {
    newobj = getAttr(*copyreg, "__newobj__");
    std::vector<Value> items{typeValue(cls)};
    if (args)
      for (Value v : tupleItems(*args))
        items.push_back(v);
    newargs = newTupleFrom(items);
  } else {
    newobj = getAttr(*copyreg, "__newobj_ex__");
    newargs = newTupleOf({typeValue(cls), *args, *kwargs});
  }
  if (!newobj || !newargs)
    return {};
  Ref state = getState(obj, !(hasArgs || isList(obj) || isDict(obj)));
  if (!state)
    return {};
  Ref listitems = isList(obj) ? getIter(obj) : newNone();
  if (!listitems)
    return {};
  Ref dictitems;
  if (isDict(obj)) {
    Ref items = callMethod(obj, "items", {});
    dictitems = items ? getIter(*items) : Ref();
  } else {
    dictitems = newNone();
  }
  if (!dictitems)
    return {};
  return newTupleOf({*newobj, *newargs, *state, *listitems, *dictitems});
}

// CPython: _common_reduce
Ref commonReduce(Value self, int64_t proto) {
  if (proto >= 2)
    return reduceNewobj(self);
  Ref copyreg = importModule("copyreg");
  if (!copyreg)
    return {};
  Ref p = newInt(proto);
  return p ? callMethod(*copyreg, "_reduce_ex", {self, *p}) : Ref();
}

} // namespace

// object.__reduce__()
Ref objectReduce(Value self) { return commonReduce(self, 0); }

// object.__reduce_ex__(protocol): an overriding __reduce__ wins.
Ref objectReduceEx(Value self, Value protocol) {
  int64_t proto;
  if (!indexAsInt64(protocol, &proto, &OverflowErrorType))
    return {};
  Ref reduce = lookupAttr(self, internStr("__reduce__").get());
  if (!reduce) {
    if (errorPending())
      return {};
  } else {
    Ref clsReduce = getAttr(typeValue(self.type()), "__reduce__");
    if (!clsReduce)
      return {};
    Value objReduce = dictGetItem(ObjectType.dict.get(), "__reduce__");
    if (!clsReduce.get().is(objReduce))
      return call(*reduce, nullptr, 0);
  }
  return commonReduce(self, proto);
}

// object.__getstate__()
Ref objectGetstate(Value self) { return getStateDefault(self, false); }

} // namespace pyvm
