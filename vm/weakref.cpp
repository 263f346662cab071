// Weak references. Objects carry no weak list pointer (the header is only a
// refcount and a type), so the lists live in a side table keyed by referent;
// a type flag set by the first weak reference to one of its instances keeps
// deallocObject from looking there for every other object.
// CPython: Objects/weakrefobject.c
#include "vm/weakref.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"

#include <unordered_map>

namespace pyvm {

Type WeakrefType;
Type WeakProxyType;
Type WeakCallableProxyType;

extern Type FunctionType, BuiltinFunctionType, MethodType, SetType, FrozenSetType,
    GeneratorType, CoroutineType, AsyncGeneratorType, CodeType, ModuleType;

namespace {

// referent -> its list (head first).
std::unordered_map<Object *, WeakrefObject *> &weakLists() {
  static auto *lists = new std::unordered_map<Object *, WeakrefObject *>();
  return *lists;
}

bool isProxyType(Type *t) { return t == &WeakProxyType || t == &WeakCallableProxyType; }

// The list's basic ref (exact ref type, no callback) and basic proxy, which
// ref(o) and proxy(o) hand out again. CPython: get_basic_refs
void basicRefs(WeakrefObject *head, WeakrefObject **ref, WeakrefObject **proxy) {
  *ref = *proxy = nullptr;
  if (head && head->type == &WeakrefType && !head->callback) {
    *ref = head;
    head = head->next;
  }
  if (head && isProxyType(head->type) && !head->callback)
    *proxy = head;
}

void unlink(WeakrefObject *w) {
  if (!w->referent)
    return;
  auto &lists = weakLists();
  auto it = lists.find(w->referent);
  if (it != lists.end() && it->second == w) {
    if (w->next)
      it->second = w->next;
    else
      lists.erase(it);
  }
  if (w->prev)
    w->prev->next = w->next;
  if (w->next)
    w->next->prev = w->prev;
  w->prev = w->next = nullptr;
  w->referent = nullptr;
}

void insertAfter(WeakrefObject *w, WeakrefObject *prev) {
  w->prev = prev;
  w->next = prev->next;
  if (prev->next)
    prev->next->prev = w;
  prev->next = w;
}

void insertHead(WeakrefObject *w, Object *referent) {
  auto &head = weakLists()[referent];
  w->prev = nullptr;
  w->next = head;
  if (head)
    head->prev = w;
  head = w;
}

void weakrefDealloc(Object *self) {
  auto *w = static_cast<WeakrefObject *>(self);
  unlink(w);
  w->callback.~Ref();
}

Ref cannotReference(Value obj) {
  return raisef(&TypeErrorType, "cannot create weak reference to '{}' object", typeName(obj));
}

// Links a new weak reference into obj's list where CPython puts it: a basic
// ref first, then a basic proxy, then the others newest first.
// CPython: insert_weakref / insert_head
Ref linkNew(Type *type, Value obj, Value callback) {
  Object *referent = obj.object();
  WeakrefObject *head = nullptr;
  if (auto it = weakLists().find(referent); it != weakLists().end())
    head = it->second;
  WeakrefObject *basicRef, *basicProxy;
  basicRefs(head, &basicRef, &basicProxy);
  Object *mem = allocObject(type);
  if (!mem)
    return {};
  auto *w = static_cast<WeakrefObject *>(mem); // zeroed
  w->referent = referent;
  w->hash = -1;
  if (callback && !isNone(callback))
    w->callback = Ref::borrow(callback);
  obj.type()->flags |= kTypeHadWeakrefs;
  bool basic = !w->callback;
  if (basic && type == &WeakrefType) {
    insertHead(w, referent);
  } else if (basic && isProxyType(type)) {
    if (basicRef)
      insertAfter(w, basicRef);
    else
      insertHead(w, referent);
  } else {
    WeakrefObject *prev = basicProxy ? basicProxy : basicRef;
    if (prev)
      insertAfter(w, prev);
    else
      insertHead(w, referent);
  }
  return Ref::steal(mem);
}

// --- weakref.ref ------------------------------------------------------------------

// CPython: Objects/weakrefobject.c weakref___new__
Ref refNew(Type *type, const Value *args, size_t nargs, Value) {
  if (!checkPositional("__new__", nargs, 1, 2))
    return {};
  return newWeakref(type, args[0], nargs > 1 ? args[1] : Value());
}

int refInit(Value, const Value *, size_t nargs, Value) {
  return checkPositional("__init__", nargs, 1, 2) ? 0 : -1;
}

Ref refCall(Value self, const Value *, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("weakref", kwnames) || !checkPositional("weakref", nargs, 0, 0))
    return {};
  return Ref::borrow(weakrefReferent(self));
}

// CPython: weakref_hash
int64_t refHash(Value self) {
  auto *w = self.as<WeakrefObject>();
  if (w->hash != -1)
    return w->hash;
  if (!w->referent) {
    raise(&TypeErrorType, "weak object has gone away");
    return -1;
  }
  w->hash = hash(Value::fromObject(w->referent));
  return w->hash;
}

// CPython: weakref_richcompare
Ref refCompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isInstance(a, &WeakrefType) ||
      !isInstance(b, &WeakrefType))
    return Ref::borrow(NotImplemented());
  Object *x = a.as<WeakrefObject>()->referent, *y = b.as<WeakrefObject>()->referent;
  if (!x || !y) {
    bool same = a.is(b);
    return newBool(op == CompareOp::Eq ? same : !same);
  }
  Ref keepX = Ref::borrow(Value::fromObject(x)), keepY = Ref::borrow(Value::fromObject(y));
  return richCompare(keepX.get(), keepY.get(), op);
}

