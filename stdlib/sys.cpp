// The sys module. CPython: Python/sysmodule.c
#include "stdlib/modules.h"

#include "monitor/namespace.h"
#include "monitor/sys_monitoring.h"
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/frame.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"

#include <climits>
#include <cstdlib>
#include <cstdio>
#include <unistd.h>

namespace pyvm {

Ref ioStdFile(int which); // stdlib/io.cpp
void ioFlushStd();

namespace {

Value sysDict() { return moduleDict(gInterp.sysModule.get()); }

// --- Struct sequences (sys.version_info, sys.flags ...) ----------------------------


template <int I> Ref structSeqItem(Value self) { return Ref::borrow(tupleItem(self, I)); }
constexpr GetterFn kItemGetters[] = {
    structSeqItem<0>,  structSeqItem<1>,  structSeqItem<2>,  structSeqItem<3>,
    structSeqItem<4>,  structSeqItem<5>,  structSeqItem<6>,  structSeqItem<7>,
    structSeqItem<8>,  structSeqItem<9>,  structSeqItem<10>, structSeqItem<11>,
    structSeqItem<12>, structSeqItem<13>, structSeqItem<14>, structSeqItem<15>,
    structSeqItem<16>, structSeqItem<17>, structSeqItem<18>, structSeqItem<19>,
    structSeqItem<20>, structSeqItem<21>, structSeqItem<22>, structSeqItem<23>,
};

std::vector<std::pair<Type *, const StructSeqInfo *>> gStructSeqs;

const StructSeqInfo *infoFor(Type *type) {
  for (auto &p : gStructSeqs)
    if (p.first == type)
      return p.second;
  return nullptr;
}

Ref structSeqRepr(Value self) {
  const StructSeqInfo *info = infoFor(self.type());
  std::string out = std::string(info ? info->name : "structseq") + "(";
  size_t n = tupleSize(self);
  for (size_t i = 0; i < n && info && i < info->fields.size(); i++) {
    Ref r = repr(tupleItem(self, i));
    if (!r)
      return {};
    if (i)
      out += ", ";
    out += std::string(info->fields[i]) + "=" + strToUtf8(r.get());
  }
  return newStr(out + ")");
}

} // namespace

// type(sequence): a struct sequence from a sequence of its visible fields
// (plus up to hiddenFields more). sys's types are not instantiable.
// CPython: Objects/structseq.c structseq_new_impl
static Ref structSeqNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  const StructSeqInfo *info = nullptr;
  for (auto &p : gStructSeqs)
    if (p.first == type)
      info = p.second;
  if (!info || std::string_view(info->name).starts_with("sys."))
    return raisef(&TypeErrorType, "cannot create '{}' instances", info ? info->name : type->name);
  Value out[2] = {};
  if (!parseArgs({"structseq", {"sequence", "dict"}, 1, 0}, args, nargs, kwnames, out))
    return {};
  Ref seq = sequenceToTuple(out[0]);
  if (!seq) {
    if (pendingExceptionMatches(&TypeErrorType)) {
      clearPendingException();
      return raise(&TypeErrorType, "constructor requires a sequence");
    }
    return {};
  }
  size_t len = tupleSize(*seq), minLen = info->fields.size(),
         maxLen = minLen + info->hiddenFields;
  if (len < minLen || len > maxLen) {
    const char *bound = minLen == maxLen ? "a" : len < minLen ? "an at least" : "an at most";
    return raisef(&TypeErrorType, "{}() takes {} {}-sequence ({}-sequence given)", info->name,
                  bound, len < minLen ? minLen : maxLen, len);
  }
  std::vector<Value> items;
  for (size_t i = 0; i < minLen; i++)
    items.push_back(tupleItem(*seq, i));
  return newStructSeqFrom(type, items);
}

