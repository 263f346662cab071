// The built-in exception types. CPython: Objects/exceptions.c
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/runtime.h"
#include "vm/set.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"
#include "vm/typeobject_internal.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <vector>

namespace pyvm {

#define EXCEPTION(Name, Base) Type Name##Type;
#include "vm/exceptions.def"
#undef EXCEPTION

// --- Layouts ---------------------------------------------------------------------------

struct StopIterationObject : BaseExceptionObject {
  Ref value;
};
struct SystemExitObject : BaseExceptionObject {
  Ref code;
};
struct ImportErrorObject : BaseExceptionObject {
  Ref msg, name, path, nameFrom;
};
struct OSErrorObject : BaseExceptionObject {
  Ref myerrno, strerror, filename, filename2;
  int64_t written = -1;
};
struct SyntaxErrorObject : BaseExceptionObject {
  Ref msg, filename, lineno, offset, text, endLineno, endOffset, printFileAndLine;
  Ref display; // see setSyntaxErrorDisplay
};
struct AttributeErrorObject : BaseExceptionObject {
  Ref obj, name;
};
struct NameErrorObject : BaseExceptionObject {
  Ref name;
};
struct UnicodeErrorObject : BaseExceptionObject {
  Ref encoding, object, start, end, reason;
};
struct ExceptionGroupObject : BaseExceptionObject {
  Ref msg, excs;
};

static BaseExceptionObject *exc(Value v) { return v.as<BaseExceptionObject>(); }
static bool hasKw(Value kwnames) { return !kwnames.isNull() && tupleSize(kwnames) > 0; }
static Ref orNone(const Ref &r) { return r ? r : newNone(); }

// --- BaseException -------------------------------------------------------------------------

static void baseexc_clear(BaseExceptionObject *e) {
  e->dict.reset();
  e->args.reset();
  e->notes.reset();
  e->traceback.reset();
  e->context.reset();
  e->cause.reset();
}

static void baseexc_dealloc(Object *o) { baseexc_clear(static_cast<BaseExceptionObject *>(o)); }

static Ref baseexc_new(Type *type, const Value *args, size_t nargs, Value) {
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  Ref self = Ref::steal(o);
  exc(self.get())->args = newTupleFrom({args, nargs});
  if (!exc(self.get())->args)
    return Ref();
  return self;
}

static int baseexc_init(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (hasKw(kwnames)) {
    raisef(&TypeErrorType, "{}() takes no keyword arguments", self.type()->name);
    return -1;
  }
  Ref t = newTupleFrom({args, nargs});
  if (!t)
    return -1;
  exc(self)->args = std::move(t);
  return 0;
}

static Ref baseexc_str(Value self) {
  Value args = exc(self)->args.get();
  size_t n = args ? tupleSize(args) : 0;
  if (n == 0)
    return emptyStr();
  if (n == 1)
    return str(tupleItem(args, 0));
  return str(args);
}

// CPython: Objects/exceptions.c BaseException_repr (the short type name)
static Ref baseexc_repr(Value self) {
  std::string name = self.type()->name;
  if (auto dot = name.rfind('.'); dot != std::string::npos)
    name = name.substr(dot + 1);
  Value args = exc(self)->args.get();
  Ref r;
  if (args && tupleSize(args) == 1)
    r = repr(tupleItem(args, 0));
  else
    r = repr(args ? args : newTuple(0).get());
  if (!r)
    return Ref();
  if (args && tupleSize(args) == 1)
    return newStr(name + "(" + strToUtf8(r.get()) + ")");
  return newStr(name + strToUtf8(r.get()));
}

static Ref baseexc_reduce(Value self) {
  Value args = exc(self)->args.get();
  Ref a = args ? Ref::borrow(args) : newTuple(0);
  Value d = exc(self)->dict.get();
  if (d && dictSize(d) > 0)
    return newTupleOf({typeValue(self.type()), a.get(), d});
  return newTupleOf({typeValue(self.type()), a.get()});
}

static Ref baseexc_setstate(Value self, Value state) {
  if (isNone(state))
    return newNone();
  if (!isDict(state))
    return raise(&TypeErrorType, "state is not a dictionary");
  size_t pos = 0;
  Value k, v;
  while (dictNext(state, &pos, &k, &v))
    if (setAttr(self, k, v) < 0)
      return Ref();
  return newNone();
}

static Ref baseexc_with_traceback(Value self, Value tb) {
  Ref keep = Ref::borrow(tb);
  if (!isNone(tb) && tb.type() != &TracebackType)
    return raise(&TypeErrorType, "__traceback__ must be a traceback or None");
  setExceptionTraceback(self, tb);
  return Ref::borrow(self);
}

bool exceptionAddNote(Value self, Value note) {
  static Value notesName = internStr("__notes__").release();
  Ref notes = lookupAttr(self, notesName);
  if (!notes) {
    if (errorPending())
      return false;
    notes = newList(0);
    if (!notes || setAttr(self, notesName, notes.get()) < 0)
      return false;
  } else if (!isList(notes.get())) {
    raise(&TypeErrorType, "Cannot add note: __notes__ is not a list");
    return false;
  }
  listAppend(notes.get(), Ref::borrow(note));
  return true;
}

static Ref baseexc_add_note(Value self, Value note) {
  if (!isStr(note))
    return raisef(&TypeErrorType, "add_note() argument must be str, not {}", typeName(note));
  if (!exceptionAddNote(self, note))
    return Ref();
  return newNone();
}

static Ref baseexc_get_args(Value self) {
  Value a = exc(self)->args.get();
  return a ? Ref::borrow(a) : newTuple(0);
}
static int baseexc_set_args(Value self, Value value) {
  if (value.isNull()) {
    raise(&TypeErrorType, "args may not be deleted");
    return -1;
  }
  Ref t = sequenceToTuple(value);
  if (!t)
    return -1;
  exc(self)->args = std::move(t);
  return 0;
}
static Ref baseexc_get_tb(Value self) { return orNone(exc(self)->traceback); }
static int baseexc_set_tb(Value self, Value tb) {
  if (tb.isNull()) {
    raise(&TypeErrorType, "__traceback__ may not be deleted");
    return -1;
  }
  if (!isNone(tb) && tb.type() != &TracebackType) {
    raise(&TypeErrorType, "__traceback__ must be a traceback or None");
    return -1;
  }
  setExceptionTraceback(self, tb);
  return 0;
}
static Ref baseexc_get_context(Value self) { return orNone(exc(self)->context); }
static int baseexc_set_context(Value self, Value v) {
  if (v.isNull()) {
    raise(&TypeErrorType, "__context__ may not be deleted");
    return -1;
  }
  if (isNone(v)) {
    exc(self)->context.reset();
    return 0;
  }
  if (!isBaseException(v)) {
    raise(&TypeErrorType, "exception context must be None or derive from BaseException");
    return -1;
  }
  exc(self)->context = Ref::borrow(v);
  return 0;
}
static Ref baseexc_get_cause(Value self) { return orNone(exc(self)->cause); }
static int baseexc_set_cause(Value self, Value v) {
  if (v.isNull()) {
    raise(&TypeErrorType, "__cause__ may not be deleted");
    return -1;
  }
  if (isNone(v)) {
    exc(self)->cause.reset();
  } else if (!isBaseException(v)) {
    raise(&TypeErrorType, "exception cause must be None or derive from BaseException");
    return -1;
  } else {
    exc(self)->cause = Ref::borrow(v);
  }
  exc(self)->suppressContext = true;
  return 0;
}
static Ref baseexc_get_suppress(Value self) { return newBool(exc(self)->suppressContext); }
static int baseexc_set_suppress(Value self, Value v) {
  if (v.isNull()) {
    raise(&TypeErrorType, "can't delete __suppress_context__ attribute");
    return -1;
  }
  int t = isTrue(v);
  if (t < 0)
    return -1;
  exc(self)->suppressContext = t;
  return 0;
}
static Ref baseexc_get_dict(Value self) {
  auto *e = exc(self);
  if (!e->dict)
    e->dict = newDict();
  return e->dict;
}
static int baseexc_set_dict(Value self, Value v) {
  if (v.isNull()) {
    raise(&TypeErrorType, "__dict__ may not be deleted");
    return -1;
  }
  if (!isDict(v)) {
    raise(&TypeErrorType, "__dict__ must be a dictionary");
    return -1;
  }
  exc(self)->dict = Ref::borrow(v);
  return 0;
}

static const MethodDef kBaseExcMethods[] = {
    method("__reduce__", baseexc_reduce),
    method("__setstate__", baseexc_setstate),
    method("with_traceback", baseexc_with_traceback),
    method("add_note", baseexc_add_note),
};
static const GetSetDef kBaseExcGetSets[] = {
    {"__suppress_context__", baseexc_get_suppress, baseexc_set_suppress},
    {"__dict__", baseexc_get_dict, baseexc_set_dict},
    {"args", baseexc_get_args, baseexc_set_args},
    {"__traceback__", baseexc_get_tb, baseexc_set_tb},
    {"__context__", baseexc_get_context, baseexc_set_context},
    {"__cause__", baseexc_get_cause, baseexc_set_cause},
};

// --- Accessors -----------------------------------------------------------------------------

Value exceptionTraceback(Value e) { return exc(e)->traceback.get(); }
void setExceptionTraceback(Value e, Value tb) {
  if (tb.isNull() || isNone(tb))
    exc(e)->traceback.reset();
  else
    exc(e)->traceback = Ref::borrow(tb);
}
Value exceptionContext(Value e) { return exc(e)->context.get(); }
void setExceptionContext(Value e, Value context) {
  if (context.isNull() || isNone(context))
    exc(e)->context.reset();
  else
    exc(e)->context = Ref::borrow(context);
}
Value exceptionCause(Value e) { return exc(e)->cause.get(); }
void setExceptionCause(Value e, Value cause) {
  if (cause.isNull() || isNone(cause))
    exc(e)->cause.reset();
  else
    exc(e)->cause = Ref::borrow(cause);
  exc(e)->suppressContext = true;
}
Value exceptionArgs(Value e) { return exc(e)->args.get(); }

Ref newExceptionFromArgs(Type *type, const Value *args, size_t nargs) {
  if (type->newInstance == baseexc_new && type->init == baseexc_init) {
    // Plain exception types: build directly.
    return baseexc_new(type, args, nargs, Value());
  }
  Ref r = call(typeValue(type), args, nargs);
  if (r && !isBaseException(r.get()))
    return raisef(&TypeErrorType,
                  "calling {} should have returned an instance of BaseException, not {}",
                  reprString(typeValue(type)), typeName(r.get()));
  return r;
}

Ref newException(Type *type, std::string_view message) {
  Ref msg = newStr(message);
  if (!msg)
    return Ref();
  Value m = msg.get();
  return newExceptionFromArgs(type, &m, 1);
}

Ref raiseAttributeError(Value obj, Value name) {
  std::string n = isStr(name) ? strToUtf8(name) : reprString(name);
  Ref e;
  if (isType(obj))
    e = newException(&AttributeErrorType,
                     fmt::format("type object '{}' has no attribute '{}'",
                                 static_cast<Type *>(obj.object())->name, n));
  else
    e = newException(&AttributeErrorType,
                     fmt::format("'{}' object has no attribute '{}'", typeName(obj), n));
  if (!e)
    return Ref();
  if (isInstance(e.get(), &AttributeErrorType)) {
    auto *a = e.as<AttributeErrorObject>();
    a->name = Ref::borrow(name);
    a->obj = Ref::borrow(obj);
  }
  setPendingException(std::move(e));
  return Ref();
}

Ref normalizeException(Value v) {
  if (isExceptionClass(v)) {
    Ref r = call(v, nullptr, 0);
    if (!r)
      return Ref();
    if (!isBaseException(r.get()))
      return raisef(&TypeErrorType,
                    "calling {} should have returned an instance of BaseException, not {}",
                    reprString(v), typeName(r.get()));
    return r;
  }
  if (isBaseException(v))
    return Ref::borrow(v);
  return raise(&TypeErrorType, "exceptions must derive from BaseException");
}

static bool givenMatches(Value e, Value type) {
  if (isTuple(type)) {
    for (Value t : tupleItems(type))
      if (givenMatches(e, t))
        return true;
    return false;
  }
  Type *et = isType(e) ? static_cast<Type *>(e.object()) : e.type();
  if (isExceptionClass(type))
    return isSubtype(et, static_cast<Type *>(type.object()));
  return e.is(type);
}

int exceptionMatches(Value e, Value type) {
  auto valid = [](Value t) { return isExceptionClass(t); };
  bool ok = true;
  if (isTuple(type)) {
    for (Value t : tupleItems(type))
      if (!valid(t))
        ok = false;
  } else {
    ok = valid(type);
  }
  if (!ok) {
    raise(&TypeErrorType,
          "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return givenMatches(e, type) ? 1 : 0;
}

bool isExceptionGroup(Value v) { return v.isObject() && isInstance(v, &BaseExceptionGroupType); }

// --- StopIteration / SystemExit ---------------------------------------------------------------

static void stopiter_dealloc(Object *o) {
  static_cast<StopIterationObject *>(o)->value.reset();
  baseexc_dealloc(o);
}
static int stopiter_init(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (baseexc_init(self, args, nargs, kwnames) < 0)
    return -1;
  self.as<StopIterationObject>()->value = Ref::borrow(nargs > 0 ? args[0] : None());
  return 0;
}
static Ref stopiter_get_value(Value self) { return orNone(self.as<StopIterationObject>()->value); }
static int stopiter_set_value(Value self, Value v) {
  self.as<StopIterationObject>()->value = Ref::borrow(v.isNull() ? None() : v);
  return 0;
}
static const GetSetDef kStopIterGetSets[] = {{"value", stopiter_get_value, stopiter_set_value}};

Value stopIterationValue(Value e) {
  Value v = e.as<StopIterationObject>()->value.get();
  return v ? v : None();
}

bool takeStopIteration(Ref *value) {
  if (!pendingExceptionMatches(&StopIterationType))
    return false;
  Ref e = takePendingException();
  *value = Ref::borrow(stopIterationValue(e.get()));
  return true;
}

static void sysexit_dealloc(Object *o) {
  static_cast<SystemExitObject *>(o)->code.reset();
  baseexc_dealloc(o);
}
static int sysexit_init(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (baseexc_init(self, args, nargs, kwnames) < 0)
    return -1;
  auto *s = self.as<SystemExitObject>();
  if (nargs == 0)
    s->code = newNone();
  else if (nargs == 1)
    s->code = Ref::borrow(args[0]);
  else
    s->code = exc(self)->args;
  return 0;
}
static Ref sysexit_get_code(Value self) { return orNone(self.as<SystemExitObject>()->code); }
static int sysexit_set_code(Value self, Value v) {
  self.as<SystemExitObject>()->code = Ref::borrow(v.isNull() ? None() : v);
  return 0;
}
static const GetSetDef kSysExitGetSets[] = {{"code", sysexit_get_code, sysexit_set_code}};

// --- ImportError ---------------------------------------------------------------------------------

static void importerr_dealloc(Object *o) {
  auto *e = static_cast<ImportErrorObject *>(o);
  e->msg.reset();
  e->name.reset();
  e->path.reset();
  e->nameFrom.reset();
  baseexc_dealloc(o);
}

// Splits kwnames into the allowed keyword values; raises for unknown ones.
static bool takeKeywords(const char *fname, std::initializer_list<const char *> allowed,
                         const Value *args, size_t nargs, Value kwnames, Value *out) {
  size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
  size_t n = allowed.size();
  for (size_t i = 0; i < n; i++)
    out[i] = Value();
  for (size_t k = 0; k < nkw; k++) {
    Value key = tupleItem(kwnames, k);
    size_t i = 0;
    for (const char *a : allowed) {
      if (strEqualsAscii(key, a))
        break;
      i++;
    }
    if (i == n) {
      raisef(&TypeErrorType, "{}() got an unexpected keyword argument '{}'", fname,
             strToUtf8(key));
      return false;
    }
    out[i] = args[nargs + k];
  }
  return true;
}

static int importerr_init(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value kw[3];
  if (!takeKeywords("ImportError", {"name", "path", "name_from"}, args, nargs, kwnames, kw))
    return -1;
  if (baseexc_init(self, args, nargs, Value()) < 0)
    return -1;
  auto *e = self.as<ImportErrorObject>();
  e->name = Ref::borrow(kw[0] ? kw[0] : None());
  e->path = Ref::borrow(kw[1] ? kw[1] : None());
  e->nameFrom = kw[2] ? Ref::borrow(kw[2]) : Ref();
  e->msg = Ref::borrow(nargs == 1 ? args[0] : None());
  return 0;
}
static Ref importerr_str(Value self) {
  auto *e = self.as<ImportErrorObject>();
  if (e->msg && !isNone(e->msg.get()))
    return str(e->msg.get());
  return baseexc_str(self);
}
static Ref importerr_reduce(Value self) {
  auto *e = self.as<ImportErrorObject>();
  Ref state = exc(self)->dict ? dictCopy(exc(self)->dict.get()) : newDict();
  if (!state)
    return Ref();
  if (e->name && !isNone(e->name.get()))
    dictSetItem(state.get(), "name", e->name.get());
  if (e->path && !isNone(e->path.get()))
    dictSetItem(state.get(), "path", e->path.get());
  if (e->nameFrom && !isNone(e->nameFrom.get()))
    dictSetItem(state.get(), "name_from", e->nameFrom.get());
  Ref args = baseexc_get_args(self);
  if (dictSize(state.get()) == 0)
    return newTupleOf({typeValue(self.type()), args.get()});
  return newTupleOf({typeValue(self.type()), args.get(), state.get()});
}
#define REF_GETSET(Struct, field, pyname)                                                 \
  static Ref Struct##_get_##field(Value self) { return orNone(self.as<Struct>()->field); } \
  static int Struct##_set_##field(Value self, Value v) {                                   \
    self.as<Struct>()->field = v.isNull() ? Ref() : Ref::borrow(v);                        \
    return 0;                                                                              \
  }
REF_GETSET(ImportErrorObject, msg, "msg")
REF_GETSET(ImportErrorObject, name, "name")
REF_GETSET(ImportErrorObject, path, "path")
REF_GETSET(ImportErrorObject, nameFrom, "name_from")
static const GetSetDef kImportErrGetSets[] = {
    {"msg", ImportErrorObject_get_msg, ImportErrorObject_set_msg},
    {"name", ImportErrorObject_get_name, ImportErrorObject_set_name},
    {"path", ImportErrorObject_get_path, ImportErrorObject_set_path},
    {"name_from", ImportErrorObject_get_nameFrom, ImportErrorObject_set_nameFrom},
};
static const MethodDef kImportErrMethods[] = {method("__reduce__", importerr_reduce)};

// --- AttributeError / NameError ---------------------------------------------------------------------

static void attrerr_dealloc(Object *o) {
  auto *e = static_cast<AttributeErrorObject *>(o);
  e->obj.reset();
  e->name.reset();
  baseexc_dealloc(o);
}
static int attrerr_init(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value kw[2];
  if (!takeKeywords("AttributeError", {"name", "obj"}, args, nargs, kwnames, kw))
    return -1;
  if (baseexc_init(self, args, nargs, Value()) < 0)
    return -1;
  auto *e = self.as<AttributeErrorObject>();
  e->name = Ref::borrow(kw[0] ? kw[0] : None());
  e->obj = Ref::borrow(kw[1] ? kw[1] : None());
  return 0;
}
REF_GETSET(AttributeErrorObject, name, "name")
REF_GETSET(AttributeErrorObject, obj, "obj")
static const GetSetDef kAttrErrGetSets[] = {
    {"name", AttributeErrorObject_get_name, AttributeErrorObject_set_name},
    {"obj", AttributeErrorObject_get_obj, AttributeErrorObject_set_obj},
};
static Ref attrerr_getstate(Value self) {
  auto *e = self.as<AttributeErrorObject>();
  Ref state = exc(self)->dict ? dictCopy(exc(self)->dict.get()) : newDict();
  if (!state)
    return Ref();
  if (e->name && dictSetItem(state.get(), "name", e->name.get()) < 0)
    return Ref();
  if (dictSetItem(state.get(), "args", baseexc_get_args(self).get()) < 0)
    return Ref();
  return state;
}
static Ref attrerr_reduce(Value self) {
  Ref state = attrerr_getstate(self);
  if (!state)
    return Ref();
  return newTupleOf({typeValue(self.type()), baseexc_get_args(self).get(), state.get()});
}
static const MethodDef kAttrErrMethods[] = {method("__getstate__", attrerr_getstate),
                                            method("__reduce__", attrerr_reduce)};

static void nameerr_dealloc(Object *o) {
  static_cast<NameErrorObject *>(o)->name.reset();
  baseexc_dealloc(o);
}
static int nameerr_init(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value kw[1];
  if (!takeKeywords("NameError", {"name"}, args, nargs, kwnames, kw))
    return -1;
  if (baseexc_init(self, args, nargs, Value()) < 0)
    return -1;
  self.as<NameErrorObject>()->name = Ref::borrow(kw[0] ? kw[0] : None());
  return 0;
}
REF_GETSET(NameErrorObject, name, "name")
static const GetSetDef kNameErrGetSets[] = {
    {"name", NameErrorObject_get_name, NameErrorObject_set_name}};

// --- KeyError --------------------------------------------------------------------------------------

static Ref keyerr_str(Value self) {
  Value args = exc(self)->args.get();
  if (args && tupleSize(args) == 1)
    return repr(tupleItem(args, 0));
  return baseexc_str(self);
}

// --- OSError ---------------------------------------------------------------------------------------

static void oserr_dealloc(Object *o) {
  auto *e = static_cast<OSErrorObject *>(o);
  e->myerrno.reset();
  e->strerror.reset();
  e->filename.reset();
  e->filename2.reset();
  baseexc_dealloc(o);
}

// CPython: Objects/exceptions.c errnomap
static Type *oserrorSubclassFor(int64_t code) {
  switch (code) {
  case EAGAIN:
#if EWOULDBLOCK != EAGAIN
  case EWOULDBLOCK:
#endif
  case EALREADY:
  case EINPROGRESS: return &BlockingIOErrorType;
  case ECHILD: return &ChildProcessErrorType;
  case EPIPE:
  case ESHUTDOWN: return &BrokenPipeErrorType;
  case ECONNABORTED: return &ConnectionAbortedErrorType;
  case ECONNREFUSED: return &ConnectionRefusedErrorType;
  case ECONNRESET: return &ConnectionResetErrorType;
  case EEXIST: return &FileExistsErrorType;
  case ENOENT: return &FileNotFoundErrorType;
  case EISDIR: return &IsADirectoryErrorType;
  case ENOTDIR: return &NotADirectoryErrorType;
  case EINTR: return &InterruptedErrorType;
  case EACCES:
  case EPERM: return &PermissionErrorType;
  case ESRCH: return &ProcessLookupErrorType;
  case ETIMEDOUT: return &TimeoutErrorType;
  default: return nullptr;
  }
}

// CPython: Objects/exceptions.c OSError_new / oserror_init
static Ref oserr_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (type == &OSErrorType && nargs >= 2 && isInt(args[0])) {
    int64_t code;
    if (intFitsInt64(args[0], &code))
      if (Type *sub = oserrorSubclassFor(code))
        type = sub;
  }
  if (type->init != nullptr && type->init != baseexc_init && hasKw(kwnames) &&
      type->newInstance == oserr_new && !type->hasFlag(kTypeHeap))
    return raisef(&TypeErrorType, "{}() takes no keyword arguments", type->name);
  Object *o = allocObject(type);
  if (!o)
    return Ref();
  Ref self = Ref::steal(o);
  auto *e = self.as<OSErrorObject>();
  e->written = -1;
  Ref argsTuple = newTupleFrom({args, nargs});
  if (!argsTuple)
    return Ref();
  if (nargs >= 2 && nargs <= 5) {
    e->myerrno = Ref::borrow(args[0]);
    e->strerror = Ref::borrow(args[1]);
    if (nargs >= 3 && !isNone(args[2])) {
      if (isSubtype(type, &BlockingIOErrorType)) {
        int64_t w;
        if (!indexAsInt64(args[2], &w, &ValueErrorType))
          return Ref();
        e->written = w;
      } else {
        e->filename = Ref::borrow(args[2]);
        if (nargs >= 5 && !isNone(args[4]))
          e->filename2 = Ref::borrow(args[4]);
        // args keeps only (errno, strerror) when a filename is given.
        argsTuple = newTupleOf({args[0], args[1]});
        if (!argsTuple)
          return Ref();
      }
    }
  }
  exc(self.get())->args = std::move(argsTuple);
  return self;
}

static int oserr_init(Value self, const Value *, size_t, Value kwnames) {
  if (hasKw(kwnames) && self.type()->newInstance == oserr_new) {
    raisef(&TypeErrorType, "{}() takes no keyword arguments", self.type()->name);
    return -1;
  }
  return 0;
}

static Ref oserr_str(Value self) {
  auto *e = self.as<OSErrorObject>();
  if (e->filename) {
    Ref fr = repr(e->filename.get());
    if (!fr)
      return Ref();
    Ref en = str(orNone(e->myerrno).get()), se = str(orNone(e->strerror).get());
    if (!en || !se)
      return Ref();
    if (e->filename2) {
      Ref f2 = repr(e->filename2.get());
      if (!f2)
        return Ref();
      return newStr(fmt::format("[Errno {}] {}: {} -> {}", strToUtf8(en.get()),
                                strToUtf8(se.get()), strToUtf8(fr.get()),
                                strToUtf8(f2.get())));
    }
    return newStr(fmt::format("[Errno {}] {}: {}", strToUtf8(en.get()), strToUtf8(se.get()),
                              strToUtf8(fr.get())));
  }
  if (e->myerrno && e->strerror) {
    Ref en = str(e->myerrno.get()), se = str(e->strerror.get());
    if (!en || !se)
      return Ref();
    return newStr(fmt::format("[Errno {}] {}", strToUtf8(en.get()), strToUtf8(se.get())));
  }
  return baseexc_str(self);
}

static Ref oserr_reduce(Value self) {
  auto *e = self.as<OSErrorObject>();
  Ref args = baseexc_get_args(self);
  if (tupleSize(args.get()) == 2 && e->filename) {
    std::vector<Value> items = {tupleItem(args.get(), 0), tupleItem(args.get(), 1),
                                e->filename.get()};
    if (e->filename2) {
      items.push_back(None());
      items.push_back(e->filename2.get());
    }
    args = newTupleFrom(items);
  }
  Value d = exc(self)->dict.get();
  if (d && dictSize(d) > 0)
    return newTupleOf({typeValue(self.type()), args.get(), d});
  return newTupleOf({typeValue(self.type()), args.get()});
}

REF_GETSET(OSErrorObject, myerrno, "errno")
REF_GETSET(OSErrorObject, strerror, "strerror")
REF_GETSET(OSErrorObject, filename, "filename")
REF_GETSET(OSErrorObject, filename2, "filename2")
static Ref oserr_get_written(Value self) {
  auto *e = self.as<OSErrorObject>();
  if (e->written == -1)
    return raise(&AttributeErrorType, "characters_written");
  return newInt(e->written);
}
static int oserr_set_written(Value self, Value v) {
  auto *e = self.as<OSErrorObject>();
  if (v.isNull()) {
    if (e->written == -1) {
      raise(&AttributeErrorType, "characters_written");
      return -1;
    }
    e->written = -1;
    return 0;
  }
  int64_t w;
  if (!indexAsInt64(v, &w, &ValueErrorType))
    return -1;
  e->written = w;
  return 0;
}
static const GetSetDef kOSErrGetSets[] = {
    {"errno", OSErrorObject_get_myerrno, OSErrorObject_set_myerrno},
    {"strerror", OSErrorObject_get_strerror, OSErrorObject_set_strerror},
    {"filename", OSErrorObject_get_filename, OSErrorObject_set_filename},
    {"filename2", OSErrorObject_get_filename2, OSErrorObject_set_filename2},
    {"characters_written", oserr_get_written, oserr_set_written},
};
static const MethodDef kOSErrMethods[] = {method("__reduce__", oserr_reduce)};

// --- SyntaxError -------------------------------------------------------------------------------------

static void syntaxerr_dealloc(Object *o) {
  auto *e = static_cast<SyntaxErrorObject *>(o);
  e->msg.reset();
  e->filename.reset();
  e->lineno.reset();
  e->offset.reset();
  e->text.reset();
  e->endLineno.reset();
  e->endOffset.reset();
  e->printFileAndLine.reset();
  e->display.reset();
  baseexc_dealloc(o);
}

void setSyntaxErrorDisplay(Value exc, Value display) {
  if (isInstance(exc, &SyntaxErrorType))
    exc.as<SyntaxErrorObject>()->display = display ? Ref::borrow(display) : Ref();
}
Value syntaxErrorDisplay(Value exc) {
  return isInstance(exc, &SyntaxErrorType) ? exc.as<SyntaxErrorObject>()->display.get()
                                           : Value();
}

static int syntaxerr_init(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (baseexc_init(self, args, nargs, kwnames) < 0)
    return -1;
  auto *e = self.as<SyntaxErrorObject>();
  if (nargs >= 1)
    e->msg = Ref::borrow(args[0]);
  if (nargs == 2) {
    Ref info = sequenceToTuple(args[1]);
    if (!info)
      return -1;
    size_t n = tupleSize(info.get());
    if (n < 4 || n > 6) {
      raise(&IndexErrorType, "tuple index out of range");
      return -1;
    }
    e->filename = Ref::borrow(tupleItem(info.get(), 0));
    e->lineno = Ref::borrow(tupleItem(info.get(), 1));
    e->offset = Ref::borrow(tupleItem(info.get(), 2));
    e->text = Ref::borrow(tupleItem(info.get(), 3));
    if (n > 4)
      e->endLineno = Ref::borrow(tupleItem(info.get(), 4));
    if (n > 5)
      e->endOffset = Ref::borrow(tupleItem(info.get(), 5));
  }
  return 0;
}

// CPython: Objects/exceptions.c SyntaxError_str
static Ref syntaxerr_str(Value self) {
  auto *e = self.as<SyntaxErrorObject>();
  Ref msg = str(e->msg ? e->msg.get() : None());
  if (!msg)
    return Ref();
  std::string m = strToUtf8(msg.get());
  std::string file;
  bool haveFile = e->filename && isStr(e->filename.get());
  if (haveFile) {
    file = strToUtf8(e->filename.get());
    if (auto slash = file.rfind('/'); slash != std::string::npos)
      file = file.substr(slash + 1);
  }
  int64_t line = 0;
  bool haveLine = e->lineno && isInt(e->lineno.get()) && intFitsInt64(e->lineno.get(), &line);
  if (haveFile && haveLine)
    return newStr(fmt::format("{} ({}, line {})", m, file, line));
  if (haveFile)
    return newStr(fmt::format("{} ({})", m, file));
  if (haveLine)
    return newStr(fmt::format("{} (line {})", m, line));
  return msg;
}
REF_GETSET(SyntaxErrorObject, msg, "msg")
REF_GETSET(SyntaxErrorObject, filename, "filename")
REF_GETSET(SyntaxErrorObject, lineno, "lineno")
REF_GETSET(SyntaxErrorObject, offset, "offset")
REF_GETSET(SyntaxErrorObject, text, "text")
REF_GETSET(SyntaxErrorObject, endLineno, "end_lineno")
REF_GETSET(SyntaxErrorObject, endOffset, "end_offset")
REF_GETSET(SyntaxErrorObject, printFileAndLine, "print_file_and_line")
static const GetSetDef kSyntaxErrGetSets[] = {
    {"msg", SyntaxErrorObject_get_msg, SyntaxErrorObject_set_msg},
    {"filename", SyntaxErrorObject_get_filename, SyntaxErrorObject_set_filename},
    {"lineno", SyntaxErrorObject_get_lineno, SyntaxErrorObject_set_lineno},
    {"offset", SyntaxErrorObject_get_offset, SyntaxErrorObject_set_offset},
    {"text", SyntaxErrorObject_get_text, SyntaxErrorObject_set_text},
    {"end_lineno", SyntaxErrorObject_get_endLineno, SyntaxErrorObject_set_endLineno},
    {"end_offset", SyntaxErrorObject_get_endOffset, SyntaxErrorObject_set_endOffset},
    {"print_file_and_line", SyntaxErrorObject_get_printFileAndLine,
     SyntaxErrorObject_set_printFileAndLine},
};

// --- Unicode errors --------------------------------------------------------------------------------------

static void unicodeerr_dealloc(Object *o) {
  auto *e = static_cast<UnicodeErrorObject *>(o);
  e->encoding.reset();
  e->object.reset();
  e->start.reset();
  e->end.reset();
  e->reason.reset();
  baseexc_dealloc(o);
}

static bool checkArgType(const char *fname, int pos, Value v, bool ok, const char *expected) {
  if (ok)
    return true;
  raisef(&TypeErrorType, "{}() argument {} must be {}, not {}", fname, pos, expected,
         typeName(v));
  return false;
}

static int unicodeerr_init_common(Value self, const Value *args, size_t nargs, Value kwnames,
                                  int kind) {
  if (baseexc_init(self, args, nargs, kwnames) < 0)
    return -1;
  auto *e = self.as<UnicodeErrorObject>();
  size_t want = kind == 2 ? 4 : 5;
  if (nargs != want) {
    raisef(&TypeErrorType, "function takes exactly {} arguments ({} given)", want, nargs);
    return -1;
  }
  const char *fname = kind == 0 ? "UnicodeEncodeError" : kind == 1 ? "UnicodeDecodeError"
                                                                   : "UnicodeTranslateError";
  size_t i = 0;
  if (kind != 2) {
    if (!checkArgType(fname, 1, args[0], isStr(args[0]), "str"))
      return -1;
    e->encoding = Ref::borrow(args[i++]);
  }
  Value obj = args[i];
  if (kind == 1) {
    if (!isBytes(obj)) {
      // bytearray and other buffers: keep as bytes.
      Ref b = call(typeValue(&BytesType), {obj});
      if (!b) {
        clearPendingException();
        raisef(&TypeErrorType, "{}() argument {} must be bytes-like object, not '{}'", fname,
               i + 1, typeName(obj));
        return -1;
      }
      e->object = std::move(b);
    } else {
      e->object = Ref::borrow(obj);
    }
  } else {
    if (!checkArgType(fname, int(i + 1), obj, isStr(obj), "str"))
      return -1;
    e->object = Ref::borrow(obj);
  }
  i++;
  if (!checkArgType(fname, int(i + 1), args[i], isInt(args[i]), "int"))
    return -1;
  e->start = Ref::borrow(args[i++]);
  if (!checkArgType(fname, int(i + 1), args[i], isInt(args[i]), "int"))
    return -1;
  e->end = Ref::borrow(args[i++]);
  if (!checkArgType(fname, int(i + 1), args[i], isStr(args[i]), "str"))
    return -1;
  e->reason = Ref::borrow(args[i]);
  return 0;
}
static int unicodeencode_init(Value self, const Value *a, size_t n, Value kw) {
  return unicodeerr_init_common(self, a, n, kw, 0);
}
static int unicodedecode_init(Value self, const Value *a, size_t n, Value kw) {
  return unicodeerr_init_common(self, a, n, kw, 1);
}
static int unicodetranslate_init(Value self, const Value *a, size_t n, Value kw) {
  return unicodeerr_init_common(self, a, n, kw, 2);
}

static std::string charEscape(uint32_t c) {
  if (c <= 0xff)
    return fmt::format("\\x{:02x}", c);
  if (c <= 0xffff)
    return fmt::format("\\u{:04x}", c);
  return fmt::format("\\U{:08x}", c);
}

static Ref unicodeerr_str(Value self) {
  auto *e = self.as<UnicodeErrorObject>();
  if (!e->object)
    return baseexc_str(self);
  int64_t start = 0, end = 0;
  intFitsInt64(e->start.get(), &start);
  intFitsInt64(e->end.get(), &end);
  Ref reason = str(e->reason.get());
  if (!reason)
    return Ref();
  std::string rs = strToUtf8(reason.get());
  Type *t = self.type();
  if (isSubtype(t, &UnicodeDecodeErrorType)) {
    Ref enc = str(e->encoding.get());
    if (!enc)
      return Ref();
    std::string_view data = bytesView(e->object.get());
    if (start >= 0 && start < int64_t(data.size()) && end == start + 1)
      return newStr(fmt::format("'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                                strToUtf8(enc.get()), uint8_t(data[start]), start, rs));
    return newStr(fmt::format("'{}' codec can't decode bytes in position {}-{}: {}",
                              strToUtf8(enc.get()), start, end - 1, rs));
  }
  size_t len = strLength(e->object.get());
  bool single = start >= 0 && size_t(start) < len && end == start + 1;
  if (isSubtype(t, &UnicodeEncodeErrorType)) {
    Ref enc = str(e->encoding.get());
    if (!enc)
      return Ref();
    if (single)
      return newStr(fmt::format("'{}' codec can't encode character '{}' in position {}: {}",
                                strToUtf8(enc.get()),
                                charEscape(strCharAt(e->object.get(), start)), start, rs));
    return newStr(fmt::format("'{}' codec can't encode characters in position {}-{}: {}",
                              strToUtf8(enc.get()), start, end - 1, rs));
  }
  if (single)
    return newStr(fmt::format("can't translate character '{}' in position {}: {}",
                              charEscape(strCharAt(e->object.get(), start)), start, rs));
  return newStr(
      fmt::format("can't translate characters in position {}-{}: {}", start, end - 1, rs));
}
REF_GETSET(UnicodeErrorObject, encoding, "encoding")
REF_GETSET(UnicodeErrorObject, object, "object")
REF_GETSET(UnicodeErrorObject, start, "start")
REF_GETSET(UnicodeErrorObject, end, "end")
REF_GETSET(UnicodeErrorObject, reason, "reason")
static const GetSetDef kUnicodeErrGetSets[] = {
    {"encoding", UnicodeErrorObject_get_encoding, UnicodeErrorObject_set_encoding},
    {"object", UnicodeErrorObject_get_object, UnicodeErrorObject_set_object},
    {"start", UnicodeErrorObject_get_start, UnicodeErrorObject_set_start},
    {"end", UnicodeErrorObject_get_end, UnicodeErrorObject_set_end},
    {"reason", UnicodeErrorObject_get_reason, UnicodeErrorObject_set_reason},
};

// --- BaseExceptionGroup ---------------------------------------------------------------------------------

static void eg_dealloc(Object *o) {
  auto *e = static_cast<ExceptionGroupObject *>(o);
  e->msg.reset();
  e->excs.reset();
  baseexc_dealloc(o);
}

// CPython: Objects/exceptions.c BaseExceptionGroup_new
static Ref eg_new(Type *type, const Value *args, size_t nargs, Value kwnames) {
  if (hasKw(kwnames))
    return raisef(&TypeErrorType, "{}() takes no keyword arguments", type->name);
  if (nargs != 2)
    return raisef(&TypeErrorType,
                  "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", nargs);
  Value message = args[0], excsArg = args[1];
  if (!isStr(message))
    return raisef(&TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                  typeName(message));
  if (excsArg.type()->getitem == nullptr || isDict(excsArg) || excsArg.type()->length == nullptr ||
      isAnySet(excsArg))
    return raise(&TypeErrorType, "second argument (exceptions) must be a sequence");
  Ref excs = sequenceToTuple(excsArg);
  if (!excs)
    return Ref();
  size_t n = tupleSize(excs.get());
  if (n == 0)
    return raise(&ValueErrorType, "second argument (exceptions) must be a non-empty sequence");
  bool nestedBase = false;
  for (size_t i = 0; i < n; i++) {
    Value e = tupleItem(excs.get(), i);
    if (!isBaseException(e))
      return raisef(&ValueErrorType, "Item {} of second argument (exceptions) is not an exception",
                    i);
    if (!isInstance(e, &ExceptionType))
      nestedBase = true;
  }
  Type *cls = type;
  if (cls == &BaseExceptionGroupType) {
    if (!nestedBase)
      cls = &ExceptionGroupType;
  } else if (cls == &ExceptionGroupType) {
    if (nestedBase)
      return raise(&TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nestedBase && isSubtype(cls, &ExceptionType)) {
    return raisef(&TypeErrorType, "Cannot nest BaseExceptions in '{}'", cls->name);
  }
  Object *o = allocObject(cls);
  if (!o)
    return Ref();
  Ref self = Ref::steal(o);
  auto *e = self.as<ExceptionGroupObject>();
  exc(self.get())->args = newTupleFrom({args, nargs});
  e->msg = Ref::borrow(message);
  e->excs = std::move(excs);
  return self;
}

static int eg_init(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (hasKw(kwnames)) {
    raisef(&TypeErrorType, "{}() takes no keyword arguments", self.type()->name);
    return -1;
  }
  Ref t = newTupleFrom({args, nargs});
  if (!t)
    return -1;
  exc(self)->args = std::move(t);
  return 0;
}

static Ref eg_str(Value self) {
  auto *e = self.as<ExceptionGroupObject>();
  size_t n = e->excs ? tupleSize(e->excs.get()) : 0;
  Ref m = str(e->msg ? e->msg.get() : None());
  if (!m)
    return Ref();
  return newStr(fmt::format("{} ({} sub-exception{})", strToUtf8(m.get()), n, n > 1 ? "s" : ""));
}

static Ref eg_derive(Value self, Value excs) {
  auto *e = self.as<ExceptionGroupObject>();
  return call(typeValue(&BaseExceptionGroupType), {e->msg.get(), excs});
}

enum class Matcher { Type, Predicate, InstanceIds };

static bool getMatcherType(Value value, Matcher *out) {
  if (isType(value) ? false : (value.type()->call != nullptr)) {
    *out = Matcher::Predicate;
    return true;
  }
  if (isExceptionClass(value)) {
    *out = Matcher::Type;
    return true;
  }
  if (isTuple(value)) {
    bool ok = true;
    for (Value t : tupleItems(value))
      if (!isExceptionClass(t))
        ok = false;
    if (ok) {
      *out = Matcher::Type;
      return true;
    }
  }
  raise(&TypeErrorType, "expected an exception type, a tuple of exception types, or a callable "
                        "(other than a class)");
  return false;
}

static int splitCheckMatch(Value e, Matcher m, Value value) {
  switch (m) {
  case Matcher::Type:
    return givenMatches(e, value) ? 1 : 0;
  case Matcher::Predicate: {
    Ref r = call(value, {e});
    if (!r)
      return -1;
    return isTrue(r.get());
  }
  case Matcher::InstanceIds: {
    Ref id = newInt(int64_t(reinterpret_cast<intptr_t>(e.object())));
    return setContains(value, id.get());
  }
  }
  return 0;
}

// CPython: Objects/exceptions.c exceptiongroup_subset
static bool egSubset(Value orig, Value excs, Ref *result) {
  *result = Ref();
  if (listSize(excs) == 0)
    return true;
  Ref eg = callMethod(orig, "derive", {excs});
  if (!eg)
    return false;
  if (!isExceptionGroup(eg.get())) {
    raise(&TypeErrorType, "derive must return an instance of BaseExceptionGroup");
    return false;
  }
  setExceptionTraceback(eg.get(), exceptionTraceback(orig));
  setExceptionContext(eg.get(), exceptionContext(orig));
  Value cause = exceptionCause(orig);
  bool suppress = exc(orig)->suppressContext;
  if (cause)
    exc(eg.get())->cause = Ref::borrow(cause);
  exc(eg.get())->suppressContext = suppress;
  static Value notesName = internStr("__notes__").release();
  Ref notes = lookupAttr(orig, notesName);
  if (!notes && errorPending())
    return false;
  if (notes && notes.type()->getitem && !isStr(notes.get())) {
    Ref copy = sequenceToList(notes.get());
    if (!copy || setAttr(eg.get(), notesName, copy.get()) < 0)
      return false;
  }
  *result = std::move(eg);
  return true;
}

// CPython: Objects/exceptions.c exceptiongroup_split_recursive
static bool splitRecursive(Value e, Matcher m, Value value, bool constructRest, Ref *match,
                           Ref *rest) {
  *match = Ref();
  *rest = Ref();
  int isMatch = splitCheckMatch(e, m, value);
  if (isMatch < 0)
    return false;
  if (isMatch) {
    *match = Ref::borrow(e);
    return true;
  }
  if (!isExceptionGroup(e)) {
    if (constructRest)
      *rest = Ref::borrow(e);
    return true;
  }
  auto *eg = e.as<ExceptionGroupObject>();
  Ref matchList = newList(0), restList = newList(0);
  if (!matchList || !restList)
    return false;
  if (!enterRecursiveCall(" in exceptiongroup_split_recursive"))
    return false;
  for (Value sub : tupleItems(eg->excs.get())) {
    Ref m2, r2;
    if (!splitRecursive(sub, m, value, constructRest, &m2, &r2)) {
      leaveRecursiveCall();
      return false;
    }
    if (m2)
      listAppend(matchList.get(), std::move(m2));
    if (r2)
      listAppend(restList.get(), std::move(r2));
  }
  leaveRecursiveCall();
  if (!egSubset(e, matchList.get(), match))
    return false;
  if (constructRest && !egSubset(e, restList.get(), rest))
    return false;
  return true;
}

static Ref eg_split(Value self, Value matcher) {
  Matcher m;
  if (!getMatcherType(matcher, &m))
    return Ref();
  Ref match, rest;
  if (!splitRecursive(self, m, matcher, true, &match, &rest))
    return Ref();
  return newTupleOf({match ? match.get() : None(), rest ? rest.get() : None()});
}

static Ref eg_subgroup(Value self, Value matcher) {
  Matcher m;
  if (!getMatcherType(matcher, &m))
    return Ref();
  Ref match, rest;
  if (!splitRecursive(self, m, matcher, false, &match, &rest))
    return Ref();
  return match ? match : newNone();
}

static Ref eg_class_getitem(Value cls, Value) { return Ref::borrow(cls); }

static Ref eg_get_message(Value self) { return orNone(self.as<ExceptionGroupObject>()->msg); }
static Ref eg_get_exceptions(Value self) {
  return orNone(self.as<ExceptionGroupObject>()->excs);
}

static const MethodDef kEGMethods[] = {
    method("__class_getitem__", eg_class_getitem, kMethodClass),
    method("derive", eg_derive),
    method("split", eg_split),
    method("subgroup", eg_subgroup),
};
static const GetSetDef kEGGetSets[] = {
    {"message", eg_get_message},
    {"exceptions", eg_get_exceptions},
};

Ref createExceptionGroup(std::string_view msg, Value excs) {
  Ref m = newStr(msg);
  if (!m)
    return Ref();
  Value args[2] = {m.get(), excs};
  return eg_new(&BaseExceptionGroupType, args, 2, Value());
}

// --- except* support -------------------------------------------------------------------------------

static bool egMatchImpl(Value e, Value matchType, Ref *match, Ref *rest) {
  *match = Ref();
  *rest = Ref();
  // CPython: _PyEval_CheckExceptStarTypeValid
  auto checkOne = [](Value t) -> bool {
    if (!isExceptionClass(t)) {
      raise(&TypeErrorType,
            "catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
    if (isSubtype(static_cast<Type *>(t.object()), &BaseExceptionGroupType)) {
      raise(&TypeErrorType,
            "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
    return true;
  };
  if (isTuple(matchType)) {
    for (Value t : tupleItems(matchType))
      if (!checkOne(t))
        return false;
  } else if (!checkOne(matchType)) {
    return false;
  }
  if (e.isNull() || isNone(e))
    return true;
  if (givenMatches(e, matchType)) {
    if (isExceptionGroup(e)) {
      *match = Ref::borrow(e);
    } else {
      Ref excs = newTupleOf({e});
      Ref wrapped = createExceptionGroup("", excs.get());
      if (!wrapped)
        return false;
      setExceptionTraceback(wrapped.get(), exceptionTraceback(e));
      *match = std::move(wrapped);
    }
    return true;
  }
  if (isExceptionGroup(e)) {
    Ref pair = callMethod(e, "split", {matchType});
    if (!pair)
      return false;
    if (!isTuple(pair.get()) || tupleSize(pair.get()) != 2) {
      raisef(&TypeErrorType, "{}.split must return a 2-tuple, got {}", typeName(e),
             typeName(pair.get()));
      return false;
    }
    Value m = tupleItem(pair.get(), 0), r = tupleItem(pair.get(), 1);
    if (!isNone(m))
      *match = Ref::borrow(m);
    if (!isNone(r))
      *rest = Ref::borrow(r);
    return true;
  }
  *rest = Ref::borrow(e);
  return true;
}

bool exceptionGroupMatch(Value e, Value matchType, Ref *match, Ref *rest) {
  if (!egMatchImpl(e, matchType, match, rest))
    return false;
  if (!*match)
    *match = newNone();
  if (!*rest)
    *rest = newNone();
  return true;
}

static bool collectLeafIds(Value e, Value set) {
  if (isNone(e))
    return true;
  if (!isExceptionGroup(e)) {
    Ref id = newInt(int64_t(reinterpret_cast<intptr_t>(e.object())));
    return setAdd(set, id.get()) == 0;
  }
  if (!enterRecursiveCall(" in collect_exception_group_leaf_ids"))
    return false;
  for (Value sub : tupleItems(e.as<ExceptionGroupObject>()->excs.get()))
    if (!collectLeafIds(sub, set)) {
      leaveRecursiveCall();
      return false;
    }
  leaveRecursiveCall();
  return true;
}

static bool sameMetadata(Value a, Value b) {
  static Value notesName = internStr("__notes__").release();
  Ref na = lookupAttr(a, notesName), nb = lookupAttr(b, notesName);
  clearPendingException();
  Value x = na ? na.get() : Value(), y = nb ? nb.get() : Value();
  return x.is(y) && exceptionTraceback(a).is(exceptionTraceback(b)) &&
         exceptionCause(a).is(exceptionCause(b)) && exceptionContext(a).is(exceptionContext(b));
}

// CPython: Objects/exceptions.c exception_group_projection
static Ref egProjection(Value eg, Value keep) {
  Ref ids = newSet();
  if (!ids)
    return Ref();
  for (size_t i = 0; i < listSize(keep); i++)
    if (!collectLeafIds(listItem(keep, i), ids.get()))
      return Ref();
  Ref match, rest;
  if (!splitRecursive(eg, Matcher::InstanceIds, ids.get(), false, &match, &rest))
    return Ref();
  return match ? match : newNone();
}

Ref prepReraiseStar(Value orig, Value excs) {
  size_t n = listSize(excs);
  if (n == 0)
    return newNone();
  if (!isExceptionGroup(orig)) {
    Value e = listItem(excs, 0);
    return Ref::borrow(e.isNull() ? None() : e);
  }
  Ref raised = newList(0), reraised = newList(0);
  if (!raised || !reraised)
    return Ref();
  for (size_t i = 0; i < n; i++) {
    Value e = listItem(excs, i);
    if (e.isNull() || isNone(e))
      continue;
    listAppend(sameMetadata(e, orig) ? reraised.get() : raised.get(), Ref::borrow(e));
  }
  Ref reraisedEg = egProjection(orig, reraised.get());
  if (!reraisedEg)
    return Ref();
  if (listSize(raised.get()) == 0)
    return reraisedEg;
  if (!isNone(reraisedEg.get()))
    listAppend(raised.get(), std::move(reraisedEg));
  if (listSize(raised.get()) > 1)
    return createExceptionGroup("", raised.get());
  return Ref::borrow(listItem(raised.get(), 0));
}

// --- Unraisable ----------------------------------------------------------------------------------------

__attribute__((weak)) void writeUnraisable(Value e, Value obj, const char *message) {
  std::string text = fmt::format("Exception ignored {}", message ? message : "in");
  if (!obj.isNull())
    text += " " + reprString(obj);
  std::fprintf(stderr, "%s:\n", text.c_str());
  if (!e.isNull()) {
    Ref s = str(e);
    std::string msg = s ? strToUtf8(s.get()) : "<exception str() failed>";
    clearPendingException();
    std::fprintf(stderr, "%s%s%s\n", typeName(e).c_str(), msg.empty() ? "" : ": ", msg.c_str());
  }
}

// --- Set-up -------------------------------------------------------------------------------------------

static Ref weakref_get(Value) { return newNone(); }
static const GetSetDef kWeakrefGetSet = {"__weakref__", weakref_get};

// Exception docstrings (CPython 3.14 Objects/exceptions.c).
static const char *excDoc(const char *name) {
  static const struct { const char *n, *d; } docs[] = {
      {"BaseException", "Common base class for all exceptions"},
      {"BaseExceptionGroup", "A combination of multiple unrelated exceptions."},
      {"GeneratorExit", "Request that a generator exit."},
      {"KeyboardInterrupt", "Program interrupted by user."},
      {"SystemExit", "Request to exit from the interpreter."},
      {"Exception", "Common base class for all non-exit exceptions."},
      {"ArithmeticError", "Base class for arithmetic errors."},
      {"FloatingPointError", "Floating-point operation failed."},
      {"OverflowError", "Result too large to be represented."},
      {"ZeroDivisionError", "Second argument to a division or modulo operation was zero."},
      {"AssertionError", "Assertion failed."},
      {"AttributeError", "Attribute not found."},
      {"BufferError", "Buffer error."},
      {"EOFError", "Read beyond end of file."},
      {"ExceptionGroup", nullptr},
      {"ImportError", "Import can't find module, or can't find name in module."},
      {"ModuleNotFoundError", "Module not found."},
      {"LookupError", "Base class for lookup errors."},
      {"IndexError", "Sequence index out of range."},
      {"KeyError", "Mapping key not found."},
      {"MemoryError", "Out of memory."},
      {"NameError", "Name not found globally."},
      {"UnboundLocalError", "Local name referenced but not bound to a value."},
      {"OSError", "Base class for I/O related errors."},
      {"BlockingIOError", "I/O operation would block."},
      {"ChildProcessError", "Child process error."},
      {"ConnectionError", "Connection error."},
      {"BrokenPipeError", "Broken pipe."},
      {"ConnectionAbortedError", "Connection aborted."},
      {"ConnectionRefusedError", "Connection refused."},
      {"ConnectionResetError", "Connection reset."},
      {"FileExistsError", "File already exists."},
      {"FileNotFoundError", "File not found."},
      {"InterruptedError", "Interrupted by signal."},
      {"IsADirectoryError", "Operation doesn't work on directories."},
      {"NotADirectoryError", "Operation only works on directories."},
      {"PermissionError", "Not enough permissions."},
      {"ProcessLookupError", "Process not found."},
      {"TimeoutError", "Timeout expired."},
      {"ReferenceError", "Weak ref proxy used after referent went away."},
      {"RuntimeError", "Unspecified run-time error."},
      {"NotImplementedError", "Method or function hasn't been implemented yet."},
      {"PythonFinalizationError", "Operation blocked during Python finalization."},
      {"RecursionError", "Recursion limit exceeded."},
      {"StopAsyncIteration", "Signal the end from iterator.__anext__()."},
      {"StopIteration", "Signal the end from iterator.__next__()."},
      {"SyntaxError", "Invalid syntax."},
      {"IndentationError", "Improper indentation."},
      {"TabError", "Improper mixture of spaces and tabs."},
      {"SystemError", "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version."},
      {"TypeError", "Inappropriate argument type."},
      {"ValueError", "Inappropriate argument value (of correct type)."},
      {"UnicodeError", "Unicode related error."},
      {"UnicodeDecodeError", "Unicode decoding error."},
      {"UnicodeEncodeError", "Unicode encoding error."},
      {"UnicodeTranslateError", "Unicode translation error."},
      {"Warning", "Base class for warning categories."},
      {"BytesWarning", "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str."},
      {"DeprecationWarning", "Base class for warnings about deprecated features."},
      {"EncodingWarning", "Base class for warnings about encodings."},
      {"FutureWarning", "Base class for warnings about constructs that will change semantically\nin the future."},
      {"ImportWarning", "Base class for warnings about probable mistakes in module imports"},
      {"PendingDeprecationWarning", "Base class for warnings about features which will be deprecated\nin the future."},
      {"ResourceWarning", "Base class for warnings about resource usage."},
      {"RuntimeWarning", "Base class for warnings about dubious runtime behavior."},
      {"SyntaxWarning", "Base class for warnings about dubious syntax."},
      {"UnicodeWarning", "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems."},
      {"UserWarning", "Base class for warnings generated by user code."},
  };
  for (auto &e : docs)
    if (std::strcmp(e.n, name) == 0)
      return e.d;
  return nullptr;
}

struct ExcLayout {
  size_t size;
  DeallocFn dealloc;
  NewFn newInstance;
  InitFn init;
  UnaryFn str;
  std::span<const MethodDef> methods;
  std::span<const GetSetDef> getsets;
};

static ExcLayout layoutFor(Type *t) {
  ExcLayout l{sizeof(BaseExceptionObject), nullptr, nullptr, nullptr, nullptr, {}, {}};
  if (t == &BaseExceptionType) {
    l.dealloc = baseexc_dealloc;
    l.newInstance = baseexc_new;
    l.init = baseexc_init;
    l.str = baseexc_str;
    l.methods = kBaseExcMethods;
    l.getsets = kBaseExcGetSets;
  } else if (t == &StopIterationType) {
    l = {sizeof(StopIterationObject), stopiter_dealloc, nullptr, stopiter_init, nullptr, {},
         kStopIterGetSets};
  } else if (t == &SystemExitType) {
    l = {sizeof(SystemExitObject), sysexit_dealloc, nullptr, sysexit_init, nullptr, {},
         kSysExitGetSets};
  } else if (t == &ImportErrorType) {
    l = {sizeof(ImportErrorObject), importerr_dealloc, nullptr, importerr_init, importerr_str,
         kImportErrMethods, kImportErrGetSets};
  } else if (t == &AttributeErrorType) {
    l = {sizeof(AttributeErrorObject), attrerr_dealloc, nullptr, attrerr_init, nullptr,
         kAttrErrMethods, kAttrErrGetSets};
  } else if (t == &NameErrorType) {
    l = {sizeof(NameErrorObject), nameerr_dealloc, nullptr, nameerr_init, nullptr, {},
         kNameErrGetSets};
  } else if (t == &KeyErrorType) {
    l.str = keyerr_str;
  } else if (t == &OSErrorType) {
    l = {sizeof(OSErrorObject), oserr_dealloc, oserr_new, oserr_init, oserr_str, kOSErrMethods,
         kOSErrGetSets};
  } else if (t == &SyntaxErrorType) {
    l = {sizeof(SyntaxErrorObject), syntaxerr_dealloc, nullptr, syntaxerr_init, syntaxerr_str,
         {}, kSyntaxErrGetSets};
  } else if (t == &UnicodeErrorType) {
    l = {sizeof(UnicodeErrorObject), unicodeerr_dealloc, nullptr, nullptr, nullptr, {},
         kUnicodeErrGetSets};
  } else if (t == &UnicodeEncodeErrorType) {
    l.init = unicodeencode_init;
    l.str = unicodeerr_str;
  } else if (t == &UnicodeDecodeErrorType) {
    l.init = unicodedecode_init;
    l.str = unicodeerr_str;
  } else if (t == &UnicodeTranslateErrorType) {
    l.init = unicodetranslate_init;
    l.str = unicodeerr_str;
  } else if (t == &BaseExceptionGroupType) {
    l = {sizeof(ExceptionGroupObject), eg_dealloc, eg_new, eg_init, eg_str, kEGMethods,
         kEGGetSets};
  }
  return l;
}

bool initExceptionTypes() {
  struct Entry {
    Type *type;
    const char *name;
    Type *base;
  };
  static const Entry entries[] = {
#define EXCEPTION(Name, Base) {&Name##Type, #Name, &Base##Type},
#include "vm/exceptions.def"
#undef EXCEPTION
  };
  // CPython readies the static exceptions level by level, alphabetically
  // within a level (Objects/exceptions.c static_exceptions), which fixes the
  // order of __subclasses__(); ExceptionGroup is created last.
  std::vector<const Entry *> order;
  for (const Entry &e : entries)
    order.push_back(&e);
  // Depth in the hierarchy; parents come before children in the table.
  std::vector<int> depths(order.size(), 0);
  for (size_t i = 0; i < order.size(); i++) {
    for (size_t j = 0; j < i; j++)
      if (order[j]->type == order[i]->base)
        depths[i] = depths[j] + 1;
    if (order[i]->type == &ExceptionGroupType)
      depths[i] = 1000;
  }
  auto depth = [&](const Entry *e) { return depths[size_t(e - entries)]; };
  std::stable_sort(order.begin(), order.end(), [&](const Entry *a, const Entry *b) {
    int da = depth(a), db = depth(b);
    if (da != db)
      return da < db;
    return std::strcmp(a->name, b->name) < 0;
  });
  for (const Entry *ep : order) {
    const Entry &e = *ep;
    ExcLayout l = layoutFor(e.type);
    Type *base = e.type == &BaseExceptionType ? &ObjectType : e.base;
    size_t size = l.size > base->basicSize ? l.size : base->basicSize;
    if (e.type == &BaseExceptionType)
      size = sizeof(BaseExceptionObject);
    initStaticType(e.type, e.name, base, size, kTypeBaseType | kTypeBaseExcSubclass);
    if (l.dealloc)
      e.type->dealloc = l.dealloc;
    if (l.newInstance)
      e.type->newInstance = l.newInstance;
    if (l.init)
      e.type->init = l.init;
    if (l.str)
      e.type->str = l.str;
    if (e.type == &BaseExceptionType) {
      e.type->repr = baseexc_repr;
      BaseExceptionObject probe;
      e.type->dictOffset =
          size_t(reinterpret_cast<char *>(&probe.dict) -
                 reinterpret_cast<char *>(static_cast<Object *>(&probe)));
    }
    // Subclasses must inherit new (CPython's exception types all have one).
    if (!e.type->newInstance && base->newInstance)
      e.type->newInstance = base->newInstance;
    if (e.type == &ExceptionGroupType) {
      // Created by PyErr_NewException in CPython: a __module__ and __weakref__.
      e.type->flags |= kTypeWeakrefable;
      e.type->dict = newDict();
      Ref mod = newStr("builtins");
      Ref wr = newGetSetDescriptor(e.type, &kWeakrefGetSet);
      if (!e.type->dict || !mod || !wr ||
          dictSetItem(e.type->dict.get(), "__module__", mod.get()) < 0 ||
          dictSetItem(e.type->dict.get(), "__weakref__", wr.get()) < 0)
        return false;
    }
    if (const char *doc = excDoc(e.name))
      e.type->doc = newStr(doc);
    if (!typeReady(e.type, l.methods, l.getsets))
      return false;
  }
  // ExceptionGroup(BaseExceptionGroup, Exception), as CPython creates it.
  {
    Type *t = &ExceptionGroupType;
    t->bases = newTupleOf({typeValue(&BaseExceptionGroupType), typeValue(&ExceptionType)});
    Ref mro = computeMro(t);
    if (!mro)
      return false;
    t->mro = std::move(mro);
    auto &subs = ExceptionType.subclasses;
    if (std::find(subs.begin(), subs.end(), t) == subs.end())
      subs.push_back(t);
  }
  return true;
}

} // namespace pyvm
