// The verifier's stack-kind pass (vm/verify_stack.cpp) on tiny hand-assembled
// code objects: each rejection names the instruction, the stack item and the
// kind it needs; and every real .pyc the repository holds still verifies.
#include "frontend/pyc.h"
#include "frontend_test_util.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/errors.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <gtest/gtest.h>
#include <llvm/Support/Error.h>

#include <filesystem>
#include <string>
#include <vector>

namespace pyvm {
namespace {

using namespace CodeOp;

// Code units with their inline caches (zeroed) appended.
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

struct Spec {
  std::vector<uint8_t> code;
  std::vector<Ref> consts; // default: (None,)
  std::vector<std::string> names{"x"};
  int32_t stacksize = 4;
  std::vector<uint8_t> exceptiontable{};
};

Ref strTuple(const std::vector<std::string> &items) {
  Ref t = newTuple(items.size());
  for (size_t i = 0; i < items.size(); ++i)
    tupleInit(t.get(), i, newStr(items[i]));
  return t;
}

std::string verify(const Spec &s) {
  CodeFields f{};
  f.stacksize = s.stacksize;
  f.code = newBytes(s.code.data(), s.code.size());
  if (s.consts.empty()) {
    f.consts = newTuple(1);
    tupleInit(f.consts.get(), 0, newNone());
  } else {
    f.consts = newTuple(s.consts.size());
    for (size_t i = 0; i < s.consts.size(); ++i)
      tupleInit(f.consts.get(), i, Ref(s.consts[i]));
  }
  f.names = strTuple(s.names);
  f.localsplusnames = strTuple({});
  f.localspluskinds = newBytes(std::string());
  f.filename = newStr("x.py");
  f.name = newStr("f");
  f.qualname = newStr("f");
  f.firstlineno = 1;
  f.linetable = newBytes(std::string());
  f.exceptiontable = newBytes(s.exceptiontable.data(), s.exceptiontable.size());
  std::string why;
  return checkCodeFields(f, &why) ? "(accepted)" : why;
}

class VerifyStack : public ::testing::Test {
protected:
  void SetUp() override { testing::ensureRuntime(); }
  static void expectRejected(const Spec &s, const char *fragment) {
    std::string why = verify(s);
    EXPECT_NE(why.find(fragment), std::string::npos)
        << "expected '" << fragment << "', got '" << why << "'";
  }
};

TEST_F(VerifyStack, MakeFunctionNeedsACodeConstant) {
  Spec s;
  s.code = assemble({{LOAD_CONST, 0}, {MAKE_FUNCTION, 0}, {RETURN_VALUE, 0}});
  expectRejected(s, "MAKE_FUNCTION 0 at offset 2: stack item 1 may be an object, it needs a "
                    "code object");
}

TEST_F(VerifyStack, SetFunctionAttributeNeedsAFunction) {
  Spec s;
  s.code =
      assemble({{LOAD_CONST, 0}, {LOAD_CONST, 0}, {SET_FUNCTION_ATTRIBUTE, 1}, {RETURN_VALUE, 0}});
  expectRejected(s, "SET_FUNCTION_ATTRIBUTE 1 at offset 4: stack item 1 may be an object, it "
                    "needs a function");
}

TEST_F(VerifyStack, NullIsNotAValue) {
  Spec s;
  s.code = assemble({{PUSH_NULL, 0}, {RETURN_VALUE, 0}});
  expectRejected(s, "RETURN_VALUE 0 at offset 2: stack item 1 may be NULL, it needs an object");
  Spec global; // LOAD_GLOBAL with the low bit pushes the global, then NULL
  global.code = assemble({{LOAD_GLOBAL, 1}, {RETURN_VALUE, 0}});
  expectRejected(global, "RETURN_VALUE 0 at offset 10: stack item 1 may be NULL");
  Spec callable; // CALL's callable must be an object; self_or_null may be NULL
  callable.code = assemble({{PUSH_NULL, 0}, {PUSH_NULL, 0}, {CALL, 0}, {RETURN_VALUE, 0}});
  expectRejected(callable, "CALL 0 at offset 4: stack item 2 may be NULL, it needs an object");
  Spec arg;
  arg.code =
      assemble({{LOAD_CONST, 0}, {PUSH_NULL, 0}, {PUSH_NULL, 0}, {CALL, 1}, {RETURN_VALUE, 0}});
  expectRejected(arg, "CALL 1 at offset 6: stack item 1 may be NULL");
}

TEST_F(VerifyStack, NullOnOnePathIsNotAValueAtTheJoin) {
  Spec s; // if x: push NULL else: push None; return it
  s.code = assemble({{LOAD_CONST, 0},
                     {POP_JUMP_IF_FALSE, 2},
                     {PUSH_NULL, 0},
                     {JUMP_FORWARD, 1},
                     {LOAD_CONST, 0},
                     {RETURN_VALUE, 0}});
  expectRejected(s, "RETURN_VALUE 0 at offset 12: stack item 1 may be NULL");
}

TEST_F(VerifyStack, ValidCallAndMovedNullsAreAccepted) {
  Spec s; // print(None) as CPython compiles it, plus a NULL moved by SWAP and dropped
  s.code = assemble({{LOAD_GLOBAL, 1},
                     {LOAD_CONST, 0},
                     {CALL, 1},
                     {PUSH_NULL, 0},
                     {SWAP, 2},
                     {POP_TOP, 0},
                     {POP_TOP, 0},
                     {LOAD_CONST, 0},
                     {RETURN_VALUE, 0}});
  EXPECT_EQ(verify(s), "(accepted)");
}

TEST_F(VerifyStack, ContainerOpsNeedTheirContainer) {
  Spec list;
  list.code = assemble({{LOAD_CONST, 0}, {LOAD_CONST, 0}, {LIST_APPEND, 1}, {RETURN_VALUE, 0}});
  expectRejected(list, "LIST_APPEND 1 at offset 4: stack item 2 may be an object, it needs a "
                       "list");
  Spec dict;
  dict.code = assemble({{BUILD_LIST, 0}, {LOAD_CONST, 0}, {DICT_UPDATE, 1}, {RETURN_VALUE, 0}});
  expectRejected(dict, "DICT_UPDATE 1 at offset 4: stack item 2 may be a list, it needs a dict");
  Spec ok;
  ok.code =
      assemble({{BUILD_MAP, 0}, {LOAD_CONST, 0}, {LOAD_CONST, 0}, {MAP_ADD, 1}, {RETURN_VALUE, 0}});
  EXPECT_EQ(verify(ok), "(accepted)");
}

TEST_F(VerifyStack, CallKwNeedsKeywordNamesAndCallFunctionExADict) {
  Spec kw;
  kw.code =
      assemble({{PUSH_NULL, 0}, {PUSH_NULL, 0}, {LOAD_CONST, 0}, {CALL_KW, 0}, {RETURN_VALUE, 0}});
  expectRejected(kw, "it needs a tuple of keyword names");
  Spec ex; // [func, NULL, callargs, kwargs]
  ex.code = assemble({{LOAD_CONST, 0},
                      {PUSH_NULL, 0},
                      {LOAD_CONST, 0},
                      {LOAD_CONST, 0},
                      {CALL_FUNCTION_EX, 0},
                      {RETURN_VALUE, 0}});
  expectRejected(ex, "CALL_FUNCTION_EX 0 at offset 8: stack item 1 may be an object, it needs "
                     "a dict or NULL");
}

// A handler's entry: [..depth items, lasti?, exception].
TEST_F(VerifyStack, ExceptionHandlingOpsNeedTheirItems) {
  Spec pushExcInfo; // PUSH_EXC_INFO on a constant, outside any handler
  pushExcInfo.code = assemble({{LOAD_CONST, 0},
                               {PUSH_EXC_INFO, 0},
                               {POP_TOP, 0},
                               {POP_EXCEPT, 0},
                               {LOAD_CONST, 0},
                               {RETURN_VALUE, 0}});
  expectRejected(pushExcInfo, "PUSH_EXC_INFO 0 at offset 2: stack item 1 may be an object, it "
                              "needs an exception");
  Spec popExcept; // a handler that pops the exception itself as the saved state
  popExcept.code = assemble(
      {{LOAD_NAME, 0}, {RETURN_VALUE, 0}, {POP_EXCEPT, 0}, {LOAD_CONST, 0}, {RETURN_VALUE, 0}});
  popExcept.exceptiontable = {0x80, 0x01, 0x02, 0x00}; // [0,1) -> unit 2, depth 0
  expectRejected(popExcept, "POP_EXCEPT 0 at offset 4: stack item 1 may be an exception, it "
                            "needs the saved exception");
  Spec handler = popExcept; // what CPython compiles: PUSH_EXC_INFO, ..., POP_EXCEPT
  handler.code = assemble({{LOAD_NAME, 0},
                           {RETURN_VALUE, 0},
                           {PUSH_EXC_INFO, 0},
                           {POP_TOP, 0},
                           {POP_EXCEPT, 0},
                           {LOAD_CONST, 0},
                           {RETURN_VALUE, 0}});
  EXPECT_EQ(verify(handler), "(accepted)");
  Spec withLasti = handler; // depth 0 + lasti: the lasti is an object, not the saved state
  withLasti.code = assemble({{LOAD_NAME, 0},
                             {RETURN_VALUE, 0},
                             {POP_TOP, 0},
                             {POP_EXCEPT, 0},
                             {LOAD_CONST, 0},
                             {RETURN_VALUE, 0}});
  withLasti.exceptiontable = {0x80, 0x01, 0x02, 0x01};
  expectRejected(withLasti, "POP_EXCEPT 0 at offset 6: stack item 1 may be an object, it needs "
                            "the saved exception");
  Spec cleanup; // CLEANUP_THROW outside a handler
  cleanup.code = assemble({{LOAD_CONST, 0},
                           {LOAD_CONST, 0},
                           {LOAD_CONST, 0},
                           {CLEANUP_THROW, 0},
                           {POP_TOP, 0},
                           {RETURN_VALUE, 0}});
  expectRejected(cleanup, "CLEANUP_THROW 0 at offset 6: stack item 1 may be an object, it needs "
                          "an exception");
}

TEST_F(VerifyStack, InstructionsThatCannotRaiseDoNotReachTheirHandler) {
  Spec s; // only LOAD_CONST is protected: the handler (which would be refused) is never entered
  s.code = assemble(
      {{LOAD_CONST, 0}, {RETURN_VALUE, 0}, {POP_EXCEPT, 0}, {LOAD_CONST, 0}, {RETURN_VALUE, 0}});
  s.exceptiontable = {0x80, 0x01, 0x02, 0x00};
  EXPECT_EQ(verify(s), "(accepted)");
}

// Every .pyc CPython compiled that the repository holds (the fuzz seeds, the
// unit test data) and the golden suites' compiled cases when present.
TEST_F(VerifyStack, RealPycFilesVerify) {
  namespace fs = std::filesystem;
  const fs::path root(PYVM_SOURCE_DIR);
  std::vector<fs::path> files;
  for (const char *dir :
       {"tests/fuzz/corpus", "tests/unit/frontend/data", "tests/golden", "tools/bench"}) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root / dir, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->path().extension() == ".pyc")
        files.push_back(it->path());
  }
  ASSERT_GE(files.size(), 12u);
  for (const fs::path &p : files) {
    auto pyc = readPycFile(p.string());
    if (!pyc) {
      ADD_FAILURE() << p << ": " << llvm::toString(pyc.takeError());
      clearPendingException();
    }
  }
}

} // namespace
} // namespace pyvm
