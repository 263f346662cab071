// The _functools module under the pure-Python Lib/functools.py: reduce,
// partial (with Placeholder), cmp_to_key and _lru_cache_wrapper.
// CPython: Modules/_functoolsmodule.c
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/function.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cstddef>
#include <vector>

namespace pyvm {

namespace {

Type PartialType;
Type KeyWrapperType;

// __dict__ of the types with an instance dict (partial, _lru_cache_wrapper).
Ref getInstanceDict(Value self) {
  Ref *slot = instanceDictSlot(self);
  if (!*slot) {
    *slot = newDict();
    if (!*slot)
      return {};
  }
  return *slot;
}
int setInstanceDict(Value self, Value value) {
  if (!value || !isDict(value)) {
    raise(&TypeErrorType, "setting function's dictionary to a non-dict");
    return -1;
  }
  *instanceDictSlot(self) = Ref::borrow(value);
  return 0;
}
const GetSetDef kDictGetSet[] = {{"__dict__", getInstanceDict, setInstanceDict}};

// --- reduce ------------------------------------------------------------------

Ref functoolsReduce(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  if (!parseArgs({"reduce", {"function", "iterable", "initial"}, 2, 2}, args, nargs, kwnames,
                 out))
    return {};
  Ref it = getIter(out[1]);
  if (!it) {
    if (pendingExceptionMatches(&TypeErrorType)) {
      clearPendingException();
      return raise(&TypeErrorType, "reduce() arg 2 must support iteration");
    }
    return {};
  }
  Ref acc = out[2] ? Ref::borrow(out[2]) : Ref();
  for (;;) {
    Ref item = iterNext(*it);
    if (!item) {
      if (errorPending())
        return {};
      break;
    }
    if (!acc) {
      acc = item;
      continue;
    }
    Ref r = call(out[0], {*acc, *item});
    if (!r)
      return {};
    acc = r;
  }
  if (!acc)
    return raise(&TypeErrorType, "reduce() of empty iterable with no initial value");
  return acc;
}

// --- partial -----------------------------------------------------------------

// --- Placeholder: the singleton that marks an unfilled positional slot -----
// CPython: Modules/_functoolsmodule.c placeholder_*

Type PlaceholderType;
Ref gPlaceholder;

bool isPlaceholder(Value v) { return gPlaceholder && v.is(*gPlaceholder); }

Ref placeholderNew(Type *, const Value *, size_t nargs, Value kwnames) {
  if (nargs || (kwnames && tupleSize(kwnames)))
    return raise(&TypeErrorType, "_PlaceholderType takes no arguments");
  return gPlaceholder;
}
Ref placeholderRepr(Value) { return newStr("Placeholder"); }
Ref placeholderReduce(Value) { return newStr("Placeholder"); }
const MethodDef kPlaceholderMethods[] = {method("__reduce__", placeholderReduce)};

struct PartialObject : Object {
  Ref fn;
  Ref args; // tuple
  Ref kw;   // dict
  Ref dict; // instance __dict__
  int64_t phcount; // Placeholders in args
};

void partialDealloc(Object *self) {
  auto *p = static_cast<PartialObject *>(self);
  p->fn.~Ref();
  p->args.~Ref();
  p->kw.~Ref();
  p->dict.~Ref();
}

Ref partialNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (nargs < 1)
    return raise(&TypeErrorType, "type 'partial' takes at least one argument");
  Value func = args[0];
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++)
    if (isPlaceholder(args[nargs + i]))
      return raise(&TypeErrorType, "Placeholder cannot be passed as a keyword argument");
  std::vector<Value> pargs;
  Ref kw = newDict();
  if (!kw)
    return {};
  if (func.isObject() && func.type()->call == PartialType.call &&
      isInstance(func, &PartialType)) {
    auto *inner = func.as<PartialObject>();
    if (!inner->dict || dictSize(*inner->dict) == 0) {
      for (Value v : tupleItems(*inner->args))
        pargs.push_back(v);
      if (dictUpdate(*kw, *inner->kw) < 0)
        return {};
      func = *inner->fn;
    }
  }
  if (!func.type()->call)
    return raise(&TypeErrorType, "the first argument must be callable");
  if (nargs > 1 && isPlaceholder(args[nargs - 1]))
    return raise(&TypeErrorType, "trailing Placeholders are not allowed");
  // New arguments fill the inner partial's Placeholders first, then follow.
  size_t next = 1;
  for (Value &slot : pargs)
    if (next < nargs && isPlaceholder(slot))
      slot = args[next++];
  for (; next < nargs; next++)
    pargs.push_back(args[next]);
  int64_t phcount = 0;
  for (Value v : pargs)
    phcount += isPlaceholder(v);
  for (size_t i = 0; i < nkw; i++)
    if (dictSetItem(*kw, tupleItem(kwnames, i), args[nargs + i]) < 0)
      return {};
  Ref fnRef = Ref::borrow(func);
  Ref argTuple = newTupleFrom(pargs);
  if (!argTuple)
    return {};
  Object *o = allocObject(type);
  if (!o)
    return {};
  auto *p = static_cast<PartialObject *>(o);
  p->fn = fnRef;
  p->args = argTuple;
  p->kw = kw;
  p->phcount = phcount;
  return Ref::steal(o);
}