Type *makeStructSeqType(const StructSeqInfo *info) {
  Type *type = new Type();
  std::string name = info->name;
  size_t dot = name.rfind('.');
  initStaticType(type, strdup(dot == std::string::npos ? name.c_str() : name.c_str() + dot + 1),
                 &TupleType, TupleType.basicSize, 0);
  type->repr = structSeqRepr;
  type->newInstance = structSeqNew;
  auto *getsets = new std::vector<GetSetDef>();
  for (size_t i = 0; i < info->fields.size(); i++)
    getsets->push_back({info->fields[i], kItemGetters[i]});
  typeReady(type, {}, *getsets);
  if (type->dict && dot != std::string::npos) {
    Ref mod = newStr(name.substr(0, dot));
    dictSetItem(type->dict.get(), "__module__", mod.get());
  }
  gStructSeqs.push_back({type, info});
  return type;
}

Ref newStructSeq(Type *type, std::initializer_list<Value> items) {
  return newStructSeqFrom(type, std::vector<Value>(items));
}

Ref newStructSeqFrom(Type *type, const std::vector<Value> &items) {
  size_t n = items.size();
  auto *t = static_cast<TupleObject *>(allocObject(type, sizeof(TupleObject) + n * sizeof(Value)));
  if (!t)
    return {};
  t->size = n;
  size_t i = 0;
  for (Value v : items) {
    incref(v);
    t->items[i++] = v;
  }
  return Ref::steal(t);
}

namespace {

// --- Functions ------------------------------------------------------------------

Ref sysExit(Value, const Value *args, size_t nargs) {
  if (!checkPositional("exit", nargs, 0, 1))
    return {};
  if (nargs == 0)
    return raiseEmpty(&SystemExitType);
  return raiseWith(&SystemExitType, args[0]);
}

Ref sysGetRecursionLimit(Value) { return newInt(getRecursionLimit()); }

Ref sysSetRecursionLimit(Value, Value v) {
  if (isFloat(v) || !isInt(v))
    return raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer",
                  typeName(v));
  int64_t n;
  if (!intAsInt64(v, &n))
    return {};
  if (n < 1)
    return raise(&ValueErrorType, "recursion limit must be greater or equal than 1");
  int depth = currentThread()->pyDepth;
  if (n <= depth)
    return raisef(&RecursionErrorType,
                  "cannot set the recursion limit to {} at the recursion depth {}: the limit "
                  "is too low",
                  n, depth);
  setRecursionLimit(int(n > INT_MAX ? INT_MAX : n));
  return newNone();
}

Ref sysGetFrame(Value, const Value *args, size_t nargs) {
  if (!checkPositional("_getframe", nargs, 0, 1))
    return {};
  int64_t depth = 0;
  if (nargs == 1 && !intAsInt64(args[0], &depth))
    return {};
  return getFrame(int(depth));
}

Ref sysException(Value) {
  Value e = currentHandledException();
  return e ? Ref::borrow(e) : newNone();
}

Ref sysExcInfo(Value) {
  Value e = currentHandledException();
  if (!e)
    return newTupleOf({None(), None(), None()});
  Ref tb = excGetTraceback(e);
  return newTupleOf({Value::fromObject(e.type()), e, tb.get()});
}

Ref sysIntern(Value, Value s) {
  if (s.type() != &StrType)
    return raisef(&TypeErrorType, "intern() argument must be str, not {}", typeName(s));
  return internStr(Ref::borrow(s));
}

Ref sysGetRefcount(Value, Value v) {
  return newInt(v.isObject() ? int64_t(v.object()->refcount) : int64_t(kImmortalRefcount));
}

Ref sysGetSizeof(Value, const Value *args, size_t nargs) {
  if (!checkPositional("getsizeof", nargs, 1, 2))
    return {};
  Ref r = lookupAttr(args[0], internedName("__sizeof__"));
  if (r) {
    Ref n = call(r.get(), nullptr, 0);
    if (!n)
      return {};
    return binaryOp(n.get(), Value::fromSmallInt(16), BinaryOp::Add);
  }
  clearPendingException();
  return newInt(int64_t(args[0].isObject() ? args[0].type()->basicSize : 28));
}

