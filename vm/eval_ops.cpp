// The larger opcode bodies of the eval loop (see vm/eval_support.h).
// CPython: Python/ceval.c, Python/intrinsics.c, Objects/exceptions.c
#include "monitor/hooks.h"
#include "monitor/instrument.h"
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/eval_support.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/set.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"

#include <unordered_set>

namespace pyvm {

namespace {

bool isExceptionInstance(Value v) { return isBaseException(v); }

// type.__fully_qualified_name__ as '%T' prints it: module.qualname except
// for builtins and __main__. CPython: _PyType_GetFullyQualifiedName
std::string specialTypeName(Type *type) {
  std::string qual = type->qualname && isStr(type->qualname.get())
                         ? strToUtf8(type->qualname.get())
                         : type->name;
  if (!type->hasFlag(kTypeHeap) || !type->dict)
    return type->name;
  Value module = dictGetItem(type->dict.get(), "__module__");
  if (module && isStr(module) && !strEqualsAscii(module, "builtins") &&
      !strEqualsAscii(module, "__main__"))
    return strToUtf8(module) + "." + qual;
  return qual;
}

Ref pendingStopIterationValue() {
  Ref value;
  if (!takeStopIteration(&value))
    return {};
  return value;
}

} // namespace

// --- Frames -------------------------------------------------------------------

void finishFrame(Frame *frame) {
  if (frame->owner == FrameOwner::Thread) {
    popFrame(frame);
  } else {
    clearFrame(frame);
    frame->state = FrameState::Completed;
  }
}

// --- Names --------------------------------------------------------------------

void raiseNameError(Value name) {
  raisef(&NameErrorType, "name '{}' is not defined", strToUtf8(name));
  Ref exc = takePendingException();
  if (exc && setAttr(exc.get(), internedName("name"), name) < 0)
    clearPendingException();
  restorePendingException(std::move(exc));
}

void raiseUnboundLocal(Frame *frame, int index) {
  Value name = tupleItem(frame->code->localsplusnames.get(), index);
  raisef(&UnboundLocalErrorType,
         "cannot access local variable '{}' where it is not associated with a value",
         strToUtf8(name));
}

void raiseUnboundFree(Frame *frame, int index) {
  if (errorPending())
    return;
  CodeObject *code = frame->code;
  Value name = tupleItem(code->localsplusnames.get(), index);
  if (index < code->nlocalsplus - code->nfreevars)
    raisef(&UnboundLocalErrorType,
           "cannot access local variable '{}' where it is not associated with a value",
           strToUtf8(name));
  else
    raisef(&NameErrorType,
           "cannot access free variable '{}' where it is not associated with a value in "
           "enclosing scope",
           strToUtf8(name));
}

Ref mappingLookup(Value mapping, Value name) {
  if (mapping.type() == &DictType) {
    Value v = dictGetItem(mapping, name);
    return v ? Ref::borrow(v) : Ref();
  }
  Ref v = getItem(mapping, name);
  if (!v && pendingExceptionMatches(&KeyErrorType))
    clearPendingException();
  return v;
}

// Globals that are a dict subclass (annotationlib's fake globals) are read
// with __getitem__, so their __missing__ answers.
// CPython: Python/ceval.c _PyEval_LoadGlobalStackRef
Ref loadGlobal(Frame *frame, Value name) {
  if (frame->globals.type() != &DictType) {
    Ref r = mappingLookup(frame->globals, name);
    if (r || errorPending())
      return r;
    r = mappingLookup(frame->builtins, name);
    if (!r && !errorPending())
      raiseNameError(name);
    return r;
  }
  Value v = dictGetItem(frame->globals, name);
  if (v)
    return Ref::borrow(v);
  if (errorPending())
    return {};
  if (frame->builtins.type() == &DictType) {
    v = dictGetItem(frame->builtins, name);
    if (v)
      return Ref::borrow(v);
    if (errorPending())
      return {};
  } else {
    Ref r = mappingLookup(frame->builtins, name);
    if (r || errorPending())
      return r;
  }
  raiseNameError(name);
  return {};
}

Value commonConstant(int index) {
  switch (index) {
  case 0:
    return Value::fromObject(&AssertionErrorType);
  case 1:
    return Value::fromObject(&NotImplementedErrorType);
  case 2:
    return Value::fromObject(&TupleType);
  case 3: {
    Value v = dictGetItem(gInterp.builtins.get(), "all");
    return v ? v : None();
  }
  default: {
    Value v = dictGetItem(gInterp.builtins.get(), "any");
    return v ? v : None();
  }
  }
}

// --- Calls ----------------------------------------------------------------------

// CPython: Objects/call.c _PyObject_FunctionStr
std::string functionNameForMessage(Value func) {
  Ref qualname = lookupAttr(func, internedName("__qualname__"));
  if (!qualname || !isStr(qualname.get())) {
    clearPendingException();
    Ref s = str(func);
    if (!s) {
      clearPendingException();
      return "function";
    }
    return strToUtf8(s.get());
  }
  Ref module = lookupAttr(func, internedName("__module__"));
  clearPendingException();
  std::string q = strToUtf8(qualname.get());
  if (module && isStr(module.get()) && !strEqualsAscii(module.get(), "builtins"))
    return strToUtf8(module.get()) + "." + q + "()";
  return q + "()";
}

Ref starArgsToTuple(Value func, Value callargs) {
  if (!callargs.type()->iter && !callargs.type()->getitem) {
    return raisef(&TypeErrorType, "{} argument after * must be an iterable, not {}",
                  functionNameForMessage(func), typeName(callargs));
  }
  return sequenceToTuple(callargs);
}

void formatKwargsError(Value func, Value kwargs) {
  if (pendingExceptionMatches(&AttributeErrorType)) {
    clearPendingException();
    raisef(&TypeErrorType, "{} argument after ** must be a mapping, not {}",
           functionNameForMessage(func), typeName(kwargs));
  } else if (pendingExceptionMatches(&KeyErrorType)) {
    Ref exc = takePendingException();
    Ref args = getAttr(exc.get(), "args");
    if (args && isTuple(args.get()) && tupleSize(args.get()) == 1) {
      Value key = tupleItem(args.get(), 0);
      if (!isStr(key))
        raisef(&TypeErrorType, "{} keywords must be strings", functionNameForMessage(func));
      else
        raisef(&TypeErrorType, "{} got multiple values for keyword argument '{}'",
               functionNameForMessage(func), strToUtf8(key));
    } else {
      clearPendingException();
      restorePendingException(std::move(exc));
    }
  }
}

void setFunctionAttribute(FunctionObject *func, int flag, Ref value) {
  switch (flag) {
  case 0x01:
    func->defaults = std::move(value);
    break;
  case 0x02:
    func->kwdefaults = std::move(value);
    break;
  case 0x04:
    func->annotations = std::move(value);
    break;
  case 0x08:
    func->closure = std::move(value);
    break;
  case 0x10:
    func->annotate = std::move(value);
    break;
  default:
    break;
  }
  func->version++;
}

Ref loadSpecial(Value owner, int which, Ref *self) {
  static const char *const kNames[4] = {"__enter__", "__exit__", "__aenter__", "__aexit__"};
  Type *type = owner.type();
  Value descr = typeLookup(type, internedName(kNames[which & 3]));
  if (!descr) {
    if (errorPending())
      return {};
    bool async = which >= 2;
    // Suggest the other protocol when the type supports it.
    bool other = typeLookup(type, internedName(async ? "__enter__" : "__aenter__")) &&
                 typeLookup(type, internedName(async ? "__exit__" : "__aexit__"));
    std::string msg = fmt::format(
        "'{}' object does not support the {}context manager protocol (missed {} method)",
        specialTypeName(type), async ? "asynchronous " : "", kNames[which & 3]);
    if (other)
      msg += async ? " but it supports the context manager protocol. Did you mean to use "
                     "'with'?"
                   : " but it supports the asynchronous context manager protocol. Did you "
                     "mean to use 'async with'?";
    return raise(&TypeErrorType, msg);
  }
  if (descr.type()->hasFlag(kTypeMethodDescriptor)) {
    *self = Ref::borrow(owner);
    return Ref::borrow(descr);
  }
  *self = Ref();
  DescrGetFn get = descr.type()->descrGet;
  if (get)
    return get(descr, owner, Value::fromObject(type));
  return Ref::borrow(descr);
}

// The super object LOAD_SUPER_ATTR looks the name up on (CPython: bytecodes.c _LOAD_SUPER_ATTR).
Ref newSuperForAttr(Value globalSuper, Value cls, Value self, bool twoArgs) {
  Value builtinSuper = dictGetItem(gInterp.builtins.get(), "super");
  if (twoArgs || globalSuper.is(builtinSuper)) {
    Value args[2] = {cls, self};
    return call(globalSuper, args, 2);
  }
  return call(globalSuper, nullptr, 0);
}

bool loadSuperAttr(Value globalSuper, Value cls, Value self, Value name, bool method,
                   bool twoArgs, Ref *attr, Ref *selfOut) {
  Ref superObj = newSuperForAttr(globalSuper, cls, self, twoArgs);
  if (!superObj)
    return false;
  *attr = getAttr(superObj.get(), name);
  if (!*attr)
    return false;
  (void)method;
  *selfOut = Ref();
  return true;
}

// --- Operations ---------------------------------------------------------------

Ref concatStrings(const Value *pieces, size_t n) {
  std::string out;
  bool ascii = true;
  for (size_t i = 0; i < n; i++) {
    if (!isStr(pieces[i]))
      return raisef(&TypeErrorType, "sequence item {}: expected str instance, {} found", i,
                    typeName(pieces[i]));
    out += strToUtf8(pieces[i]);
    ascii = ascii && pieces[i].as<StrObject>()->ascii;
  }
  if (ascii)
    return newStr(out);
  return newStrFromUtf8Surrogatepass(out);
}

// SET_UPDATE. Sets and dicts go through set_update_internal's fast paths: merging a
// frozenset constant into the empty set of `{7, 15, 23}` copies its table as is, so the
// display iterates in the constant's order. CPython: Objects/setobject.c _PySet_Update
int setUpdate(Value set, Value iterable) { return setUpdateInternal(set, iterable); }

// CPython: Python/ceval.c _PyEval_UnpackIterable
bool unpackIterable(Value seq, int before, int after, Value *out) {
  int total = before + (after >= 0 ? after + 1 : 0);
  Value *top = out + total;
  Value *sp = top;
  auto fail = [&]() {
    for (Value *p = sp; p < top; p++)
      xdecref(std::exchange(*p, Value()));
    out[0] = seq;
    return false;
  };
  Ref it = getIter(seq);
  if (!it) {
    if (pendingExceptionMatches(&TypeErrorType) && !seq.type()->iter &&
        !seq.type()->getitem) {
      clearPendingException();
      raisef(&TypeErrorType, "cannot unpack non-iterable {} object", typeName(seq));
    }
    return fail();
  }
  for (int i = 0; i < before; i++) {
    Ref w = iterNext(it.get());
    if (!w) {
      if (!errorPending()) {
        if (after < 0)
          raisef(&ValueErrorType, "not enough values to unpack (expected {}, got {})", before,
                 i);
        else
          raisef(&ValueErrorType,
                 "not enough values to unpack (expected at least {}, got {})", before + after,
                 i);
      }
      return fail();
    }
    *--sp = w.release();
  }
  if (after < 0) {
    Ref w = iterNext(it.get());
    if (!w) {
      if (errorPending())
        return fail();
      return true;
    }
    if (seq.type() == &ListType || seq.type() == &TupleType || seq.type() == &DictType) {
      int64_t n = seq.type() == &DictType ? int64_t(dictSize(seq))
                  : seq.type() == &ListType ? int64_t(listSize(seq))
                                            : int64_t(tupleSize(seq));
      raisef(&ValueErrorType, "too many values to unpack (expected {}, got {})", before, n);
    } else {
      raisef(&ValueErrorType, "too many values to unpack (expected {})", before);
    }
    return fail();
  }
  Ref list = sequenceToList(it.get());
  if (!list)
    return fail();
  auto &items = list.as<ListObject>()->items;
  int64_t ll = int64_t(items.size());
  if (ll < after) {
    raisef(&ValueErrorType, "not enough values to unpack (expected at least {}, got {})",
           before + after, before + ll);
    return fail();
  }
  Value listValue = list.release();
  *--sp = listValue;
  for (int j = after; j > 0; j--)
    *--sp = std::exchange(items[size_t(ll - j)], Value());
  items.resize(size_t(ll - after));
  return true;
}

int setupAnnotations(Value locals) {
  if (!locals) {
    raise(&SystemErrorType, "no locals found when setting up annotations");
    return -1;
  }
  Value name = internedName("__annotations__");
  if (locals.type() == &DictType) {
    if (dictGetItem(locals, name))
      return 0;
    if (errorPending())
      return -1;
    Ref d = newDict();
    return d ? dictSetItem(locals, name, d.get()) : -1;
  }
  Ref v = getItem(locals, name);
  if (v)
    return 0;
  if (!pendingExceptionMatches(&KeyErrorType))
    return -1;
  clearPendingException();
  Ref d = newDict();
  return d ? setItem(locals, name, d.get()) : -1;
}

// --- Exceptions -----------------------------------------------------------------

// CPython: Python/ceval.c do_raise
int doRaise(Value exc, Value cause) {
  Ref excRef = Ref::steal(exc), causeRef = Ref::steal(cause);
  if (!exc) {
    Value handled = currentHandledException();
    if (!handled || isNone(handled)) {
      raise(&RuntimeErrorType, "No active exception to reraise");
      return 0;
    }
    restorePendingException(Ref::borrow(handled));
    return 1;
  }
  Ref value;
  if (isExceptionClass(exc)) {
    value = call(exc, nullptr, 0);
    if (!value)
      return 0;
    if (!isExceptionInstance(value.get())) {
      Ref r1 = repr(exc), r2 = repr(Value::fromObject(value.type()));
      raisef(&TypeErrorType, "calling {} should have returned an instance of BaseException, not {}",
             r1 ? strToUtf8(r1.get()) : "?", r2 ? strToUtf8(r2.get()) : "?");
      return 0;
    }
  } else if (isExceptionInstance(exc)) {
    value = excRef;
  } else {
    raise(&TypeErrorType, "exceptions must derive from BaseException");
    return 0;
  }
  if (cause) {
    Ref fixed;
    if (isExceptionClass(cause)) {
      fixed = call(cause, nullptr, 0);
      if (!fixed)
        return 0;
      if (!isExceptionInstance(fixed.get())) {
        Ref r1 = repr(cause), r2 = repr(Value::fromObject(fixed.type()));
        raisef(&TypeErrorType,
               "calling {} should have returned an instance of BaseException, not {}",
               r1 ? strToUtf8(r1.get()) : "?", r2 ? strToUtf8(r2.get()) : "?");
        return 0;
      }
    } else if (isExceptionInstance(cause) || isNone(cause)) {
      fixed = causeRef;
    } else {
      raise(&TypeErrorType, "exception causes must derive from BaseException");
      return 0;
    }
    excSetCause(value.get(), fixed.get());
  }
  chainExceptionContext(value.get());
  setPendingException(std::move(value));
  return 0;
}

bool checkExceptTypeValid(Value type) {
  if (isTuple(type)) {
    for (Value t : tupleItems(type))
      if (!isExceptionClass(t)) {
        raise(&TypeErrorType,
              "catching classes that do not inherit from BaseException is not allowed");
        return false;
      }
    return true;
  }
  if (!isExceptionClass(type)) {
    raise(&TypeErrorType,
          "catching classes that do not inherit from BaseException is not allowed");
    return false;
  }
  return true;
}

// CHECK_EG_MATCH: validates the except* type, then splits (vm/errors.h).
// CPython: Python/ceval.c _PyEval_CheckExceptStarTypeValid
bool exceptStarMatch(Value exc, Value matchType, Ref *match, Ref *rest) {
  auto isGroupClass = [](Value t) {
    return isType(t) && isSubtype(t.as<Type>(), &BaseExceptionGroupType);
  };
  if (!checkExceptTypeValid(matchType))
    return false;
  bool group = false;
  if (isTuple(matchType)) {
    for (Value t : tupleItems(matchType))
      group = group || isGroupClass(t);
  } else {
    group = isGroupClass(matchType);
  }
  if (group) {
    raise(&TypeErrorType,
          "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return false;
  }
  return exceptionGroupMatch(exc, matchType, match, rest);
}

// --- Generators and async -----------------------------------------------------

SendResult sendToIterator(Value receiver, Value v, Ref *result, CodeObject *code, int instr) {
  Ref r;
  if (isNone(v) && receiver.type()->iternext) {
    r = receiver.type()->iternext(receiver);
    if (!r && !errorPending()) {
      *result = newNone();
      return SendResult::Return;
    }
  } else {
    r = callMethod(receiver, "send", {v});
  }
  if (r) {
    *result = std::move(r);
    return SendResult::Next;
  }
  if (pendingExceptionMatches(&StopIterationType)) {
    if (code) {
      monitor::fireRaise(code, instr);
      if (!pendingExceptionMatches(&StopIterationType))
        return SendResult::Error; // a callback raised
    }
    *result = pendingStopIterationValue();
    return *result ? SendResult::Return : SendResult::Error;
  }
  return SendResult::Error;
}

Ref getAIter(Value obj) {
  Value method = typeLookup(obj.type(), internedName("__aiter__"));
  if (!method)
    return raisef(&TypeErrorType, "'async for' requires an object with __aiter__ method, got {}",
                  typeName(obj));
  Ref iter = callMethod(obj, "__aiter__", {});
  if (!iter)
    return {};
  if (!typeLookup(iter.type(), internedName("__anext__")))
    return raisef(&TypeErrorType,
                  "'async for' received an object from __aiter__ that does not implement "
                  "__anext__: {}",
                  typeName(iter.get()));
  return iter;
}

Ref getANext(Value aiter) {
  if (isAsyncGenerator(aiter))
    return callMethod(aiter, "__anext__", {});
  if (!typeLookup(aiter.type(), internedName("__anext__")))
    return raisef(&TypeErrorType, "'async for' requires an iterator with __anext__ method, got {}",
                  typeName(aiter));
  Ref next = callMethod(aiter, "__anext__", {});
  if (!next)
    return {};
  Ref awaitable = getAwaitableIter(next.get());
  if (!awaitable) {
    Ref cause = takePendingException();
    raisef(&TypeErrorType, "'async for' received an invalid object from __anext__: {}",
           typeName(next.get()));
    if (cause) {
      Value exc = pendingException();
      excSetCause(exc, cause.get());
      excSetContext(exc, cause.get());
    }
    return {};
  }
  return awaitable;
}

void formatAwaitableError(Value obj, int oparg) {
  if (!pendingExceptionMatches(&TypeErrorType))
    return;
  if (typeLookup(obj.type(), internedName("__await__")) || isCoroutine(obj))
    return;
  if (oparg == 1) {
    clearPendingException();
    raisef(&TypeErrorType,
           "'async with' received an object from __aenter__ that does not implement "
           "__await__: {}",
           typeName(obj));
  } else if (oparg == 2) {
    clearPendingException();
    raisef(&TypeErrorType,
           "'async with' received an object from __aexit__ that does not implement "
           "__await__: {}",
           typeName(obj));
  }
}

// --- Pattern matching -------------------------------------------------------------

// NEEDS(core): Py_TPFLAGS_MAPPING / Py_TPFLAGS_SEQUENCE type flags. Until they
// exist, dict and list/tuple subclasses (and a few sequence types by name).
bool isMappingForMatch(Value subject) {
  if (subject.type()->hasFlag(kTypeDictSubclass))
    return true;
  for (Type *t = subject.type(); t; t = t->base)
    if (t->name == "mappingproxy" || t->name == "OrderedDict" || t->name == "defaultdict" ||
        t->name == "Counter" || t->name == "ChainMap")
      return true;
  return false;
}

bool isSequenceForMatch(Value subject) {
  Type *type = subject.type();
  if (type->hasFlag(kTypeListSubclass) || type->hasFlag(kTypeTupleSubclass))
    return true;
  if (type->hasFlag(kTypeStrSubclass) || type->hasFlag(kTypeBytesSubclass))
    return false;
  for (Type *t = type; t; t = t->base)
    if (t->name == "range" || t->name == "deque" || t->name == "memoryview" ||
        t->name == "array")
      return true;
  return false;
}

// CPython: Python/ceval.c _PyEval_MatchKeys
Ref matchKeys(Value subject, Value keys) {
  size_t nkeys = tupleSize(keys);
  if (nkeys == 0)
    return newTuple(0);
  Ref get = getAttr(subject, "get");
  if (!get)
    return {};
  Ref dummy = call(Value::fromObject(&ObjectType), nullptr, 0);
  if (!dummy)
    return {};
  Ref seen = newSet();
  Ref values = newList(nkeys);
  for (size_t i = 0; i < nkeys; i++) {
    Value key = tupleItem(keys, i);
    int r = setContains(seen.get(), key);
    if (r < 0)
      return {};
    if (r) {
      Ref kr = repr(key);
      return raisef(&ValueErrorType, "mapping pattern checks duplicate key ({})",
                    kr ? strToUtf8(kr.get()) : "?");
    }
    if (setAdd(seen.get(), key) < 0)
      return {};
    Value args[2] = {key, dummy.get()};
    Ref value = call(get.get(), args, 2);
    if (!value)
      return {};
    if (value.get().is(dummy.get()))
      return {}; // no match, no error
    listAppend(values.get(), std::move(value));
  }
  return sequenceToTuple(values.get());
}

namespace {
// Types whose instances match a single positional sub-pattern as themselves.
// CPython: _Py_TPFLAGS_MATCH_SELF
bool matchSelf(Type *type) {
  static const char *const kNames[] = {"bool", "bytearray", "bytes", "dict", "float",
                                       "frozenset", "int", "list", "set", "str", "tuple"};
  for (Type *t = type; t; t = t->base) {
    if (t->hasFlag(kTypeHeap))
      continue;
    for (const char *n : kNames)
      if (t->name == n)
        return true;
  }
  return false;
}

Ref matchClassAttr(Value subject, Type *type, Value name, Value seen) {
  int r = setContains(seen, name);
  if (r < 0)
    return {};
  if (r)
    return raisef(&TypeErrorType, "{}() got multiple sub-patterns for attribute {}", type->name,
                  strRepr(name));
  if (setAdd(seen, name) < 0)
    return {};
  Ref attr = getAttr(subject, name);
  if (!attr && pendingExceptionMatches(&AttributeErrorType))
    clearPendingException();
  return attr;
}
} // namespace

// CPython: Python/ceval.c _PyEval_MatchClass
Ref matchClass(Value subject, Value typeValue, int nargs, Value kwNames) {
  if (!isType(typeValue))
    return raise(&TypeErrorType, "called match pattern must be a class");
  Type *type = typeValue.as<Type>();
  int m = isInstanceOf(subject, typeValue);
  if (m <= 0)
    return {};
  Ref seen = newSet();
  Ref attrs = newList();
  if (nargs) {
    bool self = false;
    Ref matchArgs = lookupAttr(typeValue, internedName("__match_args__"));
    if (!matchArgs && errorPending())
      return {};
    size_t allowed;
    if (matchArgs) {
      if (!isTuple(matchArgs.get()))
        return raisef(&TypeErrorType, "{}.__match_args__ must be a tuple (got {})", type->name,
                      typeName(matchArgs.get()));
      allowed = tupleSize(matchArgs.get());
    } else {
      self = matchSelf(type);
      allowed = self ? 1 : 0;
    }
    if (allowed < size_t(nargs))
      return raisef(&TypeErrorType, "{}() accepts {} positional sub-pattern{} ({} given)",
                    type->name, allowed, allowed == 1 ? "" : "s", nargs);
    if (self) {
      listAppend(attrs.get(), Ref::borrow(subject));
    } else {
      for (int i = 0; i < nargs; i++) {
        Value name = tupleItem(matchArgs.get(), i);
        if (!isStr(name))
          return raisef(&TypeErrorType, "__match_args__ elements must be strings (got {})",
                        typeName(name));
        Ref attr = matchClassAttr(subject, type, name, seen.get());
        if (!attr)
          return {};
        listAppend(attrs.get(), std::move(attr));
      }
    }
  }
  for (Value name : tupleItems(kwNames)) {
    Ref attr = matchClassAttr(subject, type, name, seen.get());
    if (!attr)
      return {};
    listAppend(attrs.get(), std::move(attr));
  }
  return sequenceToTuple(attrs.get());
}

// --- Intrinsics, imports ------------------------------------------------------------

// PEP 695 objects (vm/typevar.cpp).
Ref makeTypeParam(int kind, Value name); // 0 TypeVar, 1 ParamSpec, 2 TypeVarTuple
Ref makeTypeVarWith(Value name, Value evaluate, bool constraints);
Ref setTypeParamDefault(Value param, Value evaluate);
Ref makeTypeAlias(Value args, Value module);
Ref subscriptGeneric(Value params);

Ref callIntrinsic1(Frame *frame, int which, Value v) {
  switch (which) {
  case 1: { // INTRINSIC_PRINT
    Value hook = Value();
    if (gInterp.sysModule)
      hook = dictGetItem(moduleDict(gInterp.sysModule.get()), "displayhook");
    if (!hook)
      return raise(&RuntimeErrorType, "lost sys.displayhook");
    return call(hook, &v, 1);
  }
  case 2: { // INTRINSIC_IMPORT_STAR
    if (!frame->locals)
      return raise(&SystemErrorType, "no locals found during 'import *'");
    if (importAllFrom(frame->locals, v) < 0)
      return {};
    return newNone();
  }
  case 3: { // INTRINSIC_STOPITERATION_ERROR (PEP 479)
    uint32_t flags = frame->code->flags;
    const char *msg = nullptr;
    if (isInstance(v, &StopIterationType)) {
      msg = (flags & kCoAsyncGenerator) ? "async generator raised StopIteration"
            : (flags & kCoCoroutine)    ? "coroutine raised StopIteration"
                                        : "generator raised StopIteration";
    } else if ((flags & kCoAsyncGenerator) && isInstance(v, &StopAsyncIterationType)) {
      msg = "async generator raised StopAsyncIteration";
    }
    if (!msg)
      return Ref::borrow(v);
    Ref m = newStr(msg);
    Value mv = m.get();
    Ref error = call(Value::fromObject(&RuntimeErrorType), &mv, 1);
    if (!error)
      return {};
    excSetCause(error.get(), v);
    excSetContext(error.get(), v);
    return error;
  }
  case 4: // INTRINSIC_ASYNC_GEN_WRAP
    return asyncGenWrapValue(v);
  case 5: // INTRINSIC_UNARY_POSITIVE
    return positive(v);
  case 6: // INTRINSIC_LIST_TO_TUPLE
    return sequenceToTuple(v);
  case 7: // INTRINSIC_TYPEVAR
  case 8: // INTRINSIC_PARAMSPEC
  case 9: // INTRINSIC_TYPEVARTUPLE
    return makeTypeParam(which - 7, v);
  case 10: // INTRINSIC_SUBSCRIPT_GENERIC
    return subscriptGeneric(v);
  case 11: { // INTRINSIC_TYPEALIAS; the alias's __module__ is the caller's __name__
    Value module = isDict(frame->globals) ? dictGetItem(frame->globals, "__name__") : Value();
    return makeTypeAlias(v, module);
  }
  default:
    return raisef(&SystemErrorType, "unknown intrinsic {}", which);
  }
}

Ref callIntrinsic2(Frame *, int which, Value value2, Value value1) {
  switch (which) {
  case 1: // INTRINSIC_PREP_RERAISE_STAR
    return prepReraiseStar(value2, value1);
  case 4: { // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
    if (isFunction(value2))
      value2.as<FunctionObject>()->typeParams = Ref::borrow(value1);
    return Ref::borrow(value2);
  }
  case 2: // INTRINSIC_TYPEVAR_WITH_BOUND
    return makeTypeVarWith(value2, value1, false);
  case 3: // INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
    return makeTypeVarWith(value2, value1, true);
  case 5: // INTRINSIC_SET_TYPEPARAM_DEFAULT
    return setTypeParamDefault(value2, value1);
  default:
    return raisef(&SystemErrorType, "unknown intrinsic2 {}", which);
  }
}

Ref importName(Frame *frame, Value name, Value fromlist, Value level) {
  Value importFunc = frame->builtins.type() == &DictType
                         ? dictGetItem(frame->builtins, "__import__")
                         : Value();
  if (!importFunc) {
    if (errorPending())
      return {};
    return raise(&ImportErrorType, "__import__ not found");
  }
  Value locals = frame->locals ? frame->locals : None();
  Value builtinImport = dictGetItem(gInterp.builtins.get(), "__import__");
  if (importFunc.is(builtinImport)) {
    int64_t lvl = 0;
    if (!intFitsInt64(level, &lvl))
      return raise(&ValueErrorType, "level must be >= 0");
    return importModuleLevel(name, frame->globals, locals, fromlist, int(lvl));
  }
  Value args[5] = {name, frame->globals, locals, fromlist, level};
  return call(importFunc, args, 5);
}

int handleEvalBreaker() {
  ThreadState *ts = currentThread();
  ts->evalBreaker = ts->evalBreaker & ~kEvalBreakerFlagsMask; // keeps the version
  if (gInterp.evalBreakerHook)
    return gInterp.evalBreakerHook();
  return 0;
}

// Brings the code up to the monitor's instrumentation version.
int instrumentCode(CodeObject *code) { return monitor::instrument(code); }

} // namespace pyvm
