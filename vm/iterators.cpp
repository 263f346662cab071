// enumerate, zip, map, filter, reversed, the sequence iterator and the
// callable iterator, plus helpers shared by the container types.
// CPython: Objects/enumobject.c, Objects/iterobject.c, Python/bltinmodule.c
#include "vm/iterators.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/descriptors.h"
#include "vm/typing.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <algorithm>
#include <vector>

namespace pyvm {

Type EnumerateType;
Type ZipType;
Type MapType;
Type FilterType;
Type ReversedType;
Type SeqIterType;
Type CallableIterType;

// --- helpers -------------------------------------------------------------------

namespace {
thread_local std::vector<Object *> tReprStack;
}

int reprEnter(Value v) {
  if (!v.isObject())
    return 0;
  Object *o = v.object();
  if (std::find(tReprStack.begin(), tReprStack.end(), o) != tReprStack.end())
    return 1;
  tReprStack.push_back(o);
  return 0;
}

void reprLeave(Value v) {
  if (!v.isObject())
    return;
  Object *o = v.object();
  for (size_t i = tReprStack.size(); i-- > 0;) {
    if (tReprStack[i] == o) {
      tReprStack.erase(tReprStack.begin() + static_cast<ptrdiff_t>(i));
      return;
    }
  }
}

bool appendRepr(std::string &out, Value v) {
  Ref r = repr(v);
  if (!r)
    return false;
  if (isStr(*r) && asStr(*r)->ascii)
    out += strAsciiView(*r);
  else
    out += strToUtf8(*r);
  return true;
}

bool sequenceIndex(Value key, int64_t *out) {
  if (key.isSmallInt()) {
    *out = key.smallInt();
    return true;
  }
  return indexAsInt64(key, out, &IndexErrorType);
}

Ref trySequenceOtherSlot(Value a, Value b, BinaryOp op) {
  Type *ta = a.type(), *tb = b.type();
  BinaryFn slotw = tb->binary[static_cast<int>(op)];
  // binary_op1 has already tried the other operand first when it is a
  // subtype; a shared slot is the sequence's own.
  if (!slotw || slotw == ta->binary[static_cast<int>(op)] || isSubtype(tb, ta))
    return newNotImplemented();
  return slotw(a, b);
}

bool sequenceRepeatCount(Value n, int64_t *out) {
  if (n.isSmallInt()) {
    *out = n.smallInt();
    return true;
  }
  if (!n.type()->index) {
    raisef(&TypeErrorType, "can't multiply sequence by non-int of type '{}'", typeName(n));
    return false;
  }
  return indexAsInt64(n, out, &OverflowErrorType);
}

int gDeallocDepth = 0;
size_t gTrashcanDeferred = 0;

namespace {
bool gDraining = false;
std::vector<Object *> gDeferred;
} // namespace

bool trashcanDefer(Object *self) {
  self->refcount = 1; // owned by the queue until drained
  gDeferred.push_back(self);
  gTrashcanDeferred = gDeferred.size();
  return false;
}

void trashcanDrain() {
  if (gDraining)
    return;
  gDraining = true;
  while (!gDeferred.empty()) {
    Object *o = gDeferred.back();
    gDeferred.pop_back();
    gTrashcanDeferred = gDeferred.size();
    decref(Value::fromObject(o));
  }
  gDraining = false;
}

void markUnhashable(Type *type) {
  if (type->dict && isDict(*type->dict))
    dictSetItem(*type->dict, "__hash__", None());
}

namespace {

Ref iterSelf(Value self) { return Ref::borrow(self); }

// next(it) with StopIteration cleared: null and no error means exhausted.
inline Ref nextOf(Value it) {
  IterNextFn f = it.type()->iternext;
  if (!f)
    return iterNext(it);
  Ref r = f(it);
  if (!r && errorPending() && pendingExceptionMatches(&StopIterationType))
    clearPendingException();
  return r;
}

// --- enumerate -----------------------------------------------------------------

struct EnumerateObject : Object {
  Value it;        // owned iterator
  int64_t index;   // the next index while it fits
  Value longIndex; // owned int once index overflows, else null
  Value result;    // owned cached result tuple, or null
};

Ref makeEnumerate(Type *type, Value iterable, Value start) {
  Ref it = getIter(iterable);
  if (!it)
    return it;
  int64_t index = 0;
  Ref longIndex;
  if (start) {
    Ref s = pyvm::index(start);
    if (!s)
      return s;
    if (!intFitsInt64(*s, &index) || index == INT64_MAX)
      longIndex = s;
  }
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  auto *e = static_cast<EnumerateObject *>(o);
  e->it = it.release();
  e->index = index;
  e->longIndex = longIndex.release();
  return Ref::steal(o);
}

// CPython: Objects/enumobject.c enum_new_impl / enum_vectorcall
Ref enumerateNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (!kwnames || tupleSize(kwnames) == 0) {
    if (nargs == 0)
      return raise(&TypeErrorType, "enumerate() missing required argument 'iterable'");
    if (!checkPositional("enumerate", nargs, 1, 2))
      return Ref();
    return makeEnumerate(type, args[0], nargs > 1 ? args[1] : Value());
  }
  Value out[2] = {};
  if (!parseArgs({"enumerate", {"iterable", "start"}, 1, 0}, args, nargs, kwnames, out))
    return Ref();
  return makeEnumerate(type, out[0], out[1]);
}

void enumerateDealloc(Object *self) {
  auto *e = static_cast<EnumerateObject *>(self);
  decref(e->it);
  decref(e->longIndex);
  decref(e->result);
}

Ref enumerateNext(Value self) {
  auto *e = self.as<EnumerateObject>();
  Ref item = nextOf(e->it);
  if (!item)
    return item;
  Ref index;
  if (e->longIndex) {
    index = Ref::borrow(e->longIndex);
    Ref one = newInt(1);
    Ref next = binaryOp(e->longIndex, *one, BinaryOp::Add);
    if (!next)
      return next;
    decref(e->longIndex);
    e->longIndex = next.release();
  } else {
    index = newInt(e->index);
    if (e->index == INT64_MAX - 1) {
      Ref big = newInt(BigInt(INT64_MAX));
      e->longIndex = big.release();
    } else {
      e->index++;
    }
  }
  if (!index)
    return index;
  Ref pair[2] = {std::move(index), std::move(item)};
  return tupleReuse(&e->result, 2, pair);
}

// --- zip -----------------------------------------------------------------------

struct ZipObject : Object {
  Value iters;  // owned tuple of iterators
  Value result; // owned cached result tuple, or null
  bool strict;
};

Ref makeIterTuple(const Value *args, size_t n) {
  Ref t = newTuple(n);
  if (!t)
    return t;
  for (size_t i = 0; i < n; ++i) {
    Ref it = getIter(args[i]);
    if (!it)
      return it;
    tupleInit(*t, i, std::move(it));
  }
  return t;
}

// Reads the keyword-only strict= of zip() and map().
bool parseStrict(const char *function, const Value *args, size_t nargs, Value kwnames,
                 bool *strict) {
  *strict = false;
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  if (nkw == 0)
    return true;
  if (nkw > 1) {
    raisef(&TypeErrorType, "{}() takes at most 1 keyword argument ({} given)", function, nkw);
    return false;
  }
  Value out[1] = {};
  if (!parseArgs({function, {"strict"}, 0, 0, 0}, args + nargs, 0, kwnames, out))
    return false;
  if (out[0]) {
    int t = isTrue(out[0]);
    if (t < 0)
      return false;
    *strict = t != 0;
  }
  return true;
}

Ref zipNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  bool strict;
  if (!parseStrict("zip", args, nargs, kwnames, &strict))
    return Ref();
  Ref iters = makeIterTuple(args, nargs);
  if (!iters)
    return iters;
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  auto *z = static_cast<ZipObject *>(o);
  z->iters = iters.release();
  z->strict = strict;
  return Ref::steal(o);
}

