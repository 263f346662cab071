// builtins compile(), exec() and eval() (stdlib/builtins_exec.cpp).
#pragma once

#include "vm/object.h"

namespace pyvm {

Ref builtinCompile(Value self, const Value *args, size_t nargs, Value kwnames);
Ref builtinExec(Value self, const Value *args, size_t nargs, Value kwnames);
Ref builtinEval(Value self, const Value *args, size_t nargs, Value kwnames);

} // namespace pyvm
