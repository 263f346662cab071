// The smaller parts of sys that pure-Python programs read: hash_info,
// float_repr_style, thread_info, audit hooks, switch interval,
// breakpointhook ... CPython: Python/sysmodule.c
#include "stdlib/modules.h"

#include "monitor/state.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cstdlib>
#include <cstring>

namespace pyvm {

namespace {

const StructSeqInfo kHashInfo = {
    "sys.hash_info",
    {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}};
const StructSeqInfo kThreadInfo = {"sys.thread_info", {"name", "lock", "version"}};

double gSwitchInterval = 0.005;
Ref gAuditHooks; // list of hooks from sys.addaudithook

Ref sysIsFinalizing(Value) { return newBool(false); }
Ref sysIsGilEnabled(Value) { return newBool(true); }
Ref sysGetFsEncodeErrors(Value) { return newStr("surrogateescape"); }
Ref sysGetSwitchInterval(Value) { return newFloat(gSwitchInterval); }

// CPython: Python/sysmodule.c sys_setswitchinterval_impl
Ref sysSetSwitchInterval(Value, Value interval) {
  double d;
  if (!asDouble(interval, &d))
    return {};
  if (d <= 0.0)
    return raise(&ValueErrorType, "switch interval must be strictly positive");
  gSwitchInterval = d;
  return newNone();
}

// sys.addaudithook(hook): hooks see the events raised with sys.audit (pyvm
// raises no built-in audit events).
Ref sysAddAuditHook(Value, Value hook) {
  if (!gAuditHooks) {
    gAuditHooks = newList();
    if (!gAuditHooks)
      return {};
  }
  listAppend(*gAuditHooks, Ref::borrow(hook));
  return newNone();
}

// sys.audit(event, *args): calls each hook with (event, args).
// CPython: Python/sysmodule.c sys_audit
Ref sysAudit(Value, const Value *args, size_t nargs) {
  if (nargs == 0)
    return raise(&TypeErrorType, "audit expected at least 1 argument, got 0");
  if (!isStr(args[0]))
    return raisef(&TypeErrorType, "audit() argument 1 must be str, not {}", typeName(args[0]));
  if (!gAuditHooks || listSize(*gAuditHooks) == 0)
    return newNone();
  std::vector<Value> rest(args + 1, args + nargs);
  Ref tuple = newTupleFrom(rest);
  if (!tuple)
    return {};
  // Hooks run as tracing: no monitoring event fires for their code, unless a
  // hook has a true __cantrace__. CPython: sys_audit_tstate's
  // PyThreadState_EnterTracing / LeaveTracing around the hook calls.
  static Value cantrace = internStr("__cantrace__").release();
  monitor::gMonitoring.tracing++;
  bool ok = true;
  for (size_t i = 0; ok && i < listSize(*gAuditHooks); i++) {
    Ref hook = Ref::borrow(listItem(*gAuditHooks, i));
    int canTrace = 0;
    if (Ref flag = lookupAttr(*hook, cantrace)) {
      canTrace = isTrue(*flag);
    } else if (errorPending()) {
      canTrace = -1;
    }
    if (canTrace < 0) {
      ok = false;
      break;
    }
    if (canTrace)
      monitor::gMonitoring.tracing--;
    ok = bool(call(*hook, {args[0], *tuple}));
    if (canTrace)
      monitor::gMonitoring.tracing++;
  }
  monitor::gMonitoring.tracing--;
  if (!ok)
    return {};
  return newNone();
}

// sys.call_tracing(func, args) is func(*args) (no tracing in pyvm's sense).
Ref sysCallTracing(Value, const Value *args, size_t nargs) {
  if (!checkPositional("call_tracing", nargs, 2, 2))
    return {};
  if (!isTuple(args[1]))
    return raisef(&TypeErrorType, "call_tracing(): argument 2 must be tuple, not {}",
                  typeName(args[1]));
  return callWithTupleAndDict(args[0], args[1], Value());
}

// The default sys.breakpointhook: PYTHONBREAKPOINT=0 disables breakpoint();
// otherwise CPython enters pdb, which pyvm does not have.
// CPython: Python/sysmodule.c sys_breakpointhook
Ref sysBreakpointHook(Value, const Value *, size_t, Value) {
  const char *env = std::getenv("PYTHONBREAKPOINT");
  if (env && std::strcmp(env, "0") == 0)
    return newNone();
  return raise(&RuntimeErrorType,
               "breakpoint(): pyvm has no debugger (pdb); set PYTHONBREAKPOINT=0 to ignore");
}

// The default sys.unraisablehook: prints as pyvm's own unraisable report.
Ref sysUnraisableHook(Value, Value unraisable) {
  Ref exc = getAttr(unraisable, "exc_value");
  Ref obj = exc ? getAttr(unraisable, "object") : Ref();
  Ref msg = obj ? getAttr(unraisable, "err_msg") : Ref();
  if (!msg)
    return {};
  std::string text = isStr(*msg) ? strToUtf8(*msg) : "Exception ignored in";
  writeUnraisable(*exc, *obj, text.c_str());
  return newNone();
}

const MethodDef kSysExtraFunctions[] = {
    method("is_finalizing", sysIsFinalizing),
    method("_is_gil_enabled", sysIsGilEnabled),
    method("getfilesystemencodeerrors", sysGetFsEncodeErrors),
    method("getswitchinterval", sysGetSwitchInterval),
    method("setswitchinterval", sysSetSwitchInterval),
    method("addaudithook", sysAddAuditHook),
    method("audit", sysAudit),
    method("call_tracing", sysCallTracing),
    method("breakpointhook", sysBreakpointHook),
    method("unraisablehook", sysUnraisableHook),
};

int put(Value d, const char *name, Ref value) {
  return value ? dictSetItem(d, name, *value) : -1;
}

} // namespace

bool sysAddExtras(Value module) {
  if (!moduleAddFunctions(module, kSysExtraFunctions))
    return false;
  Value d = moduleDict(module);
  Type *hi = makeStructSeqType(&kHashInfo);
  Type *ti = makeStructSeqType(&kThreadInfo);
  if (!hi || !ti)
    return false;
  // str/bytes hashing is SipHash-1-3 with a zero key (vm/str.cpp), i.e.
  // CPython with PYTHONHASHSEED=0 on a 64-bit build.
  Ref width = newInt(64), modulus = newInt(int64_t((1ULL << 61) - 1)), inf = newInt(314159),
      nan = newInt(0), imag = newInt(1000003), algo = newStr("siphash13"), bits = newInt(64),
      seed = newInt(128), cutoff = newInt(0);
  Ref pthread = newStr("pthread"), lock = newStr("mutex+cond");
  if (!width || !modulus || !inf || !nan || !imag || !algo || !bits || !seed || !cutoff ||
      !pthread || !lock)
    return false;
  if (put(d, "hash_info",
          newStructSeq(hi, {*width, *modulus, *inf, *nan, *imag, *algo, *bits, *seed, *cutoff})) <
          0 ||
      put(d, "thread_info", newStructSeq(ti, {*pthread, *lock, None()})) < 0 ||
      put(d, "float_repr_style", newStr("short")) < 0 || put(d, "abiflags", newStr("")) < 0 ||
      put(d, "platlibdir", newStr("lib")) < 0 || put(d, "_xoptions", newDict()) < 0)
    return false;
  Value hook = dictGetItem(d, "breakpointhook");
  Value uhook = dictGetItem(d, "unraisablehook");
  return dictSetItem(d, "__breakpointhook__", hook) == 0 &&
         dictSetItem(d, "__unraisablehook__", uhook) == 0;
}

} // namespace pyvm
