// Code objects built by hand: the verifier's checks, derived counts and the
// lookups the eval loop uses.
#include "frontend_test_util.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/singletons.h"
#include "vm/specialize.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pyvm {
namespace {

using namespace CodeOp;

// An array, not an initializer list: GCC 12 warns (-Wmaybe-uninitialized,
// falsely) about an initializer_list default member initializer.
constexpr uint8_t kMinimalCode[] = {RESUME, 0, LOAD_CONST, 0, RETURN_VALUE, 0};

struct Spec {
  std::vector<uint8_t> code{std::begin(kMinimalCode), std::end(kMinimalCode)};
  int nconsts = 1;
  std::vector<std::string> names;
  std::vector<std::pair<std::string, uint8_t>> locals;
  int32_t argcount = 0, posonly = 0, kwonly = 0, stacksize = 2;
  uint32_t flags = 0;
  std::vector<uint8_t> linetable{};
  std::vector<uint8_t> exceptiontable{};
};

Ref strTuple(const std::vector<std::string> &items) {
  Ref t = newTuple(items.size());
  for (size_t i = 0; i < items.size(); ++i)
    tupleInit(t.get(), i, newStr(items[i]));
  return t;
}

CodeFields fields(const Spec &s) {
  CodeFields f{};
  f.argcount = s.argcount;
  f.posonlyargcount = s.posonly;
  f.kwonlyargcount = s.kwonly;
  f.stacksize = s.stacksize;
  f.flags = s.flags;
  f.code = newBytes(s.code.data(), s.code.size());
  f.consts = newTuple(size_t(s.nconsts));
  for (int i = 0; i < s.nconsts; ++i)
    tupleInit(f.consts.get(), size_t(i), newNone());
  f.names = strTuple(s.names);
  std::vector<std::string> names;
  std::string kinds;
  for (auto &[n, k] : s.locals) {
    names.push_back(n);
    kinds.push_back(char(k));
  }
  f.localsplusnames = strTuple(names);
  f.localspluskinds = newBytes(kinds);
  f.filename = newStr("x.py");
  f.name = newStr("f");
  f.qualname = newStr("f");
  f.firstlineno = 3;
  f.linetable = newBytes(s.linetable.data(), s.linetable.size());
  f.exceptiontable = newBytes(s.exceptiontable.data(), s.exceptiontable.size());
  return f;
}

std::string rejection(const Spec &s) {
  std::string why;
  if (checkCodeFields(fields(s), &why))
    return "(accepted)";
  return why;
}

class Code : public ::testing::Test {
protected:
  void SetUp() override { testing::ensureRuntime(); }
};

TEST_F(Code, MinimalCodeIsAccepted) {
  Spec s;
  EXPECT_EQ(rejection(s), "(accepted)");
  Ref code = newCode(fields(s));
  ASSERT_TRUE(bool(code));
  ASSERT_TRUE(isCode(code.get()));
  auto *co = code.as<CodeObject>();
  EXPECT_EQ(co->instructions.size(), 3u);
  EXPECT_EQ(co->instructions[1].opcode, LOAD_CONST);
  EXPECT_EQ(co->nlocalsplus, 0);
}

TEST_F(Code, DerivedCountsAndNames) {
  Spec s;
  // def f(a, b, /, c, *args, d, **kw) with a cell and a free variable
  s.argcount = 3;
  s.posonly = 2;
  s.kwonly = 1;
  s.flags = kCoVarargs | kCoVarkeywords | kCoOptimized | kCoNewLocals;
  s.locals = {{"a", 0x62}, {"b", 0x22}, {"c", 0x26}, {"d", 0x24}, {"args", 0x2a},
              {"kw", 0x2c}, {"loc", 0x20}, {"cell", 0x40}, {"free", 0x80}};
  s.code = {COPY_FREE_VARS, 1, MAKE_CELL, 0, MAKE_CELL, 7, RESUME, 0, LOAD_CONST, 0,
            RETURN_VALUE, 0};
  Ref code = newCode(fields(s));
  ASSERT_TRUE(bool(code)) << rejection(s);
  auto *co = code.as<CodeObject>();
  EXPECT_EQ(co->nlocalsplus, 9);
  EXPECT_EQ(co->nlocals, 7);
  EXPECT_EQ(co->ncellvars, 2);
  EXPECT_EQ(co->nfreevars, 1);
  EXPECT_EQ(tupleSize(codeVarnames(co).get()), 7u);
  EXPECT_EQ(strToUtf8(tupleItem(codeCellvars(co).get(), 1)), "cell");
  EXPECT_EQ(strToUtf8(tupleItem(codeFreevars(co).get(), 0)), "free");
}

TEST_F(Code, VerifierRejections) {
  auto expectRejected = [](Spec s, const char *fragment) {
    std::string why = rejection(s);
    EXPECT_NE(why.find(fragment), std::string::npos) << "expected '" << fragment << "', got '"
                                                     << why << "'";
  };
  Spec odd;
  odd.code.push_back(0);
  expectRejected(odd, "co_code is malformed");
  Spec empty;
  empty.code = {};
  expectRejected(empty, "empty co_code");
  Spec specialized;
  specialized.code[2] = 190; // LOAD_CONST_IMMORTAL
  expectRejected(specialized, "invalid opcode 190 at offset 2");
  Spec cache;
  cache.code[2] = CACHE;
  expectRejected(cache, "invalid opcode 0");
  Spec unknown;
  unknown.code[2] = 121;
  expectRejected(unknown, "invalid opcode 121");
  Spec constIndex;
  constIndex.code[3] = 1;
  expectRejected(constIndex, "constant index out of range");
  Spec name;
  name.code = {RESUME, 0, LOAD_NAME, 0, RETURN_VALUE, 0};
  expectRejected(name, "name index out of range");
  Spec global;
  global.names = {"g"};
  global.code = {RESUME, 0, LOAD_GLOBAL, 3, 0, 0, 0, 0, 0, 0, 0, 0, RETURN_VALUE, 0};
  expectRejected(global, "name index out of range");
  global.code[3] = 0; // LOAD_GLOBAL 1 would push a NULL that RETURN_VALUE may not see
  EXPECT_EQ(rejection(global), "(accepted)");
  Spec local;
  local.code = {RESUME, 0, LOAD_FAST, 0, RETURN_VALUE, 0};
  expectRejected(local, "local variable index out of range");
  Spec pair;
  pair.locals = {{"x", 0x20}};
  pair.code = {RESUME, 0, LOAD_FAST_LOAD_FAST, 0x01, BUILD_TUPLE, 2, RETURN_VALUE, 0};
  expectRejected(pair, "local variable index out of range");
  Spec deref;
  deref.locals = {{"x", 0x20}};
  deref.code = {RESUME, 0, LOAD_DEREF, 0, RETURN_VALUE, 0};
  expectRejected(deref, "not a cell");
  Spec caches;
  caches.code = {RESUME, 0, LOAD_CONST, 0, CALL, 0, 0, 0};
  expectRejected(caches, "run past the end");
  Spec falls;
  falls.code = {RESUME, 0, LOAD_CONST, 0};
  expectRejected(falls, "falls off the end");
  Spec jumpOut;
  jumpOut.code = {RESUME, 0, JUMP_FORWARD, 5, RETURN_VALUE, 0};
  expectRejected(jumpOut, "jump target outside the code");
  Spec jumpBack;
  jumpBack.code = {RESUME, 0, JUMP_BACKWARD, 9, 0, 0};
  expectRejected(jumpBack, "jump target outside the code");
  Spec intoCache;
  intoCache.code = {RESUME, 0, JUMP_FORWARD, 1, CALL, 0, 0, 0, 0, 0, 0, 0, RETURN_VALUE, 0};
  intoCache.stacksize = 4;
  expectRejected(intoCache, "lands inside an instruction");
  Spec binop;
  binop.code = {RESUME, 0, LOAD_CONST, 0, LOAD_CONST, 0, BINARY_OP, 27, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, RETURN_VALUE, 0};
  expectRejected(binop, "oparg out of range");
  Spec swap;
  swap.code = {RESUME, 0, SWAP, 9, RETURN_VALUE, 0};
  expectRejected(swap, "oparg out of range");
  Spec ext;
  ext.code = {RESUME, 0, EXTENDED_ARG, 0xff, EXTENDED_ARG, 0xff, EXTENDED_ARG, 0xff, EXTENDED_ARG,
              0xff, LOAD_CONST, 0, RETURN_VALUE, 0};
  expectRejected(ext, "oparg too large");
  Spec kinds;
  kinds.locals = {{"x", 0x80}, {"y", 0x20}};
  expectRejected(kinds, "bad kind");
  Spec args;
  args.argcount = 1;
  expectRejected(args, "co_varnames is too small");
  Spec handler;
  handler.exceptiontable = {0x80, 0x01, 0x09, 0x00};
  expectRejected(handler, "handler target outside the bytecode");
  Spec deep;
  deep.exceptiontable = {0x80, 0x01, 0x01, 0x08};
  expectRejected(deep, "exceeds the stack size");
  Spec lines;
  lines.linetable = {0x80};
  expectRejected(lines, "malformed co_linetable");
  Spec posonly;
  posonly.posonly = 1;
  expectRejected(posonly, "bad argument counts");
  Spec stack;
  stack.stacksize = -1;
  expectRejected(stack, "bad co_stacksize");
}

TEST_F(Code, NewCodeRaisesValueError) {
  Spec s;
  s.code[2] = 121;
  Ref code = newCode(fields(s));
  EXPECT_FALSE(bool(code));
  EXPECT_TRUE(errorPending());
  clearPendingException();
}

TEST_F(Code, CachesAreZeroedInTheRunnableCopy) {
  Spec s;
  s.stacksize = 4;
  s.code = {RESUME, 0, LOAD_CONST, 0, PUSH_NULL, 0, CALL, 0, 7, 7, 7, 7, 7, 7, RETURN_VALUE, 0};
  Ref code = newCode(fields(s));
  ASSERT_TRUE(bool(code)) << rejection(s);
  auto *co = code.as<CodeObject>();
  // CALL's first cache unit holds the adaptive counter, warming up
  // (vm/specialize.h); the others are zero.
  EXPECT_EQ(specialize::counterAt(&co->instructions[3]), specialize::kWarmup);
  EXPECT_EQ(co->instructions[5].opcode, 0);
  EXPECT_EQ(co->instructions[5].arg, 0);
  EXPECT_EQ(bytesView(co->code.get())[8], 7); // co_code stays as stored
}

TEST_F(Code, HandlerLookupAndLines) {
  Spec s;
  s.stacksize = 3;
  // LOAD_CONST; NOP (protected); RERAISE 0 | handler: POP_TOP; POP_TOP; RERAISE 0
  s.code = {LOAD_CONST, 0, NOP, 0, RERAISE, 0, POP_TOP, 0, POP_TOP, 0, RERAISE, 0};
  s.exceptiontable = {0x81, 0x01, 0x03, 0x03}; // [2,4) -> 6, depth 1, lasti
  s.linetable = {0x80, 0x00, 0xd8, 0x01, 0x02, 0xfb};
  Ref code = newCode(fields(s));
  ASSERT_TRUE(bool(code)) << rejection(s);
  auto *co = code.as<CodeObject>();
  ExceptionHandler h{};
  ASSERT_TRUE(codeFindHandler(co, 2, &h));
  EXPECT_EQ(h.target, 6);
  EXPECT_EQ(h.depth, 1);
  EXPECT_TRUE(h.pushLasti);
  EXPECT_FALSE(codeFindHandler(co, 0, &h));
  EXPECT_FALSE(codeFindHandler(co, 4, &h));
  EXPECT_EQ(codeAddrToLine(co, 0), 3);
  EXPECT_EQ(codeAddrToLine(co, 2), 4);
  EXPECT_EQ(codeAddrToLine(co, 4), -1);
  EXPECT_EQ(codeAddrToLine(co, -1), 3);
  Position p = codeAddrToPosition(co, 2);
  EXPECT_EQ(p.column, 1);
  EXPECT_EQ(p.endColumn, 2);
}

TEST_F(Code, StackDepthAnalysis) {
  auto expectRejected = [](Spec s, const char *fragment) {
    std::string why = rejection(s);
    EXPECT_NE(why.find(fragment), std::string::npos) << "expected '" << fragment << "', got '"
                                                     << why << "'";
  };
  Spec underflow;
  underflow.code = {RESUME, 0, POP_TOP, 0, LOAD_CONST, 0, RETURN_VALUE, 0};
  expectRejected(underflow, "POP_TOP at offset 2 pops 1 item(s) from a stack of 0");
  Spec overflow;
  overflow.stacksize = 1;
  overflow.code = {RESUME, 0, LOAD_CONST, 0, LOAD_CONST, 0, POP_TOP, 0, RETURN_VALUE, 0};
  expectRejected(overflow, "grows the stack to 2, past co_stacksize 1");
  Spec mismatch;
  mismatch.code = {RESUME, 0, LOAD_CONST, 0, LOAD_CONST, 0, POP_JUMP_IF_FALSE, 1, 0, 0,
                   POP_TOP, 0, RETURN_VALUE, 0};
  expectRejected(mismatch, "meet at offset 12");
  Spec shallow;
  shallow.stacksize = 3;
  shallow.code = {NOP, 0, LOAD_CONST, 0, RETURN_VALUE, 0, POP_TOP, 0, RERAISE, 0};
  shallow.exceptiontable = {0x80, 0x01, 0x03, 0x02}; // [0,2) -> 6, depth 1
  expectRejected(shallow, "less than its handler's depth 1");
  Spec unreachableIsFine;
  unreachableIsFine.code = {RESUME, 0, LOAD_CONST, 0, RETURN_VALUE, 0, POP_TOP, 0, RETURN_VALUE, 0};
  EXPECT_EQ(rejection(unreachableIsFine), "(accepted)");
}

TEST_F(Code, OpcodeTableFromTheDefFile) {
  EXPECT_STREQ(kOpcodeInfo[LOAD_CONST].name, "LOAD_CONST");
  EXPECT_TRUE(kOpcodeInfo[LOAD_CONST].flags & opflag::HasConst);
  EXPECT_EQ(kOpcodeInfo[LOAD_ATTR].caches, 9);
  EXPECT_EQ(kOpcodeInfo[JUMP_BACKWARD].jump, JumpKind::Backward);
  EXPECT_EQ(kOpcodeInfo[190].base, LOAD_CONST);
  EXPECT_STREQ(kOpcodeInfo[121].name, "<121>");
  EXPECT_EQ(kOpcodeInfo[121].kind, OpKind::None);
  int inPyc = 0;
  for (const OpcodeInfo &info : kOpcodeInfo)
    inPyc += (info.flags & opflag::InPyc) != 0;
  EXPECT_EQ(inPyc, 118); // base opcodes a .pyc may hold (CACHE included), per the .def
}

} // namespace
} // namespace pyvm