Ref partialCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  auto *p = self.as<PartialObject>();
  if (int64_t(nargs) < p->phcount)
    return raisef(&TypeErrorType,
                  "missing positional arguments in 'partial' call; expected at least {}, got {}",
                  p->phcount, nargs);
  std::vector<Value> all;
  size_t next = 0;
  for (Value v : tupleItems(*p->args))
    all.push_back(isPlaceholder(v) ? args[next++] : v);
  for (; next < nargs; next++)
    all.push_back(args[next]);
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  if (dictSize(*p->kw) == 0) {
    for (size_t i = 0; i < nkw; i++)
      all.push_back(args[nargs + i]);
    return call(*p->fn, all.data(), all.size() - nkw, nkw ? kwnames : Value());
  }
  Ref merged = dictCopy(*p->kw);
  if (!merged)
    return {};
  for (size_t i = 0; i < nkw; i++)
    if (dictSetItem(*merged, tupleItem(kwnames, i), args[nargs + i]) < 0)
      return {};
  size_t npos = all.size();
  std::vector<Value> names;
  size_t pos = 0;
  Value k, v;
  while (dictNext(*merged, &pos, &k, &v)) {
    names.push_back(k);
    all.push_back(v);
  }
  Ref kwTuple = newTupleFrom(names);
  if (!kwTuple)
    return {};
  return call(*p->fn, all.data(), npos, *kwTuple);
}

Ref partialRepr(Value self) {
  auto *p = self.as<PartialObject>();
  int status = reprEnter(self);
  if (status != 0)
    return status > 0 ? newStr("...") : Ref();
  std::string s;
  Type *t = self.type();
  bool ok = true;
  if (t->hasFlag(kTypeHeap)) {
    Ref mod = getAttr(typeValue(t), "__module__");
    Ref qn = getAttr(typeValue(t), "__qualname__");
    ok = mod && qn;
    if (ok) {
      Ref ms = str(*mod);
      Ref qs = str(*qn);
      ok = ms && qs;
      if (ok)
        s = strToUtf8(*ms) + "." + strToUtf8(*qs);
    }
  } else {
    s = "functools.partial";
  }
  s += "(";
  ok = ok && appendRepr(s, *p->fn);
  if (ok)
    for (Value v : tupleItems(*p->args)) {
      s += ", ";
      if (!(ok = appendRepr(s, v)))
        break;
    }
  size_t pos = 0;
  Value k, v;
  while (ok && dictNext(*p->kw, &pos, &k, &v)) {
    s += ", ";
    Ref ks = str(k);
    if (!(ok = bool(ks)))
      break;
    s += strToUtf8(*ks) + "=";
    ok = appendRepr(s, v);
  }
  reprLeave(self);
  if (!ok)
    return {};
  s += ")";
  return newStr(s);
}