void zipDealloc(Object *self) {
  decref(static_cast<ZipObject *>(self)->iters);
  decref(static_cast<ZipObject *>(self)->result);
}

// The strict-mode length check after iterator `i` ran out (CPython: zip_next
// and map_next "check:" blocks).
Ref strictCheck(const char *name, Value iters, size_t i) {
  size_t n = tupleSize(iters);
  if (i) {
    const char *plural = i == 1 ? " " : "s 1-";
    return raisef(&ValueErrorType, "{}() argument {} is shorter than argument{}{}", name, i + 1,
                  plural, i);
  }
  for (i = 1; i < n; ++i) {
    Ref item = nextOf(tupleItem(iters, i));
    if (item) {
      const char *plural = i == 1 ? " " : "s 1-";
      return raisef(&ValueErrorType, "{}() argument {} is longer than argument{}{}", name,
                    i + 1, plural, i);
    }
    if (errorPending())
      return Ref();
  }
  return Ref();
}

Ref zipNext(Value self) {
  auto *z = self.as<ZipObject>();
  size_t n = tupleSize(z->iters);
  if (n == 0)
    return Ref();
  Ref small[4];
  std::vector<Ref> big;
  Ref *items = small;
  if (n > 4) {
    big.resize(n);
    items = big.data();
  }
  for (size_t i = 0; i < n; ++i) {
    items[i] = nextOf(tupleItem(z->iters, i));
    if (!items[i]) {
      if (errorPending())
        return Ref();
      if (z->strict)
        return strictCheck("zip", z->iters, i);
      return Ref();
    }
  }
  return tupleReuse(&z->result, n, items);
}

