// libFuzzer target that LOADS AND RUNS a .pyc: whatever passes the code
// object verifier (vm/code.cpp, vm/verify_stack.cpp) must run to a result or
// a Python exception, never crash. Seed corpus: corpus/ (real programs), so
// mutations keep most of the structure and reach the eval loop.
//
// A run is bounded: stdout and stdin go to /dev/null, the recursion limit is
// small, and a budget of eval-loop check points (RESUME, JUMP_BACKWARD: every
// loop iteration and call) raises KeyboardInterrupt once spent, again at every
// later check point, so a mutated infinite loop ends (unless it catches
// KeyboardInterrupt and loops on: libFuzzer then reports a timeout, which
// tools/fuzz.sh tells apart from a crash). Leak detection stays off
// (-detect_leaks=0): running code may build reference cycles pyvm never frees.
//   mkdir -p build/fuzz/run_corpus
//   build/fuzz/tests/fuzz/pyc_run_fuzzer build/fuzz/run_corpus tests/fuzz/corpus \
//     -max_total_time=30 -rss_limit_mb=2048 -detect_leaks=0
#include "frontend/pyc.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/interp.h"
#include "vm/module.h"

#include <llvm/Support/Error.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <span>

namespace {

constexpr int kRecursionLimit = 60;
constexpr int kCheckPointBudget = 20000;
int gBudget = 0;

// The run budget: the hook keeps evalBreaker set so that every check point
// comes here; past the budget each one raises.
int budgetHook() {
  pyvm::gThread.evalBreaker = pyvm::gThread.evalBreaker | 1;
  if (--gBudget >= 0)
    return 0;
  pyvm::raise(&pyvm::KeyboardInterruptType, "pyc_run_fuzzer: run budget spent");
  return -1;
}

void redirect(int fd, int flags) {
  int null = open("/dev/null", flags);
  if (null < 0 || dup2(null, fd) < 0)
    std::abort();
  close(null);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  redirect(STDOUT_FILENO, O_WRONLY); // programs print; libFuzzer reports on stderr
  redirect(STDIN_FILENO, O_RDONLY);  // input() must not block
  // Files a mutated program may write land in a scratch directory.
  char dir[] = "/tmp/pyc_run_fuzzer.XXXXXX";
  if (!mkdtemp(dir) || chdir(dir) != 0)
    std::abort();
  if (!pyvm::initInterpreter())
    std::abort();
  pyvm::setRecursionLimit(kRecursionLimit);
  pyvm::gInterp.evalBreakerHook = budgetHook;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  using namespace pyvm;
  auto pyc = readPyc(std::span(data, size), "fuzz.pyc");
  if (!pyc) {
    llvm::consumeError(pyc.takeError());
    clearPendingException();
    return 0;
  }
  Ref main = newModule("__main__");
  if (!main)
    std::abort();
  Value globals = moduleDict(main.get());
  dictSetItem(globals, "__builtins__", gInterp.builtinsModule.get());
  gBudget = kCheckPointBudget;
  gThread.evalBreaker = gThread.evalBreaker | 1;
  Ref result = evalCode(pyc->code.get().as<CodeObject>(), globals, globals);
  gThread.evalBreaker = gThread.evalBreaker & ~kEvalBreakerFlagsMask;
  clearPendingException();
  result.reset();
  // Break the module <-> function cycles the run made.
  dictClear(globals);
  return 0;
}
