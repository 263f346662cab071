// The second pass of the code object verifier (vm/code.cpp): what KIND of
// item each value-stack slot may hold, so that hostile bytecode which passes
// the opcode, oparg and stack-depth checks still cannot make an instruction
// use a NULL, or an object of the wrong kind, where the eval loop trusts the
// compiler (MAKE_FUNCTION on a non-code constant, PUSH_EXC_INFO on a non-
// exception, LIST_APPEND on a non-list, a NULL callable...).
#pragma once

#include "vm/code.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pyvm::verify {

// One decoded instruction (EXTENDED_ARG prefixes are their own Insn).
struct Insn {
  size_t unit; // code unit of the opcode
  uint8_t op;
  uint32_t oparg;
  size_t next;          // unit after the caches
  int64_t target;       // jump target unit, or -1
  int64_t pops, pushes; // the depth pass's stack effect (fall-through)
  bool fallsThrough;    // control may continue at `next`
};

// Abstract interpretation over the control flow the depth pass checked (which
// must have succeeded: depths consistent and in range), from offset 0 and
// from every exception handler reached from a protected instruction. Returns
// false with the reason in *why ("code: ...") when an instruction may see an
// item of the wrong kind. `consts` is co_consts.
// CPython: the guarantees of Python/flowgraph.c and Python/codegen.c that
// Python/bytecodes.c asserts.
bool checkStackKinds(const std::vector<Insn> &insns, const std::vector<int32_t> &insnAt,
                     const std::vector<ExceptionHandler> &handlers, Value consts, std::string *why);

} // namespace pyvm::verify
