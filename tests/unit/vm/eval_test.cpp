// Unit tests of the eval loop on hand-assembled 3.14 bytecode: dispatch,
// inline caches, EXTENDED_ARG, calls, argument binding messages, the
// exception table, the recursion limit, the data stack and tracebacks.
#include "vm/abstract.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"

#include <gtest/gtest.h>

#include <vector>

namespace pyvm {
namespace {

class EvalTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { ASSERT_TRUE(initInterpreter()); }
  void TearDown() override { clearPendingException(); }
};

struct Asm {
  std::vector<uint8_t> bytes;
  Asm &op(uint8_t opcode, uint32_t arg = 0) {
    if (arg > 0xFF) {
      bytes.push_back(op::EXTENDED_ARG);
      bytes.push_back(uint8_t(arg >> 8));
    }
    bytes.push_back(opcode);
    bytes.push_back(uint8_t(arg));
    for (int i = 0; i < kOpcodeCaches[opcode]; i++) {
      bytes.push_back(0);
      bytes.push_back(0);
    }
    return *this;
  }
};

Ref strTuple(std::initializer_list<const char *> names) {
  Ref t = newTuple(names.size());
  size_t i = 0;
  for (const char *n : names)
    tupleInit(t.get(), i++, internStr(n));
  return t;
}

Ref makeCode(const Asm &a, Ref consts, Ref names, std::initializer_list<const char *> locals,
             int argcount, int stacksize, std::string exceptionTable = "",
             uint32_t flags = kCoOptimized | kCoNewLocals) {
  std::string kinds;
  for (size_t i = 0; i < locals.size(); i++)
    kinds.push_back(char(int(i) < argcount ? 0x26 : 0x20));
  CodeFields f{argcount,
               0,
               0,
               stacksize,
               flags,
               newBytes(a.bytes.data(), a.bytes.size()),
               std::move(consts),
               std::move(names),
               strTuple(locals),
               newBytes(kinds),
               newStr("<test>"),
               newStr("f"),
               newStr("f"),
               1,
               newBytes(""),
               newBytes(exceptionTable)};
  Ref code = newCode(std::move(f));
  EXPECT_TRUE(code) << "newCode failed";
  return code;
}

Ref run(const Ref &code, Value globals = Value()) {
  Ref g = globals ? Ref::borrow(globals) : newDict();
  return evalCode(code.as<CodeObject>(), g.get(), g.get());
}

std::string pendingMessage() {
  Ref exc = takePendingException();
  if (!exc)
    return "<no exception>";
  Ref s = str(exc.get());
  return typeName(exc.get()) + ": " + (s ? strToUtf8(s.get()) : "?");
}

TEST_F(EvalTest, BinaryOpSkipsInlineCaches) {
  Asm a;
  a.op(op::RESUME).op(op::LOAD_SMALL_INT, 2).op(op::LOAD_SMALL_INT, 3).op(op::BINARY_OP, 0)
      .op(op::LOAD_SMALL_INT, 4).op(op::BINARY_OP, 5).op(op::RETURN_VALUE);
  Ref code = makeCode(a, newTuple(0), newTuple(0), {}, 0, 2, "", 0);
  Ref r = run(code);
  ASSERT_TRUE(r) << pendingMessage();
  EXPECT_EQ(r.get().smallInt(), 20);
}

TEST_F(EvalTest, ExtendedArgWidensTheArgument) {
  Ref consts = newTuple(300);
  for (size_t i = 0; i < 300; i++)
    tupleInit(consts.get(), i, newInt(int64_t(i) * 10));
  Asm a;
  a.op(op::RESUME).op(op::LOAD_CONST, 299).op(op::RETURN_VALUE);
  Ref code = makeCode(a, std::move(consts), newTuple(0), {}, 0, 1, "", 0);
  Ref r = run(code);
  ASSERT_TRUE(r) << pendingMessage();
  EXPECT_EQ(r.get().smallInt(), 2990);
}

TEST_F(EvalTest, LoadFastCheckRaisesUnboundLocalError) {
  Asm a;
  a.op(op::RESUME).op(op::LOAD_FAST_CHECK, 0).op(op::RETURN_VALUE);
  Ref code = makeCode(a, newTuple(0), newTuple(0), {"x"}, 0, 1);
  Ref r = run(code);
  EXPECT_FALSE(r);
  EXPECT_EQ(pendingMessage(), "UnboundLocalError: cannot access local variable 'x' where it "
                              "is not associated with a value");
}

TEST_F(EvalTest, LoadGlobalRaisesNameError) {
  Asm a;
  a.op(op::RESUME).op(op::LOAD_GLOBAL, 0).op(op::RETURN_VALUE);
  Ref code = makeCode(a, newTuple(0), strTuple({"nope"}), {}, 0, 1, "", 0);
  Ref r = run(code);
  EXPECT_FALSE(r);
  EXPECT_EQ(pendingMessage(), "NameError: name 'nope' is not defined");
}

// A function `f(a, b)` returning a - b, called through the CALL opcode.
Ref makeSubtractFunction(Value globals) {
  Asm body;
  body.op(op::RESUME).op(op::LOAD_FAST_LOAD_FAST, 0x01).op(op::BINARY_OP, 10).op(
      op::RETURN_VALUE);
  Ref code = makeCode(body, newTuple(0), newTuple(0), {"a", "b"}, 2, 2);
  return newFunction(code.as<CodeObject>(), globals);
}

TEST_F(EvalTest, PythonToPythonCall) {
  Ref globals = newDict();
  Ref f = makeSubtractFunction(globals.get());
  dictSetItem(globals.get(), "f", f.get());
  Asm a;
  a.op(op::RESUME).op(op::LOAD_GLOBAL, (0 << 1) | 1).op(op::LOAD_SMALL_INT, 10)
      .op(op::LOAD_SMALL_INT, 4).op(op::CALL, 2).op(op::RETURN_VALUE);
  Ref code = makeCode(a, newTuple(0), strTuple({"f"}), {}, 0, 4, "", 0);
  Ref r = run(code, globals.get());
  ASSERT_TRUE(r) << pendingMessage();
  EXPECT_EQ(r.get().smallInt(), 6);
}

TEST_F(EvalTest, ArgumentBindingMessages) {
  Ref globals = newDict();
  Ref f = makeSubtractFunction(globals.get());
  Value one = Value::fromSmallInt(1);
  Value args3[3] = {one, one, one};
  EXPECT_FALSE(call(f.get(), args3, 1));
  EXPECT_EQ(pendingMessage(), "TypeError: f() missing 1 required positional argument: 'b'");
  EXPECT_FALSE(call(f.get(), args3, 0));
  EXPECT_EQ(pendingMessage(),
            "TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
  EXPECT_FALSE(call(f.get(), args3, 3));
  EXPECT_EQ(pendingMessage(), "TypeError: f() takes 2 positional arguments but 3 were given");
  Ref kwA = strTuple({"a"});
  EXPECT_FALSE(call(f.get(), args3, 1, kwA.get()));
  EXPECT_EQ(pendingMessage(), "TypeError: f() got multiple values for argument 'a'");
  Ref kwZ = strTuple({"z"});
  EXPECT_FALSE(call(f.get(), args3, 2, kwZ.get()));
  EXPECT_EQ(pendingMessage(), "TypeError: f() got an unexpected keyword argument 'z'");
  Ref kwB = strTuple({"b"});
  Ref r = call(f.get(), args3, 1, kwB.get());
  ASSERT_TRUE(r) << pendingMessage();
  EXPECT_EQ(r.get().smallInt(), 0);
}

// try: 1/0 except: return 7  -- through the exception table.
TEST_F(EvalTest, ExceptionTableHandler) {
  Asm a;
  a.op(op::RESUME);                                                   // 0
  size_t start = a.bytes.size() / 2;                                  // 1
  a.op(op::LOAD_SMALL_INT, 1).op(op::LOAD_SMALL_INT, 0).op(op::BINARY_OP, 11)
      .op(op::RETURN_VALUE);
  size_t end = a.bytes.size() / 2;
  size_t target = end;
  a.op(op::PUSH_EXC_INFO).op(op::POP_TOP).op(op::POP_EXCEPT).op(op::LOAD_SMALL_INT, 7)
      .op(op::RETURN_VALUE);
  // One entry: start, length, target, depth<<1 (6-bit varints, start marked).
  std::string table;
  table.push_back(char(0x80 | start));
  table.push_back(char(end - start));
  table.push_back(char(target));
  table.push_back(char(0 << 1));
  Ref code = makeCode(a, newTuple(0), newTuple(0), {}, 0, 3, table, 0);
  Ref r = run(code);
  ASSERT_TRUE(r) << pendingMessage();
  EXPECT_EQ(r.get().smallInt(), 7);
  EXPECT_FALSE(currentHandledException());
}

TEST_F(EvalTest, UncaughtExceptionGetsATraceback) {
  Asm a;
  a.op(op::RESUME).op(op::LOAD_SMALL_INT, 1).op(op::LOAD_SMALL_INT, 0).op(op::BINARY_OP, 11)
      .op(op::RETURN_VALUE);
  Ref code = makeCode(a, newTuple(0), newTuple(0), {}, 0, 2, "", 0);
  Ref r = run(code);
  ASSERT_FALSE(r);
  Ref exc = takePendingException();
  ASSERT_TRUE(exc);
  Ref tb = excGetTraceback(exc.get());
  ASSERT_EQ(tb.type(), &TracebackType);
  EXPECT_EQ(tb.as<TracebackObject>()->lasti, 6); // the BINARY_OP
  std::string text = formatException(exc.get());
  EXPECT_NE(text.find("Traceback (most recent call last):"), std::string::npos);
  EXPECT_NE(text.find("ZeroDivisionError: division by zero"), std::string::npos);
}

TEST_F(EvalTest, RecursionLimit) {
  Ref globals = newDict();
  Asm body;
  body.op(op::RESUME).op(op::LOAD_GLOBAL, (0 << 1) | 1).op(op::CALL, 0).op(op::RETURN_VALUE);
  Ref code = makeCode(body, newTuple(0), strTuple({"g"}), {}, 0, 2);
  Ref g = newFunction(code.as<CodeObject>(), globals.get());
  dictSetItem(globals.get(), "g", g.get());
  int depthBefore = currentThread()->pyDepth;
  Ref r = call(g.get(), nullptr, 0);
  EXPECT_FALSE(r);
  EXPECT_EQ(pendingMessage(), "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(currentThread()->pyDepth, depthBefore);
}

TEST_F(EvalTest, DataStackChunksAreLifo) {
  Value *a = dataStackPush(10);
  Value *b = dataStackPush(1 << 20); // does not fit: a new chunk
  EXPECT_NE(b, a + 10);
  dataStackPop(b); // frees that chunk, back to the first one
  Value *c = dataStackPush(10);
  EXPECT_EQ(c, a + 10);
  dataStackPop(c);
  dataStackPop(a);
}

TEST_F(EvalTest, CellsHoldValues) {
  Ref cell = newCell(Value::fromSmallInt(5));
  ASSERT_TRUE(isCell(cell.get()));
  Ref v = getAttr(cell.get(), "cell_contents");
  ASSERT_TRUE(v);
  EXPECT_EQ(v.get().smallInt(), 5);
}

TEST_F(EvalTest, SuggestionsMatchCPython) {
  EXPECT_EQ(calculateSuggestion({"print", "property"}, "pritn"), "print");
  EXPECT_EQ(calculateSuggestion({"alpha", "beta"}, "zzzzzz"), "");
}

} // namespace
} // namespace pyvm
