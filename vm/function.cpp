// Python functions, bound methods and argument binding.
// CPython: Objects/funcobject.c, Objects/classobject.c, Python/ceval.c
// initialize_locals, too_many_positional, missing_arguments
#include "vm/function.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/int.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cstddef>
#include <vector>

namespace pyvm {

Type FunctionType;
Type MethodType;

Ref newFunction(CodeObject *code, Value globals) {
  auto *f = static_cast<FunctionObject *>(allocObject(&FunctionType));
  if (!f)
    return {};
  new (&f->name) Ref();
  new (&f->qualname) Ref();
  new (&f->defaults) Ref();
  new (&f->kwdefaults) Ref();
  new (&f->closure) Ref();
  new (&f->doc) Ref();
  new (&f->module) Ref();
  new (&f->annotations) Ref();
  new (&f->annotate) Ref();
  new (&f->typeParams) Ref();
  new (&f->dict) Ref();
  Ref self = Ref::steal(f);
  incref(Value::fromObject(code));
  f->code = code;
  incref(globals);
  f->globals = globals;
  Value builtins = builtinsForGlobals(globals);
  incref(builtins);
  f->builtins = builtins;
  f->name = code->name;
  f->qualname = code->qualname ? code->qualname : code->name;
  if ((code->flags & kCoHasDocstring) && tupleSize(code->consts.get()) > 0)
    f->doc = Ref::borrow(tupleItem(code->consts.get(), 0));
  else
    f->doc = newNone();
  Value module = dictGetItem(globals, "__name__");
  if (module)
    f->module = Ref::borrow(module);
  else
    clearPendingException();
  f->version = 1;
  return self;
}

Ref newMethod(Value func, Value self) {
  auto *m = static_cast<MethodObject *>(allocObject(&MethodType));
  if (!m)
    return {};
  new (&m->func) Ref(Ref::borrow(func));
  new (&m->self) Ref(Ref::borrow(self));
  return Ref::steal(m);
}

// --- Argument binding -----------------------------------------------------------

namespace {

std::string qualnameOf(FunctionObject *func) {
  Value q = func->qualname.get();
  return q && isStr(q) ? strToUtf8(q) : strToUtf8(func->code->name.get());
}

Value varname(CodeObject *code, int i) { return tupleItem(code->localsplusnames.get(), i); }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
std::string formatNameList(const std::vector<std::string> &names) {
  std::string out;
  size_t n = names.size();
  for (size_t i = 0; i < n; i++) {
    if (i > 0)
      out += n == 2 ? " and " : (i == n - 1 ? ", and " : ", ");
    out += names[i];
  }
  return out;
}

void missingArguments(FunctionObject *func, Value *localsplus, bool positional, int defcount) {
  CodeObject *code = func->code;
  int start = positional ? 0 : code->argcount;
  int end = positional ? code->argcount - defcount : code->argcount + code->kwonlyargcount;
  std::vector<std::string> names;
  for (int i = start; i < end; i++)
    if (!localsplus[i])
      names.push_back(strRepr(varname(code, i)));
  raisef(&TypeErrorType, "{}() missing {} required {} argument{}: {}", qualnameOf(func),
         names.size(), positional ? "positional" : "keyword-only", names.size() == 1 ? "" : "s",
         formatNameList(names));
}

void tooManyPositional(FunctionObject *func, Value *localsplus, size_t given, int defcount) {
  CodeObject *code = func->code;
  int kwonlyGiven = 0;
  for (int i = code->argcount; i < code->argcount + code->kwonlyargcount; i++)
    if (localsplus[i])
      kwonlyGiven++;
  std::string sig;
  bool plural;
  if (defcount) {
    plural = true;
    sig = fmt::format("from {} to {}", code->argcount - defcount, code->argcount);
  } else {
    plural = code->argcount != 1;
    sig = fmt::format("{}", code->argcount);
  }
  std::string kwonlySig;
  if (kwonlyGiven)
    kwonlySig = fmt::format(" positional argument{} (and {} keyword-only argument{})",
                            given != 1 ? "s" : "", kwonlyGiven, kwonlyGiven != 1 ? "s" : "");
  raisef(&TypeErrorType, "{}() takes {} positional argument{} but {}{} {} given",
         qualnameOf(func), sig, plural ? "s" : "", given, kwonlySig,
         given == 1 && !kwonlyGiven ? "was" : "were");
}

// Keyword arguments naming positional-only parameters (no **kwargs).
bool positionalOnlyPassedAsKeyword(FunctionObject *func, const Value *kwvalues, Value kwnames) {
  (void)kwvalues;
  CodeObject *code = func->code;
  std::vector<std::string> names;
  for (int k = 0; k < code->posonlyargcount; k++) {
    Value name = varname(code, k);
    for (Value kw : tupleItems(kwnames)) {
      if (kw.is(name) || (isStr(kw) && strEquals(kw, name))) {
        names.push_back(strToUtf8(name));
        break;
      }
    }
  }
  if (names.empty())
    return false;
  std::string joined;
  for (size_t i = 0; i < names.size(); i++)
    joined += (i ? ", " : "") + names[i];
  raisef(&TypeErrorType,
         "{}() got some positional-only arguments passed as keyword arguments: '{}'",
         qualnameOf(func), joined);
  return true;
}

// Damerau-Levenshtein suggestion for a mistyped keyword.
// CPython: Python/suggestions.c _Py_CalculateSuggestions
size_t levenshtein(const std::string &a, const std::string &b, size_t maxCost) {
  constexpr size_t kMove = 2, kCaseOnly = 1;
  auto cost = [&](char x, char y) -> size_t {
    if (x == y)
      return 0;
    if (std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)))
      return kCaseOnly;
    return kMove;
  };
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre])
    pre++;
  std::string s1 = a.substr(pre), s2 = b.substr(pre);
  while (!s1.empty() && !s2.empty() && s1.back() == s2.back()) {
    s1.pop_back();
    s2.pop_back();
  }
  if (s1.empty() || s2.empty())
    return (s1.size() + s2.size()) * kMove;
  if (s1.size() > s2.size())
    std::swap(s1, s2);
  if ((s2.size() - s1.size()) * kMove > maxCost)
    return maxCost + 1;
  std::vector<size_t> buffer(s1.size());
  for (size_t i = 0; i < s1.size(); i++)
    buffer[i] = (i + 1) * kMove;
  size_t result = 0;
  for (size_t b = 0; b < s2.size(); b++) {
    char code = s2[b];
    size_t distance = result = b * kMove;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < s1.size(); i++) {
      size_t substitute = distance + cost(code, s1[i]);
      distance = buffer[i];
      size_t insertDelete = std::min(result, distance) + kMove;
      result = std::min(insertDelete, substitute);
      buffer[i] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > maxCost)
      return maxCost + 1;
  }
  return result;
}

} // namespace