// --- map -----------------------------------------------------------------------

struct MapObject : Object {
  Value func;  // owned
  Value iters; // owned tuple of iterators
  bool strict;
};

Ref mapNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  bool strict;
  if (!parseStrict("map", args, nargs, kwnames, &strict))
    return Ref();
  if (nargs < 2)
    return raise(&TypeErrorType, "map() must have at least two arguments.");
  Ref iters = makeIterTuple(args + 1, nargs - 1);
  if (!iters)
    return iters;
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  auto *m = static_cast<MapObject *>(o);
  incref(args[0]);
  m->func = args[0];
  m->iters = iters.release();
  m->strict = strict;
  return Ref::steal(o);
}

void mapDealloc(Object *self) {
  auto *m = static_cast<MapObject *>(self);
  decref(m->func);
  decref(m->iters);
}

Ref mapNext(Value self) {
  auto *m = self.as<MapObject>();
  size_t n = tupleSize(m->iters);
  Value small[8];
  std::vector<Value> big;
  Value *stack = small;
  if (n > 8) {
    big.resize(n);
    stack = big.data();
  }
  size_t got = 0;
  Ref result;
  for (; got < n; ++got) {
    Ref item = nextOf(tupleItem(m->iters, got));
    if (!item) {
      if (!errorPending() && m->strict)
        strictCheck("map", m->iters, got);
      goto done;
    }
    stack[got] = item.release();
  }
  result = call(m->func, stack, n);
done:
  for (size_t i = 0; i < got; ++i)
    decref(stack[i]);
  return result;
}

// --- filter --------------------------------------------------------------------

struct FilterObject : Object {
  Value func; // owned
  Value it;   // owned iterator
};

Ref filterNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (type == &FilterType && !checkNoKeywords("filter", kwnames))
    return Ref();
  if (!checkPositional("filter", nargs, 2, 2))
    return Ref();
  Ref it = getIter(args[1]);
  if (!it)
    return it;
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  auto *f = static_cast<FilterObject *>(o);
  incref(args[0]);
  f->func = args[0];
  f->it = it.release();
  return Ref::steal(o);
}

void filterDealloc(Object *self) {
  auto *f = static_cast<FilterObject *>(self);
  decref(f->func);
  decref(f->it);
}

Ref filterNext(Value self) {
  auto *f = self.as<FilterObject>();
  bool checkTrue = isNone(f->func) || f->func.is(Value::fromObject(&BoolType));
  for (;;) {
    Ref item = nextOf(f->it);
    if (!item)
      return item;
    int ok;
    if (checkTrue) {
      ok = isTrue(*item);
    } else {
      Value arg = *item;
      Ref good = call(f->func, &arg, 1);
      if (!good)
        return good;
      ok = isTrue(*good);
    }
    if (ok > 0)
      return item;
    if (ok < 0)
      return Ref();
  }
}

// --- reversed ------------------------------------------------------------------

struct ReversedObject : Object {
  Value seq; // owned, null when exhausted
  int64_t index;
};

