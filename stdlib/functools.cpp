// The _functools module (reduce, partial, cmp_to_key) and a native
// `functools` module exposing them plus update_wrapper and wraps, since the
// pure-Python functools is not shipped. CPython: Modules/_functoolsmodule.c,
// Lib/functools.py
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

bool addCachedProperty(Value module); // stdlib/cached_property.cpp
bool addSingleDispatch(Value module); // stdlib/singledispatch.cpp

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

struct PartialObject : Object {
  Ref fn;
  Ref args; // tuple
  Ref kw;   // dict
  Ref dict; // instance __dict__
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
  for (size_t i = 1; i < nargs; i++)
    pargs.push_back(args[i]);
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
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
  return Ref::steal(o);
}

Ref partialCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  auto *p = self.as<PartialObject>();
  std::vector<Value> all;
  for (Value v : tupleItems(*p->args))
    all.push_back(v);
  for (size_t i = 0; i < nargs; i++)
    all.push_back(args[i]);
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

// --- update_wrapper / wraps (Lib/functools.py) ------------------------------

const char *const kAssigned[] = {"__module__", "__name__",     "__qualname__",
                                 "__doc__",    "__annotate__", "__type_params__"};

Ref assignedTuple() {
  std::vector<Ref> refs;
  std::vector<Value> vals;
  for (const char *n : kAssigned) {
    refs.push_back(newStr(n));
    vals.push_back(*refs.back());
  }
  return newTupleFrom(vals);
}
Ref updatedTuple() {
  Ref d = newStr("__dict__");
  return newTupleOf({*d});
}

Ref functoolsUpdateWrapper(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[4] = {};
  if (!parseArgs({"update_wrapper", {"wrapper", "wrapped", "assigned", "updated"}, 2, 0}, args,
                 nargs, kwnames, out))
    return {};
  Value wrapper = out[0], wrapped = out[1];
  Ref assigned = out[2] ? Ref::borrow(out[2]) : assignedTuple();
  Ref updated = out[3] ? Ref::borrow(out[3]) : updatedTuple();
  if (!assigned || !updated)
    return {};
  Ref it = getIter(*assigned);
  if (!it)
    return {};
  while (Ref attr = iterNext(*it)) {
    Ref value = lookupAttr(wrapped, *attr);
    if (!value) {
      if (errorPending())
        return {};
      continue;
    }
    if (setAttr(wrapper, *attr, *value) < 0)
      return {};
  }
  if (errorPending())
    return {};
  it = getIter(*updated);
  if (!it)
    return {};
  while (Ref attr = iterNext(*it)) {
    Ref target = getAttr(wrapper, *attr);
    if (!target)
      return {};
    Ref source = lookupAttr(wrapped, *attr);
    if (!source) {
      if (errorPending())
        return {};
      source = newDict();
    }
    Ref r = callMethod(*target, "update", {*source});
    if (!r)
      return {};
  }
  if (errorPending())
    return {};
  Ref name = newStr("__wrapped__");
  if (setAttr(wrapper, *name, wrapped) < 0)
    return {};
  return Ref::borrow(wrapper);
}

Ref gUpdateWrapper; // the module's update_wrapper function

