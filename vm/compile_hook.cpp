// The run-time compiler hook (see vm/compile_hook.h).
#include "vm/compile_hook.h"

#include "vm/errors.h"

namespace pyvm {

namespace {
SourceCompiler gSourceCompiler = nullptr;
} // namespace

void setSourceCompiler(SourceCompiler compiler) { gSourceCompiler = compiler; }

Ref compileSource(const SourceCompileRequest &request) {
  if (!gSourceCompiler)
    return raise(&RuntimeErrorType,
                 "cannot compile source text: this pyvm has no compiler installed");
  return gSourceCompiler(request);
}

} // namespace pyvm
