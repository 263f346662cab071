// Native method descriptors, builtin functions, slot wrappers, getset and
// member descriptors, property, classmethod, staticmethod, super and
// mappingproxy. CPython: Objects/descrobject.c, Objects/methodobject.c,
// Objects/funcobject.c, Objects/typeobject.c (super)
#include "vm/descriptors.h"

#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typing.h"
#include "vm/typeobject_internal.h"

#include <vector>

namespace pyvm {

Type MethodDescrType;
Type ClassMethodDescrType;
Type BuiltinFunctionType;
Type GetSetDescrType;
Type MemberDescrType;
Type WrapperDescrType;
Type MethodWrapperType;
Type PropertyType;
Type ClassMethodType;
Type StaticMethodType;
Type SuperType;
Type MappingProxyType;

__attribute__((weak)) bool frameSuperArgs(Ref *, Ref *) {
  raise(&RuntimeErrorType, "super(): no arguments");
  return false;
}

static const void *addr(Value v) { return v.isObject() ? v.object() : nullptr; }

static Ref descrGetName(const char *name) { return newStr(name); }

// --- Calling MethodDefs ------------------------------------------------------------

std::string functionDisplayName(Value callable) {
  if (callable.type() == &MethodDescrType || callable.type() == &ClassMethodDescrType) {
    auto *d = callable.as<MethodDescrObject>();
    return d->owner->name + "." + d->def->name;
  }
  if (callable.type() == &BuiltinFunctionType) {
    auto *f = callable.as<BuiltinFunctionObject>();
    Value self = f->self.get();
    if (self.isNull())
      return f->def->name;
    if (isModule(self)) {
      Value name = self.as<ModuleObject>()->name.get();
      if (name && isStr(name) && !strEqualsAscii(name, "builtins"))
        return strToUtf8(name) + "." + f->def->name;
      return f->def->name;
    }
    Type *t = isType(self) ? static_cast<Type *>(self.object()) : self.type();
    return t->name + "." + f->def->name;
  }
  return typeName(callable);
}

Ref callMethodDef(const MethodDef *def, Value self, const Value *args, size_t nargs,
                  Value kwnames, Value callable) {
  bool hasKw = !kwnames.isNull() && tupleSize(kwnames) > 0;
  switch (def->style) {
  case CallStyle::NoArgs:
    if (hasKw)
      return raisef(&TypeErrorType, "{}() takes no keyword arguments",
                    functionDisplayName(callable));
    if (nargs != 0)
      return raisef(&TypeErrorType, "{}() takes no arguments ({} given)",
                    functionDisplayName(callable), nargs);
    return reinterpret_cast<NoArgsFn>(def->function)(self);
  case CallStyle::OneArg:
    if (hasKw)
      return raisef(&TypeErrorType, "{}() takes no keyword arguments",
                    functionDisplayName(callable));
    if (nargs != 1)
      return raisef(&TypeErrorType, "{}() takes exactly one argument ({} given)",
                    functionDisplayName(callable), nargs);
    return reinterpret_cast<OneArgFn>(def->function)(self, args[0]);
  case CallStyle::Fast:
    if (hasKw)
      return raisef(&TypeErrorType, "{}() takes no keyword arguments",
                    functionDisplayName(callable));
    return reinterpret_cast<FastFn>(def->function)(self, args, nargs);
  case CallStyle::FastKw:
    return reinterpret_cast<FastKwFn>(def->function)(self, args, nargs,
                                                     hasKw ? kwnames : Value());
  }
  return Ref();
}

// --- method_descriptor / classmethod_descriptor ---------------------------------------------

Ref newMethodDescriptor(Type *owner, const MethodDef *def) {
  Object *o = allocObject(&MethodDescrType);
  if (!o)
    return Ref();
  auto *d = static_cast<MethodDescrObject *>(o);
  d->owner = owner;
  d->def = def;
  return Ref::steal(o);
}

Ref newClassMethodDescriptor(Type *owner, const MethodDef *def) {
  Object *o = allocObject(&ClassMethodDescrType);
  if (!o)
    return Ref();
  auto *d = static_cast<MethodDescrObject *>(o);
  d->owner = owner;
  d->def = def;
  return Ref::steal(o);
}

static Ref methoddescr_call(Value self, const Value *args, size_t nargs, Value kwnames) {
  auto *d = self.as<MethodDescrObject>();
  if (nargs < 1)
    return raisef(&TypeErrorType, "unbound method {}() needs an argument",
                  functionDisplayName(self));
  if (!isInstance(args[0], d->owner))
    return raisef(&TypeErrorType, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                  d->def->name, d->owner->name, typeName(args[0]));
  return callMethodDef(d->def, args[0], args + 1, nargs - 1, kwnames, self);
}

static Ref methoddescr_get(Value self, Value obj, Value) {
  auto *d = self.as<MethodDescrObject>();
  if (obj.isNull())
    return Ref::borrow(self);
  if (!isInstance(obj, d->owner))
    return raisef(&TypeErrorType, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                  d->def->name, d->owner->name, typeName(obj));
  return newBuiltinFunctionWithModule(*d->def, obj, Value());
}

static Ref methoddescr_repr(Value self) {
  auto *d = self.as<MethodDescrObject>();
  return newStr(fmt::format("<method '{}' of '{}' objects>", d->def->name, d->owner->name));
}

static Ref classmethoddescr_get(Value self, Value obj, Value type) {
  auto *d = self.as<MethodDescrObject>();
  if (type.isNull())
    type = typeValue(obj.type());
  if (!isType(type))
    return raisef(&TypeErrorType, "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
                  d->def->name, d->owner->name, typeName(type));
  if (!isSubtype(static_cast<Type *>(type.object()), d->owner))
    return raisef(&TypeErrorType, "descriptor '{}' requires a subtype of '{}' but received '{}'",
                  d->def->name, d->owner->name, static_cast<Type *>(type.object())->name);
  return newBuiltinFunctionWithModule(*d->def, type, Value());
}

static Ref classmethoddescr_call(Value self, const Value *args, size_t nargs, Value kwnames) {
  auto *d = self.as<MethodDescrObject>();
  if (nargs < 1)
    return raisef(&TypeErrorType, "descriptor '{}' of '{}' object needs an argument",
                  d->def->name, d->owner->name);
  if (!isType(args[0]))
    return raisef(&TypeErrorType, "descriptor '{}' requires a type but received a '{}'",
                  d->def->name, typeName(args[0]));
  if (!isSubtype(static_cast<Type *>(args[0].object()), d->owner))
    return raisef(&TypeErrorType, "descriptor '{}' requires a subtype of '{}' but received '{}'",
                  d->def->name, d->owner->name, static_cast<Type *>(args[0].object())->name);
  return callMethodDef(d->def, args[0], args + 1, nargs - 1, kwnames, self);
}

static Ref descr_name(Value self) {
  if (self.type() == &MethodDescrType || self.type() == &ClassMethodDescrType)
    return descrGetName(self.as<MethodDescrObject>()->def->name);
  if (self.type() == &GetSetDescrType)
    return descrGetName(self.as<GetSetDescrObject>()->def->name);
  if (self.type() == &MemberDescrType)
    return self.as<MemberDescrObject>()->name;
  if (self.type() == &WrapperDescrType)
    return descrGetName(slotDefName(self.as<WrapperDescrObject>()->slot));
  return newNone();
}

static Type *descrOwner(Value self) {
  if (self.type() == &MethodDescrType || self.type() == &ClassMethodDescrType)
    return self.as<MethodDescrObject>()->owner;
  if (self.type() == &GetSetDescrType)
    return self.as<GetSetDescrObject>()->owner;
  if (self.type() == &MemberDescrType)
    return self.as<MemberDescrObject>()->owner;
  if (self.type() == &WrapperDescrType)
    return self.as<WrapperDescrObject>()->owner;
  return nullptr;
}

static Ref descr_qualname(Value self) {
  Ref name = descr_name(self);
  if (!name)
    return Ref();
  Type *owner = descrOwner(self);
  if (!owner)
    return name;
  Ref oq = owner->qualname ? owner->qualname : owner->nameObject;
  return newStr(strToUtf8(oq.get()) + "." + strToUtf8(name.get()));
}

static Ref descr_objclass(Value self) { return Ref::borrow(typeValue(descrOwner(self))); }

static Ref methoddescr_doc(Value self) {
  const MethodDef *d = self.as<MethodDescrObject>()->def;
  return d->doc ? newStr(d->doc) : newNone();
}

static Ref descr_text_signature(Value) { return newNone(); }

static const GetSetDef kMethodDescrGetSets[] = {
    {"__name__", descr_name},
    {"__qualname__", descr_qualname},
    {"__objclass__", descr_objclass},
    {"__doc__", methoddescr_doc},
    {"__text_signature__", descr_text_signature},
};

// --- builtin_function_or_method -----------------------------------------------------------

Ref newBuiltinFunctionWithModule(const MethodDef &def, Value self, Value module) {
  Object *o = allocObject(&BuiltinFunctionType);
  if (!o)
    return Ref();
  auto *f = new (o) BuiltinFunctionObject();
  f->refcount = 1;
  f->type = &BuiltinFunctionType;
  f->def = &def;
  f->self = Ref::borrow(self);
  f->module = Ref::borrow(module);
  return Ref::steal(o);
}

Ref newBuiltinFunction(const MethodDef &def, Value self) {
  Value module;
  if (!self.isNull() && isModule(self))
    module = self.as<ModuleObject>()->name.get();
  return newBuiltinFunctionWithModule(def, self, module);
}

static void builtin_dealloc(Object *o) {
  auto *f = static_cast<BuiltinFunctionObject *>(o);
  f->self.reset();
  f->module.reset();
}

static Ref builtin_call(Value self, const Value *args, size_t nargs, Value kwnames) {
  auto *f = self.as<BuiltinFunctionObject>();
  return callMethodDef(f->def, f->self.get(), args, nargs, kwnames, self);
}

static Ref builtin_repr(Value self) {
  auto *f = self.as<BuiltinFunctionObject>();
  Value s = f->self.get();
  if (s.isNull() || isModule(s))
    return newStr(fmt::format("<built-in function {}>", f->def->name));
  return newStr(fmt::format("<built-in method {} of {} object at {}>", f->def->name,
                            typeName(s), addr(s)));
}

static Ref builtin_richcompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || b.type() != &BuiltinFunctionType)
    return newNotImplemented();
  auto *x = a.as<BuiltinFunctionObject>();
  auto *y = b.as<BuiltinFunctionObject>();
  bool eq = x->self.get().is(y->self.get()) && x->def->function == y->def->function;
  return newBool(op == CompareOp::Eq ? eq : !eq);
}

