// .pyc files: the 16-byte header and the marshalled module code object.
// CPython: Lib/importlib/_bootstrap_external.py _classify_pyc,
// _validate_timestamp_pyc; docs/pyc-3.14.md §1.1
#pragma once

#include "vm/value.h"

#include <llvm/Support/Error.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace pyvm {

// The magic number pyvm loads: CPython 3.14's.
constexpr uint16_t kPycMagic = 3627;
constexpr size_t kPycHeaderSize = 16;

struct PycHeader {
  uint16_t magic = 0;
  uint32_t flags = 0;        // bit 0: hash-based, bit 1: check_source
  uint32_t sourceMtime = 0;  // timestamp pycs
  uint32_t sourceSize = 0;   // timestamp pycs
  uint64_t sourceHash = 0;   // hash pycs (SipHash-1-3 of the source, little-endian)
  bool hashBased() const { return flags & 1; }
  bool checkSource() const { return flags & 2; }
};

// The CPython version that writes .pyc files with this magic number
// ("3.13"), or "" when no CPython release uses it.
std::string_view pythonVersionForMagic(uint16_t magic);

// Parses and checks the header: the magic number must be 3.14's and only
// flag bits 0 and 1 may be set. `name` is the file name used in messages.
llvm::Expected<PycHeader> readPycHeader(std::span<const uint8_t> data, std::string_view name);

struct Pyc {
  PycHeader header;
  Ref code; // the module's code object
};

// Header and code object of a .pyc held in memory.
llvm::Expected<Pyc> readPyc(std::span<const uint8_t> data, std::string_view name);
// Reads the file at `path` (the path is the name used in messages).
llvm::Expected<Pyc> readPycFile(const std::string &path);

} // namespace pyvm