Ref partialDescrGet(Value self, Value instance, Value) {
  if (!instance || isNone(instance))
    return Ref::borrow(self);
  return newMethod(self, instance);
}

Ref partialGetFunc(Value self) { return self.as<PartialObject>()->fn; }
Ref partialGetArgs(Value self) { return self.as<PartialObject>()->args; }
Ref partialGetKeywords(Value self) { return self.as<PartialObject>()->kw; }

// --- cmp_to_key --------------------------------------------------------------

struct KeyObject : Object {
  Ref cmp;
  Ref object;
};

void keyDealloc(Object *self) {
  auto *k = static_cast<KeyObject *>(self);
  k->cmp.~Ref();
  k->object.~Ref();
}

Ref newKey(Value cmp, Value object) {
  Object *o = allocObject(&KeyWrapperType);
  if (!o)
    return {};
  auto *k = static_cast<KeyObject *>(o);
  k->cmp = Ref::borrow(cmp);
  if (object)
    k->object = Ref::borrow(object);
  return Ref::steal(o);
}

Ref keyCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  if (!parseArgs({"K", {"obj"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  return newKey(*self.as<KeyObject>()->cmp, out[0]);
}

Ref keyRichCompare(Value a, Value b, CompareOp op) {
  if (b.type() != &KeyWrapperType)
    return raise(&TypeErrorType, "other argument must be K instance");
  auto *ka = a.as<KeyObject>();
  auto *kb = b.as<KeyObject>();
  if (!ka->object || !kb->object)
    return raise(&AttributeErrorType, "object");
  Ref r = call(*ka->cmp, {*ka->object, *kb->object});
  if (!r)
    return {};
  return richCompare(*r, Value::fromSmallInt(0), op);
}

Ref keyGetObj(Value self) {
  auto *k = self.as<KeyObject>();
  if (!k->object)
    return raise(&AttributeErrorType, "obj");
  return k->object;
}

Ref functoolsCmpToKey(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  if (!parseArgs({"cmp_to_key", {"mycmp"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  return newKey(out[0], Value());
}

// --- lru_cache / cache (Lib/functools.py, Modules/_functoolsmodule.c) -------

Type LruWrapperType;

struct LruObject : Object {
  Ref func;
  Ref cache;   // dict, oldest first
  Ref kwdMark; // separates positional from keyword parts of a key
  Ref dict;    // instance __dict__ (update_wrapper fills it)
  Ref cacheInfoType; // functools._CacheInfo, the namedtuple cache_info() returns
  int64_t maxsize; // -1: unbounded
  int64_t hits, misses;
  bool typed;
};

void lruDealloc(Object *self) {
  auto *l = static_cast<LruObject *>(self);
  l->func.~Ref();
  l->cache.~Ref();
  l->kwdMark.~Ref();
  l->dict.~Ref();
  l->cacheInfoType.~Ref();
}

Ref makeKey(LruObject *l, const Value *args, size_t nargs, Value kwnames) {
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  if (!l->typed && nkw == 0) {
    if (nargs == 1 && (args[0].type() == &StrType || args[0].type() == &IntType))
      return Ref::borrow(args[0]);
    return newTupleFrom({args, nargs});
  }
  std::vector<Value> parts(args, args + nargs);
  if (nkw) {
    parts.push_back(*l->kwdMark);
    for (size_t i = 0; i < nkw; i++) {
      parts.push_back(tupleItem(kwnames, i));
      parts.push_back(args[nargs + i]);
    }
  }
  if (l->typed) {
    for (size_t i = 0; i < nargs; i++)
      parts.push_back(typeValue(args[i].type()));
    for (size_t i = 0; i < nkw; i++)
      parts.push_back(typeValue(args[nargs + i].type()));
  }
  return newTupleFrom(parts);
}

Ref lruCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  auto *l = self.as<LruObject>();
  if (l->maxsize == 0) {
    l->misses++;
    return call(*l->func, args, nargs, kwnames);
  }
  Ref key = makeKey(l, args, nargs, kwnames);
  if (!key)
    return {};
  if (hash(*key) == -1 && errorPending())
    return {};
  Ref cache = l->cache;
  Ref hit;
  int found = dictLookup(*cache, *key, &hit);
  if (found < 0)
    return {};
  if (found) {
    l->hits++;
    if (l->maxsize > 0) {
      Ref old;
      if (dictPop(*cache, *key, &old) < 0 || dictSetItem(*cache, *key, *hit) < 0)
        return {};
    }
    return hit;
  }
  l->misses++;
  Ref result = call(*l->func, args, nargs, kwnames);
  if (!result)
    return {};
  if (l->maxsize > 0) {
    int again = dictLookup(*cache, *key, &hit);
    if (again < 0)
      return {};
    if (again)
      return result;
    if (int64_t(dictSize(*cache)) >= l->maxsize) {
      size_t pos = 0;
      Value k, v;
      if (dictNext(*cache, &pos, &k, &v)) {
        Ref oldKey = Ref::borrow(k), old;
        if (dictPop(*cache, *oldKey, &old) < 0)
          return {};
      }
    }
  }
  if (dictSetItem(*cache, *key, *result) < 0)
    return {};
  return result;
}

Ref lruDescrGet(Value self, Value instance, Value) {
  if (!instance || isNone(instance))
    return Ref::borrow(self);
  return newMethod(self, instance);
}

Ref lruCacheInfo(Value self) {
  auto *l = self.as<LruObject>();
  Ref h = newInt(l->hits), m = newInt(l->misses),
      ms = l->maxsize < 0 ? newNone() : newInt(l->maxsize),
      cs = newInt(int64_t(dictSize(*l->cache)));
  if (!h || !m || !ms || !cs)
    return {};
  return call(*l->cacheInfoType, {*h, *m, *ms, *cs});
}

Ref lruCacheClear(Value self) {
  auto *l = self.as<LruObject>();
  dictClear(*l->cache);
  l->hits = l->misses = 0;
  return newNone();
}

Ref lruCopy(Value self) { return Ref::borrow(self); }
Ref lruDeepCopy(Value self, Value) { return Ref::borrow(self); }

Ref gKwdMark;

// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type): what
// Lib/functools.py's lru_cache decorates with. CPython: lru_cache_new
Ref lruNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value out[4] = {};
  if (!parseArgs({"lru_cache", {"user_function", "maxsize", "typed", "cache_info_type"}, 4},
                 args, nargs, kwnames, out))
    return {};
  if (!out[0].type()->call)
    return raise(&TypeErrorType, "the first argument must be callable");
  int64_t maxsize = -1;
  if (!isNone(out[1])) {
    if (!out[1].type()->index)
      return raise(&TypeErrorType, "maxsize should be integer or None");
    Ref n = index(out[1]);
    if (!n || !intAsInt64(*n, &maxsize))
      return {};
    maxsize = std::max<int64_t>(maxsize, 0);
  }
  int typed = isTrue(out[2]);
  if (typed < 0)
    return {};
  if (!gKwdMark) {
    gKwdMark = objectNew(&ObjectType, nullptr, 0, Value());
    if (!gKwdMark)
      return {};
  }
  Ref cache = newDict();
  if (!cache)
    return {};
  Object *o = allocObject(type);
  if (!o)
    return {};
  Ref w = Ref::steal(o);
  auto *l = static_cast<LruObject *>(o);
  l->func = Ref::borrow(out[0]);
  l->cache = cache;
  l->kwdMark = gKwdMark;
  l->maxsize = maxsize;
  l->typed = typed;
  l->cacheInfoType = Ref::borrow(out[3]);
  return w;
}

const MethodDef kLruMethods[] = {
    method("cache_info", lruCacheInfo),
    method("cache_clear", lruCacheClear),
    method("__copy__", lruCopy),
    method("__deepcopy__", lruDeepCopy),
};

bool setupLru() {
  if (LruWrapperType.hasFlag(kTypeReady))
    return true;
  initStaticType(&LruWrapperType, "functools._lru_cache_wrapper", &ObjectType,
                 sizeof(LruObject), kTypeMethodDescriptor);
  LruWrapperType.nameObject = newStr("_lru_cache_wrapper");
  LruWrapperType.dealloc = lruDealloc;
  LruWrapperType.call = lruCall;
  LruWrapperType.newInstance = lruNew;
  LruWrapperType.descrGet = lruDescrGet;
  {
    LruObject probe;
    LruWrapperType.dictOffset =
        size_t(reinterpret_cast<char *>(&probe.dict) - reinterpret_cast<char *>(&probe));
  }
  return typeReady(&LruWrapperType, kLruMethods, kDictGetSet);
}

const MethodDef kPartialMethods[] = {
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
};
const GetSetDef kPartialGetSets[] = {
    {"func", partialGetFunc},
    {"args", partialGetArgs},
    {"keywords", partialGetKeywords},
    {"__dict__", getInstanceDict, setInstanceDict},
};
const GetSetDef kKeyGetSets[] = {
    {"obj", keyGetObj},
};

const MethodDef kNativeFunctions[] = {
    method("reduce", functoolsReduce),
    method("cmp_to_key", functoolsCmpToKey),
};
bool setupTypes() {
  if (PartialType.hasFlag(kTypeReady))
    return true;
  initStaticType(&PlaceholderType, "functools._PlaceholderType", &ObjectType, sizeof(Object), 0);
  PlaceholderType.nameObject = newStr("_PlaceholderType");
  PlaceholderType.newInstance = placeholderNew;
  PlaceholderType.repr = placeholderRepr;
  if (!typeReady(&PlaceholderType, kPlaceholderMethods))
    return false;
  gPlaceholder = Ref::steal(allocObject(&PlaceholderType));
  if (!gPlaceholder)
    return false;
  initStaticType(&PartialType, "functools.partial", &ObjectType, sizeof(PartialObject),
                 kTypeBaseType | kTypeMethodDescriptor);
  PartialType.nameObject = newStr("partial");
  PartialType.dealloc = partialDealloc;
  PartialType.newInstance = partialNew;
  PartialType.call = partialCall;
  PartialType.repr = partialRepr;
  PartialType.descrGet = partialDescrGet;
  PartialType.getattr = genericGetAttr;
  PartialType.setattr = genericSetAttr;
  {
    PartialObject probe;
    PartialType.dictOffset =
        size_t(reinterpret_cast<char *>(&probe.dict) - reinterpret_cast<char *>(&probe));
  }
  if (!typeReady(&PartialType, kPartialMethods, kPartialGetSets))
    return false;

  initStaticType(&KeyWrapperType, "functools.KeyWrapper", &ObjectType, sizeof(KeyObject), 0);
  KeyWrapperType.nameObject = newStr("KeyWrapper");
  KeyWrapperType.dealloc = keyDealloc;
  KeyWrapperType.call = keyCall;
  KeyWrapperType.richcompare = keyRichCompare;
  KeyWrapperType.hash = hashNotImplemented;
  if (!typeReady(&KeyWrapperType, {}, kKeyGetSets))
    return false;
  markUnhashable(&KeyWrapperType);
  return true;
}

} // namespace

Ref createFunctoolsNativeModule() {
  if (!setupTypes() || !setupLru())
    return {};
  Ref module = newModule("_functools");
  if (!module)
    return {};
  Value m = *module;
  if (!moduleAddFunctions(m, kNativeFunctions) ||
      moduleAddObject(m, "partial", typeValue(&PartialType)) < 0 ||
      moduleAddObject(m, "Placeholder", *gPlaceholder) < 0 ||
      moduleAddObject(m, "_PlaceholderType", typeValue(&PlaceholderType)) < 0 ||
      moduleAddObject(m, "_lru_cache_wrapper", typeValue(&LruWrapperType)) < 0)
    return {};
  return module;
}

} // namespace pyvm
