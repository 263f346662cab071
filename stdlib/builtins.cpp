// The builtins module. CPython: Python/bltinmodule.c
#include "stdlib/modules.h"
#include "stdlib/builtins_exec.h"

#include "frontend/pyc.h"
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/complex.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/set.h"
#include "vm/singletons.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"

#include <cmath>
#include <cstdio>
#include <iostream>

namespace pyvm {

bool addQuitters(Value builtins); // stdlib/sitebuiltins.cpp

// stdlib/io.cpp
Ref ioOpen(const Value *args, size_t nargs, Value kwnames);
// vm/generator.cpp: anext(it, default)'s awaitable.
Ref newAnextAwaitable(Value awaitable, Value defaultValue);
// Fast path of print() for the native stdout/stderr objects: appends text.
bool ioWriteIfNative(Value file, std::string_view text, bool *handled);

namespace {

// type(obj).name bound to obj, or null (no error) when the type lacks it.
// CPython: Objects/typeobject.c _PyObject_LookupSpecial
Ref lookupSpecial(Value obj, const char *name) {
  Value descr = typeLookup(obj.type(), name);
  if (!descr)
    return {};
  DescrGetFn get = descr.type()->descrGet;
  if (get)
    return get(descr, obj, Value::fromObject(obj.type()));
  return Ref::borrow(descr);
}

// --- __build_class__ --------------------------------------------------------------

// PEP 560: bases that define __mro_entries__. CPython: update_bases
Ref updateBases(Value bases, bool *changed) {
  *changed = false;
  Ref newBases;
  size_t n = tupleSize(bases);
  for (size_t i = 0; i < n; i++) {
    Value base = tupleItem(bases, i);
    if (isType(base))
      continue;
    Ref meth = lookupAttr(base, internedName("__mro_entries__"));
    if (!meth) {
      if (errorPending())
        return {};
      continue;
    }
    Ref entries = call(meth.get(), &bases, 1);
    if (!entries)
      return {};
    if (!isTuple(entries.get()))
      return raise(&TypeErrorType, "__mro_entries__ must return a tuple");
    if (!newBases) {
      newBases = newList();
      for (size_t j = 0; j < i; j++)
        listAppend(newBases.get(), Ref::borrow(tupleItem(bases, j)));
    }
    for (Value e : tupleItems(entries.get()))
      listAppend(newBases.get(), Ref::borrow(e));
    *changed = true;
    continue;
  }
  if (!*changed)
    return Ref::borrow(bases);
  // Add the bases after the last replaced one that were skipped above.
  Ref result = newList();
  for (size_t i = 0; i < n; i++) {
    Value base = tupleItem(bases, i);
    if (isType(base)) {
      listAppend(result.get(), Ref::borrow(base));
      continue;
    }
    Ref meth = lookupAttr(base, internedName("__mro_entries__"));
    clearPendingException();
    if (!meth) {
      listAppend(result.get(), Ref::borrow(base));
      continue;
    }
    Ref entries = call(meth.get(), &bases, 1);
    if (!entries)
      return {};
    for (Value e : tupleItems(entries.get()))
      listAppend(result.get(), Ref::borrow(e));
  }
  return sequenceToTuple(result.get());
}

// CPython: Python/bltinmodule.c builtin___build_class__
Ref buildClass(Value, const Value *args, size_t nargs, Value kwnames) {
  if (nargs < 2)
    return raise(&TypeErrorType, "__build_class__: not enough arguments");
  Value func = args[0];
  if (!isFunction(func))
    return raise(&TypeErrorType, "__build_class__: func must be a function");
  Value name = args[1];
  if (!isStr(name))
    return raise(&TypeErrorType, "__build_class__: name is not a string");
  Ref origBases = newTupleFrom({args + 2, nargs - 2});
  bool changed = false;
  Ref bases = updateBases(origBases.get(), &changed);
  if (!bases)
    return {};
  // Keywords: metaclass=, the rest go to __prepare__ and the metaclass.
  Ref meta;
  Ref kwds = newDict();
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Value k = tupleItem(kwnames, i);
    if (strEqualsAscii(k, "metaclass"))
      meta = Ref::borrow(args[nargs + i]);
    else if (dictSetItem(kwds.get(), k, args[nargs + i]) < 0)
      return {};
  }
  bool isClass = false;
  if (!meta) {
    if (tupleSize(bases.get()) == 0)
      meta = Ref::borrow(Value::fromObject(&TypeType));
    else
      meta = Ref::borrow(Value::fromObject(tupleItem(bases.get(), 0).type()));
    isClass = true;
  } else {
    isClass = isType(meta.get());
  }
  if (isClass) {
    Type *winner = calculateMetaclass(meta.as<Type>(), bases.get());
    if (!winner)
      return {};
    meta = Ref::borrow(Value::fromObject(winner));
  }
  // The namespace: meta.__prepare__(name, bases, **kwds) or a dict.
  Ref ns;
  Ref prepare = lookupAttr(meta.get(), internedName("__prepare__"));
  if (!prepare && errorPending())
    return {};
  // Keyword names/values for the calls below.
  Ref kwNamesTuple;
  std::vector<Value> callArgs;
  {
    Ref keys = newList();
    size_t pos = 0;
    Value k, v;
    while (dictNext(kwds.get(), &pos, &k, &v))
      listAppend(keys.get(), Ref::borrow(k));
    kwNamesTuple = sequenceToTuple(keys.get());
  }
  auto withKw = [&](std::initializer_list<Value> positional) {
    callArgs.assign(positional.begin(), positional.end());
    size_t pos = 0;
    Value k, v;
    while (dictNext(kwds.get(), &pos, &k, &v))
      callArgs.push_back(v);
  };
  size_t nk = tupleSize(kwNamesTuple.get());
  Value kwn = nk ? kwNamesTuple.get() : Value();
  if (prepare) {
    withKw({name, bases.get()});
    ns = call(prepare.get(), callArgs.data(), 2, kwn);
    if (!ns)
      return {};
    if (!ns.type()->getitem) {
      std::string metaName = isClass ? meta.as<Type>()->name : std::string("<metaclass>");
      return raisef(&TypeErrorType, "{}.__prepare__() must return a mapping, not {}", metaName,
                    typeName(ns.get()));
    }
  } else {
    ns = newDict();
  }
  // Run the class body with the namespace as its locals.
  FunctionObject *fn = func.as<FunctionObject>();
  Frame *frame = pushFrame(fn->code, fn, fn->globals, fn->builtins, ns.get());
  Ref cell = evalFrame(frame, false);
  if (!cell)
    return {};
  if (changed) {
    if (setItem(ns.get(), internedName("__orig_bases__"), origBases.get()) < 0)
      return {};
  }
  withKw({name, bases.get(), ns.get()});
  Ref cls = call(meta.get(), callArgs.data(), 3, kwn);
  if (!cls)
    return {};
  if (isType(cls.get())) {
    Type *type = cls.as<Type>();
    // type.__new__ consumes __classcell__ / __classdictcell__.
    if (type->dict) {
      Value cc = dictGetItem(type->dict.get(), "__classcell__");
      if (cc && isCell(cc)) {
        CellObject *c = cc.as<CellObject>();
        if (!c->contents)
          c->contents = Ref::borrow(cls.get()).release();
        Ref key = newStr("__classcell__");
        dictDelItem(type->dict.get(), key.get());
        typeModified(type);
      }
      Value cdc = dictGetItem(type->dict.get(), "__classdictcell__");
      if (cdc && isCell(cdc)) {
        CellObject *c = cdc.as<CellObject>();
        Value old = c->contents;
        c->contents = Ref::borrow(type->dict.get()).release();
        xdecref(old);
        Ref key = newStr("__classdictcell__");
        dictDelItem(type->dict.get(), key.get());
        typeModified(type);
      }
      clearPendingException();
    }
  }
  if (isCell(cell.get())) {
    Value cellCls = cell.as<CellObject>()->contents;
    if (!cellCls.is(cls.get())) {
      Ref nr = repr(name), cr = repr(cls.get());
      if (!cellCls)
        return raisef(&RuntimeErrorType,
                      "__class__ not set defining {} as {}. Was __classcell__ propagated to "
                      "type.__new__?",
                      strToUtf8(nr.get()), strToUtf8(cr.get()));
      Ref ccr = repr(cellCls);
      return raisef(&TypeErrorType, "__class__ set to {} defining {} as {}",
                    strToUtf8(ccr.get()), strToUtf8(nr.get()), strToUtf8(cr.get()));
    }
  }
  return cls;
}

// --- print / input ---------------------------------------------------------------

Ref builtinPrint(Value, const Value *args, size_t nargs, Value kwnames) {
  Value sep, end, file, flush;
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Value k = tupleItem(kwnames, i);
    Value v = args[nargs + i];
    if (strEqualsAscii(k, "sep"))
      sep = v;
    else if (strEqualsAscii(k, "end"))
      end = v;
    else if (strEqualsAscii(k, "file"))
      file = v;
    else if (strEqualsAscii(k, "flush"))
      flush = v;
    else
      return raisef(&TypeErrorType, "print() got an unexpected keyword argument '{}'",
                    strToUtf8(k));
  }
  if (!file || isNone(file)) {
    file = sysGetObject("stdout");
    if (!file || isNone(file))
      return newNone();
  }
  if (sep && !isNone(sep) && !isStr(sep))
    return raisef(&TypeErrorType, "sep must be None or a string, not {}", typeName(sep));
  if (end && !isNone(end) && !isStr(end))
    return raisef(&TypeErrorType, "end must be None or a string, not {}", typeName(end));
  std::string sepText = sep && !isNone(sep) ? strToUtf8(sep) : " ";
  std::string endText = end && !isNone(end) ? strToUtf8(end) : "\n";
  // Build the whole line, then write it (native files) or write piecewise.
  Ref write;
  bool native = false;
  {
    bool handled = false;
    ioWriteIfNative(file, {}, &handled);
    native = handled;
  }
  auto emit = [&](std::string_view text) -> bool {
    if (native) {
      bool handled;
      return ioWriteIfNative(file, text, &handled);
    }
    if (!write) {
      write = getAttr(file, "write");
      if (!write)
        return false;
    }
    Ref s = newStrFromUtf8Surrogatepass(text);
    if (!s)
      return false;
    Value sv = s.get();
    return bool(call(write.get(), &sv, 1));
  };
  for (size_t i = 0; i < nargs; i++) {
    if (i > 0 && !emit(sepText))
      return {};
    Ref s = str(args[i]);
    if (!s)
      return {};
    if (!emit(strToUtf8(s.get())))
      return {};
  }
  if (!emit(endText))
    return {};
  if (flush) {
    int t = isTrue(flush);
    if (t < 0)
      return {};
    if (t) {
      Ref r = callMethod(file, "flush", {});
      if (!r)
        return {};
    }
  }
  return newNone();
}