static int64_t builtin_hash(Value self) {
  auto *f = self.as<BuiltinFunctionObject>();
  int64_t x = pointerHash(f->self.get().isObject() ? f->self.get().object() : nullptr);
  int64_t y = pointerHash(f->def->function);
  int64_t h = x ^ y;
  return h == -1 ? -2 : h;
}

static Ref builtin_name(Value self) { return newStr(self.as<BuiltinFunctionObject>()->def->name); }
static Ref builtin_qualname(Value self) {
  auto *f = self.as<BuiltinFunctionObject>();
  Value s = f->self.get();
  if (s.isNull() || isModule(s))
    return newStr(f->def->name);
  Type *t = isType(s) ? static_cast<Type *>(s.object()) : s.type();
  Ref q = t->qualname ? t->qualname : t->nameObject;
  return newStr(strToUtf8(q.get()) + "." + f->def->name);
}
static Ref builtin_self(Value self) {
  auto *f = self.as<BuiltinFunctionObject>();
  return f->self ? f->self : newNone();
}
static Ref builtin_module(Value self) {
  auto *f = self.as<BuiltinFunctionObject>();
  return f->module ? f->module : newNone();
}
static int builtin_set_module(Value self, Value value) {
  self.as<BuiltinFunctionObject>()->module = Ref::borrow(value);
  return 0;
}
static Ref builtin_doc(Value self) {
  const MethodDef *d = self.as<BuiltinFunctionObject>()->def;
  return d->doc ? newStr(d->doc) : newNone();
}

