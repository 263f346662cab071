// Native modules: builtins, sys, and the table of importable native modules.
#pragma once

#include "vm/module.h"

#include <string>
#include <vector>

namespace pyvm {

Ref createBuiltinsModule(); // stdlib/builtins.cpp
Ref createSysModule();      // stdlib/sys.cpp

// sys.argv, sys.path[0] and friends for the running program.
void sysSetArgv(const std::vector<std::string> &argv);
void sysSetPath0(const std::string &directory);
// sys.stdout / sys.stderr objects, as Python sees them (borrowed; may be null).
Value sysGetObject(const char *name);
// Writes text to sys.stderr (falling back to the C stderr).
void writeStderr(const std::string &text);

} // namespace pyvm
