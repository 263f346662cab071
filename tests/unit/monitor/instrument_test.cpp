// Instrumenting real code objects (data/sample.pyc): the rewritten opcodes
// must be CPython 3.14's, step by step (data/sample_instrumented.txt was
// recorded from CPython with data/gen_expected.py), and removing every tool
// must restore the original code units exactly.
#include "monitor_test_util.h"

#include "monitor/opcode_events.h"
#include "vm/interp.h"

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

namespace pyvm::monitor {
namespace {

using namespace testing;

// name -> step -> bytes
using Expected = std::map<std::string, std::map<std::string, std::vector<uint8_t>>>;

Expected loadExpected() {
  Expected result;
  std::ifstream in(dataPath("sample_instrumented.txt"));
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string name, step, hex;
    fields >> name >> step >> hex;
    std::vector<uint8_t> bytes;
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
      bytes.push_back(uint8_t(std::stoi(hex.substr(i, 2), nullptr, 16)));
    result[name][step] = bytes;
  }
  return result;
}

// The steps gen_expected.py runs: (tool, local events) per step.
struct Step {
  std::vector<std::pair<int, int>> sets;
};
const std::vector<Step> kSteps = {
    {{{1, 1 << 0}}},
    {{{1, 1 << 5}}},
    {{{1, 1 << 4}}},
    {{{1, (1 << 7) | (1 << 8) | (1 << 9)}}},
    {{{1, 1 << 6}}},
    {{{1, (1 << 5) | (1 << 6)}}},
    {{{1, (1 << 2) | (1 << 3) | (1 << 1) | (1 << 10)}}},
    {{{1, (1 << 11) - 1}}},
    {{{1, 1 << 5}, {2, (1 << 5) | (1 << 4)}, {1, 0}, {2, (1 << 6) | (1 << 7)}}},
};

// Compares the code units with CPython's, skipping inline caches (CPython
// writes specialisation counters there; pyvm leaves them alone).
void expectSameUnits(const CodeObject *code, const std::vector<uint8_t> &base,
                     const std::vector<uint8_t> &expected, const std::string &what) {
  ASSERT_EQ(expected.size(), code->instructions.size() * 2) << what;
  for (size_t i = 0; i < code->instructions.size();) {
    uint8_t op = base[2 * i];
    EXPECT_EQ(int(code->instructions[i].opcode), int(expected[2 * i]))
        << what << " at offset " << 2 * i;
    EXPECT_EQ(int(code->instructions[i].arg), int(expected[2 * i + 1]))
        << what << " at offset " << 2 * i;
    i += 1 + cacheEntries(op);
  }
}

std::vector<CodeObject *> allCodes(Value code) {
  std::vector<CodeObject *> out{code.as<CodeObject>()};
  for (Value c : tupleItems(code.as<CodeObject>()->consts.get()))
    if (isCode(c))
      for (CodeObject *inner : allCodes(c))
        out.push_back(inner);
  return out;
}

class InstrumentTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(ensureRuntime());
    resetMonitoring();
    module = loadSample();
    ASSERT_TRUE(module);
  }
  void TearDown() override { resetMonitoring(); }
  Ref module;
};

TEST_F(InstrumentTest, MatchesCPythonStepByStep) {
  Expected expected = loadExpected();
  ASSERT_FALSE(expected.empty());
  useTool(1, "one");
  useTool(2, "two");
  int checked = 0;
  for (CodeObject *code : allCodes(*module)) {
    std::string name = strToUtf8(code->qualname.get());
    SCOPED_TRACE(name);
    ASSERT_TRUE(expected.count(name)) << name;
    auto &steps = expected[name];
    const std::vector<uint8_t> &base = steps["base"];
    std::vector<CodeUnit> original = code->instructions;
    expectSameUnits(code, base, base, "base");
    for (size_t s = 0; s < kSteps.size(); s++) {
      for (size_t k = 0; k < kSteps[s].sets.size(); k++) {
        auto [tool, events] = kSteps[s].sets[k];
        ASSERT_EQ(setLocalEvents(tool, Value::fromObject(code), events), 0) << takeError();
        std::string step = std::to_string(s) + "." + std::to_string(k);
        expectSameUnits(code, base, steps[step], name + " step " + step);
        checked++;
      }
      ASSERT_EQ(setLocalEvents(1, Value::fromObject(code), 0), 0);
      ASSERT_EQ(setLocalEvents(2, Value::fromObject(code), 0), 0);
      std::string step = std::to_string(s) + ".off";
      expectSameUnits(code, base, steps[step], name + " step " + step);
      // All tools gone: exactly the original bytes, caches included.
      ASSERT_EQ(code->instructions.size(), original.size());
      for (size_t i = 0; i < original.size(); i++) {
        EXPECT_EQ(code->instructions[i].opcode, original[i].opcode) << step << " unit " << i;
        EXPECT_EQ(code->instructions[i].arg, original[i].arg) << step << " unit " << i;
      }
    }
  }
  EXPECT_GT(checked, 100);
}

