// The opcode tables derived from vm/opcodes.def.
#include "monitor/opcode_events.h"
#include "vm/code.h"

#include <gtest/gtest.h>

namespace pyvm::monitor {
namespace {

TEST(OpcodeEvents, TwinsBothWays) {
  EXPECT_EQ(instrumentedFor(CodeOp::CALL), CodeOp::INSTRUMENTED_CALL);
  EXPECT_EQ(deInstrument(CodeOp::INSTRUMENTED_CALL), CodeOp::CALL);
  EXPECT_EQ(instrumentedFor(CodeOp::INSTRUMENTED_CALL), CodeOp::INSTRUMENTED_CALL);
  EXPECT_EQ(instrumentedFor(CodeOp::RESUME), CodeOp::INSTRUMENTED_RESUME);
  EXPECT_EQ(instrumentedFor(CodeOp::NOT_TAKEN), CodeOp::INSTRUMENTED_NOT_TAKEN);
  EXPECT_EQ(instrumentedFor(CodeOp::POP_ITER), CodeOp::INSTRUMENTED_POP_ITER);
  EXPECT_EQ(instrumentedFor(CodeOp::LOAD_FAST), 0);
  EXPECT_EQ(instrumentedFor(CodeOp::INSTRUMENTED_LINE), CodeOp::INSTRUMENTED_LINE);
  EXPECT_EQ(deInstrument(CodeOp::INSTRUMENTED_LINE), 0);
  EXPECT_EQ(deInstrument(CodeOp::INSTRUMENTED_INSTRUCTION), 0);
  EXPECT_EQ(deInstrument(CodeOp::LOAD_FAST), 0);
  // Every instrumented opcode but LINE/INSTRUCTION has a base whose twin it is.
  int twins = 0;
  for (int op = 0; op < 256; op++) {
    if (uint8_t base = deInstrument(uint8_t(op))) {
      EXPECT_EQ(instrumentedFor(base), op);
      twins++;
    }
  }
  EXPECT_EQ(twins, 19);
}

TEST(OpcodeEvents, EventsOfOpcodes) {
  EXPECT_EQ(eventForOpcode(CodeOp::RETURN_VALUE), eventIndex(Event::PyReturn));
  EXPECT_EQ(eventForOpcode(CodeOp::INSTRUMENTED_RETURN_VALUE), eventIndex(Event::PyReturn));
  EXPECT_EQ(eventForOpcode(CodeOp::CALL_KW), eventIndex(Event::Call));
  EXPECT_EQ(eventForOpcode(CodeOp::LOAD_SUPER_ATTR), eventIndex(Event::Call));
  EXPECT_EQ(eventForOpcode(CodeOp::POP_JUMP_IF_NONE), eventIndex(Event::BranchRight));
  EXPECT_EQ(eventForOpcode(CodeOp::NOT_TAKEN), eventIndex(Event::BranchLeft));
  EXPECT_EQ(eventForOpcode(CodeOp::FOR_ITER), eventIndex(Event::BranchLeft));
  EXPECT_EQ(eventForOpcode(CodeOp::END_ASYNC_FOR), eventIndex(Event::BranchRight));
  EXPECT_EQ(eventForOpcode(CodeOp::END_SEND), eventIndex(Event::StopIteration));
  EXPECT_EQ(eventForOpcode(CodeOp::JUMP_BACKWARD), eventIndex(Event::Jump));
  EXPECT_EQ(eventForOpcode(CodeOp::JUMP_BACKWARD_NO_INTERRUPT), -1);
  EXPECT_EQ(eventForOpcode(CodeOp::RESUME), -1);
  EXPECT_EQ(eventForInstruction(CodeOp::RESUME, 0), eventIndex(Event::PyStart));
  EXPECT_EQ(eventForInstruction(CodeOp::RESUME, 5), eventIndex(Event::PyResume));
  EXPECT_EQ(eventForOpcode(CodeOp::LOAD_CONST), -1);
}

TEST(OpcodeEvents, Predicates) {
  EXPECT_TRUE(opcodeHasEvent(CodeOp::RESUME));
  EXPECT_TRUE(opcodeHasEvent(CodeOp::CALL_FUNCTION_EX));
  EXPECT_FALSE(opcodeHasEvent(CodeOp::INSTRUMENTED_LINE));
  EXPECT_FALSE(opcodeHasEvent(CodeOp::LOAD_ATTR));
  EXPECT_TRUE(isInstrumented(CodeOp::INSTRUMENTED_LINE));
  EXPECT_TRUE(isInstrumented(CodeOp::INSTRUMENTED_END_FOR));
  EXPECT_FALSE(isInstrumented(CodeOp::ENTER_EXECUTOR));
  EXPECT_FALSE(isInstrumented(CodeOp::CALL));
  EXPECT_EQ(deoptimize(CodeOp::LOAD_ATTR_SLOT), CodeOp::LOAD_ATTR);
  EXPECT_EQ(deoptimize(CodeOp::RESUME_CHECK), CodeOp::RESUME);
  EXPECT_EQ(deoptimize(CodeOp::CALL), CodeOp::CALL);
  EXPECT_EQ(cacheEntries(CodeOp::CALL), 3);
  EXPECT_EQ(cacheEntries(CodeOp::LOAD_ATTR), 9);
}

TEST(OpcodeEvents, Names) {
  EXPECT_STREQ(eventName(Event::PyStart), "PY_START");
  EXPECT_STREQ(eventName(Event::BranchLeft), "BRANCH_LEFT");
  EXPECT_STREQ(eventName(Event::StopIteration), "STOP_ITERATION");
  EXPECT_STREQ(eventName(Event::CRaise), "C_RAISE");
  EXPECT_STREQ(eventName(Event::Branch), "BRANCH");
  EXPECT_EQ(eventName(19), nullptr);
  EXPECT_EQ(kLocalEvents, 11);
  EXPECT_EQ(kUngroupedEvents, 16);
  EXPECT_EQ(kEvents, 19);
}

} // namespace
} // namespace pyvm::monitor
