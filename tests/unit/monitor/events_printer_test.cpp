// `pyvm --events`: the native printer (frontend/events_printer.h) prints, for
// a few golden events cases, exactly the lines CPython 3.14 printed through
// the golden recorder (data/events/, copied from tests/golden/events*).
#include "monitor_test_util.h"

#include "frontend/events_printer.h"
#include "vm/singletons.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace pyvm::monitor {
namespace {

using namespace testing;

std::string readText(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `pyc` under the printer and returns its stdout and stderr.
std::string runWithPrinter(const std::string &pyc, EventSet events, int *status) {
  std::string outPath = "/tmp/pyvm_events_printer_" + std::to_string(getpid()) + ".out";
  std::fflush(stdout);
  std::fflush(stderr);
  int savedOut = dup(1), savedErr = dup(2);
  FILE *f = std::fopen(outPath.c_str(), "w");
  dup2(fileno(f), 1);
  dup2(fileno(f), 2);
  *status = runWithEvents(pyc, pyc, {pyc}, events);
  std::fflush(stdout);
  std::fflush(stderr);
  dup2(savedOut, 1);
  dup2(savedErr, 2);
  close(savedOut);
  close(savedErr);
  std::fclose(f);
  std::string text = readText(outPath);
  std::remove(outPath.c_str());
  return text;
}

struct Suite {
  const char *name;
  const char *selection;
};
constexpr Suite kSuites[] = {{"events", ""},
                             {"events_line", "LINE"},
                             {"events_branch", "BRANCH_LEFT|BRANCH_RIGHT"},
                             {"events_instruction", "INSTRUCTION"}};

class EventsPrinterGolden : public ::testing::TestWithParam<const char *> {
protected:
  void SetUp() override {
    ASSERT_TRUE(ensureRuntime());
    resetMonitoring();
  }
  void TearDown() override { resetMonitoring(); }
};

TEST_P(EventsPrinterGolden, MatchesRecorder) {
  std::string name = GetParam();
  for (const Suite &suite : kSuites) {
    SCOPED_TRACE(suite.name);
    EventSet events;
    std::string error;
    ASSERT_TRUE(parseEventSelection(suite.selection, &events, &error)) << error;
    int status = -1;
    std::string output = runWithPrinter(dataPath("events/pyc/" + name + ".pyc"), events, &status);
    EXPECT_EQ(status, 0);
    EXPECT_EQ(output, readText(dataPath("events/" + name + "." + suite.name)));
    // The printer freed its tool.
    EXPECT_TRUE(gMonitoring.toolNames[EventsPrinter::kTool].isNull());
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, EventsPrinterGolden,
                         ::testing::Values("branch_if_else", "gen_send_close", "calls_methods",
                                           "class_body_simple", "exc_reraise_bare"));

// An uncaught exception: the recorder's UNCAUGHT line on stdout (the
// traceback follows on stderr), exit status 1.
TEST(EventsPrinter, Uncaught) {
  ASSERT_TRUE(ensureRuntime());
  resetMonitoring();
  int status = -1;
  std::string output =
      runWithPrinter(dataPath("events/pyc/exc_uncaught.pyc"), defaultEventSelection(), &status);
  EXPECT_EQ(status, 1);
  std::string expected = readText(dataPath("events/exc_uncaught.events"));
  EXPECT_EQ(output.substr(0, expected.size()), expected);
  EXPECT_NE(output.find("Traceback (most recent call last):", expected.size()), std::string::npos);
  resetMonitoring();
}

TEST(EventsPrinter, Selection) {
  EventSet events = 0;
  std::string error;
  EXPECT_TRUE(parseEventSelection("LINE|CALL", &events, &error));
  EXPECT_EQ(events,
            (EventSet(1) << eventIndex(Event::Line)) | (EventSet(1) << eventIndex(Event::Call)));
  EXPECT_TRUE(parseEventSelection("", &events, &error));
  EXPECT_EQ(events, defaultEventSelection());
  EXPECT_FALSE(events & (EventSet(1) << eventIndex(Event::Instruction)));
  EXPECT_TRUE(events & (EventSet(1) << eventIndex(Event::CReturn)));
  EXPECT_FALSE(parseEventSelection("LINE|NOPE", &events, &error));
  EXPECT_EQ(error, "unknown event 'NOPE'");
  EXPECT_FALSE(parseEventSelection("BRANCH", &events, &error));
}

TEST(EventsPrinter, Values) {
  ASSERT_TRUE(ensureRuntime());
  EXPECT_EQ(formatEventValue(missingSentinel()), "MISSING");
  EXPECT_EQ(formatEventValue(Value::fromSmallInt(3)), "3");
  EXPECT_EQ(formatEventValue(None()), "None");
  Ref s = newStr("a'b");
  EXPECT_EQ(formatEventValue(*s), "\"a'b\"");
  Ref t = newTuple(1);
  tupleInit(t.get(), 0, newStr("x"));
  EXPECT_EQ(formatEventValue(*t), "('x',)");
  EXPECT_EQ(formatEventValue(Value::fromObject(&IntType)), "<type int>");
}

} // namespace
} // namespace pyvm::monitor