TEST_F(InstrumentTest, LineTableSideData) {
  CodeObject *work = findCode(*module, "work");
  ASSERT_NE(work, nullptr);
  useTool(3);
  ASSERT_EQ(setLocalEvents(3, Value::fromObject(work), 1 << 5), 0) << takeError();
  CoMonitoringData *m = work->monitoring;
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->lines.size(), work->instructions.size());
  // Every unit's line is the location table's; line starts hold their
  // original opcode and carry INSTRUMENTED_LINE.
  std::vector<int> starts;
  for (int i = 0; i < int(work->instructions.size()); i += instructionLength(work, i)) {
    EXPECT_EQ(m->lines[i].line, codeAddrToLine(work, 2 * i)) << "unit " << i;
    if (m->lines[i].originalOpcode) {
      starts.push_back(i);
      EXPECT_EQ(work->instructions[i].opcode, CodeOp::INSTRUMENTED_LINE);
      EXPECT_EQ(m->lines[i].originalOpcode, baseOpcode(work, i));
    } else {
      EXPECT_NE(work->instructions[i].opcode, CodeOp::INSTRUMENTED_LINE);
    }
  }
  // work: s = 0 (4), for (5), s += i (6), return (7), plus the for header
  // again as the target of the back edge -- at FOR_ITER.
  std::vector<int> lines;
  for (int i : starts)
    lines.push_back(m->lines[i].line);
  EXPECT_EQ(lines, (std::vector<int>{4, 5, 5, 6, 7}));
  EXPECT_EQ(baseOpcode(work, starts[2]), CodeOp::FOR_ITER);
  // The firstTraceable unit is the RESUME.
  EXPECT_EQ(baseOpcode(work, m->firstTraceable), CodeOp::RESUME);
}

TEST_F(InstrumentTest, VersionAndGlobalEvents) {
  CodeObject *work = findCode(*module, "work");
  useTool(0);
  uint64_t before = gMonitoring.globalVersion;
  EXPECT_FALSE(isVersionUpToDate(work) && work->instrumentationVersion != before);
  ASSERT_EQ(setEvents(0, 1 << 0), 0) << takeError(); // PY_START
  EXPECT_EQ(gMonitoring.globalVersion, before + kMonitoringVersionStep);
  EXPECT_FALSE(isVersionUpToDate(work));
  // Setting the same events again is not a change.
  ASSERT_EQ(setEvents(0, 1 << 0), 0);
  EXPECT_EQ(gMonitoring.globalVersion, before + kMonitoringVersionStep);
  ASSERT_EQ(instrument(work), 0);
  EXPECT_TRUE(isVersionUpToDate(work));
  int resume = work->monitoring->firstTraceable;
  EXPECT_EQ(work->instructions[resume].opcode, CodeOp::INSTRUMENTED_RESUME);
  EXPECT_EQ(baseOpcode(work, resume), CodeOp::RESUME);
  ASSERT_EQ(setEvents(0, 0), 0);
  ASSERT_EQ(instrument(work), 0);
  EXPECT_EQ(work->instructions[resume].opcode, CodeOp::RESUME);
}

} // namespace
} // namespace pyvm::monitor