static const GetSetDef kBuiltinGetSets[] = {
    {"__name__", builtin_name},
    {"__qualname__", builtin_qualname},
    {"__self__", builtin_self},
    {"__module__", builtin_module, builtin_set_module},
    {"__doc__", builtin_doc},
    {"__text_signature__", descr_text_signature},
};

// --- getset_descriptor ---------------------------------------------------------------------------

Ref newGetSetDescriptor(Type *owner, const GetSetDef *def) {
  Object *o = allocObject(&GetSetDescrType);
  if (!o)
    return Ref();
  auto *d = static_cast<GetSetDescrObject *>(o);
  d->owner = owner;
  d->def = def;
  return Ref::steal(o);
}

static bool descrCheck(Value descr, const char *name, Type *owner, Value obj) {
  if (isInstance(obj, owner))
    return true;
  (void)descr;
  raisef(&TypeErrorType, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name,
         owner->name, typeName(obj));
  return false;
}

static Ref getset_get(Value self, Value obj, Value) {
  auto *d = self.as<GetSetDescrObject>();
  if (obj.isNull())
    return Ref::borrow(self);
  if (!descrCheck(self, d->def->name, d->owner, obj))
    return Ref();
  if (!d->def->get)
    return raisef(&AttributeErrorType, "attribute '{}' of '{}' objects is not readable",
                  d->def->name, d->owner->name);
  return d->def->get(obj);
}

static int getset_set(Value self, Value obj, Value value) {
  auto *d = self.as<GetSetDescrObject>();
  if (!descrCheck(self, d->def->name, d->owner, obj))
    return -1;
  if (!d->def->set) {
    raisef(&AttributeErrorType, "attribute '{}' of '{}' objects is not writable", d->def->name,
           d->owner->name);
    return -1;
  }
  return d->def->set(obj, value);
}

static Ref getset_repr(Value self) {
  auto *d = self.as<GetSetDescrObject>();
  return newStr(fmt::format("<attribute '{}' of '{}' objects>", d->def->name, d->owner->name));
}

static Ref getset_doc(Value self) {
  const GetSetDef *d = self.as<GetSetDescrObject>()->def;
  return d->doc ? newStr(d->doc) : newNone();
}

static const GetSetDef kGetSetDescrGetSets[] = {
    {"__name__", descr_name},
    {"__qualname__", descr_qualname},
    {"__objclass__", descr_objclass},
    {"__doc__", getset_doc},
};

// --- member_descriptor (__slots__) ---------------------------------------------------------------

Ref newMemberDescriptor(Type *owner, Value name, size_t offset) {
  Object *o = allocObject(&MemberDescrType);
  if (!o)
    return Ref();
  auto *d = new (o) MemberDescrObject();
  d->refcount = 1;
  d->type = &MemberDescrType;
  d->owner = owner;
  d->name = Ref::borrow(name);
  d->offset = offset;
  return Ref::steal(o);
}

static void member_dealloc(Object *o) { static_cast<MemberDescrObject *>(o)->name.reset(); }

static Ref member_get(Value self, Value obj, Value) {
  auto *d = self.as<MemberDescrObject>();
  if (obj.isNull())
    return Ref::borrow(self);
  if (!isInstance(obj, d->owner))
    return raisef(&TypeErrorType, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                  strToUtf8(d->name.get()), d->owner->name, typeName(obj));
  Value v = *reinterpret_cast<Value *>(reinterpret_cast<char *>(obj.object()) + d->offset);
  if (v.isNull())
    return raisef(&AttributeErrorType, "'{}' object has no attribute '{}'", typeName(obj),
                  strToUtf8(d->name.get()));
  return Ref::borrow(v);
}

static int member_set(Value self, Value obj, Value value) {
  auto *d = self.as<MemberDescrObject>();
  if (!isInstance(obj, d->owner)) {
    raisef(&TypeErrorType, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
           strToUtf8(d->name.get()), d->owner->name, typeName(obj));
    return -1;
  }
  Value *p = reinterpret_cast<Value *>(reinterpret_cast<char *>(obj.object()) + d->offset);
  Value old = *p;
  if (value.isNull() && old.isNull()) {
    raise(&AttributeErrorType, strToUtf8(d->name.get()));
    return -1;
  }
  incref(value);
  *p = value;
  xdecref(old);
  return 0;
}

static Ref member_repr(Value self) {
  auto *d = self.as<MemberDescrObject>();
  return newStr(
      fmt::format("<member '{}' of '{}' objects>", strToUtf8(d->name.get()), d->owner->name));
}

static const GetSetDef kMemberGetSets[] = {
    {"__name__", descr_name},
    {"__qualname__", descr_qualname},
    {"__objclass__", descr_objclass},
};

// --- wrapper_descriptor / method-wrapper ------------------------------------------------------------

Ref newWrapperDescriptor(Type *owner, const SlotDef *slot, void *function) {
  Object *o = allocObject(&WrapperDescrType);
  if (!o)
    return Ref();
  auto *d = static_cast<WrapperDescrObject *>(o);
  d->owner = owner;
  d->slot = slot;
  d->function = function;
  return Ref::steal(o);
}

static Ref wrapperdescr_call(Value self, const Value *args, size_t nargs, Value kwnames) {
  auto *d = self.as<WrapperDescrObject>();
  const char *name = slotDefName(d->slot);
  if (nargs < 1)
    return raisef(&TypeErrorType, "descriptor '{}' of '{}' object needs an argument", name,
                  d->owner->name);
  if (!isInstance(args[0], d->owner))
    return raisef(&TypeErrorType, "descriptor '{}' requires a '{}' object but received a '{}'",
                  name, d->owner->name, typeName(args[0]));
  return callSlotWrapper(d->slot, d->function, d->owner, args[0], args + 1, nargs - 1, kwnames);
}

