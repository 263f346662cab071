// `pyvm --events[=LIST] FILE`: a native PEP 669 tool that prints every event
// of the program's own code, one line per event, in the exact format of the
// golden events recorder (tests/golden/events/README.md, _recorder.py):
//
//   EVENT QUALNAME@FIRST[ ARG]...
//
// The lines go through sys.stdout.write, so they interleave with the
// program's own output exactly as the recorder's do.
#pragma once

#include "monitor/events.h"
#include "vm/object.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pyvm {

// The default selection: every event except INSTRUCTION and BRANCH (an alias);
// C_RETURN and C_RAISE are registered and come with CALL.
monitor::EventSet defaultEventSelection();

// Parses "LINE|BRANCH_LEFT|BRANCH_RIGHT" (names of sys.monitoring.events).
// An empty list is the default selection. False with `error` set on an
// unknown name.
bool parseEventSelection(std::string_view list, monitor::EventSet *events, std::string *error);

// The recorder's text of one callback argument (README.md "Values"). Empty
// with an exception pending if formatting raised.
std::string formatEventValue(Value v);

// The printer: tool 5 (the cases use 0-4), like the recorder. Only events of
// code objects whose co_filename ends with `suffix` ("/case.py") are printed;
// after the first module-level code object (<module>) of that file returns or
// unwinds nothing more is printed (the recorder frees its tool there).
class EventsPrinter {
public:
  static constexpr int kTool = 5;
  EventsPrinter(monitor::EventSet events, std::string suffix);
  ~EventsPrinter();
  // use_tool_id, callbacks, set_events. 0, or -1 with an exception pending.
  int install();
  // set_events(5, 0), free_tool_id(5) (idempotent).
  void uninstall();

private:
  Ref onEvent(monitor::Event event, std::span<const Value> args);
  monitor::EventSet events_;
  std::string suffix_;
  bool installed_ = false;
  bool done_ = false;
  const Object *mainCode_ = nullptr;
};

// Runs the .pyc at `pycPath` as __main__ (runProgram) under an EventsPrinter
// for `events`, filtering on the file name of `scriptPath` (the FILE given on
// the command line). Returns the exit status.
int runWithEvents(const std::string &pycPath, const std::string &scriptPath,
                  const std::vector<std::string> &argv, monitor::EventSet events);

} // namespace pyvm