std::string calculateSuggestion(const std::vector<std::string> &candidates,
                                const std::string &name) {
  constexpr size_t kMove = 2;
  if (candidates.size() >= 750 || name.size() > 40)
    return "";
  std::string best;
  size_t bestDistance = SIZE_MAX;
  for (const auto &item : candidates) {
    if (item == name || item.size() > 40)
      continue;
    size_t maxDistance = (name.size() + item.size() + 3) * kMove / 6;
    if (bestDistance != SIZE_MAX && bestDistance - 1 < maxDistance)
      maxDistance = bestDistance - 1;
    size_t d = levenshtein(name, item, maxDistance);
    if (d > maxDistance)
      continue;
    if (best.empty() || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

// CPython: Python/ceval.c initialize_locals
bool bindArguments(FunctionObject *func, Value *localsplus, const Value *args, size_t nargs,
                   Value kwnames) {
  CodeObject *code = func->code;
  int argcount = code->argcount;
  // The common case, bound without the checks below: positional arguments
  // only, one per parameter (the rest into *args), no keyword-only
  // parameters, no **kwargs.
  if (!kwnames && code->kwonlyargcount == 0 && !(code->flags & kCoVarkeywords) &&
      (nargs == size_t(argcount) || (nargs > size_t(argcount) && (code->flags & kCoVarargs)))) {
    for (int i = 0; i < argcount; i++) {
      incref(args[i]);
      localsplus[i] = args[i];
    }
    if (code->flags & kCoVarargs) {
      Ref rest = newTupleFrom({args + argcount, nargs - size_t(argcount)});
      if (!rest)
        return false;
      localsplus[argcount] = rest.release();
    }
    return true;
  }
  int totalArgs = argcount + code->kwonlyargcount;
  Value kwdict;
  if (code->flags & kCoVarkeywords) {
    Ref d = newDict();
    if (!d)
      return false;
    kwdict = d.get();
    localsplus[totalArgs + ((code->flags & kCoVarargs) ? 1 : 0)] = d.release();
  }
  size_t n = nargs;
  size_t j = n < size_t(argcount) ? n : size_t(argcount);
  for (size_t i = 0; i < j; i++) {
    incref(args[i]);
    localsplus[i] = args[i];
  }
  if (code->flags & kCoVarargs) {
    Ref u = n > j ? newTupleFrom({args + j, n - j}) : newTuple(0);
    if (!u)
      return false;
    localsplus[totalArgs] = u.release();
  }
  if (kwnames) {
    size_t nkw = tupleSize(kwnames);
    const Value *kwvalues = args + nargs;
    for (size_t i = 0; i < nkw; i++) {
      Value keyword = tupleItem(kwnames, i);
      Value value = kwvalues[i];
      if (!isStr(keyword)) {
        raisef(&TypeErrorType, "{}() keywords must be strings", qualnameOf(func));
        return false;
      }
      int found = -1;
      for (int k = code->posonlyargcount; k < totalArgs; k++)
        if (varname(code, k).is(keyword)) {
          found = k;
          break;
        }
      if (found < 0)
        for (int k = code->posonlyargcount; k < totalArgs; k++)
          if (strEquals(varname(code, k), keyword)) {
            found = k;
            break;
          }
      if (found < 0) {
        if (!kwdict) {
          if (positionalOnlyPassedAsKeyword(func, kwvalues, kwnames))
            return false;
          std::vector<std::string> candidates;
          for (int k = code->posonlyargcount; k < totalArgs; k++)
            candidates.push_back(strToUtf8(varname(code, k)));
          std::string kw = strToUtf8(keyword);
          std::string suggestion = calculateSuggestion(candidates, kw);
          if (!suggestion.empty())
            raisef(&TypeErrorType,
                   "{}() got an unexpected keyword argument '{}'. Did you mean '{}'?",
                   qualnameOf(func), kw, suggestion);
          else
            raisef(&TypeErrorType, "{}() got an unexpected keyword argument '{}'",
                   qualnameOf(func), kw);
          return false;
        }
        if (dictSetItem(kwdict, keyword, value) < 0)
          return false;
        continue;
      }
      if (localsplus[found]) {
        raisef(&TypeErrorType, "{}() got multiple values for argument '{}'", qualnameOf(func),
               strToUtf8(keyword));
        return false;
      }
      incref(value);
      localsplus[found] = value;
    }
  }
  Value defaults = func->defaults.get();
  int defcount = defaults && isTuple(defaults) ? int(tupleSize(defaults)) : 0;
  if (n > size_t(argcount) && !(code->flags & kCoVarargs)) {
    tooManyPositional(func, localsplus, n, defcount);
    return false;
  }
  if (n < size_t(argcount)) {
    int m = argcount - defcount;
    int missing = 0;
    for (int i = int(n); i < m; i++)
      if (!localsplus[i])
        missing++;
    if (missing) {
      missingArguments(func, localsplus, true, defcount);
      return false;
    }
    int start = int(n) > m ? int(n) - m : 0;
    for (int i = start; i < defcount; i++) {
      if (!localsplus[m + i]) {
        Value def = tupleItem(defaults, i);
        incref(def);
        localsplus[m + i] = def;
      }
    }
  }
  if (code->kwonlyargcount > 0) {
    int missing = 0;
    Value kwdefs = func->kwdefaults.get();
    for (int i = argcount; i < totalArgs; i++) {
      if (localsplus[i])
        continue;
      if (kwdefs && isDict(kwdefs)) {
        Value def = dictGetItem(kwdefs, varname(code, i));
        if (def) {
          incref(def);
          localsplus[i] = def;
          continue;
        }
        if (errorPending())
          return false;
      }
      missing++;
    }
    if (missing) {
      missingArguments(func, localsplus, false, defcount);
      return false;
    }
  }
  return true;
}

Frame *pushFunctionFrame(FunctionObject *func, const Value *args, size_t nargs, Value kwnames) {
  Frame *f = pushFrame(func->code, func, func->globals, func->builtins, Value());
  if (!bindArguments(func, f->localsplus, args, nargs, kwnames)) {
    f->stackPointer = f->localsplus + func->code->nlocalsplus;
    popFrame(f);
    return nullptr;
  }
  return f;
}

Ref callFunction(Value callable, const Value *args, size_t nargs, Value kwnames) {
  FunctionObject *func = callable.as<FunctionObject>();
  Frame *f = pushFunctionFrame(func, args, nargs, kwnames);
  if (!f)
    return {};
  return evalFrame(f, false);
}

// --- The function type --------------------------------------------------------------

namespace {

FunctionObject *fn(Value v) { return v.as<FunctionObject>(); }

void functionDealloc(Object *o) {
  auto *f = static_cast<FunctionObject *>(o);
  decref(Value::fromObject(f->code));
  decref(f->globals);
  decref(f->builtins);
  f->name.~Ref();
  f->qualname.~Ref();
  f->defaults.~Ref();
  f->kwdefaults.~Ref();
  f->closure.~Ref();
  f->doc.~Ref();
  f->module.~Ref();
  f->annotations.~Ref();
  f->annotate.~Ref();
  f->typeParams.~Ref();
  f->dict.~Ref();
}

Ref functionRepr(Value self) {
  return newStr(fmt::format("<function {} at {}>", qualnameOf(fn(self)),
                            static_cast<void *>(self.object())));
}

Ref functionDescrGet(Value self, Value instance, Value) {
  if (!instance || isNone(instance))
    return Ref::borrow(self);
  return newMethod(self, instance);
}

Ref orNone(const Ref &r) { return r ? r : newNone(); }

Ref getName(Value self) { return fn(self)->name; }
int setName(Value self, Value v) {
  if (!v || !isStr(v)) {
    raise(&TypeErrorType, "__name__ must be set to a string object");
    return -1;
  }
  fn(self)->name = Ref::borrow(v);
  return 0;
}
Ref getQualname(Value self) { return fn(self)->qualname; }
int setQualname(Value self, Value v) {
  if (!v || !isStr(v)) {
    raise(&TypeErrorType, "__qualname__ must be set to a string object");
    return -1;
  }
  fn(self)->qualname = Ref::borrow(v);
  return 0;
}
Ref getDefaults(Value self) { return orNone(fn(self)->defaults); }
int setDefaults(Value self, Value v) {
  if (v && isNone(v))
    v = Value();
  if (v && !isTuple(v)) {
    raise(&TypeErrorType, "__defaults__ must be set to a tuple object");
    return -1;
  }
  fn(self)->defaults = v ? Ref::borrow(v) : Ref();
  fn(self)->version++;
  return 0;
}
Ref getKwdefaults(Value self) { return orNone(fn(self)->kwdefaults); }
int setKwdefaults(Value self, Value v) {
  if (v && isNone(v))
    v = Value();
  if (v && !isDict(v)) {
    raise(&TypeErrorType, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  fn(self)->kwdefaults = v ? Ref::borrow(v) : Ref();
  fn(self)->version++;
  return 0;
}
Ref getClosure(Value self) { return orNone(fn(self)->closure); }
Ref getCode(Value self) { return Ref::borrow(Value::fromObject(fn(self)->code)); }
int setCode(Value self, Value v) {
  if (!v || !isCode(v)) {
    raise(&TypeErrorType, "__code__ must be set to a code object");
    return -1;
  }
  FunctionObject *f = fn(self);
  size_t nclosure = f->closure ? tupleSize(f->closure.get()) : 0;
  CodeObject *code = v.as<CodeObject>();
  if (size_t(code->nfreevars) != nclosure) {
    raisef(&ValueErrorType, "{}() requires a code object with {} free vars, not {}",
           qualnameOf(f), nclosure, code->nfreevars);
    return -1;
  }
  incref(v);
  decref(Value::fromObject(f->code));
  f->code = code;
  f->version++;
  return 0;
}
Ref getGlobals(Value self) { return Ref::borrow(fn(self)->globals); }
Ref getBuiltins(Value self) { return Ref::borrow(fn(self)->builtins); }
Ref getDict(Value self) {
  FunctionObject *f = fn(self);
  if (!f->dict)
    f->dict = newDict();
  return f->dict;
}
int setDict(Value self, Value v) {
  if (!v || !isDict(v)) {
    raise(&TypeErrorType, "__dict__ must be set to a dictionary");
    return -1;
  }
  fn(self)->dict = Ref::borrow(v);
  return 0;
}
Ref getDoc(Value self) { return orNone(fn(self)->doc); }
int setDoc(Value self, Value v) {
  fn(self)->doc = v ? Ref::borrow(v) : newNone();
  return 0;
}
Ref getModule(Value self) { return orNone(fn(self)->module); }
int setModule(Value self, Value v) {
  fn(self)->module = v ? Ref::borrow(v) : Ref();
  return 0;
}
// CPython: Objects/funcobject.c func_get_annotation_dict
Ref getAnnotations(Value self) {
  FunctionObject *f = fn(self);
  if (!f->annotations) {
    if (f->annotate && !isNone(f->annotate.get())) {
      Ref one = Ref::smallInt(1);
      Value arg = one.get();
      Ref d = call(f->annotate.get(), &arg, 1);
      if (!d)
        return {};
      if (!isDict(d.get()))
        return raisef(&TypeErrorType, "__annotate__ returned non-dict of type '{}'",
                      typeName(d.get()));
      f->annotations = std::move(d);
    } else {
      f->annotations = newDict();
    }
  } else if (isTuple(f->annotations.get())) {
    // The legacy tuple form (name, value, name, value ...).
    Ref d = newDict();
    auto items = tupleItems(f->annotations.get());
    for (size_t i = 0; i + 1 < items.size(); i += 2)
      if (dictSetItem(d.get(), items[i], items[i + 1]) < 0)
        return {};
    f->annotations = std::move(d);
  }
  return f->annotations;
}
int setAnnotations(Value self, Value v) {
  if (v && isNone(v))
    v = Value();
  if (v && !isDict(v)) {
    raise(&TypeErrorType, "__annotations__ must be set to a dict object");
    return -1;
  }
  fn(self)->annotations = v ? Ref::borrow(v) : Ref();
  if (v)
    fn(self)->annotate = Ref();
  return 0;
}
Ref getAnnotate(Value self) { return orNone(fn(self)->annotate); }
int setAnnotate(Value self, Value v) {
  if (!v) {
    raise(&TypeErrorType, "__annotate__ cannot be deleted");
    return -1;
  }
  if (isNone(v)) {
    fn(self)->annotate = Ref();
    return 0;
  }
  if (!v.type()->call) {
    raise(&TypeErrorType, "__annotate__ must be callable or None");
    return -1;
  }
  fn(self)->annotate = Ref::borrow(v);
  fn(self)->annotations = Ref();
  return 0;
}
Ref getTypeParams(Value self) {
  FunctionObject *f = fn(self);
  return f->typeParams ? f->typeParams : newTuple(0);
}
int setTypeParams(Value self, Value v) {
  if (!v || !isTuple(v)) {
    raise(&TypeErrorType, "__type_params__ must be set to a tuple");
    return -1;
  }
  fn(self)->typeParams = Ref::borrow(v);
  return 0;
}

// --- Bound methods ----------------------------------------------------------------

MethodObject *meth(Value v) { return v.as<MethodObject>(); }

void methodDealloc(Object *o) {
  auto *m = static_cast<MethodObject *>(o);
  m->func.~Ref();
  m->self.~Ref();
}

Ref methodCall(Value callable, const Value *args, size_t nargs, Value kwnames) {
  MethodObject *m = meth(callable);
  size_t total = nargs + (kwnames ? tupleSize(kwnames) : 0);
  Value small[8];
  std::vector<Value> big;
  Value *buf = small;
  if (total + 1 > 8) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = m->self.get();
  for (size_t i = 0; i < total; i++)
    buf[i + 1] = args[i];
  return call(m->func.get(), buf, nargs + 1, kwnames);
}

Ref methodRepr(Value self) {
  MethodObject *m = meth(self);
  Ref name = lookupAttr(m->func.get(), internedName("__qualname__"));
  if (!name) {
    if (errorPending())
      return {};
    name = lookupAttr(m->func.get(), internedName("__name__"));
    if (!name && errorPending())
      return {};
  }
  Ref selfRepr = repr(m->self.get());
  if (!selfRepr)
    return {};
  std::string n = name && isStr(name.get()) ? strToUtf8(name.get()) : "?";
  return newStr(fmt::format("<bound method {} of {}>", n, strToUtf8(selfRepr.get())));
}

Ref methodRichCompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isMethod(b))
    return newNotImplemented();
  bool eq = meth(a)->self.get().is(meth(b)->self.get());
  if (eq) {
    int r = compareBool(meth(a)->func.get(), meth(b)->func.get(), CompareOp::Eq);
    if (r < 0)
      return {};
    eq = r;
  }
  return newBool(op == CompareOp::Eq ? eq : !eq);
}

// types.MethodType(function, instance). CPython: Objects/classobject.c method_new_impl
static Ref methodNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("method", kwnames) || !checkPositional("method", nargs, 2, 2))
    return {};
  if (!args[0].type()->call)
    return raise(&TypeErrorType, "first argument must be callable");
  if (isNone(args[1]))
    return raise(&TypeErrorType, "instance must not be None");
  return newMethod(args[0], args[1]);
}

int64_t methodHash(Value self) {
  int64_t a = int64_t(meth(self)->self.get().bits() >> 4);
  int64_t b = hash(meth(self)->func.get());
  if (b == -1)
    return -1;
  int64_t h = a ^ b;
  return h == -1 ? -2 : h;
}

Ref methodGetFunc(Value self) { return meth(self)->func; }
Ref methodGetSelf(Value self) { return meth(self)->self; }
Ref methodGetAttrOfFunc(Value self, const char *name) {
  return getAttr(meth(self)->func.get(), name);
}
// Attributes of the method type itself, else those of the function it wraps
// (so a bound method shows functools.wraps' __wrapped__, a function's __dict__).
// CPython: Objects/classobject.c method_getattro
Ref methodGetAttro(Value self, Value name) {
  Ref r = genericGetAttrNoError(self, name);
  if (r || errorPending())
    return r;
  return getAttr(meth(self)->func.get(), name);
}
Ref methodGetName(Value self) { return methodGetAttrOfFunc(self, "__name__"); }
Ref methodGetQualname(Value self) { return methodGetAttrOfFunc(self, "__qualname__"); }
Ref methodGetDoc(Value self) { return methodGetAttrOfFunc(self, "__doc__"); }
Ref methodGetModule(Value self) { return methodGetAttrOfFunc(self, "__module__"); }
Ref methodGetCode(Value self) { return methodGetAttrOfFunc(self, "__code__"); }
Ref methodGetDefaults(Value self) { return methodGetAttrOfFunc(self, "__defaults__"); }
Ref methodGetAnnotations(Value self) { return methodGetAttrOfFunc(self, "__annotations__"); }

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None,
// kwdefaults=None): a function for `code` over other globals, as
// annotationlib makes to evaluate annotations with fake globals.
// CPython: Objects/funcobject.c func_new_impl
Ref functionNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  Value out[6] = {};
  if (!parseArgs({"function", {"code", "globals", "name", "argdefs", "closure", "kwdefaults"}, 2},
                 args, nargs, kwnames, out))
    return {};
  auto none = [](Value v) { return !v || isNone(v); };
  if (!isCode(out[0]))
    return raisef(&TypeErrorType, "function() argument 'code' must be code, not {}",
                  typeName(out[0]));
  if (!isDict(out[1]))
    return raisef(&TypeErrorType, "function() argument 'globals' must be dict, not {}",
                  typeName(out[1]));
  auto *code = out[0].as<CodeObject>();
  if (!none(out[2]) && !isStr(out[2]))
    return raise(&TypeErrorType, "arg 3 (name) must be None or string");
  if (!none(out[3]) && !isTuple(out[3]))
    return raise(&TypeErrorType, "arg 4 (defaults) must be None or tuple");
  size_t nfree = size_t(code->nfreevars);
  if (nfree && none(out[4]))
    return raise(&TypeErrorType, "arg 5 (closure) must be tuple");
  if (!none(out[4]) && !isTuple(out[4]))
    return raise(&TypeErrorType, "arg 5 (closure) must be None or tuple");
  size_t nclosure = none(out[4]) ? 0 : tupleSize(out[4]);
  if (nfree != nclosure)
    return raisef(&ValueErrorType, "{} requires closure of length {}, not {}",
                  strToUtf8(code->name.get()), nfree, nclosure);
  for (size_t i = 0; i < nclosure; i++)
    if (!isCell(tupleItem(out[4], i)))
      return raisef(&TypeErrorType, "arg 5 (closure) expected cell, found {}",
                    typeName(tupleItem(out[4], i)));
  if (!none(out[5]) && !isDict(out[5]))
    return raise(&TypeErrorType, "arg 6 (kwdefaults) must be None or dict");
  Ref r = newFunction(code, out[1]);
  if (!r)
    return {};
  auto *f = r.as<FunctionObject>();
  if (!none(out[2]))
    f->name = Ref::borrow(out[2]);
  if (!none(out[3]))
    f->defaults = Ref::borrow(out[3]);
  if (nclosure)
    f->closure = Ref::borrow(out[4]);
  if (!none(out[5]))
    f->kwdefaults = Ref::borrow(out[5]);
  return r;
}

} // namespace