Ref builtinInput(Value, const Value *args, size_t nargs) {
  if (!checkPositional("input", nargs, 0, 1))
    return {};
  Value out = sysGetObject("stdout");
  if (nargs == 1 && out && !isNone(out)) {
    Ref s = str(args[0]);
    if (!s)
      return {};
    Ref r = callMethod(out, "write", {s.get()});
    if (!r)
      return {};
  }
  if (out && !isNone(out)) {
    Ref r = callMethod(out, "flush", {});
    if (!r)
      clearPendingException();
  }
  Value in = sysGetObject("stdin");
  if (!in || isNone(in))
    return raise(&RuntimeErrorType, "input(): lost sys.stdin");
  Ref line = callMethod(in, "readline", {});
  if (!line)
    return {};
  if (!isStr(line.get()))
    return raise(&TypeErrorType, "object.readline() returned non-string");
  std::string text = strToUtf8(line.get());
  if (text.empty())
    return raise(&EOFErrorType, "EOF when reading a line");
  if (text.back() == '\n')
    text.pop_back();
  return newStrFromUtf8Surrogatepass(text);
}

// --- Simple functions ----------------------------------------------------------------

Ref builtinLen(Value, Value obj) {
  int64_t n = length(obj);
  if (n < 0)
    return {};
  return newInt(n);
}

