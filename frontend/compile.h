// Turning a .py file into its .pyc with the oracle compiler (CPython 3.14 on
// pyodide, tools/oracle), with CPython's cache rules: the .pyc lives in
// <dir>/__pycache__/<name>.cpython-314.pyc and is reused while it is fresh
// (its header's source mtime and size equal the source file's).
#pragma once

#include <llvm/Support/Error.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace pyvm {

// CPython: importlib.util.cache_from_source
std::string cacheFromSource(const std::string &sourcePath);

// The source hash of hash-based .pyc files: SipHash-1-3 of the source bytes
// keyed with the magic number token (k0 = 0x0A0D0E2B, k1 = 0).
// CPython: importlib.util.source_hash, Python/pyhash.c siphash13
uint64_t pycSourceHash(std::string_view source);

// True when `pycPath` is a 3.14 .pyc that CPython would use for the source:
// a timestamp .pyc whose recorded source mtime and size match the source
// file now, an unchecked hash .pyc, or a checked hash .pyc whose hash matches
// the source. CPython: importlib._bootstrap_external SourceLoader.get_code
bool pycIsFresh(const std::string &sourcePath, const std::string &pycPath);

// Returns the path of an up-to-date .pyc for `sourcePath`, compiling it when
// needed. The compiler is `node <oracle.mjs> compile SRC OUT`: the script is
// $PYVM_COMPILER or the build-time PYVM_ORACLE, node is $PYVM_NODE or the
// build-time PYVM_NODE. A $PYVM_COMPILER that is not a .mjs/.js script is
// run directly as `$PYVM_COMPILER compile SRC OUT` (frontend/compile_service.h
// oracleCommand; the same command runs the compile server). The compiler's stderr
// (a SyntaxError, say) becomes part of the error message.
llvm::Expected<std::string> compileToPyc(const std::string &sourcePath);

} // namespace pyvm
