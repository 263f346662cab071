// pyvm's command line.
//
//   pyvm [options] FILE [args...]   run FILE (.pyc, or .py compiled by the oracle)
//   pyvm [options] dis FILE         print dis.dis() of FILE's module code
//
// Everything after FILE belongs to the program (its sys.argv[1:]), so
// `pyvm app.pyc -x --y` passes `-x --y` on: the command line is split at FILE
// before CLI11 sees it. Bad input gives `pyvm: <file>: <what>` on stderr and
// exit status 1.
#include "frontend/compile.h"
#include "frontend/compile_source.h"
#include "frontend/dis.h"
#include "frontend/events_printer.h"
#include "frontend/pyc.h"
#include "frontend/run.h"
#include "vm/runtime.h"

#include <CLI/CLI.hpp>
#include <llvm/Support/raw_ostream.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <string>
#include <vector>


namespace {

constexpr const char *kVersion = "pyvm " PYVM_VERSION " (CPython 3.14 bytecode)";

int fail(const std::string &file, const std::string &what) {
  llvm::errs() << "pyvm: " << file << ": " << what << "\n";
  return 1;
}

bool endsWith(const std::string &s, const std::string &suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The .pyc to load for FILE: itself, or the compiled form of a .py.
bool pycFor(const std::string &file, std::string &pyc, std::string &error) {
  if (!endsWith(file, ".py")) {
    pyc = file;
    return true;
  }
  auto compiled = pyvm::compileToPyc(file);
  if (!compiled) {
    error = llvm::toString(compiled.takeError());
    return false;
  }
  pyc = *compiled;
  return true;
}

int runDis(const std::string &file) {
  std::string pycPath, error;
  if (!pycFor(file, pycPath, error))
    return fail(file, error);
  auto pyc = pyvm::readPycFile(pycPath);
  if (!pyc)
    return fail(file, llvm::toString(pyc.takeError()));
  std::string text;
  llvm::raw_string_ostream out(text);
  if (auto e = pyvm::disassemble(out, pyc->code.get()))
    return fail(file, llvm::toString(std::move(e)));
  out.flush();
  llvm::outs() << text;
  llvm::outs().flush();
  return 0;
}

int runFile(const std::string &file, const std::vector<std::string> &programArgs,
            const pyvm::monitor::EventSet *events = nullptr) {
  std::string pycPath, error;
  if (!pycFor(file, pycPath, error))
    return fail(file, error);
  std::vector<std::string> argv{file};
  argv.insert(argv.end(), programArgs.begin(), programArgs.end());
  if (events) // --events: print the program's PEP 669 events (frontend/events_printer.h)
    return pyvm::runWithEvents(pycPath, file, argv, *events);
  return pyvm::runProgram(pycPath, argv);
}

// Options of pyvm itself that take a value (as separate word or with '=').
bool takesValue(const std::string &arg) { return arg == "--log-level"; }

} // namespace

int main(int argc, char **argv) {
  // Split the command line: pyvm's own options, then FILE (or `dis FILE`),
  // then the program's arguments, which CLI11 never sees.
  std::vector<std::string> ours;
  std::vector<std::string> programArgs;
  bool isDis = false;
  std::string file;
  int i = 1;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") {
      ++i;
      break;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      ours.push_back(arg);
      if (takesValue(arg) && i + 1 < argc)
        ours.push_back(argv[++i]);
      continue;
    }
    break;
  }
  if (i < argc && std::string(argv[i]) == "dis" && file.empty()) {
    isDis = true;
    ++i;
    // `dis` takes options and one FILE.
    for (; i < argc; ++i)
      ours.push_back(argv[i]);
  } else if (i < argc) {
    file = argv[i++];
    for (; i < argc; ++i)
      programArgs.push_back(argv[i]);
  }

  CLI::App app{"pyvm: a virtual machine for CPython 3.14 .pyc files", "pyvm"};
  app.set_version_flag("--version", kVersion);
  app.footer("FILE is a .pyc file, or a .py file compiled on the fly with the oracle compiler\n"
             "(tools/oracle; $PYVM_COMPILER, $PYVM_NODE). Arguments after FILE go to the program.\n"
             "\n"
             "Commands:\n"
             "  dis FILE    print what CPython 3.14's dis.dis() prints for FILE's module code");
  std::string logLevel = "warn";
  app.add_option("--log-level", logLevel, "diagnostics on stderr: off, error, warn, info, debug, trace")
      ->check(CLI::IsMember({"off", "error", "warn", "info", "debug", "trace"}));
  std::string eventsList;
  CLI::Option *eventsOption =
      app.add_option("--events", eventsList,
                     "print the program's sys.monitoring events (LIST: names joined by '|', "
                     "e.g. --events='LINE|CALL'; default: all but INSTRUCTION)")
          ->expected(0, 1);
  // Reserved for later issues: --trace (a flag: give a value
  // with '=' so takesValue() need not know them), and a debugger command
  // (`debug FILE`, split off like `dis` above).
  // FILE and its arguments were split off above; declaring them here makes
  // the usage line and --help describe them.
  std::string disFile;
  std::vector<std::string> shownArgs;
  app.add_option("file", disFile, isDis ? "the .pyc or .py file to disassemble"
                                        : "the program: a .pyc file, or a .py file");
  app.add_option("args", shownArgs, "arguments of the program (its sys.argv[1:])");
  std::vector<std::string> cliArgs(ours.rbegin(), ours.rend());
  try {
    app.parse(cliArgs);
  } catch (const CLI::ParseError &e) {
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }
  if (isDis && disFile.empty()) {
    llvm::errs() << "pyvm: dis: a FILE to disassemble is required\n";
    return 2;
  }
  if (isDis && !shownArgs.empty()) {
    llvm::errs() << "pyvm: dis: takes one FILE (got also '" << shownArgs.front() << "')\n";
    return 2;
  }

  spdlog::set_default_logger(spdlog::stderr_color_mt("pyvm"));
  spdlog::set_pattern("pyvm: %l: %v");
  spdlog::set_level(spdlog::level::from_str(logLevel));

  if (!isDis && file.empty()) {
    llvm::errs() << app.help();
    return 2;
  }
  if (!pyvm::initRuntime()) {
    llvm::errs() << "pyvm: the runtime failed to start\n";
    return 1;
  }
  // compile()/exec()/eval() of source text go to CPython 3.14 (tools/oracle).
  pyvm::installSourceCompiler();
  if (isDis)
    return runDis(disFile);
  if (eventsOption->count()) {
    pyvm::monitor::EventSet events;
    std::string error;
    if (!pyvm::parseEventSelection(eventsList, &events, &error)) {
      llvm::errs() << "pyvm: --events: " << error << "\n";
      return 2;
    }
    return runFile(file, programArgs, &events);
  }
  return runFile(file, programArgs);
}