Ref builtinRepr(Value, Value obj) { return repr(obj); }
Ref builtinAscii(Value, Value obj) { return ascii(obj); }
Ref builtinAbs(Value, Value obj) { return absolute(obj); }

Ref builtinIsinstance(Value, const Value *args, size_t nargs) {
  if (!checkPositional("isinstance", nargs, 2, 2))
    return {};
  int r = isInstanceOf(args[0], args[1]);
  return r < 0 ? Ref() : newBool(r);
}

Ref builtinIssubclass(Value, const Value *args, size_t nargs) {
  if (!checkPositional("issubclass", nargs, 2, 2))
    return {};
  int r = isSubclassOf(args[0], args[1]);
  return r < 0 ? Ref() : newBool(r);
}

Ref builtinIter(Value, const Value *args, size_t nargs) {
  if (!checkPositional("iter", nargs, 1, 2))
    return {};
  if (nargs == 1)
    return getIter(args[0]);
  if (!args[0].type()->call)
    return raise(&TypeErrorType, "iter(v, w): v must be callable");
  return newCallableIter(args[0], args[1]);
}

Ref builtinNext(Value, const Value *args, size_t nargs) {
  if (!checkPositional("next", nargs, 1, 2))
    return {};
  Value it = args[0];
  IterNextFn next = it.type()->iternext;
  if (!next)
    return raisef(&TypeErrorType, "'{}' object is not an iterator", typeName(it));
  Ref r = next(it);
  if (r)
    return r;
  if (errorPending()) {
    if (nargs < 2 || !pendingExceptionMatches(&StopIterationType))
      return {};
    clearPendingException();
  }
  if (nargs == 2)
    return Ref::borrow(args[1]);
  return raiseEmpty(&StopIterationType);
}

