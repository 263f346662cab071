// Running a program: loads the .pyc, runs its code as __main__ on a thread
// with a large native stack, handles SystemExit, prints an uncaught
// exception's traceback as CPython 3.14 does and returns the exit status.
// CPython: Modules/main.c pymain_run_python, Python/pythonrun.c
#include "frontend/run.h"

#include "frontend/pyc.h"
#include "stdlib/modules.h"
#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace pyvm {

void ioFlushStd(); // stdlib/io.cpp

namespace {

// CPython: Python/pythonrun.c _Py_HandleSystemExit
int handleSystemExit(Value exc) {
  Ref code = lookupAttr(exc, internedName("code"));
  clearPendingException();
  if (!code || isNone(code.get()))
    return 0;
  if (isInt(code.get())) {
    int64_t v = 0;
    if (!intFitsInt64(code.get(), &v))
      return -1 & 0xff;
    return int(v & 0xff);
  }
  Ref s = str(code.get());
  clearPendingException();
  writeStderr((s ? strToUtf8(s.get()) : std::string("")) + "\n");
  return 1;
}

// Reports the pending exception; returns the exit status.
int reportException() {
  Ref exc = takePendingException();
  if (!exc)
    return 1;
  if (isInstance(exc.get(), &SystemExitType))
    return handleSystemExit(exc.get());
  Value hook = sysGetObject("excepthook");
  Value builtinHook = sysGetObject("__excepthook__");
  if (hook && !hook.is(builtinHook)) {
    Ref tb = excGetTraceback(exc.get());
    Value args[3] = {Value::fromObject(exc.type()), exc.get(), tb.get()};
    Ref r = call(hook, args, 3);
    if (r)
      return 1;
    Ref hookExc = takePendingException();
    writeStderr("Error in sys.excepthook:\n");
    if (hookExc)
      printException(hookExc.get());
    writeStderr("\nOriginal exception was:\n");
  }
  printException(exc.get());
  return 1;
}

// Closes a suspended generator as its finalizer would (errors are unraisable).
void closeSuspendedGenerator(Value v) {
  if (!isGenerator(v))
    return;
  Ref keep = Ref::borrow(v);
  Ref r = genClose(v.as<GenObject>());
  if (!r && errorPending()) {
    Ref exc = takePendingException();
    writeUnraisable(exc.get(), v, "while closing generator");
  }
}

// At CPython's shutdown, __main__'s dict sits in a cycle with its functions,
// so the last garbage collection finalizes what the module holds (PEP 442:
// every finalizer runs before anything is cleared) while the globals are still
// intact; only then are module dicts set to None. pyvm has no cycle collector:
// this pass does the same for the common cases, in dict order: suspended
// generators held by a global (directly or in a list, tuple or dict) are
// closed, and objects with __del__ held only by their global are released.
// CPython: Python/pylifecycle.c finalize_modules (_PyGC_CollectNoFail before
// finalize_modules_clear_weaklist), Python/gc.c finalize_garbage
void finalizeMainObjects(Value dict) {
  Ref keys = callMethod(dict, "keys", {});
  Ref names = keys ? sequenceToTuple(keys.get()) : Ref();
  if (!names) {
    clearPendingException();
    return;
  }
  for (Value key : tupleItems(names.get())) {
    Value v = dictGetItem(dict, key);
    if (!v || !v.isObject())
      continue;
    if (isGenerator(v)) {
      closeSuspendedGenerator(v);
    } else if (isList(v) || isTuple(v)) {
      Ref items = sequenceToTuple(v);
      if (items)
        for (Value x : tupleItems(items.get()))
          closeSuspendedGenerator(x);
    } else if (isDict(v)) {
      std::vector<Ref> held;
      size_t pos = 0;
      Value k, x;
      while (dictNext(v, &pos, &k, &x))
        held.push_back(Ref::borrow(x));
      for (const Ref &x : held)
        closeSuspendedGenerator(x.get());
    } else if (v.type()->hasFinalizer && v.object()->refcount == 1) {
      // Only this global holds it: releasing the entry runs __del__ now.
      dictSetItem(dict, key, None());
    }
    if (errorPending()) {
      Ref exc = takePendingException();
      writeUnraisable(exc.get(), Value(), "in module cleanup");
    }
  }
}

// CPython: Objects/moduleobject.c _PyModule_ClearDict (run at exit so that
// finalizers of objects held by __main__ run, as at CPython's shutdown).
void clearModuleDict(Value dict) {
  for (int pass = 0; pass < 2; pass++) {
    Ref keys = callMethod(dict, "keys", {});
    if (!keys) {
      clearPendingException();
      return;
    }
    Ref list = sequenceToTuple(keys.get());
    if (!list) {
      clearPendingException();
      return;
    }
    for (size_t i = 0; i < tupleSize(list.get()); i++) {
      Value k = tupleItem(list.get(), i);
      if (!isStr(k))
        continue;
      bool single = strLength(k) > 1 && strCharAt(k, 0) == '_' && strCharAt(k, 1) != '_';
      if (pass == 0 ? single : !strEqualsAscii(k, "__builtins__"))
        dictSetItem(dict, k, None());
      if (errorPending()) {
        Ref e = takePendingException();
        writeUnraisable(e.get(), Value(), "in module cleanup");
      }
    }
  }
}

int runMain(const std::string &pycPath, const std::vector<std::string> &argv,
            const std::function<void()> &afterMain) {
  if (!initInterpreter()) {
    Ref exc = takePendingException();
    std::fprintf(stderr, "pyvm: failed to initialise the interpreter\n");
    if (exc)
      printException(exc.get());
    return 1;
  }
  sysSetArgv(argv);
  std::string script = argv.empty() ? pycPath : argv[0];
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(script, ec);
  sysSetPath0(ec ? std::string(".") : abs.parent_path().string());
  gInterp.mainDirectory = ec ? "." : abs.parent_path().string();

  auto pyc = readPycFile(pycPath);
  if (!pyc) {
    std::fprintf(stderr, "pyvm: %s\n", llvm::toString(pyc.takeError()).c_str());
    return 1;
  }
  Ref code = std::move(pyc->code);
  Ref main = newModule("__main__");
  if (!main)
    return reportException();
  Value globals = moduleDict(main.get());
  // CPython >= 3.9: __main__.__file__ is the script's absolute path (sys.argv[0] stays as given).
  Ref file = newStr(ec ? script : abs.string());
  dictSetItem(globals, "__file__", file.get());
  dictSetItem(globals, "__cached__", None());
  dictSetItem(globals, "__builtins__", gInterp.builtinsModule.get());
  dictSetItem(gInterp.modules.get(), "__main__", main.get());
  Ref result = evalCode(code.as<CodeObject>(), globals, globals);
  if (afterMain)
    afterMain();
  int status = 0;
  if (!result)
    status = reportException();
  result.reset();
  // CPython: Python/pylifecycle.c Py_FinalizeEx calls the atexit functions
  // before the modules are torn down.
  runAtexitCallbacks();
  finalizeMainObjects(globals);
  clearModuleDict(globals);
  ioFlushStd();
  return status;
}

} // namespace

int runProgram(const std::string &pycPath, const std::vector<std::string> &argv,
               const std::function<void()> &afterMain) {
  int status = runOnLargeStack([&]() { return runMain(pycPath, argv, afterMain); });
  std::fflush(stdout);
  std::fflush(stderr);
  return status;
}

} // namespace pyvm
