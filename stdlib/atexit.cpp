// The atexit module: functions run at interpreter exit, last registered
// first, after the main module (and its uncaught exception's report).
// CPython: Modules/atexitmodule.c
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/singletons.h"
#include "vm/tuple.h"

#include <vector>

namespace pyvm {

namespace {

struct ExitCallback {
  Ref func, args, kwargs; // kwargs may be null
};

std::vector<ExitCallback> &callbacks() {
  static auto *list = new std::vector<ExitCallback>();
  return *list;
}

// CPython: atexit_register
Ref atexitRegister(Value, const Value *args, size_t nargs, Value kwnames) {
  if (nargs == 0)
    return raise(&TypeErrorType, "register() takes at least 1 argument (0 given)");
  if (!args[0].type()->call)
    return raise(&TypeErrorType, "the first argument must be callable");
  ExitCallback cb;
  cb.func = Ref::borrow(args[0]);
  cb.args = newTupleFrom(std::span<const Value>(args + 1, nargs - 1));
  if (!cb.args)
    return {};
  if (kwnames && tupleSize(kwnames) > 0) {
    cb.kwargs = newDict();
    if (!cb.kwargs)
      return {};
    for (size_t i = 0; i < tupleSize(kwnames); i++)
      if (dictSetItem(cb.kwargs.get(), tupleItem(kwnames, i), args[nargs + i]) < 0)
        return {};
  }
  callbacks().push_back(std::move(cb));
  return Ref::borrow(args[0]);
}

// Removes every registration of func (compared with ==).
// CPython: atexit_unregister
Ref atexitUnregister(Value, Value func) {
  auto &list = callbacks();
  for (size_t i = 0; i < list.size();) {
    Ref f = Ref::borrow(list[i].func.get());
    int eq = compareBool(f.get(), func, CompareOp::Eq);
    if (eq < 0)
      return {};
    if (eq)
      list.erase(list.begin() + i);
    else
      i++;
  }
  return newNone();
}

Ref atexitRun(Value) {
  runAtexitCallbacks();
  return newNone();
}

Ref atexitClear(Value) {
  callbacks().clear();
  return newNone();
}

Ref atexitCount(Value) { return newInt(int64_t(callbacks().size())); }

const MethodDef kAtexitFunctions[] = {
    method("register", atexitRegister),
    method("unregister", atexitUnregister),
    method("_run_exitfuncs", atexitRun),
    method("_clear", atexitClear),
    method("_ncallbacks", atexitCount),
};

} // namespace

// CPython: Modules/atexitmodule.c atexit_callfuncs
void runAtexitCallbacks() {
  auto &list = callbacks();
  Ref saved = takePendingException();
  while (!list.empty()) {
    ExitCallback cb = std::move(list.back());
    list.pop_back();
    Ref r = callWithTupleAndDict(cb.func.get(), cb.args.get(), cb.kwargs.get());
    if (!r) {
      Ref exc = takePendingException();
      writeUnraisable(exc.get(), cb.func.get(), "in atexit callback");
    }
  }
  if (saved)
    restorePendingException(std::move(saved));
}

Ref createAtexitModule() {
  Ref module = newModule("atexit");
  if (!module || !moduleAddFunctions(module.get(), kAtexitFunctions))
    return {};
  return module;
}

} // namespace pyvm