Ref functoolsWraps(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  if (!parseArgs({"wraps", {"wrapped", "assigned", "updated"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  Ref assigned = out[1] ? Ref::borrow(out[1]) : assignedTuple();
  Ref updated = out[2] ? Ref::borrow(out[2]) : updatedTuple();
  if (!assigned || !updated)
    return {};
  Ref names = newTupleOf({*newStr("wrapped"), *newStr("assigned"), *newStr("updated")});
  if (!names)
    return {};
  Value callArgs[4] = {*gUpdateWrapper, out[0], *assigned, *updated};
  return partialNew(&PartialType, callArgs, 1, *names);
}


// --- lru_cache / cache (Lib/functools.py, Modules/_functoolsmodule.c) -------

Type LruWrapperType;
Type *gCacheInfoType = nullptr;
const StructSeqInfo kCacheInfo = {"CacheInfo", {"hits", "misses", "maxsize", "currsize"}};

struct LruObject : Object {
  Ref func;
  Ref cache;   // dict, oldest first
  Ref kwdMark; // separates positional from keyword parts of a key
  Ref dict;    // instance __dict__ (update_wrapper fills it)
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
  return newStructSeq(gCacheInfoType, {*h, *m, *ms, *cs});
}

Ref lruCacheClear(Value self) {
  auto *l = self.as<LruObject>();
  dictClear(*l->cache);
  l->hits = l->misses = 0;
  return newNone();
}

Ref lruCacheParameters(Value self) {
  auto *l = self.as<LruObject>();
  Ref d = newDict();
  Ref ms = l->maxsize < 0 ? newNone() : newInt(l->maxsize);
  if (!d || dictSetItem(*d, "maxsize", *ms) < 0 ||
      dictSetItem(*d, "typed", l->typed ? True() : False()) < 0)
    return {};
  return d;
}

Ref lruCopy(Value self) { return Ref::borrow(self); }
Ref lruDeepCopy(Value self, Value) { return Ref::borrow(self); }

Ref gKwdMark;

Ref makeLruWrapper(Value func, int64_t maxsize, bool typed) {
  if (!gKwdMark) {
    gKwdMark = objectNew(&ObjectType, nullptr, 0, Value());
    if (!gKwdMark)
      return {};
  }
  Ref cache = newDict();
  if (!cache)
    return {};
  Object *o = allocObject(&LruWrapperType);
  if (!o)
    return {};
  Ref w = Ref::steal(o);
  auto *l = static_cast<LruObject *>(o);
  l->func = Ref::borrow(func);
  l->cache = cache;
  l->kwdMark = gKwdMark;
  l->maxsize = maxsize;
  l->typed = typed;
  Value wargs[2] = {*w, func};
  Ref r = functoolsUpdateWrapper(Value(), wargs, 2, Value());
  if (!r)
    return {};
  return w;
}

// The decorator lru_cache(maxsize, typed) returns; self is (maxsize, typed).
Ref lruDecorating(Value self, Value func) {
  Value ms = tupleItem(self, 0);
  int64_t maxsize = -1;
  if (!isNone(ms) && !intAsInt64(ms, &maxsize))
    return {};
  return makeLruWrapper(func, maxsize, tupleItem(self, 1).is(True()));
}
const MethodDef kLruDecoratingDef = method("decorating_function", lruDecorating);

Ref functoolsLruCache(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"lru_cache", {"maxsize", "typed"}, 0, 0}, args, nargs, kwnames, out))
    return {};
  Value maxsize = out[0] ? out[0] : Value::fromSmallInt(128);
  Value typedArg = out[1] ? out[1] : False();
  int typed = isTrue(typedArg);
  if (typed < 0)
    return {};
  Ref ms;
  if (isInt(maxsize)) {
    int64_t n;
    if (!intAsInt64(maxsize, &n))
      return {};
    ms = newInt(n < 0 ? 0 : n);
  } else if (maxsize.type()->call && typedArg.type() == &BoolType) {
    return makeLruWrapper(maxsize, 128, typed);
  } else if (!isNone(maxsize)) {
    return raise(&TypeErrorType,
                 "Expected first argument to be an integer, a callable, or None");
  } else {
    ms = newNone();
  }
  Ref state = newTupleOf({*ms, typed ? True() : False()});
  if (!state)
    return {};
  return newBuiltinFunction(kLruDecoratingDef, *state);
}

Ref functoolsCache(Value, Value func) { return makeLruWrapper(func, -1, false); }

const MethodDef kLruMethods[] = {
    method("cache_info", lruCacheInfo),
    method("cache_clear", lruCacheClear),
    method("cache_parameters", lruCacheParameters),
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
  LruWrapperType.descrGet = lruDescrGet;
  {
    LruObject probe;
    LruWrapperType.dictOffset =
        size_t(reinterpret_cast<char *>(&probe.dict) - reinterpret_cast<char *>(&probe));
  }
  if (!typeReady(&LruWrapperType, kLruMethods, kDictGetSet))
    return false;
  gCacheInfoType = makeStructSeqType(&kCacheInfo);
  return gCacheInfoType != nullptr;
}


// --- total_ordering (Lib/functools.py) ----------------------------------------
// The twelve derived comparisons, as method descriptors on object so they
// bind to any instance.

enum class Derive { NotAndNe, OrEq, Not, NotOrEq, AndNe };

Ref derived(Value self, Value other, const char *root, Derive how) {
  Ref fn = getAttr(typeValue(self.type()), root);
  if (!fn)
    return {};
  Ref r = call(*fn, {self, other});
  if (!r || (*r).is(NotImplemented()))
    return r;
  int t = isTrue(*r);
  if (t < 0)
    return {};
  switch (how) {
  case Derive::Not:
    return newBool(!t);
  case Derive::NotAndNe:
    if (t)
      return newBool(false);
    return richCompare(self, other, CompareOp::Ne);
  case Derive::OrEq:
    if (t)
      return r;
    return richCompare(self, other, CompareOp::Eq);
  case Derive::NotOrEq:
    if (!t)
      return newBool(true);
    return richCompare(self, other, CompareOp::Eq);
  case Derive::AndNe:
    if (!t)
      return r;
    return richCompare(self, other, CompareOp::Ne);
  }
  return {};
}

#define DERIVE(fname, root, how)                                                               \
  Ref fname(Value self, Value other) { return derived(self, other, root, Derive::how); }
DERIVE(gtFromLt, "__lt__", NotAndNe)
DERIVE(leFromLt, "__lt__", OrEq)
DERIVE(geFromLt, "__lt__", Not)
DERIVE(geFromLe, "__le__", NotOrEq)
DERIVE(ltFromLe, "__le__", AndNe)
DERIVE(gtFromLe, "__le__", Not)
DERIVE(ltFromGt, "__gt__", NotAndNe)
DERIVE(geFromGt, "__gt__", OrEq)
DERIVE(leFromGt, "__gt__", Not)
DERIVE(leFromGe, "__ge__", NotOrEq)
DERIVE(gtFromGe, "__ge__", AndNe)
DERIVE(ltFromGe, "__ge__", Not)
#undef DERIVE

struct Convert {
  const char *root;
  MethodDef defs[3];
};
const Convert kConvert[] = {
    {"__lt__", {method("__gt__", gtFromLt), method("__le__", leFromLt), method("__ge__", geFromLt)}},
    {"__le__", {method("__ge__", geFromLe), method("__lt__", ltFromLe), method("__gt__", gtFromLe)}},
    {"__gt__", {method("__lt__", ltFromGt), method("__ge__", geFromGt), method("__le__", leFromGt)}},
    {"__ge__", {method("__le__", leFromGe), method("__gt__", gtFromGe), method("__lt__", ltFromGe)}},
};

Ref functoolsTotalOrdering(Value, Value cls) {
  bool roots[4] = {};
  bool any = false;
  for (int i = 0; i < 4; i++) {
    Ref mine = getAttr(cls, kConvert[i].root);
    if (!mine) {
      if (!pendingExceptionMatches(&AttributeErrorType))
        return {};
      clearPendingException();
    }
    Ref base = getAttr(typeValue(&ObjectType), kConvert[i].root);
    if (!base)
      return {};
    roots[i] = mine && !(*mine).is(*base);
    any = any || roots[i];
  }
  if (!any)
    return raise(&ValueErrorType, "must define at least one ordering operation: < > <= >=");
  // root = max(roots) by name: '__lt__' > '__le__' > '__gt__' > '__ge__'
  int root = roots[0] ? 0 : roots[1] ? 1 : roots[2] ? 2 : 3;
  for (const MethodDef &def : kConvert[root].defs) {
    int j = 0;
    while (j < 4 && std::string_view(kConvert[j].root) != def.name)
      j++;
    if (roots[j])
      continue;
    Ref d = newMethodDescriptor(&ObjectType, &def);
    Ref name = newStr(def.name);
    if (!d || !name || setAttr(cls, *name, *d) < 0)
      return {};
  }
  return Ref::borrow(cls);
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
const MethodDef kWrapperFunctions[] = {
    method("update_wrapper", functoolsUpdateWrapper),
    method("wraps", functoolsWraps),
    method("lru_cache", functoolsLruCache),
    method("cache", functoolsCache),
    method("total_ordering", functoolsTotalOrdering),
};

bool setupTypes() {
  if (PartialType.hasFlag(kTypeReady))
    return true;
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

Ref makeModule(const char *name, bool full) {
  if (!setupTypes())
    return {};
  Ref module = newModule(name);
  if (!module)
    return {};
  Value m = *module;
  if (!moduleAddFunctions(m, kNativeFunctions) ||
      moduleAddObject(m, "partial", typeValue(&PartialType)) < 0 || !setupLru() ||
      moduleAddObject(m, "_lru_cache_wrapper", typeValue(&LruWrapperType)) < 0)
    return {};
  if (full) {
    if (!moduleAddFunctions(m, kWrapperFunctions) || !addCachedProperty(m) ||
        !addSingleDispatch(m))
      return {};
    gUpdateWrapper = Ref::borrow(dictGetItem(moduleDict(m), "update_wrapper"));
    Ref a = assignedTuple(), u = updatedTuple();
    if (!a || !u || moduleAddObject(m, "WRAPPER_ASSIGNMENTS", *a) < 0 ||
        moduleAddObject(m, "WRAPPER_UPDATES", *u) < 0)
      return {};
  }
  return module;
}

} // namespace

Ref createFunctoolsNativeModule() { return makeModule("_functools", false); }
Ref createFunctoolsModule() { return makeModule("functools", true); }

} // namespace pyvm