static Ref wrapperdescr_get(Value self, Value obj, Value) {
  auto *d = self.as<WrapperDescrObject>();
  if (obj.isNull())
    return Ref::borrow(self);
  if (!descrCheck(self, slotDefName(d->slot), d->owner, obj))
    return Ref();
  Object *o = allocObject(&MethodWrapperType);
  if (!o)
    return Ref();
  auto *w = static_cast<MethodWrapperObject *>(o);
  w->descr = Ref::borrow(self);
  w->self = Ref::borrow(obj);
  return Ref::steal(o);
}

static Ref wrapperdescr_repr(Value self) {
  auto *d = self.as<WrapperDescrObject>();
  return newStr(
      fmt::format("<slot wrapper '{}' of '{}' objects>", slotDefName(d->slot), d->owner->name));
}

static Ref wrapperdescr_doc(Value) { return newNone(); }

static const GetSetDef kWrapperDescrGetSets[] = {
    {"__name__", descr_name},
    {"__qualname__", descr_qualname},
    {"__objclass__", descr_objclass},
    {"__doc__", wrapperdescr_doc},
    {"__text_signature__", descr_text_signature},
};

static void methodwrapper_dealloc(Object *o) {
  auto *w = static_cast<MethodWrapperObject *>(o);
  w->descr.reset();
  w->self.reset();
}

static Ref methodwrapper_call(Value self, const Value *args, size_t nargs, Value kwnames) {
  auto *w = self.as<MethodWrapperObject>();
  auto *d = w->descr.as<WrapperDescrObject>();
  return callSlotWrapper(d->slot, d->function, d->owner, w->self.get(), args, nargs, kwnames);
}

static Ref methodwrapper_repr(Value self) {
  auto *w = self.as<MethodWrapperObject>();
  auto *d = w->descr.as<WrapperDescrObject>();
  return newStr(fmt::format("<method-wrapper '{}' of {} object at {}>", slotDefName(d->slot),
                            typeName(w->self.get()), addr(w->self.get())));
}

static Ref methodwrapper_richcompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || b.type() != &MethodWrapperType)
    return newNotImplemented();
  auto *x = a.as<MethodWrapperObject>();
  auto *y = b.as<MethodWrapperObject>();
  bool eq = x->descr.get().is(y->descr.get()) && x->self.get().is(y->self.get());
  return newBool(op == CompareOp::Eq ? eq : !eq);
}

static int64_t methodwrapper_hash(Value self) {
  auto *w = self.as<MethodWrapperObject>();
  int64_t h = pointerHash(addr(w->self.get())) ^ pointerHash(addr(w->descr.get()));
  return h == -1 ? -2 : h;
}

static Ref methodwrapper_self(Value self) { return self.as<MethodWrapperObject>()->self; }
static Ref methodwrapper_name(Value self) {
  return descr_name(self.as<MethodWrapperObject>()->descr.get());
}
static Ref methodwrapper_qualname(Value self) {
  return descr_qualname(self.as<MethodWrapperObject>()->descr.get());
}
static Ref methodwrapper_objclass(Value self) {
  return descr_objclass(self.as<MethodWrapperObject>()->descr.get());
}

static const GetSetDef kMethodWrapperGetSets[] = {
    {"__self__", methodwrapper_self},
    {"__name__", methodwrapper_name},
    {"__qualname__", methodwrapper_qualname},
    {"__objclass__", methodwrapper_objclass},
    {"__doc__", wrapperdescr_doc},
    {"__text_signature__", descr_text_signature},
};

// --- property ------------------------------------------------------------------------------------------

static void property_dealloc(Object *o) {
  auto *p = static_cast<PropertyObject *>(o);
  p->fget.reset();
  p->fset.reset();
  p->fdel.reset();
  p->doc.reset();
  p->name.reset();
}

static Ref property_new(Type *type, const Value *, size_t, Value) {
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  return Ref::steal(o);
}

static Ref noneToNull(Value v) {
  if (v.isNull() || isNone(v))
    return Ref();
  return Ref::borrow(v);
}

