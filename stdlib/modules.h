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
// The directory of CPython's pure-Python Lib that ends sys.path ("" if not found).
std::string sysStdlibDir();
// sys.stdout / sys.stderr objects, as Python sees them (borrowed; may be null).
Value sysGetObject(const char *name);
// Runs the atexit callbacks, last registered first (stdlib/atexit.cpp).
void runAtexitCallbacks();
// Writes text to sys.stderr (falling back to the C stderr).
void writeStderr(const std::string &text);

// Struct sequences (sys.version_info, time.struct_time ...): tuple
// subclasses with named fields. CPython: Objects/structseq.c
struct StructSeqInfo {
  const char *name; // "sys.version_info"
  std::vector<const char *> fields;
  // Fields CPython keeps out of the tuple (struct_time's tm_zone, tm_gmtoff):
  // a constructor sequence may hold them; pyvm drops them for now.
  size_t hiddenFields = 0;
};
Type *makeStructSeqType(const StructSeqInfo *info);
Ref newStructSeq(Type *type, std::initializer_list<Value> items);
Ref newStructSeqFrom(Type *type, const std::vector<Value> &items);

} // namespace pyvm
