// Interpreter and thread state, the data stack, exception context chaining,
// and running the VM on a large native stack.
// CPython: Python/pystate.c, Python/errors.c _PyErr_SetObject
#include "vm/interp.h"

#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/module.h"
#include "vm/runtime.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "stdlib/modules.h"

#include <pthread.h>

#include <cstdlib>
#include <string>
#include <unordered_map>

namespace pyvm {

Interp gInterp;
ThreadState gThread;

// --- Data stack -------------------------------------------------------------

namespace {
constexpr size_t kChunkValues = 256 * 1024; // 2 MiB per chunk
} // namespace

Value *dataStackPush(size_t n) {
  ThreadState *ts = &gThread;
  if (!ts->chunk || ts->dataTop + n > ts->dataLimit) {
    size_t size = n > kChunkValues ? n : kChunkValues;
    auto *chunk = static_cast<DataStackChunk *>(
        std::malloc(sizeof(DataStackChunk) + size * sizeof(Value)));
    if (!chunk)
      std::abort();
    chunk->previous = ts->chunk;
    chunk->size = size;
    chunk->savedTop = ts->dataTop;
    ts->chunk = chunk;
    ts->dataTop = chunk->data;
    ts->dataLimit = chunk->data + size;
  }
  Value *r = ts->dataTop;
  ts->dataTop += n;
  return r;
}

void dataStackPop(Value *base) {
  ThreadState *ts = &gThread;
  DataStackChunk *chunk = ts->chunk;
  if (base == chunk->data && chunk->previous) {
    ts->chunk = chunk->previous;
    ts->dataTop = chunk->savedTop;
    ts->dataLimit = ts->chunk->data + ts->chunk->size;
    std::free(chunk);
    return;
  }
  ts->dataTop = base;
}

// --- Handled exceptions -----------------------------------------------------

Value currentHandledException() {
  for (ExcState *s = gThread.excInfo; s; s = s->previous)
    if (s->exc && !isNone(s->exc))
      return s->exc;
  return Value();
}

void chainExceptionContext(Value exc) {
  Value handled = currentHandledException();
  if (!handled || handled.is(exc) || !isBaseException(exc))
    return;
  // Break a cycle: if exc is already in handled's context chain, cut it out.
  Value o = handled;
  for (int steps = 0; steps < 100000; steps++) {
    Value ctx = exceptionContext(o);
    if (!ctx || isNone(ctx))
      break;
    if (ctx.is(exc)) {
      setExceptionContext(o, Value());
      break;
    }
    o = ctx;
  }
  setExceptionContext(exc, handled);
}

// --- Names ------------------------------------------------------------------

Value internedName(const char *ascii) {
  static std::unordered_map<std::string, Value> cache;
  auto it = cache.find(ascii);
  if (it != cache.end())
    return it->second;
  Value v = internStr(ascii).release();
  cache.emplace(ascii, v);
  return v;
}

Value builtinsForGlobals(Value globals) {
  Value b = dictGetItem(globals, "__builtins__");
  if (b) {
    if (isModule(b))
      return moduleDict(b);
    if (isDict(b))
      return b;
  }
  clearPendingException();
  return gInterp.builtins.get();
}

Ref evalCode(CodeObject *code, Value globals, Value locals, Value closure) {
  if (code->nfreevars > 0 && !closure)
    return raise(&TypeErrorType,
                 "code object passed to exec() may not contain free variables");
  Value builtins = builtinsForGlobals(globals);
  if (!dictGetItem(globals, "__builtins__")) {
    clearPendingException();
    if (dictSetItem(globals, "__builtins__", gInterp.builtinsModule.get()) < 0)
      return {};
  }
  // exec(code, closure=cells): a function object carries the cells to
  // COPY_FREE_VARS. CPython: PyEval_EvalCodeEx
  Ref func;
  if (closure) {
    func = newFunction(code, globals);
    if (!func)
      return {};
    func.as<FunctionObject>()->closure = Ref::borrow(closure);
  }
  Frame *f = pushFrame(code, func ? func.as<FunctionObject>() : nullptr, globals, builtins,
                       locals ? locals : globals);
  return evalFrame(f, false);
}

// --- Start-up -----------------------------------------------------------------

bool initInterpreter() {
  static bool done = false;
  if (done)
    return true;
  if (!initRuntime())
    return false;
  initFrameTypes();
  initFunctionTypes();
  initGeneratorTypes();
  initModuleType();
  initTracebackType();
  gInterp.modules = newDict();
  if (!gInterp.modules)
    return false;
  gInterp.builtinsModule = createBuiltinsModule();
  if (!gInterp.builtinsModule)
    return false;
  gInterp.builtins = Ref::borrow(moduleDict(gInterp.builtinsModule.get()));
  if (dictSetItem(gInterp.modules.get(), "builtins", gInterp.builtinsModule.get()) < 0)
    return false;
  gInterp.sysModule = createSysModule();
  if (!gInterp.sysModule)
    return false;
  if (dictSetItem(gInterp.modules.get(), "sys", gInterp.sysModule.get()) < 0)
    return false;
  done = true;
  return true;
}

// --- Large stack --------------------------------------------------------------

namespace {
struct ThreadJob {
  const std::function<int()> *fn;
  int result;
};
void *threadMain(void *arg) {
  auto *job = static_cast<ThreadJob *>(arg);
  int local;
  markStackBase(&local);
  job->result = (*job->fn)();
  return nullptr;
}
} // namespace

int runOnLargeStack(const std::function<int()> &fn) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t(512) << 20);
  ThreadJob job{&fn, 1};
  pthread_t thread;
  if (pthread_create(&thread, &attr, threadMain, &job) != 0) {
    pthread_attr_destroy(&attr);
    return fn();
  }
  pthread_attr_destroy(&attr);
  pthread_join(thread, nullptr);
  return job.result;
}

} // namespace pyvm