Ref makeReversedObject(Type *type, Value seq, int64_t n) {
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  auto *r = static_cast<ReversedObject *>(o);
  incref(seq);
  r->seq = seq;
  r->index = n - 1;
  return Ref::steal(o);
}

// CPython: Objects/enumobject.c reversed_new_impl
Ref reversedImpl(Type *type, Value seq) {
  Ref name = internStr("__reversed__");
  Ref meth = lookupAttr(Value::fromObject(seq.type()), *name);
  if (meth) {
    if (isNone(*meth))
      return raisef(&TypeErrorType, "'{}' object is not reversible", typeName(seq));
    return call(*meth, {seq});
  }
  if (errorPending())
    return Ref();
  if (!seq.type()->getitem || isDict(seq))
    return raisef(&TypeErrorType, "'{}' object is not reversible", typeName(seq));
  int64_t n = length(seq);
  if (n == -1)
    return Ref();
  return makeReversedObject(type, seq, n);
}

Ref reversedNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (type == &ReversedType && !checkNoKeywords("reversed", kwnames))
    return Ref();
  if (!checkPositional("reversed", nargs, 1, 1))
    return Ref();
  return reversedImpl(type, args[0]);
}

void reversedDealloc(Object *self) { decref(static_cast<ReversedObject *>(self)->seq); }

Ref reversedNext(Value self) {
  auto *r = self.as<ReversedObject>();
  if (r->index >= 0 && r->seq) {
    Ref key = newInt(r->index);
    Ref item = getItem(r->seq, *key);
    if (item) {
      r->index--;
      return item;
    }
    if (pendingExceptionMatches(&IndexErrorType) || pendingExceptionMatches(&StopIterationType))
      clearPendingException();
    else
      return item;
  }
  r->index = -1;
  Value seq = r->seq;
  r->seq = Value();
  decref(seq);
  return Ref();
}

Ref reversedLengthHint(Value self) {
  auto *r = self.as<ReversedObject>();
  if (!r->seq)
    return newInt(0);
  int64_t n = length(r->seq);
  if (n < 0)
    return Ref();
  int64_t position = r->index + 1;
  return newInt(n < position ? 0 : position);
}

// --- the sequence iterator ("iterator") ----------------------------------------

struct SeqIterObject : Object {
  Value seq; // owned, null when exhausted
  int64_t index;
};

void seqIterDealloc(Object *self) { decref(static_cast<SeqIterObject *>(self)->seq); }

// CPython: Objects/iterobject.c iter_iternext
Ref seqIterNext(Value self) {
  auto *it = self.as<SeqIterObject>();
  if (!it->seq)
    return Ref();
  if (it->index == INT64_MAX)
    return raise(&OverflowErrorType, "iter index too large");
  Ref key = newInt(it->index);
  Ref result = getItem(it->seq, *key);
  if (result) {
    it->index++;
    return result;
  }
  if (pendingExceptionMatches(&IndexErrorType) || pendingExceptionMatches(&StopIterationType)) {
    clearPendingException();
    Value seq = it->seq;
    it->seq = Value();
    decref(seq);
  }
  return Ref();
}

Ref seqIterLengthHint(Value self) {
  auto *it = self.as<SeqIterObject>();
  if (it->seq) {
    if (!it->seq.type()->length)
      return newNotImplemented();
    int64_t n = length(it->seq);
    if (n < 0)
      return Ref();
    n -= it->index;
    return newInt(n < 0 ? 0 : n);
  }
  return newInt(0);
}

// --- the callable iterator ------------------------------------------------------

struct CallableIterObject : Object {
  Value callable; // owned, null when exhausted
  Value sentinel; // owned
};

void callableIterDealloc(Object *self) {
  auto *it = static_cast<CallableIterObject *>(self);
  decref(it->callable);
  decref(it->sentinel);
}