// CPython: Objects/descrobject.c property_init_impl
static int property_init(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[4];
  static const ParamSpec spec{"property", {"fget", "fset", "fdel", "doc"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return -1;
  auto *p = self.as<PropertyObject>();
  p->fget = noneToNull(out[0]);
  p->fset = noneToNull(out[1]);
  p->fdel = noneToNull(out[2]);
  p->doc = noneToNull(out[3]);
  p->getterDoc = false;
  p->name.reset();
  if (!p->doc && p->fget) {
    static Value docName = internStr("__doc__").release();
    Ref d = lookupAttr(p->fget.get(), docName);
    if (!d && errorPending())
      return -1;
    if (d && !isNone(d.get())) {
      p->doc = std::move(d);
      p->getterDoc = true;
    }
  }
  // A subclass instance keeps the doc in its __dict__.
  if (self.type() != &PropertyType && p->doc) {
    if (Ref *slot = instanceDictSlot(self)) {
      if (!*slot)
        *slot = newDict();
      if (!*slot || dictSetItem(slot->get(), "__doc__", p->doc.get()) < 0)
        return -1;
    }
  }
  return 0;
}

// CPython: Objects/descrobject.c property_name (the __set_name__ name, else
// fget.__name__)
static std::string propertyErrorPrefix(Value self, Value obj) {
  auto *p = self.as<PropertyObject>();
  Ref name = p->name;
  if (!name && p->fget) {
    name = lookupAttr(p->fget.get(), internStr("__name__").get());
    if (!name)
      clearPendingException();
  }
  if (name)
    return fmt::format("property {} of {} object", reprString(name.get()),
                       reprString(newStr(typeName(obj)).get()));
  return fmt::format("property of {} object", reprString(newStr(typeName(obj)).get()));
}

static Ref property_get(Value self, Value obj, Value) {
  if (obj.isNull() || isNone(obj))
    return Ref::borrow(self);
  auto *p = self.as<PropertyObject>();
  if (!p->fget)
    return raisef(&AttributeErrorType, "{} has no getter", propertyErrorPrefix(self, obj));
  return call(p->fget.get(), {obj});
}

static int property_set(Value self, Value obj, Value value) {
  auto *p = self.as<PropertyObject>();
  Ref f = value.isNull() ? p->fdel : p->fset;
  if (!f) {
    raisef(&AttributeErrorType, "{} has no {}", propertyErrorPrefix(self, obj),
           value.isNull() ? "deleter" : "setter");
    return -1;
  }
  Ref r = value.isNull() ? call(f.get(), {obj}) : call(f.get(), {obj, value});
  return r ? 0 : -1;
}

// property.getter/setter/deleter: a copy with one function replaced.
// CPython: Objects/descrobject.c property_copy
static Ref propertyCopy(Value self, Value get, Value set, Value del) {
  auto *p = self.as<PropertyObject>();
  Value g = get ? get : (p->fget ? p->fget.get() : None());
  Value s = set ? set : (p->fset ? p->fset.get() : None());
  Value d = del ? del : (p->fdel ? p->fdel.get() : None());
  Value doc = (p->getterDoc && get) ? None() : (p->doc ? p->doc.get() : None());
  Ref r = call(typeValue(self.type()), {g, s, d, doc});
  if (!r)
    return Ref();
  if (isInstance(r.get(), &PropertyType) && p->name)
    r.as<PropertyObject>()->name = p->name;
  return r;
}

static Ref property_getter(Value self, Value f) { return propertyCopy(self, f, Value(), Value()); }
static Ref property_setter(Value self, Value f) { return propertyCopy(self, Value(), f, Value()); }
static Ref property_deleter(Value self, Value f) {
  return propertyCopy(self, Value(), Value(), f);
}
static Ref property_set_name(Value self, const Value *args, size_t nargs) {
  if (nargs != 2)
    return raisef(&TypeErrorType, "__set_name__() takes 2 positional arguments but {} were given",
                  nargs);
  self.as<PropertyObject>()->name = Ref::borrow(args[1]);
  return newNone();
}

static Ref property_fget(Value self) {
  auto *p = self.as<PropertyObject>();
  return p->fget ? p->fget : newNone();
}
static Ref property_fset(Value self) {
  auto *p = self.as<PropertyObject>();
  return p->fset ? p->fset : newNone();
}
static Ref property_fdel(Value self) {
  auto *p = self.as<PropertyObject>();
  return p->fdel ? p->fdel : newNone();
}
static Ref property_doc(Value self) {
  auto *p = self.as<PropertyObject>();
  return p->doc ? p->doc : newNone();
}
static int property_set_doc(Value self, Value value) {
  self.as<PropertyObject>()->doc = noneToNull(value);
  return 0;
}
static Ref property_name_get(Value self) {
  auto *p = self.as<PropertyObject>();
  if (p->name)
    return p->name;
  if (p->fget)
    return getAttr(p->fget.get(), "__name__");
  return raise(&AttributeErrorType, "'property' object has no attribute '__name__'");
}
static int property_name_set(Value self, Value value) {
  self.as<PropertyObject>()->name = Ref::borrow(value);
  return 0;
}
static Ref isAbstractOf(Value f) {
  if (f.isNull())
    return Ref();
  Ref r = lookupAttr(f, internStr("__isabstractmethod__").get());
  if (!r)
    return Ref();
  int t = isTrue(r.get());
  if (t < 0)
    return Ref();
  return t ? newBool(true) : Ref();
}
static Ref property_isabstract(Value self) {
  auto *p = self.as<PropertyObject>();
  for (Value f : {p->fget.get(), p->fset.get(), p->fdel.get()}) {
    Ref r = isAbstractOf(f);
    if (r)
      return r;
    if (errorPending())
      return Ref();
  }
  return newBool(false);
}

static const MethodDef kPropertyMethods[] = {
    method("getter", property_getter),
    method("setter", property_setter),
    method("deleter", property_deleter),
    method("__set_name__", property_set_name),
};
static const GetSetDef kPropertyGetSets[] = {
    {"fget", property_fget},
    {"fset", property_fset},
    {"fdel", property_fdel},
    {"__doc__", property_doc, property_set_doc},
    {"__name__", property_name_get, property_name_set},
    {"__isabstractmethod__", property_isabstract},
};

// --- classmethod / staticmethod ---------------------------------------------------------------------

static void cm_dealloc(Object *o) {
  auto *c = static_cast<ClassMethodObject *>(o);
  c->callable.reset();
  c->dict.reset();
}

static Ref cm_new(Type *type, const Value *, size_t, Value) {
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  return Ref::steal(o);
}

// Copies __module__, __name__, __qualname__, __doc__ (functools.wraps).
// CPython: Objects/funcobject.c functools_wraps
static bool wrapsCopy(Value self, Value wrapped) {
  auto *c = self.as<ClassMethodObject>();
  if (!c->dict) {
    c->dict = newDict();
    if (!c->dict)
      return false;
  }
  for (const char *attr : {"__module__", "__name__", "__qualname__", "__doc__"}) {
    Ref v = lookupAttr(wrapped, internStr(attr).get());
    if (!v) {
      if (errorPending())
        return false;
      continue;
    }
    if (dictSetItem(c->dict.get(), attr, v.get()) < 0)
      return false;
  }
  return true;
}

static int cm_init(Value self, const Value *args, size_t nargs, Value kwnames) {
  const char *name = isInstance(self, &StaticMethodType) ? "staticmethod" : "classmethod";
  if (!checkNoKeywords(name, kwnames))
    return -1;
  if (nargs != 1) {
    raisef(&TypeErrorType, "{} expected 1 argument, got {}", name, nargs);
    return -1;
  }
  self.as<ClassMethodObject>()->callable = Ref::borrow(args[0]);
  return wrapsCopy(self, args[0]) ? 0 : -1;
}

Ref newClassMethod(Value callable) {
  Object *o = allocObject(&ClassMethodType);
  if (!o)
    return Ref();
  Ref r = Ref::steal(o);
  if (cm_init(r.get(), &callable, 1, Value()) < 0)
    return Ref();
  return r;
}

Ref newStaticMethod(Value callable) {
  Object *o = allocObject(&StaticMethodType);
  if (!o)
    return Ref();
  Ref r = Ref::steal(o);
  if (cm_init(r.get(), &callable, 1, Value()) < 0)
    return Ref();
  return r;
}

static Ref cm_get(Value self, Value obj, Value type) {
  auto *c = self.as<ClassMethodObject>();
  if (!c->callable)
    return raise(&RuntimeErrorType, "uninitialized classmethod object");
  if (type.isNull())
    type = typeValue(obj.type());
  return newMethod(c->callable.get(), type);
}

static Ref sm_get(Value self, Value, Value) {
  auto *c = self.as<ClassMethodObject>();
  if (!c->callable)
    return raise(&RuntimeErrorType, "uninitialized staticmethod object");
  return c->callable;
}

static Ref sm_call(Value self, const Value *args, size_t nargs, Value kwnames) {
  auto *c = self.as<ClassMethodObject>();
  return call(c->callable.get(), args, nargs, kwnames);
}

static Ref cm_repr(Value self) {
  auto *c = self.as<ClassMethodObject>();
  const char *kind = isInstance(self, &StaticMethodType) ? "staticmethod" : "classmethod";
  if (!c->callable)
    return newStr(fmt::format("<{}(<NULL>)>", kind));
  Ref r = repr(c->callable.get());
  if (!r)
    return Ref();
  return newStr(fmt::format("<{}({})>", kind, strToUtf8(r.get())));
}

static Ref cm_func(Value self) {
  auto *c = self.as<ClassMethodObject>();
  return c->callable ? c->callable : newNone();
}
static Ref cm_isabstract(Value self) {
  auto *c = self.as<ClassMethodObject>();
  Ref r = isAbstractOf(c->callable.get());
  if (r)
    return r;
  if (errorPending())
    return Ref();
  return newBool(false);
}
static Ref cm_getdict(Value self) {
  auto *c = self.as<ClassMethodObject>();
  if (!c->dict)
    c->dict = newDict();
  return c->dict;
}
static Ref cm_annotations(Value self) {
  auto *c = self.as<ClassMethodObject>();
  return getAttr(c->callable.get(), "__annotations__");
}

static const GetSetDef kClassMethodGetSets[] = {
    {"__func__", cm_func},
    {"__wrapped__", cm_func},
    {"__isabstractmethod__", cm_isabstract},
    {"__dict__", cm_getdict},
    {"__annotations__", cm_annotations},
};

// --- super ---------------------------------------------------------------------------------------------

static void super_dealloc(Object *o) {
  auto *s = static_cast<SuperObject *>(o);
  s->type.reset();
  s->obj.reset();
  s->objType.reset();
}

// CPython: Objects/typeobject.c supercheck
static Ref superCheck(Type *type, Value obj) {
  if (isType(obj) && isSubtype(static_cast<Type *>(obj.object()), type))
    return Ref::borrow(obj);
  if (isSubtype(obj.type(), type))
    return Ref::borrow(typeValue(obj.type()));
  Ref cls = lookupAttr(obj, internStr("__class__").get());
  if (!cls && errorPending())
    return Ref();
  if (cls && isType(cls.get()) && !cls.get().is(typeValue(obj.type())) &&
      isSubtype(static_cast<Type *>(cls.get().object()), type))
    return cls;
  if (isType(obj))
    return raisef(&TypeErrorType,
                  "super(type, obj): obj (type {}) is not an instance or subtype of type ({}).",
                  static_cast<Type *>(obj.object())->name, type->name);
  return raisef(&TypeErrorType,
                "super(type, obj): obj (instance of {}) is not an instance or subtype of type ({}).",
                typeName(obj), type->name);
}

static bool superInit(SuperObject *su, Value type, Value obj) {
  if (!isType(type)) {
    raisef(&TypeErrorType, "super() argument 1 must be a type, not {}", typeName(type));
    return false;
  }
  Ref objType;
  if (!obj.isNull() && !isNone(obj)) {
    objType = superCheck(static_cast<Type *>(type.object()), obj);
    if (!objType)
      return false;
  } else {
    obj = Value();
  }
  su->type = Ref::borrow(type);
  su->obj = Ref::borrow(obj);
  su->objType = std::move(objType);
  return true;
}

static Ref super_new(Type *type, const Value *, size_t, Value) {
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  return Ref::steal(o);
}

static int super_init(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("super", kwnames))
    return -1;
  if (nargs > 2) {
    raisef(&TypeErrorType, "super() takes at most 2 arguments ({} given)", nargs);
    return -1;
  }
  auto *su = self.as<SuperObject>();
  if (nargs == 0) {
    Ref type, obj;
    if (!frameSuperArgs(&type, &obj))
      return -1;
    return superInit(su, type.get(), obj.get()) ? 0 : -1;
  }
  return superInit(su, args[0], nargs > 1 ? args[1] : Value()) ? 0 : -1;
}

// Finds name in the MRO of objType after `type`. Borrowed or null.
// CPython: Objects/typeobject.c _super_lookup_descr
static Value superLookupDescr(Type *type, Type *objType, Value name) {
  Value mro = objType->mro.get();
  if (!mro)
    return Value();
  size_t n = tupleSize(mro), i = 0;
  for (; i + 1 < n; i++)
    if (tupleItem(mro, i).object() == type)
      break;
  i++;
  for (; i < n; i++) {
    Type *t = static_cast<Type *>(tupleItem(mro, i).object());
    Value v = dictGetItem(t->dict.get(), name);
    if (v)
      return v;
    if (errorPending())
      clearPendingException();
  }
  return Value();
}

static Ref super_getattr(Value self, Value name) {
  auto *su = self.as<SuperObject>();
  if (su->objType && !(isStr(name) && strEqualsAscii(name, "__class__"))) {
    Type *start = static_cast<Type *>(su->objType.get().object());
    Value res = superLookupDescr(static_cast<Type *>(su->type.get().object()), start, name);
    if (res) {
      Ref keep = Ref::borrow(res);
      DescrGetFn f = res.type()->descrGet;
      if (f) {
        Value obj = su->obj.get().is(su->objType.get()) ? Value() : su->obj.get();
        return f(res, obj, su->objType.get());
      }
      return keep;
    }
  }
  return genericGetAttr(self, name);
}

Ref superLookup(Value type, Value obj, Value name, bool wantMethod, bool *isMethod) {
  *isMethod = false;
  if (!isType(type))
    return raisef(&TypeErrorType, "super() argument 1 must be a type, not {}", typeName(type));
  Ref objType = superCheck(static_cast<Type *>(type.object()), obj);
  if (!objType)
    return Ref();
  Type *start = static_cast<Type *>(objType.get().object());
  Value res = superLookupDescr(static_cast<Type *>(type.object()), start, name);
  if (res) {
    Ref keep = Ref::borrow(res);
    if (wantMethod && res.type()->hasFlag(kTypeMethodDescriptor)) {
      *isMethod = true;
      return keep;
    }
    DescrGetFn f = res.type()->descrGet;
    if (f) {
      Value o = obj.is(objType.get()) ? Value() : obj;
      return f(res, o, objType.get());
    }
    return keep;
  }
  // Fall back to attributes of the super object itself (e.g. __thisclass__).
  Object *o = allocObject(&SuperType);
  if (!o)
    return Ref();
  Ref su = Ref::steal(o);
  if (!superInit(su.as<SuperObject>(), type, obj))
    return Ref();
  return genericGetAttr(su.get(), name);
}

static Ref super_get(Value self, Value obj, Value) {
  auto *su = self.as<SuperObject>();
  if (obj.isNull() || isNone(obj) || su->obj)
    return Ref::borrow(self);
  Object *o = allocObject(&SuperType);
  if (!o)
    return Ref();
  Ref r = Ref::steal(o);
  if (!superInit(r.as<SuperObject>(), su->type.get(), obj))
    return Ref();
  return r;
}

static Ref super_repr(Value self) {
  auto *su = self.as<SuperObject>();
  std::string tname = su->type ? static_cast<Type *>(su->type.get().object())->name : "NULL";
  if (su->objType)
    return newStr(fmt::format("<super: <class '{}'>, <{} object>>", tname,
                              static_cast<Type *>(su->objType.get().object())->name));
  return newStr(fmt::format("<super: <class '{}'>, NULL>", tname));
}

static Ref super_thisclass(Value self) {
  auto *su = self.as<SuperObject>();
  return su->type ? su->type : newNone();
}
static Ref super_self(Value self) {
  auto *su = self.as<SuperObject>();
  return su->obj ? su->obj : newNone();
}
static Ref super_selfclass(Value self) {
  auto *su = self.as<SuperObject>();
  return su->objType ? su->objType : newNone();
}

static const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", super_thisclass},
    {"__self__", super_self},
    {"__self_class__", super_selfclass},
};