Ref builtinGetattr(Value, const Value *args, size_t nargs) {
  if (!checkPositional("getattr", nargs, 2, 3))
    return {};
  if (!isStr(args[1]))
    return raisef(&TypeErrorType, "attribute name must be string, not '{}'", typeName(args[1]));
  if (nargs == 3) {
    Ref r = lookupAttr(args[0], args[1]);
    if (r || errorPending())
      return r;
    return Ref::borrow(args[2]);
  }
  return getAttr(args[0], args[1]);
}

Ref builtinSetattr(Value, const Value *args, size_t nargs) {
  if (!checkPositional("setattr", nargs, 3, 3))
    return {};
  if (!isStr(args[1]))
    return raisef(&TypeErrorType, "attribute name must be string, not '{}'", typeName(args[1]));
  if (setAttr(args[0], args[1], args[2]) < 0)
    return {};
  return newNone();
}

Ref builtinDelattr(Value, const Value *args, size_t nargs) {
  if (!checkPositional("delattr", nargs, 2, 2))
    return {};
  if (!isStr(args[1]))
    return raisef(&TypeErrorType, "attribute name must be string, not '{}'", typeName(args[1]));
  if (delAttr(args[0], args[1]) < 0)
    return {};
  return newNone();
}

Ref builtinHasattr(Value, const Value *args, size_t nargs) {
  if (!checkPositional("hasattr", nargs, 2, 2))
    return {};
  if (!isStr(args[1]))
    return raisef(&TypeErrorType, "attribute name must be string, not '{}'", typeName(args[1]));
  Ref r = lookupAttr(args[0], args[1]);
  if (!r && errorPending())
    return {};
  return newBool(bool(r));
}

Ref builtinId(Value, Value obj) {
  if (obj.isSmallInt())
    return newInt(int64_t(obj.bits()));
  return newInt(int64_t(reinterpret_cast<uintptr_t>(obj.object())));
}

Ref builtinHash(Value, Value obj) {
  int64_t h = hash(obj);
  if (h == -1 && errorPending())
    return {};
  return newInt(h);
}

Ref builtinCallable(Value, Value obj) { return newBool(obj.type()->call != nullptr); }