// CPython 3.13+ %T: the type's fully qualified name.
std::string qualifiedTypeName(Value obj) {
  Type *t = obj.type();
  Ref module = Ref::borrow(dictGetItem(t->dict.get(), "__module__"));
  std::string qual = t->qualname ? strToUtf8(t->qualname.get()) : t->name;
  if (module && isStr(module.get()) && !strEqualsAscii(module.get(), "builtins"))
    return strToUtf8(module.get()) + "." + qual;
  return t->hasFlag(kTypeHeap) ? qual : t->name;
}

// CPython: weakref_repr
Ref refRepr(Value self) {
  auto *w = self.as<WeakrefObject>();
  const void *at = self.object();
  if (!w->referent)
    return newStr(fmt::format("<weakref at {}; dead>", at));
  Ref obj = Ref::borrow(Value::fromObject(w->referent));
  Ref name = lookupAttr(obj.get(), internStr("__name__").get());
  if (!name && errorPending())
    return {};
  std::string text = fmt::format("<weakref at {}; to '{}' at {}", at, qualifiedTypeName(obj.get()),
                                 static_cast<const void *>(w->referent));
  if (name && isStr(name.get()))
    text += fmt::format(" ({})", strToUtf8(name.get()));
  return newStr(text + ">");
}

Ref refGetCallback(Value self) {
  const Ref &cb = self.as<WeakrefObject>()->callback;
  return cb ? Ref::borrow(cb.get()) : newNone();
}

const MethodDef kRefMethods[] = {
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
};
const GetSetDef kRefGetSets[] = {{"__callback__", refGetCallback}};

// --- weakref.proxy ----------------------------------------------------------------
// Every operation forwards to the referent; a dead referent raises
// ReferenceError. CPython: Objects/weakrefobject.c proxy_*

// The referent (a new reference) or null with ReferenceError pending.
Ref proxyTarget(Value proxy) {
  Object *o = proxy.as<WeakrefObject>()->referent;
  if (!o)
    return raise(&ReferenceErrorType, "weakly-referenced object no longer exists");
  return Ref::borrow(Value::fromObject(o));
}

// Binary operands that are proxies are replaced by their referents.
Ref unwrap(Value v) { return isProxyType(v.type()) ? proxyTarget(v) : Ref::borrow(v); }

#define PROXY_TARGET(var, proxy)                                                         \
  Ref var = proxyTarget(proxy);                                                          \
  if (!var)                                                                              \
    return {};

