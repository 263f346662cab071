// The _contextvars module (contextvars re-exports it): ContextVar, Token,
// Context and copy_context(), for pyvm's single thread.
// CPython keeps a context's variables in an immutable HAMT, so copy() is
// O(1); here a Context owns a dict that copy() copies and set() updates in
// place, which is observably the same: contexts never share a dict. One
// difference: iterating a Context follows insertion order here, CPython's
// follows the HAMT's (hash) order, which depends on addresses.
// CPython: Python/context.c
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/str_builder.h"
#include "vm/tuple.h"

#include <fmt/format.h>

namespace pyvm {

namespace {

Type ContextType;
Type ContextVarType;
Type TokenType;
Type TokenMissingType;
Ref gTokenMissing; // Token.MISSING: a token's old_value when the var had none

struct ContextObject : Object {
  Ref vars;     // dict: ContextVar -> value
  Ref prev;     // the context current before run() entered this one
  bool entered; // inside run()
};

struct ContextVarObject : Object {
  Ref name;
  Ref dflt; // null: no default
};

struct TokenObject : Object {
  Ref ctx, var;
  Ref old; // null: the var had no value in ctx
  bool used;
};

// The iterators of iter(ctx), keys(), values() and items(), types named
// "keys", "values" and "items" as CPython's HAMT iterators: they walk a
// snapshot, len() is the context's size, and the end raises StopIteration.
// CPython: Python/hamt.c _PyHamtKeys_Type, hamt_baseiter_tp_iternext
Type KeysIterType;
Type ValuesIterType;
Type ItemsIterType;

struct HamtIterObject : Object {
  Ref items; // list: the snapshot
  size_t pos;
};

Ref newHamtIter(Type *type, Ref items) {
  if (!items)
    return {};
  Object *o = allocObject(type);
  if (!o)
    return {};
  static_cast<HamtIterObject *>(o)->items = std::move(items);
  return Ref::steal(o);
}

void hamtIterDealloc(Object *self) { static_cast<HamtIterObject *>(self)->items.~Ref(); }
Ref hamtIterSelf(Value self) { return Ref::borrow(self); }
int64_t hamtIterLength(Value self) {
  return int64_t(listSize(*static_cast<HamtIterObject *>(self.object())->items));
}
Ref hamtIterNext(Value self) {
  auto *it = static_cast<HamtIterObject *>(self.object());
  if (it->pos >= listSize(*it->items))
    return raiseEmpty(&StopIterationType);
  return Ref::borrow(listItem(*it->items, it->pos++));
}

bool setupHamtIter(Type *type, const char *name) {
  initStaticType(type, name, &ObjectType, sizeof(HamtIterObject), 0);
  type->dealloc = hamtIterDealloc;
  type->iter = hamtIterSelf;
  type->iternext = hamtIterNext;
  type->length = hamtIterLength;
  type->hash = hashNotImplemented;
  if (!typeReady(type))
    return false;
  markUnhashable(type);
  return true;
}

Ref gCurrent; // the current context, made on first use (CPython: context_get)

ContextObject *asContext(Value v) { return static_cast<ContextObject *>(v.object()); }
ContextVarObject *asVar(Value v) { return static_cast<ContextVarObject *>(v.object()); }
TokenObject *asToken(Value v) { return static_cast<TokenObject *>(v.object()); }
bool isExact(Value v, Type *t) { return v.isObject() && v.type() == t; }

// CPython: context_new_from_vars (a null `vars`: context_new_empty)
Ref newContext(Value vars) {
  Ref dict = vars ? dictCopy(vars) : newDict();
  if (!dict)
    return {};
  Object *o = allocObject(&ContextType);
  if (!o)
    return {};
  static_cast<ContextObject *>(o)->vars = std::move(dict);
  return Ref::steal(o);
}

ContextObject *currentContext() {
  if (!gCurrent)
    gCurrent = newContext(Value());
  return gCurrent ? asContext(*gCurrent) : nullptr;
}

// --- Context ---------------------------------------------------------------

void contextDealloc(Object *self) {
  auto *c = static_cast<ContextObject *>(self);
  c->vars.~Ref();
  c->prev.~Ref();
}

// CPython: context_tp_new
Ref contextNew(Type *, const Value *, size_t nargs, Value kwnames) {
  if (nargs || (kwnames && tupleSize(kwnames)))
    return raise(&TypeErrorType, "Context() does not accept any arguments");
  return newContext(Value());
}

// CPython: context_check_key_type
bool checkKey(Value key) {
  if (isExact(key, &ContextVarType))
    return true;
  Ref r = repr(key);
  if (r)
    raisef(&TypeErrorType, "a ContextVar key was expected, got {}", strToUtf8(*r));
  return false;
}

Ref contextGetItem(Value self, Value key) {
  if (!checkKey(key))
    return {};
  Value v = dictGetItem(*asContext(self)->vars, key);
  if (!v)
    return errorPending() ? Ref() : raiseWith(&KeyErrorType, key);
  return Ref::borrow(v);
}

int contextContains(Value self, Value key) {
  if (!checkKey(key))
    return -1;
  Value v = dictGetItem(*asContext(self)->vars, key);
  return v ? 1 : errorPending() ? -1 : 0;
}

int64_t contextLength(Value self) { return int64_t(dictSize(*asContext(self)->vars)); }

Ref contextIter(Value self) { return newHamtIter(&KeysIterType, dictKeys(*asContext(self)->vars)); }

// CPython: context_tp_richcompare (equal when the mappings are)
Ref contextRichCompare(Value a, Value b, CompareOp op) {
  if (!isExact(a, &ContextType) || !isExact(b, &ContextType) ||
      (op != CompareOp::Eq && op != CompareOp::Ne))
    return newNotImplemented();
  return richCompare(*asContext(a)->vars, *asContext(b)->vars, op);
}

// CPython: _contextvars_Context_get_impl
Ref contextGet(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("get", nargs, 1, 2) || !checkKey(args[0]))
    return {};
  Value v = dictGetItem(*asContext(self)->vars, args[0]);
  if (!v && errorPending())
    return {};
  return Ref::borrow(v ? v : nargs > 1 ? args[1] : None());
}

Ref contextKeys(Value self) { return contextIter(self); }
Ref contextValues(Value self) {
  return newHamtIter(&ValuesIterType, dictValues(*asContext(self)->vars));
}
Ref contextItems(Value self) {
  return newHamtIter(&ItemsIterType, dictItems(*asContext(self)->vars));
}
Ref contextCopy(Value self) { return newContext(*asContext(self)->vars); }

// CPython: context_run with _PyContext_Enter / _PyContext_Exit
Ref contextRun(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (nargs < 1)
    return raise(&TypeErrorType, "run() missing 1 required positional argument");
  ContextObject *ctx = asContext(self);
  if (ctx->entered) {
    Ref r = repr(self);
    return r ? raisef(&RuntimeErrorType, "cannot enter context: {} is already entered",
                      strToUtf8(*r))
             : Ref();
  }
  currentContext(); // the context to come back to exists, as CPython's ts->context
  ctx->prev = std::move(gCurrent);
  ctx->entered = true;
  gCurrent = Ref::borrow(self);
  Ref result = call(args[0], args + 1, nargs - 1, kwnames);
  gCurrent = std::move(ctx->prev);
  ctx->entered = false;
  return result;
}

// --- ContextVar ------------------------------------------------------------

void varDealloc(Object *self) {
  auto *v = static_cast<ContextVarObject *>(self);
  v->name.~Ref();
  v->dflt.~Ref();
}

// CPython: contextvar_tp_new, contextvar_new ("O|$O:ContextVar")
Ref varNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (nargs > 1) // PyArg_ParseTupleAndKeywords' wording, not Argument Clinic's
    return raisef(&TypeErrorType, "ContextVar() takes at most 1 positional argument ({} given)",
                  nargs);
  if (!parseArgs({"ContextVar", {"", "default"}, 1, 1, 1}, args, nargs, kwnames, out))
    return {};
  if (!isStr(out[0]))
    return raise(&TypeErrorType, "context variable name must be a str");
  Object *o = allocObject(&ContextVarType);
  if (!o)
    return {};
  static_cast<ContextVarObject *>(o)->name = Ref::borrow(out[0]);
  if (out[1])
    static_cast<ContextVarObject *>(o)->dflt = Ref::borrow(out[1]);
  return Ref::steal(o);
}

