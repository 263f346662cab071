// The disassembler: prints exactly what CPython 3.14's dis.dis() prints for a
// code object (show_caches=False, adaptive=False, no offsets or positions),
// followed by every nested code object of co_consts, depth first.
// CPython: Lib/dis.py dis, _disassemble_recursive, disassemble, Formatter,
// ArgResolver, findlabels, findlinestarts
#pragma once

#include "vm/value.h"

#include <llvm/Support/Error.h>
#include <llvm/Support/raw_ostream.h>

namespace pyvm {

// dis.dis(code). Fails only when the repr of a constant raises.
llvm::Error disassemble(llvm::raw_ostream &out, Value code);

// dis.disassemble(code): one code object, without the nested ones.
llvm::Error disassembleOne(llvm::raw_ostream &out, Value code);

} // namespace pyvm
