// Shared helpers of the monitor unit tests: the runtime, the sample .pyc
// (data/sample.py compiled by CPython 3.14), errors as text, a clean
// monitoring state per test.
#pragma once

#include "frontend/pyc.h"
#include "monitor/instrument.h"
#include "monitor/state.h"
#include "vm/abstract.h"
#include "vm/errors.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <gtest/gtest.h>

#include <string>

#ifndef PYVM_SOURCE_DIR
#define PYVM_SOURCE_DIR "."
#endif

namespace pyvm::monitor::testing {

inline std::string dataPath(const std::string &name) {
  return std::string(PYVM_SOURCE_DIR) + "/tests/unit/monitor/data/" + name;
}

inline bool ensureRuntime() {
  static bool ready = initInterpreter();
  return ready;
}

// "ValueError: message" for the pending exception (taken), or "" if none.
inline std::string takeError() {
  Ref exc = takePendingException();
  if (!exc)
    return "";
  Ref text = str(*exc);
  std::string message = text ? strToUtf8(*text) : "<str failed>";
  return typeName(*exc) + ": " + message;
}

// The module code object of data/sample.pyc (a fresh one per call).
inline Ref loadSample() {
  auto pyc = readPycFile(dataPath("pyc/sample.pyc"));
  if (!pyc) {
    ADD_FAILURE() << llvm::toString(pyc.takeError());
    return Ref();
  }
  return std::move(pyc->code);
}

// The code object with co_qualname `qualname` inside `code` (depth first).
inline CodeObject *findCode(Value code, std::string_view qualname) {
  auto *co = code.as<CodeObject>();
  if (strToUtf8(co->qualname.get()) == qualname)
    return co;
  for (Value c : tupleItems(co->consts.get()))
    if (isCode(c))
      if (CodeObject *found = findCode(c, qualname))
        return found;
  return nullptr;
}

// Frees every tool (0-7) and restarts, so each test starts from nothing.
inline void resetMonitoring() {
  for (int tool = 0; tool < kToolIds; tool++) {
    if (isToolInUse(tool) && gMonitoring.toolNames[tool].isNull()) {
      // Legacy ids: drop events and callbacks directly.
      setGlobalEvents(tool, 0);
      for (int e = 0; e < kEvents; e++)
        swapCallback(tool, e, Value());
    } else if (tool < kSysProfileId) {
      freeToolId(tool);
    }
  }
  clearPendingException();
  gMonitoring.tracing = 0;
}

// Claims `tool` with a name.
inline void useTool(int tool, const char *name = "test") {
  Ref n = newStr(name);
  ASSERT_EQ(useToolId(tool, *n), 0) << takeError();
}

} // namespace pyvm::monitor::testing
