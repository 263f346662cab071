// The compile server: one long-lived `node oracle.mjs compile-server` child
// (CPython 3.14 on pyodide) that answers compile() requests for the whole
// run. It starts lazily on the first request (node takes seconds to start),
// talks over pipes (frames: u32 little-endian length + bytes), and is killed
// and reaped at exit; it also exits by itself when its stdin closes, so it
// never outlives pyvm. Each answer has a deadline ($PYVM_COMPILE_TIMEOUT
// seconds, default 120, start-up included): a silent child is killed, never
// waited on forever.
#pragma once

#include <llvm/Support/Error.h>

#include <string>
#include <string_view>
#include <vector>

namespace pyvm {

// The command that runs the oracle: {node, oracle.mjs} for a .mjs/.js
// $PYVM_COMPILER (default: the build's tools/oracle/oracle.mjs), else
// {$PYVM_COMPILER}. `what` starts the error message ("cannot compile 'x.py'").
llvm::Expected<std::vector<std::string>> oracleCommand(const std::string &what);

// Sends one request frame and returns the reply frame. After a failure
// (no compiler, the child died or timed out) the same error is returned for
// every later request instead of starting node again.
llvm::Expected<std::string> compileServerRequest(std::string_view request);

// Kills and reaps the child if one runs (also registered with atexit).
void stopCompileServer();

// True once a compile server child has been started in this process (tests).
bool compileServerStarted();

} // namespace pyvm
