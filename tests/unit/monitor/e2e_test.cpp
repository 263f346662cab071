// End to end: the probe programs of docs/monitoring-semantics.md with an
// inline recorder (data/e2e/*.py, made by make_cases.py), run by pyvm, must
// print exactly the event streams CPython 3.14 printed (data/e2e/*.expected,
// recorded by record.sh).
#include "monitor_test_util.h"

#include "frontend/run.h"
#include "vm/dict.h"
#include "vm/module.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace pyvm::monitor {
namespace {

using namespace testing;

std::string readFile(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs a .pyc as __main__ and returns what it wrote to stdout and stderr.
std::string runCapturing(const std::string &pyc) {
  std::string outPath = "/tmp/pyvm_monitor_e2e_" + std::to_string(getpid()) + ".out";
  std::fflush(stdout);
  std::fflush(stderr);
  int savedOut = dup(1), savedErr = dup(2);
  FILE *f = std::fopen(outPath.c_str(), "w");
  dup2(fileno(f), 1);
  dup2(fileno(f), 2);
  runProgram(pyc, {pyc});
  std::fflush(stdout);
  std::fflush(stderr);
  dup2(savedOut, 1);
  dup2(savedErr, 2);
  close(savedOut);
  close(savedErr);
  std::fclose(f);
  std::string text = readFile(outPath);
  std::remove(outPath.c_str());
  return text;
}

class MonitoringE2E : public ::testing::TestWithParam<const char *> {
protected:
  void SetUp() override {
    ASSERT_TRUE(ensureRuntime());
    resetMonitoring();
    Value sys = gInterp.sysModule.get();
    if (sys.isNull() || dictGetItem(moduleDict(sys), "monitoring").isNull())
      GTEST_SKIP() << "sys.monitoring is not attached to sys yet";
  }
  void TearDown() override { resetMonitoring(); }
};

TEST_P(MonitoringE2E, EventStreamMatchesCPython) {
  std::string name = GetParam();
  std::string output = runCapturing(dataPath("e2e/pyc/" + name + ".pyc"));
  if (output.find("monitoring not yet available") != std::string::npos)
    GTEST_SKIP() << "the eval loop does not call the monitor yet";
  EXPECT_EQ(output, readFile(dataPath("e2e/" + name + ".expected")));
}

INSTANTIATE_TEST_SUITE_P(Cases, MonitoringE2E,
                         ::testing::Values("dispatch_rules", "branches", "generators", "exceptions",
                                           "calls", "comprehensions", "coroutines", "with_match",
                                           "local_events"));

} // namespace
} // namespace pyvm::monitor