Ref sysDisplayhook(Value, Value v) {
  if (isNone(v))
    return newNone();
  Value builtins = gInterp.builtins.get();
  if (dictSetItem(builtins, "_", None()) < 0)
    return {};
  Ref r = repr(v);
  if (!r)
    return {};
  writeStderr("");
  Value out = sysGetObject("stdout");
  if (out) {
    Ref text = newStr(strToUtf8(r.get()) + "\n");
    if (!callMethod(out, "write", {text.get()}))
      return {};
  }
  if (dictSetItem(builtins, "_", v) < 0)
    return {};
  return newNone();
}

Ref sysExcepthook(Value, const Value *args, size_t nargs) {
  if (!checkPositional("excepthook", nargs, 3, 3))
    return {};
  printException(args[1]);
  return newNone();
}

Ref sysGetIntMaxStrDigits(Value) { return newInt(BigInt::maxStrDigits()); }

// CPython: Python/sysmodule.c sys_set_int_max_str_digits_impl
Ref sysSetIntMaxStrDigits(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  if (!parseArgs({"set_int_max_str_digits", {"maxdigits"}, 1}, args, nargs, kwnames, out))
    return {};
  int64_t n;
  if (!isInt(out[0]))
    return raisef(&TypeErrorType, "'{}' object cannot be interpreted as an integer",
                  typeName(out[0]));
  if (!intAsInt64(out[0], &n))
    return {};
  if (n != 0 && n < BigInt::kMaxStrDigitsThreshold)
    return raisef(&ValueErrorType, "maxdigits must be >= {} or 0 for unlimited",
                  BigInt::kMaxStrDigitsThreshold);
  BigInt::setMaxStrDigits(int(n > INT_MAX ? INT_MAX : n));
  return newNone();
}

Ref sysGetDefaultEncoding(Value) { return newStr("utf-8"); }
Ref sysGetFilesystemEncoding(Value) { return newStr("utf-8"); }

const MethodDef kSysFunctions[] = {
    method("exit", sysExit),
    method("getrecursionlimit", sysGetRecursionLimit),
    method("setrecursionlimit", sysSetRecursionLimit),
    method("_getframe", sysGetFrame),
    method("exception", sysException),
    method("exc_info", sysExcInfo),
    method("intern", sysIntern),
    method("getrefcount", sysGetRefcount),
    method("getsizeof", sysGetSizeof),
    method("displayhook", sysDisplayhook),
    method("excepthook", sysExcepthook),
    method("getdefaultencoding", sysGetDefaultEncoding),
    method("get_int_max_str_digits", sysGetIntMaxStrDigits),
    method("set_int_max_str_digits", sysSetIntMaxStrDigits),
    method("getfilesystemencoding", sysGetFilesystemEncoding),
};

const StructSeqInfo kVersionInfo = {"sys.version_info",
                                    {"major", "minor", "micro", "releaselevel", "serial"}};
const StructSeqInfo kFlags = {
    "sys.flags",
    {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
     "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
     "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
     "int_max_str_digits", "gil", "thread_inherit_context", "context_aware_warnings"}};

const StructSeqInfo kFloatInfo = {
    "sys.float_info",
    {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
     "epsilon", "radix", "rounds"}};
const StructSeqInfo kIntInfo = {"sys.int_info",
                                {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                 "str_digits_check_threshold"}};

int set(Value d, const char *name, Ref value) {
  if (!value)
    return -1;
  return dictSetItem(d, name, value.get());
}

} // namespace

Value sysGetObject(const char *name) {
  if (!gInterp.sysModule)
    return Value();
  Value v = dictGetItem(sysDict(), name);
  if (!v)
    clearPendingException();
  return v;
}

