// The wrappers that register_callback(tool, BRANCH, f) installs for
// BRANCH_LEFT and BRANCH_RIGHT (the 3.13 BRANCH event, deprecated in 3.14).
// CPython: Python/instrumentation.c _PyLegacyBranchEventHandler
#pragma once

#include "vm/object.h"

namespace pyvm::monitor {

// A callable calling `function` for a BRANCH_RIGHT (right) or BRANCH_LEFT
// event of `tool`. CPython: make_branch_handler
Ref newBranchHandler(int tool, Value function, bool right);
bool isBranchHandler(Value v);
// The wrapped function (borrowed).
Value branchHandlerFunction(Value handler);

} // namespace pyvm::monitor