// CPython: Objects/iterobject.c calliter_iternext
Ref callableIterNext(Value self) {
  auto *it = self.as<CallableIterObject>();
  if (!it->callable)
    return Ref();
  Ref result = call(it->callable, nullptr, 0);
  if (result) {
    int ok = compareBool(it->sentinel, *result, CompareOp::Eq);
    if (ok == 0)
      return result;
    if (ok > 0) {
      Value c = it->callable, s = it->sentinel;
      it->callable = Value();
      it->sentinel = Value();
      decref(c);
      decref(s);
    }
    return Ref();
  }
  if (pendingExceptionMatches(&StopIterationType)) {
    clearPendingException();
    Value c = it->callable, s = it->sentinel;
    it->callable = Value();
    it->sentinel = Value();
    decref(c);
    decref(s);
  }
  return Ref();
}


// --- types.GenericAlias ---------------------------------------------------------

struct GenericAliasObject : Object {
  Value origin;     // owned
  Value args;       // owned tuple
  Value parameters; // owned tuple, null until computed
  bool starred;
};

inline GenericAliasObject *asAlias(Value v) { return v.as<GenericAliasObject>(); }

void genericAliasDealloc(Object *self) {
  auto *g = static_cast<GenericAliasObject *>(self);
  decref(g->origin);
  decref(g->args);
  decref(g->parameters);
}

} // namespace

// CPython: Objects/typevarobject.c _Py_typing_type_repr
bool typingTypeRepr(std::string &out, Value p) {
  if (p.is(Value::fromObject(&NoneType))) {
    out += "None";
    return true;
  }
  if (p.is(Ellipsis())) {
    out += "...";
    return true;
  }
  Ref originName = internStr("__origin__"), argsName = internStr("__args__");
  int r = hasAttr(p, *originName);
  if (r < 0)
    return false;
  if (r > 0) {
    r = hasAttr(p, *argsName);
    if (r < 0)
      return false;
    if (r > 0)
      return appendRepr(out, p);
  }
  Ref qualname = lookupAttr(p, *internStr("__qualname__"));
  if (!qualname) {
    if (errorPending())
      return false;
    return appendRepr(out, p);
  }
  Ref module = lookupAttr(p, *internStr("__module__"));
  if (!module) {
    if (errorPending())
      return false;
    return appendRepr(out, p);
  }
  if (isNone(*module))
    return appendRepr(out, p);
  if (isStr(*module) && strEqualsAscii(*module, "builtins")) {
    Ref q = str(*qualname);
    if (!q)
      return false;
    out += strToUtf8(*q);
    return true;
  }
  Ref m = str(*module), q = str(*qualname);
  if (!m || !q)
    return false;
  out += strToUtf8(*m) + "." + strToUtf8(*q);
  return true;
}

Ref genericAliasRepr(Value self) {
  auto *g = asAlias(self);
  std::string out;
  if (g->starred)
    out += "*";
  if (!typingTypeRepr(out, g->origin))
    return Ref();
  out += "[";
  size_t n = tupleSize(g->args);
  for (size_t i = 0; i < n; ++i) {
    if (i)
      out += ", ";
    Value p = tupleItem(g->args, i);
    if (p.isObject() && p.type() == &ListType) {
      out += "[";
      for (size_t j = 0; j < listSize(p); ++j) {
        if (j)
          out += ", ";
        if (!typingTypeRepr(out, listItem(p, j)))
          return Ref();
      }
      out += "]";
    } else if (!typingTypeRepr(out, p)) {
      return Ref();
    }
  }
  if (n == 0)
    out += "()";
  out += "]";
  return newStr(out);
}

// CPython: Objects/genericaliasobject.c _Py_make_parameters
Ref makeParameters(Value args) {
  Ref params = newList();
  Ref substName = internStr("__typing_subst__"), paramsName = internStr("__parameters__");
  auto addUnique = [&](Value v) -> bool {
    for (size_t k = 0; k < listSize(*params); ++k)
      if (listItem(*params, k).is(v))
        return true;
    listAppend(*params, Ref::borrow(v));
    return true;
  };
  for (Value t : tupleItems(args)) {
    if (isType(t))
      continue;
    int r = hasAttr(t, *substName);
    if (r < 0)
      return Ref();
    if (r > 0) {
      addUnique(t);
      continue;
    }
    Ref sub = lookupAttr(t, *paramsName);
    if (!sub) {
      if (errorPending())
        return Ref();
      continue;
    }
    if (isTuple(*sub))
      for (Value v : tupleItems(*sub))
        addUnique(v);
  }
  return listAsTuple(*params);
}