void writeStderr(const std::string &text) {
  if (text.empty())
    return;
  ioFlushStd();
  Value err = sysGetObject("stderr");
  if (err && !isNone(err)) {
    Ref s = newStrFromUtf8Surrogatepass(text);
    if (s) {
      Ref r = callMethod(err, "write", {s.get()});
      if (r) {
        Ref f = callMethod(err, "flush", {});
        if (f)
          return;
      }
    }
    clearPendingException();
  }
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

void sysSetArgv(const std::vector<std::string> &argv) {
  Ref list = newList();
  for (const auto &a : argv)
    listAppend(list.get(), newStr(a));
  dictSetItem(sysDict(), "argv", list.get());
  Ref orig = newList();
  listAppend(orig.get(), newStr("pyvm"));
  for (const auto &a : argv)
    listAppend(orig.get(), newStr(a));
  dictSetItem(sysDict(), "orig_argv", orig.get());
}

// The directory of CPython's pure-Python Lib (built by tools/stdlib.cmake):
// $PYVM_LIB, else lib/python3.14 beside the executable (the build tree), else
// ../lib/python3.14 (an installed prefix). "" if none holds Lib's abc.py.
// CPython: Modules/getpath.py (the prefix search for the stdlib landmark)
std::string sysStdlibDir() {
  if (const char *env = std::getenv("PYVM_LIB"); env && *env)
    return env;
  char buffer[4096];
  ssize_t n = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
  if (n <= 0)
    return "";
  std::string exe(buffer, size_t(n));
  std::string dir = exe.substr(0, exe.rfind('/'));
  for (std::string candidate : {dir + "/lib/python3.14", dir + "/../lib/python3.14"}) {
    if (access((candidate + "/abc.py").c_str(), R_OK) == 0)
      return candidate;
  }
  return "";
}

void sysSetPath0(const std::string &directory) {
  Value path = dictGetItem(sysDict(), "path");
  if (!path || !isList(path))
    return;
  auto &items = path.as<ListObject>()->items;
  Ref d = newStr(directory);
  items.insert(items.begin(), d.release());
}

bool sysAddExtras(Value module); // stdlib/sys_extra.cpp

Ref createSysModule() {
  Ref module = newModule("sys");
  if (!module)
    return {};
  Value m = module.get();
  Value d = moduleDict(m);
  // sys must be reachable for the helpers below while it is being built.
  gInterp.sysModule = module;
  if (!moduleAddFunctions(m, kSysFunctions) || !sysAddExtras(m))
    return {};
  dictSetItem(d, "modules", gInterp.modules.get());
  // sys.path: PYTHONPATH entries (sys.path[0] is set by runProgram).
  Ref path = newList();
  if (const char *pp = std::getenv("PYTHONPATH")) {
    std::string s = pp;
    size_t start = 0;
    while (start <= s.size()) {
      size_t colon = s.find(':', start);
      std::string entry = s.substr(start, colon == std::string::npos ? std::string::npos
                                                                     : colon - start);
      if (!entry.empty())
        listAppend(path.get(), newStr(entry));
      if (colon == std::string::npos)
        break;
      start = colon + 1;
    }
  }
  // Then the Lib directory, as CPython's sys.path ends with its prefix's Lib.
  std::string lib = sysStdlibDir();
  if (!lib.empty())
    listAppend(path.get(), newStr(lib));
  dictSetItem(d, "path", path.get());
  set(d, "argv", newList());
  set(d, "stdin", ioStdFile(0));
  set(d, "stdout", ioStdFile(1));
  set(d, "stderr", ioStdFile(2));
  dictSetItem(d, "__stdin__", dictGetItem(d, "stdin"));
  dictSetItem(d, "__stdout__", dictGetItem(d, "stdout"));
  dictSetItem(d, "__stderr__", dictGetItem(d, "stderr"));
  Type *vi = makeStructSeqType(&kVersionInfo);
  {
    Ref major = newInt(3), minor = newInt(14), micro = newInt(2), level = newStr("final");
    set(d, "version_info",
        newStructSeq(vi, {major.get(), minor.get(), micro.get(), level.get(),
                          Value::fromSmallInt(0)}));
  }
  set(d, "version", newStr("3.14.2 (pyvm " PYVM_VERSION ") [C++20]"));
  set(d, "hexversion", newInt(0x030E02F0));
  set(d, "api_version", newInt(1013));
  set(d, "maxsize", newInt(INT64_MAX));
  set(d, "maxunicode", newInt(0x10FFFF));
  set(d, "byteorder", newStr("little"));
  set(d, "platform", newStr("linux"));
  set(d, "executable", newStr("/usr/local/bin/pyvm"));
  set(d, "_base_executable", newStr("/usr/local/bin/pyvm"));
  set(d, "prefix", newStr("/usr/local"));
  set(d, "base_prefix", newStr("/usr/local"));
  set(d, "exec_prefix", newStr("/usr/local"));
  set(d, "base_exec_prefix", newStr("/usr/local"));
  set(d, "copyright", newStr("Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved."));
  set(d, "warnoptions", newList());
  set(d, "meta_path", newList());
  set(d, "path_hooks", newList());
  set(d, "path_importer_cache", newDict());
  dictSetItem(d, "dont_write_bytecode", True());
  set(d, "pycache_prefix", newNone());
  {
    Ref names = newTupleOf({});
    Ref list = newList();
    listAppend(list.get(), newStr("builtins"));
    listAppend(list.get(), newStr("sys"));
    for (const NativeModuleDef *nm = kNativeModules; nm->name; nm++)
      listAppend(list.get(), newStr(nm->name));
    listSort(list.get(), Value(), false);
    set(d, "builtin_module_names", sequenceToTuple(list.get()));
  }
  Type *flagsType = makeStructSeqType(&kFlags);
  {
    Value z = Value::fromSmallInt(0);
    Ref one = newInt(1), digits = newInt(4300);
    set(d, "flags",
        newStructSeq(flagsType, {z, z, z, z, True(), z, z, z, z, z, z, one.get(), z, False(),
                                 z, z, False(), digits.get(), one.get(), False(), False()}));
  }
  {
    Type *fi = makeStructSeqType(&kFloatInfo);
    Ref mx = newFloat(1.7976931348623157e+308), mn = newFloat(2.2250738585072014e-308),
        eps = newFloat(2.220446049250313e-16);
    Ref a = newInt(1024), b = newInt(308), c = newInt(-1021), e = newInt(-307), f = newInt(15),
        g = newInt(53), h = newInt(2), i = newInt(1);
    set(d, "float_info", newStructSeq(fi, {mx.get(), a.get(), b.get(), mn.get(), c.get(), e.get(),
                                          f.get(), g.get(), eps.get(), h.get(), i.get()}));
    Type *ii = makeStructSeqType(&kIntInfo);
    Ref w = newInt(30), x = newInt(4), y = newInt(4300), z = newInt(640);
    set(d, "int_info", newStructSeq(ii, {w.get(), x.get(), y.get(), z.get()}));
  }
  // sys.implementation: a types.SimpleNamespace.
  {
    Ref impl = monitor::newNamespace();
    if (!impl)
      return {};
    Value id = impl.as<monitor::NamespaceObject>()->dict.get();
    set(id, "name", newStr("pyvm"));
    set(id, "cache_tag", newStr("cpython-314"));
    Ref major = newInt(3), minor = newInt(14), micro = newInt(2), level = newStr("final");
    set(id, "version",
        newStructSeq(vi, {major.get(), minor.get(), micro.get(), level.get(),
                          Value::fromSmallInt(0)}));
    set(id, "hexversion", newInt(0x030E02F0));
    set(id, "_multiarch", newStr("x86_64-linux-gnu"));
    dictSetItem(d, "implementation", impl.get());
  }
  {
    Ref monitoring = monitor::buildSysMonitoringModule();
    if (monitoring)
      dictSetItem(d, "monitoring", monitoring.get());
    else
      clearPendingException();
  }
  Value hook = dictGetItem(d, "displayhook");
  dictSetItem(d, "__displayhook__", hook);
  Value ehook = dictGetItem(d, "excepthook");
  dictSetItem(d, "__excepthook__", ehook);
  if (errorPending())
    return {};
  return module;
}

} // namespace pyvm