Ref builtinChr(Value, Value v) {
  if (!isInt(v)) {
    if (isFloat(v) || !v.type()->index)
      return raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer",
                    typeName(v));
  }
  int64_t c;
  Ref i = index(v);
  if (!i)
    return {};
  if (!intFitsInt64(i.get(), &c) || c < 0 || c > 0x10FFFF)
    return raise(&ValueErrorType, "chr() arg not in range(0x110000)");
  uint32_t cp = uint32_t(c);
  return newStrFromCodePoints(&cp, 1);
}

Ref builtinOrd(Value, Value v) {
  if (isStr(v)) {
    size_t n = strLength(v);
    if (n != 1)
      return raisef(&TypeErrorType, "ord() expected a character, but string of length {} found",
                    n);
    return newInt(int64_t(strCharAt(v, 0)));
  }
  if (isBytes(v) || v.type() == &ByteArrayType) {
    size_t n = bytesSize(v);
    if (n != 1)
      return raisef(&TypeErrorType, "ord() expected a character, but string of length {} found",
                    n);
    return newInt(int64_t(bytesData(v)[0]));
  }
  return raisef(&TypeErrorType, "ord() expected string of length 1, but {} found", typeName(v));
}

Ref formatIndex(Value v, const char *spec) {
  Ref i = index(v);
  if (!i)
    return {};
  Ref s = newStr(spec);
  return format(i.get(), s.get());
}
Ref builtinHex(Value, Value v) { return formatIndex(v, "#x"); }
Ref builtinOct(Value, Value v) { return formatIndex(v, "#o"); }
Ref builtinBin(Value, Value v) { return formatIndex(v, "#b"); }

Ref builtinDivmod(Value, const Value *args, size_t nargs) {
  if (!checkPositional("divmod", nargs, 2, 2))
    return {};
  return divmod(args[0], args[1]);
}

Ref builtinPow(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  if (!parseArgs({"pow", {"base", "exp", "mod"}, 2}, args, nargs, kwnames, out))
    return {};
  return power(out[0], out[1], out[2] ? out[2] : None());
}

Ref builtinRound(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"round", {"number", "ndigits"}, 1}, args, nargs, kwnames, out))
    return {};
  Ref meth = lookupSpecial(out[0], "__round__");
  if (!meth) {
    if (errorPending())
      return {};
    return raisef(&TypeErrorType, "type {} doesn't define __round__ method",
                  out[0].type()->name);
  }
  if (!out[1] || isNone(out[1]))
    return call(meth.get(), nullptr, 0);
  return call(meth.get(), &out[1], 1);
}

Ref builtinFormat(Value, const Value *args, size_t nargs) {
  if (!checkPositional("format", nargs, 1, 2))
    return {};
  if (nargs == 2 && !isStr(args[1]))
    return raisef(&TypeErrorType, "format() argument 2 must be str, not {}", typeName(args[1]));
  return format(args[0], nargs == 2 ? args[1] : Value());
}