Ref proxyGetAttr(Value self, Value name) {
  PROXY_TARGET(o, self);
  return getAttr(o.get(), name);
}
int proxySetAttr(Value self, Value name, Value value) {
  Ref o = proxyTarget(self);
  if (!o)
    return -1;
  return setAttr(o.get(), name, value);
}
Ref proxyRepr(Value self) {
  auto *w = self.as<WeakrefObject>();
  if (!w->referent)
    return newStr(fmt::format("<weakproxy at {}; dead>", static_cast<const void *>(self.object())));
  Ref o = Ref::borrow(Value::fromObject(w->referent));
  return newStr(fmt::format("<weakproxy at {}; to '{}' at {}>",
                            static_cast<const void *>(self.object()), qualifiedTypeName(o.get()),
                            static_cast<const void *>(w->referent)));
}
Ref proxyStr(Value self) {
  PROXY_TARGET(o, self);
  return str(o.get());
}
int proxyBool(Value self) {
  Ref o = proxyTarget(self);
  return o ? isTrue(o.get()) : -1;
}
int64_t proxyLength(Value self) {
  Ref o = proxyTarget(self);
  return o ? length(o.get()) : -1;
}
Ref proxyIter(Value self) {
  PROXY_TARGET(o, self);
  return getIter(o.get());
}
Ref proxyIterNext(Value self) {
  PROXY_TARGET(o, self);
  if (!o.get().type()->iternext)
    return raisef(&TypeErrorType, "Weakref proxy referenced a non-iterator '{}' object",
                  typeName(o.get()));
  return iterNext(o.get());
}
Ref proxyGetItem(Value self, Value key) {
  PROXY_TARGET(o, self);
  return getItem(o.get(), key);
}
int proxySetItem(Value self, Value key, Value value) {
  Ref o = proxyTarget(self);
  if (!o)
    return -1;
  return value ? setItem(o.get(), key, value) : delItem(o.get(), key);
}
int proxyContains(Value self, Value item) {
  Ref o = proxyTarget(self);
  return o ? contains(o.get(), item) : -1;
}
Ref proxyCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  PROXY_TARGET(o, self);
  return call(o.get(), args, nargs, kwnames);
}
Ref proxyCompare(Value a, Value b, CompareOp op) {
  Ref x = unwrap(a), y = unwrap(b);
  if (!x || !y)
    return {};
  return richCompare(x.get(), y.get(), op);
}
int64_t proxyHash(Value self) {
  raisef(&TypeErrorType, "unhashable type: '{}'", typeName(self));
  return -1;
}
template <BinaryOp op> Ref proxyBinary(Value a, Value b) {
  Ref x = unwrap(a), y = unwrap(b);
  if (!x || !y)
    return {};
  return binaryOp(x.get(), y.get(), op);
}
// In place: the result is the referent's (so `p += 1` rebinds p to it).
// CPython: WRAP_BINARY(proxy_iadd, PyNumber_InPlaceAdd)
template <BinaryOp op> Ref proxyInplace(Value a, Value b) {
  Ref x = unwrap(a), y = unwrap(b);
  if (!x || !y)
    return {};
  return inplaceOp(x.get(), y.get(), op);
}
Ref proxyNegative(Value self) {
  PROXY_TARGET(o, self);
  return negative(o.get());
}
Ref proxyPositive(Value self) {
  PROXY_TARGET(o, self);
  return positive(o.get());
}
Ref proxyInvert(Value self) {
  PROXY_TARGET(o, self);
  return invert(o.get());
}
Ref proxyAbs(Value self) {
  PROXY_TARGET(o, self);
  return absolute(o.get());
}
Ref proxyIndex(Value self) {
  PROXY_TARGET(o, self);
  return index(o.get());
}
Ref proxyBytes(Value self, Value) {
  PROXY_TARGET(o, self);
  return callMethod(o.get(), "__bytes__", {});
}
Ref proxyReversed(Value self, Value) {
  PROXY_TARGET(o, self);
  return callMethod(o.get(), "__reversed__", {});
}

const MethodDef kProxyMethods[] = {
    method("__bytes__", proxyBytes),
    method("__reversed__", proxyReversed),
};

template <size_t... I> void fillBinary(Type *t, std::index_sequence<I...>) {
  ((t->binary[I] = proxyBinary<BinaryOp(I)>), ...);
  ((t->inplace[I] = proxyInplace<BinaryOp(I)>), ...);
}

bool initProxyType(Type *t, const char *name, const char *shortName, bool callable) {
  initStaticType(t, name, &ObjectType, sizeof(WeakrefObject), 0);
  t->nameObject = newStr(shortName);
  t->dealloc = weakrefDealloc;
  t->getattr = proxyGetAttr;
  t->setattr = proxySetAttr;
  t->repr = proxyRepr;
  t->str = proxyStr;
  t->hash = proxyHash;
  t->richcompare = proxyCompare;
  t->boolean = proxyBool;
  t->length = proxyLength;
  t->iter = proxyIter;
  t->iternext = proxyIterNext;
  t->getitem = proxyGetItem;
  t->setitem = proxySetItem;
  t->contains = proxyContains;
  t->negative = proxyNegative;
  t->positive = proxyPositive;
  t->invert = proxyInvert;
  t->absolute = proxyAbs;
  t->index = proxyIndex;
  fillBinary(t, std::make_index_sequence<kBinaryOpCount>());
  if (callable)
    t->call = proxyCall;
  return typeReady(t, kProxyMethods);
}

} // namespace

// CPython: type objects whose tp_weaklistoffset is set (the builtin ones a
// program meets), or heap classes that added __weakref__ (kTypeWeakrefable).
bool typeSupportsWeakrefs(Type *type) {
  if (type->hasFlag(kTypeWeakrefable))
    return true;
  static Type *const kBuiltin[] = {&TypeType,      &FunctionType,  &BuiltinFunctionType,
                                   &MethodType,    &SetType,       &FrozenSetType,
                                   &GeneratorType, &CoroutineType, &AsyncGeneratorType,
                                   &CodeType,      &ModuleType};
  for (Type *t : kBuiltin)
    if (type == t)
      return true;
  // Metaclasses and other subclasses of a weakrefable builtin.
  for (Type *t = type->base; t; t = t->base)
    if (t->hasFlag(kTypeWeakrefable) || t == &TypeType || t == &SetType || t == &FrozenSetType)
      return true;
  return false;
}