// CPython: contextvar_tp_repr
Ref varRepr(Value self) {
  ContextVarObject *v = asVar(self);
  StrBuilder b;
  b.appendAscii("<ContextVar name=");
  Ref name = repr(*v->name);
  if (!name)
    return {};
  b.appendStr(*name);
  if (v->dflt) {
    Ref d = repr(*v->dflt);
    if (!d)
      return {};
    b.appendAscii(" default=");
    b.appendStr(*d);
  }
  b.appendAscii(fmt::format(" at {}>", static_cast<const void *>(self.object())));
  return b.finish();
}

Ref varName(Value self) { return asVar(self)->name; }

// CPython: _contextvars_ContextVar_get_impl, PyContextVar_Get
Ref varGet(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("get", nargs, 0, 1))
    return {};
  ContextObject *ctx = currentContext();
  if (!ctx)
    return {};
  Value v = dictGetItem(*ctx->vars, self);
  if (v)
    return Ref::borrow(v);
  if (errorPending())
    return {};
  if (nargs)
    return Ref::borrow(args[0]);
  if (asVar(self)->dflt)
    return asVar(self)->dflt;
  return raiseWith(&LookupErrorType, self);
}

// CPython: PyContextVar_Set, token_new
Ref varSet(Value self, Value value) {
  ContextObject *ctx = currentContext();
  if (!ctx)
    return {};
  Value old = dictGetItem(*ctx->vars, self);
  if (!old && errorPending())
    return {};
  Object *o = allocObject(&TokenType);
  if (!o)
    return {};
  Ref token = Ref::steal(o);
  TokenObject *t = asToken(*token);
  t->ctx = gCurrent;
  t->var = Ref::borrow(self);
  if (old)
    t->old = Ref::borrow(old);
  if (dictSetItem(*ctx->vars, self, value) < 0)
    return {};
  return token;
}