// Replaces the type parameters `params` in `args` (a tuple, or a list for
// Callable's argument list) by the items of `item`, as each parameter's
// __typing_prepare_subst__ / __typing_subst__ says.
// CPython: Objects/genericaliasobject.c _Py_subs_parameters
Ref substituteParameters(Value self, Value args, Value params, Value item) {
  size_t np = tupleSize(params);
  if (np == 0) {
    Ref r = repr(self);
    return r ? raisef(&TypeErrorType, "{} is not a generic class", strToUtf8(*r)) : Ref();
  }
  Ref items = Ref::borrow(item);
  Ref prepareName = internStr("__typing_prepare_subst__");
  for (Value param : tupleItems(params)) {
    Ref prepare = lookupAttr(param, *prepareName);
    if (!prepare && errorPending())
      return {};
    if (!prepare || isNone(*prepare))
      continue;
    Ref asTuple = isTuple(*items) ? items : newTupleOf({*items});
    items = asTuple ? call(*prepare, {self, *asTuple}) : Ref();
    if (!items)
      return {};
  }
  Ref argItems = isTuple(*items) ? items : newTupleOf({*items});
  if (!argItems)
    return {};
  size_t ni = tupleSize(*argItems);
  if (ni != np) {
    Ref r = repr(self);
    if (!r)
      return r;
    return raisef(&TypeErrorType, "Too {} arguments for {}; actual {}, expected {}{}",
                  ni > np ? "many" : "few", strToUtf8(*r), ni, ni > np ? "" : "at least ", np);
  }
  auto indexOf = [&](Value v) -> size_t {
    for (size_t k = 0; k < np; ++k)
      if (tupleItem(params, k).is(v))
        return k;
    return SIZE_MAX;
  };
  Ref argsTuple = isTuple(args) ? Ref::borrow(args) : listAsTuple(args);
  if (!argsTuple)
    return {};
  Ref substName = internStr("__typing_subst__"), paramsName = internStr("__parameters__");
  Ref out = newList();
  for (Value arg : tupleItems(*argsTuple)) {
    if (isType(arg)) {
      listAppend(*out, Ref::borrow(arg));
      continue;
    }
    if (isTuple(arg) || isList(arg)) { // recursively, in Callable's [args] lists
      Ref sub = substituteParameters(self, arg, params, *argItems);
      if (sub && isList(arg)) {
        Ref list = newList();
        if (listExtend(*list, *sub) < 0)
          return {};
        sub = std::move(list);
      }
      if (!sub)
        return {};
      listAppend(*out, std::move(sub));
      continue;
    }
    Ref subst = lookupAttr(arg, *substName);
    if (!subst && errorPending())
      return {};
    Ref replaced;
    if (subst) {
      size_t k = indexOf(arg);
      replaced = k == SIZE_MAX ? Ref::borrow(arg) : call(*subst, {tupleItem(*argItems, k)});
    } else {
      // A generic inside (dict[T, list[S]]): subscript it with its own parameters' values.
      Ref sub = lookupAttr(arg, *paramsName);
      if (!sub && errorPending())
        return {};
      if (sub && isTuple(*sub) && tupleSize(*sub)) {
        Ref subArgs = newTuple(tupleSize(*sub));
        for (size_t j = 0; j < tupleSize(*sub); ++j) {
          size_t k = indexOf(tupleItem(*sub, j));
          tupleInit(*subArgs, j,
                    Ref::borrow(k == SIZE_MAX ? tupleItem(*sub, j) : tupleItem(*argItems, k)));
        }
        replaced = getItem(arg, *subArgs);
      } else {
        replaced = Ref::borrow(arg);
      }
    }
    if (!replaced)
      return {};
    listAppend(*out, std::move(replaced));
  }
  return listAsTuple(*out);
}