// --- mappingproxy ------------------------------------------------------------------------------------------

Ref newMappingProxy(Value mapping) {
  Object *o = allocObject(&MappingProxyType);
  if (!o)
    return Ref();
  static_cast<MappingProxyObject *>(o)->mapping = Ref::borrow(mapping);
  return Ref::steal(o);
}

static void mp_dealloc(Object *o) { static_cast<MappingProxyObject *>(o)->mapping.reset(); }
static Value mpMap(Value self) { return self.as<MappingProxyObject>()->mapping.get(); }

static Ref mp_new(Type *, const Value *args, size_t nargs, Value kwnames) {
  Value out[1];
  static const ParamSpec spec{"mappingproxy", {"mapping"}, 1, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  Value m = out[0];
  if (m.type()->getitem == nullptr || isList(m) || isTuple(m))
    return raisef(&TypeErrorType, "mappingproxy() argument must be a mapping, not {}",
                  typeName(m));
  return newMappingProxy(m);
}
static Ref mp_getitem(Value self, Value key) { return getItem(mpMap(self), key); }
static int64_t mp_len(Value self) { return length(mpMap(self)); }
static int mp_contains(Value self, Value key) { return contains(mpMap(self), key); }
static Ref mp_iter(Value self) { return getIter(mpMap(self)); }
static Ref mp_repr(Value self) {
  Ref r = repr(mpMap(self));
  if (!r)
    return Ref();
  return newStr("mappingproxy(" + strToUtf8(r.get()) + ")");
}
static Ref mp_str(Value self) { return str(mpMap(self)); }
static Ref mp_richcompare(Value a, Value b, CompareOp op) {
  return richCompare(mpMap(a), b, op);
}
static Ref mp_get(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("get", nargs, 1, 2))
    return Ref();
  Value d = nargs > 1 ? args[1] : None();
  return callMethod(mpMap(self), "get", {args[0], d});
}
static Ref mp_keys(Value self) { return callMethod(mpMap(self), "keys", {}); }
static Ref mp_values(Value self) { return callMethod(mpMap(self), "values", {}); }
static Ref mp_items(Value self) { return callMethod(mpMap(self), "items", {}); }
static Ref mp_copy(Value self) { return callMethod(mpMap(self), "copy", {}); }
static Ref mp_reversed(Value self) { return callMethod(mpMap(self), "__reversed__", {}); }
static Ref mp_or(Value a, Value b) {
  Value x = a.type() == &MappingProxyType ? mpMap(a) : a;
  Value y = b.type() == &MappingProxyType ? mpMap(b) : b;
  return binaryOp(x, y, BinaryOp::Or);
}
static Ref mp_ior(Value a, Value) {
  return raisef(&TypeErrorType, "'|=' is not supported by {}; use '|' instead", typeName(a));
}

