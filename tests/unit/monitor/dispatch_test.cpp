// Calling the tools: arguments, order, DISABLE, MISSING, errors, callbacks
// not monitored, the scope C API and native tools. Events are fired through
// monitor/hooks.h as the INSTRUMENTED_* bodies call it, on the code objects
// of data/sample.pyc (offsets as `dis` shows them, see sample.py).
#include "monitor_test_util.h"

#include "monitor/hooks.h"
#include "monitor/native_tool.h"
#include "monitor/scope.h"
#include "vm/int.h"
#include "vm/singletons.h"

#include <vector>

namespace pyvm::monitor {
namespace {

using namespace testing;

constexpr int PY_START = 1, LINE = 32, CALL = 16, INSTRUCTION = 64, JUMP = 128, BRANCH_LEFT = 256,
              BRANCH_RIGHT = 512, STOP_ITERATION = 1024, RAISE = 2048;

// One recorded call: the tool, the event and the arguments after the code.
struct Call {
  int tool;
  Event event;
  std::vector<std::string> args;
  bool operator==(const Call &) const = default;
};

std::string show(Value v) {
  if (isMissing(v))
    return "MISSING";
  if (isCode(v))
    return "<code " + strToUtf8(v.as<CodeObject>()->name.get()) + ">";
  Ref r = repr(v);
  return r ? strToUtf8(*r) : "?";
}

class DispatchTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(ensureRuntime());
    resetMonitoring();
    module = loadSample();
    ASSERT_TRUE(module);
    work = findCode(*module, "work");
    branchy = findCode(*module, "branchy");
    ASSERT_TRUE(work && branchy);
  }
  void TearDown() override { resetMonitoring(); }

  // Registers a recording callback that answers `answer` (None when null).
  void record(int tool, Event event, Value answer = Value()) {
    ASSERT_EQ(registerNativeCallback(tool, event,
                                     [this, tool, event, answer](std::span<const Value> args) {
                                       Call c{tool, event, {}};
                                       for (Value a : args)
                                         c.args.push_back(show(a));
                                       calls.push_back(c);
                                       return Ref::borrow(answer.isNull() ? None() : answer);
                                     }),
              0);
  }
  void local(int tool, CodeObject *code, int events) {
    ASSERT_EQ(setLocalEvents(tool, Value::fromObject(code), events), 0) << takeError();
  }

  Ref module;
  CodeObject *work = nullptr, *branchy = nullptr;
  std::vector<Call> calls;
};

TEST_F(DispatchTest, LineEventsDisablePerInstructionUntilRestart) {
  useTool(3);
  record(3, Event::Line, disableSentinel());
  local(3, work, LINE);
  // s = 0 starts line 4 (offset 2, unit 1).
  EXPECT_EQ(fireLine(work, 1, 0), CodeOp::LOAD_SMALL_INT);
  EXPECT_EQ(work->instructions[1].opcode, CodeOp::LOAD_SMALL_INT); // disabled here only
  EXPECT_EQ(work->instructions[3].opcode, CodeOp::INSTRUMENTED_LINE);
  EXPECT_EQ(fireLine(work, 3, 2), CodeOp::LOAD_GLOBAL);
  // FOR_ITER (unit 14) reached from GET_ITER on the same line: no event.
  EXPECT_EQ(fireLine(work, 14, 13), CodeOp::FOR_ITER);
  EXPECT_EQ(work->instructions[14].opcode, CodeOp::INSTRUMENTED_LINE);
  // ... but reached from the loop's back edge (line 6): an event.
  EXPECT_EQ(fireLine(work, 14, 25), CodeOp::FOR_ITER);
  EXPECT_EQ(work->instructions[14].opcode, CodeOp::FOR_ITER);
  EXPECT_EQ(calls, (std::vector<Call>{{3, Event::Line, {"<code work>", "4"}},
                                      {3, Event::Line, {"<code work>", "5"}},
                                      {3, Event::Line, {"<code work>", "5"}}}));
  // DISABLE outlives turning the events off and on again...
  local(3, work, 0);
  local(3, work, LINE);
  EXPECT_EQ(work->instructions[1].opcode, CodeOp::INSTRUMENTED_LINE);
  // (set_local_events re-instruments at once; the global path is lazy:)
  ASSERT_EQ(setLocalEvents(3, Value::fromObject(work), 0), 0);
  ASSERT_EQ(setEvents(3, LINE), 0);
  ASSERT_EQ(instrument(work), 0);
  EXPECT_EQ(fireLine(work, 1, 0), CodeOp::LOAD_SMALL_INT);
  EXPECT_EQ(work->instructions[1].opcode, CodeOp::LOAD_SMALL_INT);
  ASSERT_EQ(setEvents(3, 0), 0);
  ASSERT_EQ(setEvents(3, LINE), 0);
  ASSERT_EQ(instrument(work), 0);
  EXPECT_EQ(work->instructions[1].opcode, CodeOp::LOAD_SMALL_INT); // still disabled
  // ... until restart_events.
  ASSERT_EQ(restartEvents(), 0);
  EXPECT_TRUE(needsInstrumentation(work));
  ASSERT_EQ(instrumentOnResume(work), 1);
  EXPECT_FALSE(needsInstrumentation(work));
  EXPECT_EQ(work->instructions[1].opcode, CodeOp::INSTRUMENTED_LINE);
}