// CPython: Python/bltinmodule.c builtin_sum_impl (with compensated float sums)
Ref builtinSum(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"sum", {"iterable", "start"}, 1, 1}, args, nargs, kwnames, out))
    return {};
  Value start = out[1] ? out[1] : Value::fromSmallInt(0);
  if (isStr(start))
    return raise(&TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]");
  if (isBytes(start))
    return raise(&TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (start.type() == &ByteArrayType)
    return raise(&TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]");
  Ref it = getIter(out[0]);
  if (!it)
    return {};
  Ref result = Ref::borrow(start);
  Ref item;
  // Fast path: small ints.
  if (result.get().isSmallInt()) {
    int64_t acc = result.get().smallInt();
    while (true) {
      item = iterNext(it.get());
      if (!item) {
        if (errorPending())
          return {};
        return newInt(acc);
      }
      int64_t v;
      if (item.get().isSmallInt() && !__builtin_add_overflow(acc, item.get().smallInt(), &v) &&
          Value::fitsSmallInt(v)) {
        acc = v;
        continue;
      }
      result = newInt(acc);
      break;
    }
    // Fall through with `item` pending to be added.
  } else {
    item = iterNext(it.get());
    if (!item) {
      if (errorPending())
        return {};
      return result;
    }
  }
  // Float path: Neumaier compensated summation while the items are floats/ints.
  if (result.type() == &FloatType || (item && item.type() == &FloatType && isInt(result.get()))) {
    double hi = 0, comp = 0;
    bool ok = true;
    if (result.type() == &FloatType)
      hi = floatValue(result.get());
    else if (!intAsDouble(result.get(), &hi)) {
      clearPendingException();
      ok = false;
    }
    if (ok) {
      while (item) {
        double x;
        if (item.type() == &FloatType)
          x = floatValue(item.get());
        else if (item.get().isSmallInt())
          x = double(item.get().smallInt());
        else
          break;
        double t = hi + x;
        if (std::fabs(hi) >= std::fabs(x))
          comp += (hi - t) + x;
        else
          comp += (x - t) + hi;
        hi = t;
        item = iterNext(it.get());
        if (!item && errorPending())
          return {};
      }
      if (comp != 0 && std::isfinite(comp))
        hi += comp;
      result = newFloat(hi);
      if (!item)
        return result;
    }
  }
  while (item) {
    result = binaryOp(result.get(), item.get(), BinaryOp::Add);
    if (!result)
      return {};
    item = iterNext(it.get());
  }
  if (errorPending())
    return {};
  return result;
}

Ref minMax(const Value *args, size_t nargs, Value kwnames, CompareOp op, const char *name) {
  Value key, def;
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Value k = tupleItem(kwnames, i);
    if (strEqualsAscii(k, "key"))
      key = args[nargs + i];
    else if (strEqualsAscii(k, "default"))
      def = args[nargs + i];
    else
      return raisef(&TypeErrorType, "{}() got an unexpected keyword argument '{}'", name,
                    strToUtf8(k));
  }
  if (nargs == 0)
    return raisef(&TypeErrorType, "{} expected at least 1 argument, got 0", name);
  if (key && isNone(key))
    key = Value();
  Ref it;
  if (nargs == 1) {
    it = getIter(args[0]);
    if (!it)
      return {};
  } else {
    if (def)
      return raisef(&TypeErrorType,
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name);
    Ref t = newTupleFrom({args, nargs});
    it = getIter(t.get());
  }
  Ref best, bestKey;
  while (true) {
    Ref item = iterNext(it.get());
    if (!item) {
      if (errorPending())
        return {};
      break;
    }
    Ref k = key ? call(key, {item.get()}) : item;
    if (!k)
      return {};
    if (!best) {
      best = item;
      bestKey = k;
      continue;
    }
    int c = compareBool(k.get(), bestKey.get(), op);
    if (c < 0)
      return {};
    if (c) {
      best = item;
      bestKey = k;
    }
  }
  if (!best) {
    if (def)
      return Ref::borrow(def);
    return raisef(&ValueErrorType, "{}() iterable argument is empty", name);
  }
  return best;
}
Ref builtinMin(Value, const Value *args, size_t nargs, Value kwnames) {
  return minMax(args, nargs, kwnames, CompareOp::Lt, "min");
}
Ref builtinMax(Value, const Value *args, size_t nargs, Value kwnames) {
  return minMax(args, nargs, kwnames, CompareOp::Gt, "max");
}

Ref anyAll(Value iterable, bool any) {
  Ref it = getIter(iterable);
  if (!it)
    return {};
  while (true) {
    Ref item = iterNext(it.get());
    if (!item) {
      if (errorPending())
        return {};
      return newBool(!any);
    }
    int t = isTrue(item.get());
    if (t < 0)
      return {};
    if (t == int(any))
      return newBool(any);
  }
}
Ref builtinAny(Value, Value iterable) { return anyAll(iterable, true); }
Ref builtinAll(Value, Value iterable) { return anyAll(iterable, false); }

