// libFuzzer target for the .pyc reader, the code object verifier and the
// disassembler: any input must load or be refused with an error, never
// crash, hang or leak. Seed corpus: corpus/ (real .pyc files compiled by the
// oracle). Run (new inputs go to the first directory, keep it out of the tree):
//   mkdir -p build/fuzz/pyc_corpus
//   LSAN_OPTIONS=suppressions=tests/fuzz/lsan.supp \
//     build/fuzz/tests/fuzz/pyc_fuzzer build/fuzz/pyc_corpus tests/fuzz/corpus \
//       -max_total_time=30 -rss_limit_mb=2048
#include "frontend/dis.h"
#include "frontend/pyc.h"
#include "vm/runtime.h"

#include <llvm/Support/raw_ostream.h>

#include <cstdint>
#include <cstdlib>
#include <span>

// The runtime is set up once, before libFuzzer starts tracking leaks per
// input: its immortal type objects are never freed by design.
extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  if (!pyvm::initRuntime())
    std::abort();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  auto pyc = pyvm::readPyc(std::span(data, size), "fuzz.pyc");
  if (!pyc) {
    llvm::consumeError(pyc.takeError());
    return 0;
  }
  llvm::raw_null_ostream out;
  if (auto e = pyvm::disassemble(out, pyc->code.get()))
    llvm::consumeError(std::move(e));
  return 0;
}
