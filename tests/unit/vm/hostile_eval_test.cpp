// What the verifier cannot know statically, the eval loop checks: hostile
// bytecode that passes verification gets a Python exception, not a crash
// (an unbound local read by LOAD_FAST, a cell slot without a cell, RERAISE of
// something that is not an exception).
#include "vm/abstract.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/interp.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pyvm {
namespace {

using namespace CodeOp;

class HostileEval : public ::testing::Test {
protected:
  static void SetUpTestSuite() { ASSERT_TRUE(initInterpreter()); }
  void TearDown() override { clearPendingException(); }
};

std::vector<uint8_t> assemble(std::initializer_list<std::pair<uint8_t, uint8_t>> insns) {
  std::vector<uint8_t> out;
  for (auto [op, arg] : insns) {
    out.push_back(op);
    out.push_back(arg);
    for (int i = 0; i < kOpcodeInfo[op].caches; ++i) {
      out.push_back(0);
      out.push_back(0);
    }
  }
  return out;
}

Ref strTuple(const std::vector<std::string> &items) {
  Ref t = newTuple(items.size());
  for (size_t i = 0; i < items.size(); ++i)
    tupleInit(t.get(), i, newStr(items[i]));
  return t;
}

// Runs module-like code (no arguments) with the given locals and their kinds;
// returns "ok" or "Type: message" of the exception it raised.
std::string runCode(const std::vector<uint8_t> &code, const std::vector<std::string> &locals,
                    const std::string &kinds, int stacksize = 4) {
  Ref consts = newTuple(1);
  tupleInit(consts.get(), 0, newNone());
  CodeFields f{0,
               0,
               0,
               stacksize,
               kCoOptimized | kCoNewLocals,
               newBytes(code.data(), code.size()),
               std::move(consts),
               strTuple({}),
               strTuple(locals),
               newBytes(kinds),
               newStr("<test>"),
               newStr("f"),
               newStr("f"),
               1,
               newBytes(std::string()),
               newBytes(std::string())};
  Ref co = newCode(std::move(f));
  if (!co)
    return "rejected";
  Ref globals = newDict();
  Ref r = evalCode(co.as<CodeObject>(), globals.get(), globals.get());
  if (r)
    return "ok";
  Ref exc = takePendingException();
  Ref s = str(exc.get());
  return typeName(exc.get()) + ": " + (s ? strToUtf8(s.get()) : "?");
}

const std::string kUnbound =
    "UnboundLocalError: cannot access local variable 'y' where it is not associated with a value";

TEST_F(HostileEval, LoadFastOfAnUnboundLocalRaises) {
  for (uint8_t op : {LOAD_FAST, LOAD_FAST_BORROW})
    EXPECT_EQ(runCode(assemble({{op, 0}, {RETURN_VALUE, 0}}), {"y"}, "\x20"), kUnbound)
        << kOpcodeInfo[op].name;
}

TEST_F(HostileEval, PairedLoadFastOfAnUnboundLocalRaises) {
  // x = None; then load (x, y) with y unbound
  for (uint8_t op : {LOAD_FAST_LOAD_FAST, LOAD_FAST_BORROW_LOAD_FAST_BORROW})
    EXPECT_EQ(
        runCode(
            assemble(
                {{LOAD_CONST, 0}, {STORE_FAST, 0}, {op, 0x01}, {POP_TOP, 0}, {RETURN_VALUE, 0}}),
            {"x", "y"}, "\x20\x20"),
        kUnbound)
        << kOpcodeInfo[op].name;
  // STORE_FAST_LOAD_FAST stores x, then loads the unbound y
  EXPECT_EQ(runCode(assemble({{LOAD_CONST, 0}, {STORE_FAST_LOAD_FAST, 0x01}, {RETURN_VALUE, 0}}),
                    {"x", "y"}, "\x20\x20"),
            kUnbound);
}

TEST_F(HostileEval, CellSlotWithoutACellRaises) {
  // A cell variable whose MAKE_CELL was dropped.
  const std::string expected = "SystemError: no cell in a cell or free variable slot";
  EXPECT_EQ(runCode(assemble({{LOAD_DEREF, 0}, {RETURN_VALUE, 0}}), {"c"}, "\x40"), expected);
  EXPECT_EQ(
      runCode(assemble({{LOAD_CONST, 0}, {STORE_DEREF, 0}, {LOAD_CONST, 0}, {RETURN_VALUE, 0}}),
              {"c"}, "\x40"),
      expected);
  EXPECT_EQ(
      runCode(assemble({{DELETE_DEREF, 0}, {LOAD_CONST, 0}, {RETURN_VALUE, 0}}), {"c"}, "\x40"),
      expected);
  // With MAKE_CELL the same code runs.
  EXPECT_EQ(runCode(assemble({{MAKE_CELL, 0},
                              {LOAD_CONST, 0},
                              {STORE_DEREF, 0},
                              {LOAD_DEREF, 0},
                              {RETURN_VALUE, 0}}),
                    {"c"}, "\x40"),
            "ok");
}

TEST_F(HostileEval, CopyFreeVarsInCodeWithoutAFunction) {
  // exec()-style code has no function (and so no closure) to copy from.
  EXPECT_EQ(runCode(assemble({{COPY_FREE_VARS, 0}, {LOAD_CONST, 0}, {RETURN_VALUE, 0}}), {}, ""),
            "ok");
}

TEST_F(HostileEval, ReraiseOfANonExceptionRaises) {
  EXPECT_EQ(runCode(assemble({{LOAD_CONST, 0}, {RERAISE, 0}}), {}, ""),
            "SystemError: RERAISE of a 'NoneType' object, not an exception");
}

} // namespace
} // namespace pyvm