Ref builtinSorted(Value, const Value *args, size_t nargs, Value kwnames) {
  if (nargs != 1)
    return raisef(&TypeErrorType, "sorted expected 1 argument, got {}", nargs);
  Value key, reverse;
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Value k = tupleItem(kwnames, i);
    if (strEqualsAscii(k, "key"))
      key = args[nargs + i];
    else if (strEqualsAscii(k, "reverse"))
      reverse = args[nargs + i];
    else
      return raisef(&TypeErrorType, "sort() got an unexpected keyword argument '{}'",
                    strToUtf8(k));
  }
  Ref list = sequenceToList(args[0]);
  if (!list)
    return {};
  int rev = 0;
  if (reverse) {
    rev = isTrue(reverse);
    if (rev < 0)
      return {};
  }
  if (listSort(list.get(), key && !isNone(key) ? key : Value(), rev) < 0)
    return {};
  return list;
}

Ref builtinGlobals(Value) {
  Frame *f = currentThread()->frame;
  if (!f)
    return newDict();
  return Ref::borrow(f->globals);
}

Ref builtinLocals(Value) {
  Frame *f = currentThread()->frame;
  if (!f)
    return newDict();
  return frameLocals(f);
}

Ref builtinVars(Value, const Value *args, size_t nargs) {
  if (!checkPositional("vars", nargs, 0, 1))
    return {};
  if (nargs == 0)
    return builtinLocals(Value());
  Ref d = lookupAttr(args[0], internedName("__dict__"));
  if (!d) {
    if (errorPending())
      return {};
    return raise(&TypeErrorType, "vars() argument must have __dict__ attribute");
  }
  return d;
}

Ref builtinDir(Value, const Value *args, size_t nargs) {
  if (!checkPositional("dir", nargs, 0, 1))
    return {};
  Ref names;
  if (nargs == 0) {
    Ref locals = builtinLocals(Value());
    if (!locals)
      return {};
    names = callMethod(locals.get(), "keys", {});
  } else {
    Ref meth = lookupSpecial(args[0], "__dir__");
    if (!meth) {
      if (errorPending())
        return {};
      return raise(&TypeErrorType, "object does not provide __dir__");
    }
    names = call(meth.get(), nullptr, 0);
  }
  if (!names)
    return {};
  Ref list = sequenceToList(names.get());
  if (!list || listSort(list.get(), Value(), false) < 0)
    return {};
  return list;
}

Ref builtinOpen(Value, const Value *args, size_t nargs, Value kwnames) {
  return ioOpen(args, nargs, kwnames);
}

Ref builtinImport(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[5] = {};
  if (!parseArgs({"__import__", {"name", "globals", "locals", "fromlist", "level"}, 1}, args,
                 nargs, kwnames, out))
    return {};
  int64_t level = 0;
  if (out[4] && !intAsInt64(out[4], &level))
    return {};
  return importModuleLevel(out[0], out[1] ? out[1] : None(), out[2] ? out[2] : None(),
                           out[3] ? out[3] : None(), int(level));
}

Ref builtinAiter(Value, Value obj) { return callMethod(obj, "__aiter__", {}); }
Ref builtinAnext(Value, const Value *args, size_t nargs) {
  if (!checkPositional("anext", nargs, 1, 2))
    return {};
  Ref meth = lookupSpecial(args[0], "__anext__");
  if (!meth) {
    if (errorPending())
      return {};
    return raisef(&TypeErrorType, "'{}' object is not an async iterator", typeName(args[0]));
  }
  Ref awaitable = call(meth.get(), nullptr, 0);
  if (!awaitable || nargs == 1)
    return awaitable;
  return newAnextAwaitable(awaitable.get(), args[1]);
}

// breakpoint(*args, **kws) calls sys.breakpointhook (stdlib/sys_extra.cpp).
// CPython: Python/bltinmodule.c builtin_breakpoint
Ref builtinBreakpoint(Value, const Value *args, size_t nargs, Value kwnames) {
  Value hook = sysGetObject("breakpointhook");
  if (!hook)
    return raise(&RuntimeErrorType, "lost sys.breakpointhook");
  return call(hook, args, nargs, kwnames);
}