TEST_F(DispatchTest, HighestToolFirstGlobalAndLocalMerged) {
  useTool(3);
  useTool(4);
  record(3, Event::Line);
  record(4, Event::Line);
  ASSERT_EQ(setEvents(4, LINE), 0);
  local(3, work, LINE);
  ASSERT_EQ(instrument(work), 0);
  EXPECT_EQ(fireLine(work, 1, 0), CodeOp::LOAD_SMALL_INT);
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0].tool, 4);
  EXPECT_EQ(calls[1].tool, 3);
  // DISABLE from one tool leaves the other at that line (line tools table).
  calls.clear();
  record(4, Event::Line, disableSentinel());
  EXPECT_EQ(fireLine(work, 3, 2), CodeOp::LOAD_GLOBAL);
  EXPECT_EQ(work->instructions[3].opcode, CodeOp::INSTRUMENTED_LINE);
  calls.clear();
  EXPECT_EQ(fireLine(work, 3, 2), CodeOp::LOAD_GLOBAL);
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].tool, 3);
}

TEST_F(DispatchTest, CallArgumentsMissingAndCReturn) {
  useTool(1);
  record(1, Event::Call);
  record(1, Event::CReturn);
  local(1, work, CALL);
  // CALL at offset 18 is unit 9.
  EXPECT_EQ(work->instructions[9].opcode, CodeOp::INSTRUMENTED_CALL);
  Ref callable = newStr("range");
  ASSERT_EQ(fireCall(work, 9, *callable, Value()), 0);
  ASSERT_EQ(fireCReturn(work, 9, *callable, Value::fromSmallInt(3)), 0);
  EXPECT_EQ(calls, (std::vector<Call>{{1, Event::Call, {"<code work>", "18", "'range'", "MISSING"}},
                                      {1, Event::CReturn, {"<code work>", "18", "'range'", "3"}}}));
}

TEST_F(DispatchTest, CallbacksAreNotMonitored) {
  useTool(1);
  int depth = 0;
  ASSERT_EQ(registerNativeCallback(1, Event::Call,
                                   [&](std::span<const Value>) {
                                     depth++;
                                     EXPECT_TRUE(isTracing());
                                     // An event inside a callback is not fired.
                                     EXPECT_EQ(fireCall(work, 9, None(), Value()), 0);
                                     return newNone();
                                   }),
            0);
  local(1, work, CALL);
  ASSERT_EQ(fireCall(work, 9, None(), Value()), 0);
  EXPECT_EQ(depth, 1);
  EXPECT_FALSE(isTracing());
  // RESUME does not re-instrument while a callback runs.
  gMonitoring.tracing = 1;
  ASSERT_EQ(setEvents(1, LINE), 0);
  EXPECT_EQ(instrumentOnResume(work), 0);
  gMonitoring.tracing = 0;
  EXPECT_EQ(instrumentOnResume(work), 1);
}