static const MethodDef kMappingProxyMethods[] = {
    method("get", mp_get),         method("keys", mp_keys), method("values", mp_values),
    method("items", mp_items),     method("copy", mp_copy),
    method("__reversed__", mp_reversed),
};

// --- set-up ----------------------------------------------------------------------------------------

void setupDescriptorTypes() {
  if (MethodDescrType.basicSize != sizeof(Object) && MethodDescrType.basicSize != 0)
    return;
  initStaticType(&MethodDescrType, "method_descriptor", &ObjectType, sizeof(MethodDescrObject),
                 kTypeMethodDescriptor);
  MethodDescrType.call = methoddescr_call;
  MethodDescrType.descrGet = methoddescr_get;
  MethodDescrType.repr = methoddescr_repr;

  initStaticType(&ClassMethodDescrType, "classmethod_descriptor", &ObjectType,
                 sizeof(MethodDescrObject), 0);
  ClassMethodDescrType.call = classmethoddescr_call;
  ClassMethodDescrType.descrGet = classmethoddescr_get;
  ClassMethodDescrType.repr = methoddescr_repr;

  initStaticType(&BuiltinFunctionType, "builtin_function_or_method", &ObjectType,
                 sizeof(BuiltinFunctionObject), 0);
  BuiltinFunctionType.dealloc = builtin_dealloc;
  BuiltinFunctionType.call = builtin_call;
  BuiltinFunctionType.repr = builtin_repr;
  BuiltinFunctionType.richcompare = builtin_richcompare;
  BuiltinFunctionType.hash = builtin_hash;

  initStaticType(&GetSetDescrType, "getset_descriptor", &ObjectType, sizeof(GetSetDescrObject),
                 0);
  GetSetDescrType.descrGet = getset_get;
  GetSetDescrType.descrSet = getset_set;
  GetSetDescrType.repr = getset_repr;

  initStaticType(&MemberDescrType, "member_descriptor", &ObjectType, sizeof(MemberDescrObject),
                 0);
  MemberDescrType.dealloc = member_dealloc;
  MemberDescrType.descrGet = member_get;
  MemberDescrType.descrSet = member_set;
  MemberDescrType.repr = member_repr;

  initStaticType(&WrapperDescrType, "wrapper_descriptor", &ObjectType,
                 sizeof(WrapperDescrObject), kTypeMethodDescriptor);
  WrapperDescrType.call = wrapperdescr_call;
  WrapperDescrType.descrGet = wrapperdescr_get;
  WrapperDescrType.repr = wrapperdescr_repr;

  initStaticType(&MethodWrapperType, "method-wrapper", &ObjectType, sizeof(MethodWrapperObject),
                 0);
  MethodWrapperType.dealloc = methodwrapper_dealloc;
  MethodWrapperType.call = methodwrapper_call;
  MethodWrapperType.repr = methodwrapper_repr;
  MethodWrapperType.richcompare = methodwrapper_richcompare;
  MethodWrapperType.hash = methodwrapper_hash;

  initStaticType(&PropertyType, "property", &ObjectType, sizeof(PropertyObject), kTypeBaseType);
  PropertyType.dealloc = property_dealloc;
  PropertyType.newInstance = property_new;
  PropertyType.init = property_init;
  PropertyType.descrGet = property_get;
  PropertyType.descrSet = property_set;

  initStaticType(&ClassMethodType, "classmethod", &ObjectType, sizeof(ClassMethodObject),
                 kTypeBaseType);
  ClassMethodType.dealloc = cm_dealloc;
  ClassMethodType.newInstance = cm_new;
  ClassMethodType.init = cm_init;
  ClassMethodType.descrGet = cm_get;
  ClassMethodType.repr = cm_repr;

  initStaticType(&StaticMethodType, "staticmethod", &ObjectType, sizeof(ClassMethodObject),
                 kTypeBaseType);
  StaticMethodType.dealloc = cm_dealloc;
  StaticMethodType.newInstance = cm_new;
  StaticMethodType.init = cm_init;
  StaticMethodType.descrGet = sm_get;
  StaticMethodType.call = sm_call;
  StaticMethodType.repr = cm_repr;

  initStaticType(&SuperType, "super", &ObjectType, sizeof(SuperObject), kTypeBaseType);
  SuperType.dealloc = super_dealloc;
  SuperType.newInstance = super_new;
  SuperType.init = super_init;
  SuperType.getattr = super_getattr;
  SuperType.descrGet = super_get;
  SuperType.repr = super_repr;

  initStaticType(&MappingProxyType, "mappingproxy", &ObjectType, sizeof(MappingProxyObject), 0);
  MappingProxyType.dealloc = mp_dealloc;
  MappingProxyType.newInstance = mp_new;
  MappingProxyType.getitem = mp_getitem;
  MappingProxyType.length = mp_len;
  MappingProxyType.contains = mp_contains;
  MappingProxyType.iter = mp_iter;
  MappingProxyType.repr = mp_repr;
  MappingProxyType.str = mp_str;
  MappingProxyType.richcompare = mp_richcompare;
  MappingProxyType.binary[int(BinaryOp::Or)] = mp_or;

  MappingProxyType.inplace[int(BinaryOp::Or)] = mp_ior;

  // classmethod/staticmethod keep __dict__ in ClassMethodObject::dict.
  {
    ClassMethodObject probe;
    size_t off = size_t(reinterpret_cast<char *>(&probe.dict) - reinterpret_cast<char *>(
                                                                    static_cast<Object *>(&probe)));
    ClassMethodType.dictOffset = off;
    StaticMethodType.dictOffset = off;
    (void)probe.callable.release();
  }
  // property subclasses get a __dict__ through the normal heap-type layout.
}

bool initDescriptorTypes() {
  setupDescriptorTypes();
  return typeReady(&MethodDescrType, {}, kMethodDescrGetSets) &&
         typeReady(&ClassMethodDescrType, {}, kMethodDescrGetSets) &&
         typeReady(&BuiltinFunctionType, {}, kBuiltinGetSets) &&
         typeReady(&GetSetDescrType, {}, kGetSetDescrGetSets) &&
         typeReady(&MemberDescrType, {}, kMemberGetSets) &&
         typeReady(&WrapperDescrType, {}, kWrapperDescrGetSets) &&
         typeReady(&MethodWrapperType, {}, kMethodWrapperGetSets) &&
         typeReady(&PropertyType, kPropertyMethods, kPropertyGetSets) &&
         typeReady(&ClassMethodType, {}, kClassMethodGetSets) &&
         typeReady(&StaticMethodType, {}, kClassMethodGetSets) &&
         typeReady(&SuperType, {}, kSuperGetSets) &&
         typeReady(&MappingProxyType, kMappingProxyMethods) && initUnionType();
}

} // namespace pyvm