namespace {

Value aliasParameters(GenericAliasObject *g) {
  if (!g->parameters) {
    Ref p = makeParameters(g->args);
    if (!p)
      return Value();
    g->parameters = p.release();
  }
  return g->parameters;
}

Ref gaGetOrigin(Value self) { return Ref::borrow(asAlias(self)->origin); }
Ref gaGetArgs(Value self) { return Ref::borrow(asAlias(self)->args); }
Ref gaGetParameters(Value self) {
  Value p = aliasParameters(asAlias(self));
  return p ? Ref::borrow(p) : Ref();
}
Ref gaGetUnpacked(Value self) { return newBool(asAlias(self)->starred); }

bool isAttrException(Value name) {
  static const char *const kExceptions[] = {
      "__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
      "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
      "__copy__", "__deepcopy__",
      // Not in CPython's list: CPython finds these by special lookup, which
      // isInstanceOf() does through getattr here.
      "__instancecheck__", "__subclasscheck__"};
  if (!isStr(name))
    return true;
  for (const char *e : kExceptions)
    if (strEqualsAscii(name, e))
      return true;
  return false;
}

// CPython: Objects/genericaliasobject.c ga_getattro
Ref genericAliasGetAttr(Value self, Value name) {
  if (!isAttrException(name))
    return getAttr(asAlias(self)->origin, name);
  return genericGetAttr(self, name);
}

Ref genericAliasCall(Value self, const Value *args, size_t nargs, Value kwnames) {
  Ref obj = call(asAlias(self)->origin, args, nargs, kwnames);
  if (!obj)
    return obj;
  Ref attr = internStr("__orig_class__");
  if (setAttr(*obj, *attr, self) < 0) {
    if (!pendingExceptionMatches(&AttributeErrorType) && !pendingExceptionMatches(&TypeErrorType))
      return Ref();
    clearPendingException();
  }
  return obj;
}

Ref genericAliasRichCompare(Value a, Value b, CompareOp op) {
  if (!isInstance(a, &GenericAliasType) || !isInstance(b, &GenericAliasType) ||
      (op != CompareOp::Eq && op != CompareOp::Ne))
    return newNotImplemented();
  auto *x = asAlias(a), *y = asAlias(b);
  if (x->starred != y->starred)
    return newBool(op == CompareOp::Ne);
  int eq = compareBool(x->origin, y->origin, CompareOp::Eq);
  if (eq < 0)
    return Ref();
  if (eq)
    eq = compareBool(x->args, y->args, CompareOp::Eq);
  if (eq < 0)
    return Ref();
  return newBool((eq != 0) == (op == CompareOp::Eq));
}

int64_t genericAliasHash(Value self) {
  int64_t h0 = hash(asAlias(self)->origin);
  if (h0 == -1)
    return -1;
  int64_t h1 = hash(asAlias(self)->args);
  if (h1 == -1)
    return -1;
  int64_t h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

// CPython: Objects/genericaliasobject.c ga_getitem
Ref genericAliasGetItem(Value self, Value item) {
  auto *g = asAlias(self);
  Value params = aliasParameters(g);
  if (!params)
    return Ref();
  Ref newArgs = substituteParameters(self, g->args, params, item);
  if (!newArgs)
    return newArgs;
  Ref r = newGenericAlias(g->origin, *newArgs);
  if (r)
    asAlias(*r)->starred = g->starred;
  return r;
}

Ref gaMroEntries(Value self, Value) { return newTupleOf({asAlias(self)->origin}); }

Ref gaInstanceCheck(Value, Value) {
  return raise(&TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic");
}
Ref gaSubclassCheck(Value, Value) {
  return raise(&TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic");
}

Ref gaReduce(Value self) {
  auto *g = asAlias(self);
  Ref args = newTupleOf({g->origin, g->args});
  if (!args)
    return args;
  return newTupleOf({Value::fromObject(self.type()), *args});
}

Ref gaNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("GenericAlias", kwnames))
    return Ref();
  if (!checkPositional("GenericAlias", nargs, 2, 2))
    return Ref();
  return newGenericAlias(args[0], args[1]);
}

const MethodDef kGenericAliasMethods[] = {
    method("__mro_entries__", gaMroEntries),
    method("__instancecheck__", gaInstanceCheck),
    method("__subclasscheck__", gaSubclassCheck),
    method("__reduce__", gaReduce),
};
const GetSetDef kGenericAliasGetSets[] = {
    {"__origin__", gaGetOrigin},
    {"__args__", gaGetArgs},
    {"__parameters__", gaGetParameters},
    {"__unpacked__", gaGetUnpacked},
};

const MethodDef kReversedMethods[] = {
    method("__length_hint__", reversedLengthHint),
};
const MethodDef kSeqIterMethods[] = {
    method("__length_hint__", seqIterLengthHint),
};

void setupIterType(Type *type, const char *name, size_t size, DeallocFn dealloc,
                   IterNextFn next, NewFn newFn, std::span<const MethodDef> methods = {}) {
  initStaticType(type, name, &ObjectType, size, newFn ? kTypeBaseType : kTypeImmutable);
  type->dealloc = dealloc;
  type->iter = iterSelf;
  type->iternext = next;
  type->newInstance = newFn;
  typeReady(type, methods);
}

} // namespace

Ref newSeqIter(Value seq) {
  Object *o = allocObject(&SeqIterType);
  if (!o)
    return Ref();
  auto *it = static_cast<SeqIterObject *>(o);
  incref(seq);
  it->seq = seq;
  it->index = 0;
  return Ref::steal(o);
}

Ref newCallableIter(Value callable, Value sentinel) {
  Object *o = allocObject(&CallableIterType);
  if (!o)
    return Ref();
  auto *it = static_cast<CallableIterObject *>(o);
  incref(callable);
  incref(sentinel);
  it->callable = callable;
  it->sentinel = sentinel;
  return Ref::steal(o);
}

Ref newReversed(Value seq) { return reversedImpl(&ReversedType, seq); }

Type GenericAliasType;

Ref newGenericAlias(Value origin, Value args) {
  Ref argTuple = isTuple(args) ? Ref::borrow(args) : newTupleOf({args});
  if (!argTuple)
    return argTuple;
  Object *o = allocObject(&GenericAliasType, sizeof(GenericAliasObject));
  if (!o)
    return Ref();
  auto *g = static_cast<GenericAliasObject *>(o);
  incref(origin);
  g->origin = origin;
  g->args = argTuple.release();
  g->parameters = Value();
  g->starred = false;
  return Ref::steal(o);
}

Ref classGetItemGenericAlias(Value cls, Value item) { return newGenericAlias(cls, item); }

void initIteratorTypes() {
  if (EnumerateType.flags & kTypeReady)
    return;
  static const MethodDef kEnumerateMethods[] = {
      method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
  };
  setupIterType(&EnumerateType, "enumerate", sizeof(EnumerateObject), enumerateDealloc,
                enumerateNext, enumerateNew, kEnumerateMethods);
  setupIterType(&ZipType, "zip", sizeof(ZipObject), zipDealloc, zipNext, zipNew);
  setupIterType(&MapType, "map", sizeof(MapObject), mapDealloc, mapNext, mapNew);
  setupIterType(&FilterType, "filter", sizeof(FilterObject), filterDealloc, filterNext,
                filterNew);
  setupIterType(&ReversedType, "reversed", sizeof(ReversedObject), reversedDealloc,
                reversedNext, reversedNew, kReversedMethods);
  setupIterType(&SeqIterType, "iterator", sizeof(SeqIterObject), seqIterDealloc, seqIterNext,
                nullptr, kSeqIterMethods);
  setupIterType(&CallableIterType, "callable_iterator", sizeof(CallableIterObject),
                callableIterDealloc, callableIterNext, nullptr);

  initStaticType(&GenericAliasType, "types.GenericAlias", &ObjectType, sizeof(GenericAliasObject),
                 kTypeBaseType);
  GenericAliasType.dealloc = genericAliasDealloc;
  GenericAliasType.repr = genericAliasRepr;
  GenericAliasType.hash = genericAliasHash;
  GenericAliasType.richcompare = genericAliasRichCompare;
  GenericAliasType.getattr = genericAliasGetAttr;
  GenericAliasType.call = genericAliasCall;
  GenericAliasType.getitem = genericAliasGetItem;
  GenericAliasType.newInstance = gaNew;
  // list[int] | None. CPython: Objects/genericaliasobject.c ga_as_number
  GenericAliasType.binary[int(BinaryOp::Or)] = unionOr;
  typeReady(&GenericAliasType, kGenericAliasMethods, kGenericAliasGetSets);
  if (GenericAliasType.dict) {
    Ref module = newStr("types");
    dictSetItem(*GenericAliasType.dict, "__module__", *module);
  }
}

} // namespace pyvm
