// Compiling source text at run time (builtins compile/exec/eval of a str or
// bytes). pyvm has no compiler of its own: the front end installs one at
// start-up (frontend/compile_source.cpp asks CPython 3.14 through the oracle),
// so vm/ and stdlib/ never depend on frontend/.
#pragma once

#include "vm/object.h"

#include <cstdint>
#include <string>

namespace pyvm {

// compile()'s flag bits. CPython: Include/cpython/compile.h
enum CompileFlags : int64_t {
  kPyCfSourceIsUtf8 = 0x100,
  kPyCfDontImplyDedent = 0x200,
  kPyCfOnlyAst = 0x400,
  kPyCfIgnoreCookie = 0x800,
  kPyCfTypeComments = 0x1000,
  kPyCfAllowTopLevelAwait = 0x2000,
  kPyCfAllowIncompleteInput = 0x4000,
  kPyCfOptimizedAst = 0x8000 | kPyCfOnlyAst,
  // The __future__ flags a frame passes on to the code it compiles
  // (CO_FUTURE_DIVISION ... CO_FUTURE_ANNOTATIONS).
  kPyCfMask = 0x1FE0000,
};

// One compile() call, with the caller's future flags already merged into
// `flags` (so the compiler runs as with dont_inherit=True).
struct SourceCompileRequest {
  std::string source; // UTF-8 (a str, lone surrogates as surrogatepass) or raw bytes
  bool sourceIsBytes = false;
  std::string filename; // UTF-8
  std::string mode;     // "exec", "eval", "single" (anything else: the compiler's ValueError)
  int64_t flags = 0;
  int optimize = -1;
  int featureVersion = -1;
};

// Returns the code object, or null with the compiler's exception pending
// (SyntaxError and its subclasses, ValueError, ...), exactly as CPython's
// compile() would raise it.
using SourceCompiler = Ref (*)(const SourceCompileRequest &request);

void setSourceCompiler(SourceCompiler compiler);
// Compiles with the installed compiler; without one, raises RuntimeError.
Ref compileSource(const SourceCompileRequest &request);

} // namespace pyvm