void initFunctionTypes() {
  initStaticType(&FunctionType, "function", &ObjectType, sizeof(FunctionObject),
                 kTypeMethodDescriptor);
  FunctionType.dealloc = functionDealloc;
  FunctionType.repr = functionRepr;
  FunctionType.call = callFunction;
  FunctionType.descrGet = functionDescrGet;
  FunctionType.newInstance = functionNew;
  {
    alignas(FunctionObject) static char probe[sizeof(FunctionObject)];
    auto *f = reinterpret_cast<FunctionObject *>(probe);
    FunctionType.dictOffset = size_t(reinterpret_cast<char *>(&f->dict) - probe);
  }
  static const GetSetDef functionGetSets[] = {
      {"__name__", getName, setName},
      {"__qualname__", getQualname, setQualname},
      {"__defaults__", getDefaults, setDefaults},
      {"__kwdefaults__", getKwdefaults, setKwdefaults},
      {"__closure__", getClosure},
      {"__code__", getCode, setCode},
      {"__globals__", getGlobals},
      {"__builtins__", getBuiltins},
      {"__dict__", getDict, setDict},
      {"__doc__", getDoc, setDoc},
      {"__module__", getModule, setModule},
      {"__annotations__", getAnnotations, setAnnotations},
      {"__annotate__", getAnnotate, setAnnotate},
      {"__type_params__", getTypeParams, setTypeParams},
  };
  typeReady(&FunctionType, {}, functionGetSets);

  initStaticType(&MethodType, "method", &ObjectType, sizeof(MethodObject), 0);
  MethodType.newInstance = methodNew;
  MethodType.dealloc = methodDealloc;
  MethodType.repr = methodRepr;
  MethodType.call = methodCall;
  MethodType.richcompare = methodRichCompare;
  MethodType.hash = methodHash;
  MethodType.getattr = methodGetAttro;
  static const GetSetDef methodGetSets[] = {
      {"__func__", methodGetFunc},
      {"__self__", methodGetSelf},
      {"__name__", methodGetName},
      {"__qualname__", methodGetQualname},
      {"__doc__", methodGetDoc},
      {"__module__", methodGetModule},
      {"__code__", methodGetCode},
      {"__defaults__", methodGetDefaults},
      {"__annotations__", methodGetAnnotations},
  };
  typeReady(&MethodType, {}, methodGetSets);
}

} // namespace pyvm