const MethodDef kBuiltinFunctions[] = {
    method("breakpoint", builtinBreakpoint),
    method("__build_class__", buildClass),
    method("__import__", builtinImport),
    method("abs", builtinAbs),
    method("aiter", builtinAiter),
    method("all", builtinAll),
    method("anext", builtinAnext),
    method("any", builtinAny),
    method("ascii", builtinAscii),
    method("bin", builtinBin),
    method("callable", builtinCallable),
    method("chr", builtinChr),
    method("compile", builtinCompile),
    method("delattr", builtinDelattr),
    method("dir", builtinDir),
    method("divmod", builtinDivmod),
    method("eval", builtinEval),
    method("exec", builtinExec),
    method("format", builtinFormat),
    method("getattr", builtinGetattr),
    method("globals", builtinGlobals),
    method("hasattr", builtinHasattr),
    method("hash", builtinHash),
    method("hex", builtinHex),
    method("id", builtinId),
    method("input", builtinInput),
    method("isinstance", builtinIsinstance),
    method("issubclass", builtinIssubclass),
    method("iter", builtinIter),
    method("len", builtinLen),
    method("locals", builtinLocals),
    method("max", builtinMax),
    method("min", builtinMin),
    method("next", builtinNext),
    method("oct", builtinOct),
    method("open", builtinOpen),
    method("ord", builtinOrd),
    method("pow", builtinPow),
    method("print", builtinPrint),
    method("repr", builtinRepr),
    method("round", builtinRound),
    method("setattr", builtinSetattr),
    method("sorted", builtinSorted),
    method("sum", builtinSum),
    method("vars", builtinVars),
};

} // namespace

Ref createBuiltinsModule() {
  Ref module = newModule("builtins");
  if (!module)
    return {};
  Value m = module.get();
  if (!moduleAddFunctions(m, kBuiltinFunctions))
    return {};
  struct TypeEntry {
    const char *name;
    Type *type;
  };
  const TypeEntry types[] = {
      {"object", &ObjectType},        {"type", &TypeType},
      {"int", &IntType},              {"bool", &BoolType},
      {"float", &FloatType},          {"complex", &ComplexType},
      {"str", &StrType},              {"bytes", &BytesType},
      {"bytearray", &ByteArrayType},  {"list", &ListType},
      {"memoryview", &MemoryViewType},
      {"tuple", &TupleType},          {"dict", &DictType},
      {"set", &SetType},              {"frozenset", &FrozenSetType},
      {"slice", &SliceType},          {"range", &RangeType},
      {"enumerate", &EnumerateType},  {"zip", &ZipType},
      {"map", &MapType},              {"filter", &FilterType},
      {"reversed", &ReversedType},    {"property", &PropertyType},
      {"classmethod", &ClassMethodType}, {"staticmethod", &StaticMethodType},
      {"super", &SuperType},
  };
  for (const auto &t : types)
    if (moduleAddObject(m, t.name, Value::fromObject(t.type)) < 0)
      return {};
#define EXCEPTION(Name, Base)                                                            \
  if (moduleAddObject(m, #Name, Value::fromObject(&Name##Type)) < 0)                      \
    return {};
#include "vm/exceptions.def"
#undef EXCEPTION
  if (moduleAddObject(m, "EnvironmentError", Value::fromObject(&OSErrorType)) < 0 ||
      moduleAddObject(m, "IOError", Value::fromObject(&OSErrorType)) < 0 ||
      moduleAddObject(m, "None", None()) < 0 || moduleAddObject(m, "Ellipsis", Ellipsis()) < 0 ||
      moduleAddObject(m, "NotImplemented", NotImplemented()) < 0 ||
      moduleAddObject(m, "True", True()) < 0 || moduleAddObject(m, "False", False()) < 0 ||
      moduleAddObject(m, "__debug__", True()) < 0)
    return {};
  if (!addQuitters(m))
    return {};
  Ref doc = newStr("Built-in functions, types, exceptions, and other objects.");
  moduleAddObject(m, "__doc__", doc.get());
  return module;
}

} // namespace pyvm