TEST_F(DispatchTest, ExceptionFromCallbackPropagatesToolStaysOn) {
  useTool(3);
  ASSERT_EQ(registerNativeCallback(
                3, Event::Line,
                [](std::span<const Value>) { return raise(&RuntimeErrorType, "from callback"); }),
            0);
  ASSERT_EQ(setEvents(3, LINE), 0);
  ASSERT_EQ(instrument(work), 0);
  EXPECT_EQ(fireLine(work, 1, 0), -1);
  EXPECT_EQ(takeError(), "RuntimeError: from callback");
  EXPECT_EQ(getEvents(3), LINE);
  EXPECT_EQ(work->instructions[1].opcode, CodeOp::INSTRUMENTED_LINE);
}

TEST_F(DispatchTest, DisableOfNonLocalEventIsAnError) {
  useTool(2);
  record(2, Event::Raise, disableSentinel());
  ASSERT_EQ(setEvents(2, RAISE), 0);
  raise(&KeyErrorType, "k");
  fireRaise(work, 12);
  EXPECT_EQ(takeError(), "ValueError: Cannot disable RAISE events. Callback removed.");
  EXPECT_TRUE(callbackOf(2, eventIndex(Event::Raise)).isNull());
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].args[1], "24");
  EXPECT_EQ(calls[0].args[2], "KeyError('k')");
}

TEST_F(DispatchTest, RaiseKeepsTheExceptionPending) {
  useTool(2);
  record(2, Event::Raise);
  // No tool: nothing is called, nothing changes.
  raise(&KeyErrorType, "k");
  fireRaise(work, 12);
  EXPECT_TRUE(calls.empty());
  ASSERT_EQ(setEvents(2, RAISE), 0);
  fireRaise(work, 12);
  EXPECT_EQ(calls.size(), 1u);
  EXPECT_EQ(takeError(), "KeyError: 'k'");
}

TEST_F(DispatchTest, CRaiseIsProtectedAndItsDisableReplacesTheException) {
  useTool(1);
  record(1, Event::CRaise);
  ASSERT_EQ(setEvents(1, CALL), 0);
  ASSERT_EQ(instrument(work), 0);
  Ref callable = newStr("int");
  raise(&ValueErrorType, "bad");
  fireCRaise(work, 9, *callable, Value::fromSmallInt(1));
  EXPECT_EQ(takeError(), "ValueError: bad");
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].args, (std::vector<std::string>{"<code work>", "18", "'int'", "1"}));
  record(1, Event::CRaise, disableSentinel());
  raise(&KeyErrorType, "k");
  fireCRaise(work, 9, *callable, Value::fromSmallInt(1));
  EXPECT_EQ(takeError(), "ValueError: Cannot disable C_RAISE events. Callback removed.");
}