Ref tokenReprOrEmpty(Value token) { return repr(token); }

// CPython: PyContextVar_Reset
Ref resetVar(Value var, Value token) {
  TokenObject *t = asToken(token);
  if (t->used) {
    Ref r = tokenReprOrEmpty(token);
    return r ? raisef(&RuntimeErrorType, "{} has already been used once", strToUtf8(*r)) : Ref();
  }
  if (!t->var.get().is(var)) {
    Ref r = tokenReprOrEmpty(token);
    return r ? raisef(&ValueErrorType, "{} was created by a different ContextVar", strToUtf8(*r))
             : Ref();
  }
  ContextObject *ctx = currentContext();
  if (!ctx)
    return {};
  if (!t->ctx.get().is(*gCurrent)) {
    Ref r = tokenReprOrEmpty(token);
    return r ? raisef(&ValueErrorType, "{} was created in a different Context", strToUtf8(*r))
             : Ref();
  }
  t->used = true;
  if (t->old)
    return dictSetItem(*ctx->vars, var, *t->old) < 0 ? Ref() : newNone();
  int removed = dictDelItem(*ctx->vars, var); // CPython: contextvar_del
  if (removed < 0)
    return {};
  return removed ? newNone() : raiseWith(&LookupErrorType, var);
}

// CPython: _contextvars_ContextVar_reset_impl
Ref varReset(Value self, Value token) {
  if (!isExact(token, &TokenType)) {
    Ref r = repr(token);
    return r ? raisef(&TypeErrorType, "expected an instance of Token, got {}", strToUtf8(*r))
             : Ref();
  }
  return resetVar(self, token);
}

// --- Token -----------------------------------------------------------------

void tokenDealloc(Object *self) {
  auto *t = static_cast<TokenObject *>(self);
  t->ctx.~Ref();
  t->var.~Ref();
  t->old.~Ref();
}

Ref tokenNew(Type *, const Value *, size_t, Value) {
  return raise(&RuntimeErrorType, "Tokens can only be created by ContextVars");
}

// CPython: token_tp_repr
Ref tokenRepr(Value self) {
  TokenObject *t = asToken(self);
  Ref var = repr(*t->var);
  if (!var)
    return {};
  StrBuilder b;
  b.appendAscii(t->used ? "<Token used var=" : "<Token var=");
  b.appendStr(*var);
  b.appendAscii(fmt::format(" at {}>", static_cast<const void *>(self.object())));
  return b.finish();
}

