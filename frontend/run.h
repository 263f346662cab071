// Running a program: the entry point `pyvm FILE [args...]` calls.
// Owned by eval (declared here by frontend so the command line can call it;
// the eval owner provides the definition in frontend/run.cpp).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace pyvm {

// Runs the module code of the .pyc at `pycPath` as __main__ with sys.argv =
// `argv` (argv[0] is the script path as given). Returns the process exit
// status: 0, the SystemExit code, or 1 after an uncaught exception (whose
// traceback has been printed to stderr).
// `afterMain`, if given, runs right after the module code returned or raised
// (the exception still pending), before it is reported and __main__ cleared
// (`pyvm --events` turns its tool off there, as the golden recorder does).
int runProgram(const std::string &pycPath, const std::vector<std::string> &argv,
               const std::function<void()> &afterMain = nullptr);

} // namespace pyvm