TEST_F(DispatchTest, BranchesAndJumps) {
  useTool(1);
  record(1, Event::BranchLeft);
  record(1, Event::BranchRight);
  record(1, Event::Jump, disableSentinel());
  local(1, branchy, JUMP | BRANCH_LEFT | BRANCH_RIGHT);
  // POP_JUMP_IF_FALSE at 12 (unit 6) taken to 22; NOT_TAKEN at 16 (unit 8).
  EXPECT_EQ(branchy->instructions[6].opcode, CodeOp::INSTRUMENTED_POP_JUMP_IF_FALSE);
  EXPECT_EQ(branchy->instructions[8].opcode, CodeOp::INSTRUMENTED_NOT_TAKEN);
  ASSERT_EQ(fireBranchRight(branchy, 6, 6, 11), 0);
  ASSERT_EQ(fireBranchLeft(branchy, 8, 6, 9), 0);
  // JUMP_BACKWARD at 66 (unit 33) to 34; DISABLE removes that jump only.
  EXPECT_EQ(branchy->instructions[33].opcode, CodeOp::INSTRUMENTED_JUMP_BACKWARD);
  ASSERT_EQ(fireJump(branchy, 33, 17), 0);
  EXPECT_EQ(branchy->instructions[33].opcode, CodeOp::JUMP_BACKWARD);
  EXPECT_EQ(calls, (std::vector<Call>{{1, Event::BranchRight, {"<code branchy>", "12", "22"}},
                                      {1, Event::BranchLeft, {"<code branchy>", "12", "18"}},
                                      {1, Event::Jump, {"<code branchy>", "66", "34"}}}));
}

TEST_F(DispatchTest, LegacyBranchCallbackWrapsBothDirections) {
  useTool(1);
  std::vector<int> seen;
  ASSERT_EQ(registerNativeCallback(1, Event::Branch,
                                   [&](std::span<const Value> args) {
                                     seen.push_back(int(args[1].smallInt()));
                                     seen.push_back(int(args[2].smallInt()));
                                     return newNone();
                                   }),
            0);
  local(1, branchy, BRANCH_LEFT | BRANCH_RIGHT);
  ASSERT_EQ(fireBranchRight(branchy, 6, 6, 11), 0);
  ASSERT_EQ(fireBranchLeft(branchy, 8, 6, 9), 0);
  EXPECT_EQ(seen, (std::vector<int>{12, 22, 12, 18}));
}

TEST_F(DispatchTest, InstructionEvents) {
  useTool(5);
  record(5, Event::Instruction);
  local(5, work, INSTRUCTION | LINE);
  // Every instruction but RESUME and END_FOR.
  EXPECT_EQ(work->instructions[0].opcode, CodeOp::RESUME);
  EXPECT_EQ(work->instructions[1].opcode, CodeOp::INSTRUMENTED_LINE);
  EXPECT_EQ(work->instructions[2].opcode, CodeOp::INSTRUMENTED_INSTRUCTION);
  EXPECT_EQ(work->instructions[27].opcode, CodeOp::END_FOR);
  // INSTRUMENTED_LINE then INSTRUMENTED_INSTRUCTION then the instruction.
  EXPECT_EQ(fireLine(work, 1, 0), CodeOp::INSTRUMENTED_INSTRUCTION);
  EXPECT_EQ(fireInstruction(work, 1), CodeOp::LOAD_SMALL_INT);
  EXPECT_EQ(fireInstruction(work, 2), CodeOp::STORE_FAST);
  EXPECT_EQ(calls, (std::vector<Call>{{5, Event::Instruction, {"<code work>", "2"}},
                                      {5, Event::Instruction, {"<code work>", "4"}}}));
  EXPECT_EQ(originalOpcode(work, 1), CodeOp::LOAD_SMALL_INT);
}

TEST_F(DispatchTest, StopIterationCarriesTheValue) {
  CodeObject *delegate = findCode(*module, "delegate");
  ASSERT_NE(delegate, nullptr);
  useTool(1);
  record(1, Event::StopIteration);
  EXPECT_EQ(fireStopIteration(delegate, 10, Value::fromSmallInt(7)), 0); // no tool
  EXPECT_TRUE(calls.empty());
  local(1, delegate, STOP_ITERATION);
  EXPECT_EQ(fireStopIteration(delegate, 10, Value::fromSmallInt(7)), 0);
  EXPECT_FALSE(errorPending());
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].args, (std::vector<std::string>{"<code delegate>", "20", "StopIteration(7)"}));
}