Ref tokenVar(Value self) { return asToken(self)->var; }
Ref tokenOldValue(Value self) {
  TokenObject *t = asToken(self);
  return t->old ? t->old : gTokenMissing;
}
Ref tokenEnter(Value self) { return Ref::borrow(self); }

// CPython: token_exit_impl (resets the token's var)
Ref tokenExit(Value self, const Value *args, size_t nargs) {
  (void)args;
  if (!checkPositional("__exit__", nargs, 3, 3))
    return {};
  return resetVar(*asToken(self)->var, self);
}

Ref tokenMissingRepr(Value) { return newStr("<Token.MISSING>"); }

// --- module ----------------------------------------------------------------

Ref copyContext(Value) {
  ContextObject *ctx = currentContext();
  return ctx ? newContext(*ctx->vars) : Ref();
}

const MethodDef kContextMethods[] = {
    method("get", contextGet),       method("items", contextItems), method("keys", contextKeys),
    method("values", contextValues), method("copy", contextCopy),   method("run", contextRun),
};
const MethodDef kVarMethods[] = {
    method("get", varGet),
    method("set", varSet),
    method("reset", varReset),
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
};
const GetSetDef kVarGetSets[] = {{"name", varName}};
const MethodDef kTokenMethods[] = {
    method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
    method("__enter__", tokenEnter),
    method("__exit__", tokenExit),
};
const GetSetDef kTokenGetSets[] = {{"var", tokenVar}, {"old_value", tokenOldValue}};
const MethodDef kModuleFunctions[] = {method("copy_context", copyContext)};

bool setupTypes() {
  if (ContextType.hasFlag(kTypeReady))
    return true;
  if (!setupHamtIter(&KeysIterType, "keys") || !setupHamtIter(&ValuesIterType, "values") ||
      !setupHamtIter(&ItemsIterType, "items"))
    return false;
  initStaticType(&ContextType, "_contextvars.Context", &ObjectType, sizeof(ContextObject), 0);
  ContextType.nameObject = newStr("Context");
  ContextType.dealloc = contextDealloc;
  ContextType.newInstance = contextNew;
  ContextType.getitem = contextGetItem;
  ContextType.contains = contextContains;
  ContextType.length = contextLength;
  ContextType.iter = contextIter;
  ContextType.richcompare = contextRichCompare;
  ContextType.hash = hashNotImplemented;
  if (!typeReady(&ContextType, kContextMethods))
    return false;
  markUnhashable(&ContextType);

  initStaticType(&ContextVarType, "_contextvars.ContextVar", &ObjectType, sizeof(ContextVarObject),
                 0);
  ContextVarType.nameObject = newStr("ContextVar");
  ContextVarType.dealloc = varDealloc;
  ContextVarType.newInstance = varNew;
  ContextVarType.repr = varRepr;
  if (!typeReady(&ContextVarType, kVarMethods, kVarGetSets))
    return false;

  initStaticType(&TokenMissingType, "Token.MISSING", &ObjectType, sizeof(Object), 0);
  TokenMissingType.repr = tokenMissingRepr;
  if (!typeReady(&TokenMissingType))
    return false;
  gTokenMissing = Ref::steal(allocObject(&TokenMissingType));
  if (!gTokenMissing)
    return false;

  initStaticType(&TokenType, "_contextvars.Token", &ObjectType, sizeof(TokenObject), 0);
  TokenType.nameObject = newStr("Token");
  TokenType.dealloc = tokenDealloc;
  TokenType.newInstance = tokenNew;
  TokenType.repr = tokenRepr;
  TokenType.hash = hashNotImplemented;
  if (!typeReady(&TokenType, kTokenMethods, kTokenGetSets))
    return false;
  markUnhashable(&TokenType);
  return dictSetItem(*TokenType.dict, "MISSING", *gTokenMissing) == 0;
}

} // namespace

Ref createContextvarsModule() {
  if (!setupTypes())
    return {};
  Ref module = newModule("_contextvars");
  if (!module)
    return {};
  Value m = *module;
  if (!moduleAddFunctions(m, kModuleFunctions) ||
      moduleAddObject(m, "Context", typeValue(&ContextType)) < 0 ||
      moduleAddObject(m, "ContextVar", typeValue(&ContextVarType)) < 0 ||
      moduleAddObject(m, "Token", typeValue(&TokenType)) < 0)
    return {};
  return module;
}

} // namespace pyvm