Ref newWeakref(Type *type, Value obj, Value callback) {
  if (!obj.isObject() || !typeSupportsWeakrefs(obj.type()))
    return cannotReference(obj);
  if (type == &WeakrefType && (!callback || isNone(callback))) {
    // ref(o) without a callback is shared. CPython: weakref___new__
    if (auto it = weakLists().find(obj.object()); it != weakLists().end()) {
      WeakrefObject *basicRef, *basicProxy;
      basicRefs(it->second, &basicRef, &basicProxy);
      if (basicRef)
        return Ref::borrow(Value::fromObject(basicRef));
    }
  }
  return linkNew(type, obj, callback);
}

// CPython: PyWeakref_NewProxy
Ref newWeakProxy(Value obj, Value callback) {
  if (!obj.isObject() || !typeSupportsWeakrefs(obj.type()))
    return cannotReference(obj);
  if (!callback || isNone(callback)) {
    if (auto it = weakLists().find(obj.object()); it != weakLists().end()) {
      WeakrefObject *basicRef, *basicProxy;
      basicRefs(it->second, &basicRef, &basicProxy);
      if (basicProxy)
        return Ref::borrow(Value::fromObject(basicProxy));
    }
  }
  bool callable = obj.type()->call != nullptr;
  return linkNew(callable ? &WeakCallableProxyType : &WeakProxyType, obj, callback);
}

Value weakrefReferent(Value ref) {
  Object *o = ref.as<WeakrefObject>()->referent;
  return o ? Value::fromObject(o) : None();
}

int64_t weakrefCount(Value obj) {
  if (!obj.isObject())
    return 0;
  auto it = weakLists().find(obj.object());
  int64_t n = 0;
  if (it != weakLists().end())
    for (WeakrefObject *w = it->second; w; w = w->next)
      n++;
  return n;
}

Ref weakrefList(Value obj) {
  Ref list = newList(0);
  if (!list || !obj.isObject())
    return list;
  if (auto it = weakLists().find(obj.object()); it != weakLists().end())
    for (WeakrefObject *w = it->second; w; w = w->next)
      listAppend(list.get(), Ref::borrow(Value::fromObject(w)));
  return list;
}

// CPython: Objects/weakrefobject.c PyObject_ClearWeakRefs
void clearWeakrefs(Object *object) {
  auto &lists = weakLists();
  auto it = lists.find(object);
  if (it == lists.end())
    return;
  // Kill every reference first, keeping those whose callback must run
  // (a reference that is itself being freed gets no callback).
  std::vector<std::pair<Ref, Ref>> pending;
  for (WeakrefObject *w = it->second; w;) {
    WeakrefObject *next = w->next;
    if (w->callback && w->refcount > 0)
      pending.emplace_back(Ref::borrow(Value::fromObject(w)), std::move(w->callback));
    w->referent = nullptr;
    w->prev = w->next = nullptr;
    w = next;
  }
  lists.erase(object);
  if (pending.empty())
    return;
  Ref saved = takePendingException();
  for (auto &[ref, callback] : pending) {
    Ref r = call(callback.get(), {ref.get()});
    if (!r) {
      Ref exc = takePendingException();
      writeUnraisable(exc.get(), callback.get(), "while calling weakref callback");
    }
  }
  if (saved)
    restorePendingException(std::move(saved));
}

bool initWeakrefTypes() {
  if (WeakrefType.hasFlag(kTypeReady))
    return true;
  initStaticType(&WeakrefType, "weakref.ReferenceType", &ObjectType, sizeof(WeakrefObject),
                 kTypeBaseType);
  WeakrefType.nameObject = newStr("ReferenceType");
  WeakrefType.dealloc = weakrefDealloc;
  WeakrefType.newInstance = refNew;
  WeakrefType.init = refInit;
  WeakrefType.call = refCall;
  WeakrefType.hash = refHash;
  WeakrefType.richcompare = refCompare;
  WeakrefType.repr = refRepr;
  return typeReady(&WeakrefType, kRefMethods, kRefGetSets) &&
         initProxyType(&WeakProxyType, "weakref.ProxyType", "ProxyType", false) &&
         initProxyType(&WeakCallableProxyType, "weakref.CallableProxyType", "CallableProxyType",
                       true);
}

} // namespace pyvm