TEST_F(DispatchTest, ResumeFiresStartOrResume) {
  useTool(0);
  record(0, Event::PyStart);
  record(0, Event::PyResume);
  local(0, work, PY_START | 2);
  EXPECT_EQ(work->instructions[0].opcode, CodeOp::INSTRUMENTED_RESUME);
  ASSERT_EQ(fireResume(work, 0, 0), 0);
  ASSERT_EQ(fireResume(work, 0, 1), 0);
  EXPECT_EQ(calls, (std::vector<Call>{{0, Event::PyStart, {"<code work>", "0"}},
                                      {0, Event::PyResume, {"<code work>", "0"}}}));
}

TEST_F(DispatchTest, ScopeApi) {
  useTool(2);
  record(2, Event::PyStart, disableSentinel());
  record(2, Event::Line);
  ASSERT_EQ(setEvents(2, PY_START | LINE), 0);
  MonState states[2];
  uint64_t version = 0;
  const uint8_t types[2] = {uint8_t(Event::PyStart), uint8_t(Event::Line)};
  ASSERT_EQ(enterScope(states, &version, types, 2), 0);
  EXPECT_EQ(states[0].active, 1 << 2);
  EXPECT_EQ(states[1].active, 1 << 2);
  EXPECT_EQ(version, gMonitoring.globalVersion);
  Ref codelike = newStr("codelike");
  ASSERT_EQ(firePyStart(&states[0], *codelike, 10), 0);
  EXPECT_EQ(states[0].active, 0); // DISABLE: this state only
  ASSERT_EQ(firePyStart(&states[0], *codelike, 10), 0);
  ASSERT_EQ(fireLine(&states[1], *codelike, 10, 42), 0);
  EXPECT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[1].args, (std::vector<std::string>{"'codelike'", "42"}));
  // The same version: enterScope keeps the states.
  ASSERT_EQ(enterScope(states, &version, types, 2), 0);
  EXPECT_EQ(states[0].active, 0);
  EXPECT_EQ(fireLine(&states[1], *codelike, -1, 42), -1);
  EXPECT_EQ(takeError(), "ValueError: offset must be non-negative");
  MonState raiseState{1 << 2};
  EXPECT_EQ(fireRaise(&raiseState, *codelike, 3), -1);
  EXPECT_EQ(takeError(), "ValueError: Firing event 11 with no exception set");
  ASSERT_EQ(exitScope(), 0);
}

class CountingTool : public NativeTool {
public:
  Ref onEvent(Event event, std::span<const Value> args) override {
    events.push_back(event);
    offsets.push_back(args.size() > 1 && args[1].isSmallInt() ? int(args[1].smallInt()) : -1);
    return newNone();
  }
  std::vector<Event> events;
  std::vector<int> offsets;
};

TEST_F(DispatchTest, NativeTool) {
  CountingTool tool;
  ASSERT_EQ(tool.install(kProfilerId, "prof", eventBit(Event::PyStart) | eventBit(Event::Line)), 0)
      << takeError();
  EXPECT_EQ(getEvents(kProfilerId), PY_START | LINE);
  EXPECT_EQ(strToUtf8(toolName(kProfilerId)), "prof");
  EXPECT_TRUE(isNativeCallback(callbackOf(kProfilerId, eventIndex(Event::Line))));
  ASSERT_EQ(instrument(work), 0);
  ASSERT_EQ(fireResume(work, 0, 0), 0);
  EXPECT_EQ(fireLine(work, 1, 0), CodeOp::LOAD_SMALL_INT);
  EXPECT_EQ(tool.events, (std::vector<Event>{Event::PyStart, Event::Line}));
  EXPECT_EQ(tool.offsets, (std::vector<int>{0, 4}));
  ASSERT_EQ(tool.uninstall(), 0);
  EXPECT_TRUE(toolName(kProfilerId).isNull());
  ASSERT_EQ(instrument(work), 0);
  EXPECT_EQ(work->instructions[0].opcode, CodeOp::RESUME);
  EXPECT_EQ(work->instructions[1].opcode, CodeOp::LOAD_SMALL_INT);
}

} // namespace
} // namespace pyvm::monitor
