// sys.monitoring's functions and their exact CPython 3.14 errors
// (docs/monitoring-semantics.md §2), called as Python calls them.
#include "monitor_test_util.h"

#include "monitor/sys_monitoring.h"
#include "vm/dict.h"
#include "vm/int.h"
#include "vm/singletons.h"

namespace pyvm::monitor {
namespace {

using namespace testing;

class ApiTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(ensureRuntime());
    resetMonitoring();
    sys = buildSysMonitoringModule();
    ASSERT_TRUE(sys) << takeError();
    module = loadSample();
    ASSERT_TRUE(module);
    code = Value::fromObject(findCode(*module, "work"));
  }
  void TearDown() override { resetMonitoring(); }

  // sys.monitoring.<name>(*args): the result's repr, or "Type: message".
  std::string callFn(const char *name, std::initializer_list<Value> args) {
    Ref fn = getAttr(*sys, name);
    if (!fn)
      return takeError();
    Ref result = call(*fn, args);
    if (!result)
      return takeError();
    Ref text = repr(*result);
    return text ? strToUtf8(*text) : takeError();
  }
  Value i(int64_t v) { return Value::fromSmallInt(v); }
  Ref s(const char *text) { return newStr(text); }

  Ref sys, module;
  Value code;
};

constexpr int64_t LINE = 32, CALL = 16, C_RETURN = 65536, C_RAISE = 131072, BRANCH = 262144,
                  RAISE = 2048, PY_UNWIND = 8192, STOP_ITERATION = 1024, INSTRUCTION = 64,
                  JUMP = 128, EXCEPTION_HANDLED = 4096, PY_THROW = 16384, RERAISE = 32768;

TEST_F(ApiTest, Namespace) {
  EXPECT_EQ(callFn("get_tool", {i(0)}), "None");
  Ref events = getAttr(*sys, "events");
  ASSERT_TRUE(events);
  const std::pair<const char *, int64_t> constants[] = {{"BRANCH", 262144},
                                                        {"BRANCH_LEFT", 256},
                                                        {"BRANCH_RIGHT", 512},
                                                        {"CALL", 16},
                                                        {"C_RAISE", 131072},
                                                        {"C_RETURN", 65536},
                                                        {"EXCEPTION_HANDLED", 4096},
                                                        {"INSTRUCTION", 64},
                                                        {"JUMP", 128},
                                                        {"LINE", 32},
                                                        {"NO_EVENTS", 0},
                                                        {"PY_RESUME", 2},
                                                        {"PY_RETURN", 4},
                                                        {"PY_START", 1},
                                                        {"PY_THROW", 16384},
                                                        {"PY_UNWIND", 8192},
                                                        {"PY_YIELD", 8},
                                                        {"RAISE", 2048},
                                                        {"RERAISE", 32768},
                                                        {"STOP_ITERATION", 1024}};
  for (auto [name, value] : constants) {
    Ref v = getAttr(*events, name);
    ASSERT_TRUE(v) << name;
    EXPECT_EQ(v.get().smallInt(), value) << name;
  }
  const std::pair<const char *, int64_t> ids[] = {
      {"DEBUGGER_ID", 0}, {"COVERAGE_ID", 1}, {"PROFILER_ID", 2}, {"OPTIMIZER_ID", 5}};
  for (auto [name, value] : ids) {
    Ref v = getAttr(*sys, name);
    ASSERT_TRUE(v) << name;
    EXPECT_EQ(v.get().smallInt(), value);
  }
  Ref eventsRepr = repr(*events);
  ASSERT_TRUE(eventsRepr);
  EXPECT_EQ(strToUtf8(*eventsRepr),
            "namespace(PY_START=1, PY_RESUME=2, PY_RETURN=4, PY_YIELD=8, CALL=16, LINE=32, "
            "INSTRUCTION=64, JUMP=128, BRANCH_LEFT=256, BRANCH_RIGHT=512, STOP_ITERATION=1024, "
            "RAISE=2048, EXCEPTION_HANDLED=4096, PY_UNWIND=8192, PY_THROW=16384, "
            "RERAISE=32768, C_RETURN=65536, C_RAISE=131072, BRANCH=262144, NO_EVENTS=0)");
  EXPECT_EQ(typeName(*events), "types.SimpleNamespace");
  Ref name = getAttr(*sys, "__name__");
  ASSERT_TRUE(name);
  EXPECT_EQ(strToUtf8(*name), "sys.monitoring");
  Ref disable = getAttr(*sys, "DISABLE");
  Ref missing = getAttr(*sys, "MISSING");
  ASSERT_TRUE(disable && missing);
  EXPECT_TRUE(isDisable(*disable));
  EXPECT_TRUE(isMissing(*missing));
  EXPECT_EQ(disable.type(), &ObjectType);
  Ref text = repr(*disable);
  ASSERT_TRUE(text);
  EXPECT_EQ(strToUtf8(*text).rfind("<object object at ", 0), 0u);
}

TEST_F(ApiTest, ToolIds) {
  EXPECT_EQ(callFn("use_tool_id", {i(-1), *s("x")}),
            "ValueError: invalid tool -1 (must be between 0 and 5)");
  EXPECT_EQ(callFn("use_tool_id", {i(6), *s("x")}),
            "ValueError: invalid tool 6 (must be between 0 and 5)");
  EXPECT_EQ(callFn("use_tool_id", {i(8), *s("x")}),
            "ValueError: invalid tool 8 (must be between 0 and 5)");
  EXPECT_EQ(callFn("use_tool_id", {i(0), i(5)}), "ValueError: tool name must be a str");
  EXPECT_EQ(callFn("use_tool_id", {*s("0"), *s("x")}),
            "TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(callFn("use_tool_id", {i(0), *s("first")}), "None");
  EXPECT_EQ(callFn("use_tool_id", {i(0), *s("again")}), "ValueError: tool 0 is already in use");
  EXPECT_EQ(callFn("get_tool", {i(0)}), "'first'");
  EXPECT_EQ(callFn("get_tool", {i(1)}), "None");
  EXPECT_EQ(callFn("get_tool", {i(9)}), "ValueError: invalid tool 9 (must be between 0 and 5)");
  EXPECT_EQ(callFn("get_tool", {i(6)}), "ValueError: invalid tool 6 (must be between 0 and 5)");
  EXPECT_EQ(callFn("use_tool_id", {i(0)}), "TypeError: use_tool_id expected 2 arguments, got 1");
  EXPECT_EQ(callFn("clear_tool_id", {i(1)}), "None");
  EXPECT_EQ(callFn("free_tool_id", {i(1)}), "None");
  EXPECT_EQ(callFn("set_events", {i(0), i(LINE)}), "None");
  EXPECT_EQ(callFn("clear_tool_id", {i(0)}), "None");
  EXPECT_EQ(callFn("get_tool", {i(0)}), "'first'");
  EXPECT_EQ(callFn("get_events", {i(0)}), "0");
  EXPECT_EQ(callFn("free_tool_id", {i(0)}), "None");
  EXPECT_EQ(callFn("get_tool", {i(0)}), "None");
  EXPECT_EQ(callFn("free_tool_id", {i(0)}), "None");
  EXPECT_EQ(callFn("use_tool_id", {i(0), *s("x")}), "None");
}

TEST_F(ApiTest, SetEvents) {
  EXPECT_EQ(callFn("set_events", {i(1), i(LINE)}), "ValueError: tool 1 is not in use");
  EXPECT_EQ(callFn("get_events", {i(1)}), "0");
  EXPECT_EQ(callFn("use_tool_id", {i(0), *s("t")}), "None");
  EXPECT_EQ(callFn("set_events", {i(0), i(1 << 20)}), "ValueError: invalid event set 0x100000");
  EXPECT_EQ(callFn("set_events", {i(0), i(-1)}), "ValueError: invalid event set 0xffffffff");
  EXPECT_EQ(callFn("set_events", {i(0), i(BRANCH)}), "None");
  EXPECT_EQ(callFn("get_events", {i(0)}), "768");
  EXPECT_EQ(callFn("set_events", {i(0), i(C_RETURN)}),
            "ValueError: cannot set C_RETURN or C_RAISE events independently");
  EXPECT_EQ(callFn("set_events", {i(0), i(C_RAISE)}),
            "ValueError: cannot set C_RETURN or C_RAISE events independently");
  EXPECT_EQ(callFn("set_events", {i(0), i(CALL | C_RETURN | C_RAISE)}), "None");
  EXPECT_EQ(callFn("get_events", {i(0)}), "16");
  EXPECT_EQ(callFn("_all_events", {}), "{'CALL': 1}");
  EXPECT_EQ(callFn("set_events", {i(0), i(0)}), "None");
  EXPECT_EQ(callFn("_all_events", {}), "{}");
  EXPECT_EQ(callFn("set_events", {i(0), i(int64_t(1) << 40)}),
            "OverflowError: Python int too large to convert to C int");
}

TEST_F(ApiTest, LocalEvents) {
  EXPECT_EQ(callFn("use_tool_id", {i(0), *s("t")}), "None");
  EXPECT_EQ(callFn("set_local_events", {i(0), code, i(LINE)}), "None");
  EXPECT_EQ(callFn("get_local_events", {i(0), code}), "32");
  EXPECT_EQ(callFn("set_local_events", {i(0), code, i(RAISE)}),
            "ValueError: invalid local event set 0x800");
  EXPECT_EQ(callFn("set_local_events", {i(0), code, i(PY_UNWIND)}),
            "ValueError: invalid local event set 0x2000");
  EXPECT_EQ(callFn("set_local_events", {i(0), code, i(C_RETURN)}),
            "ValueError: cannot set C_RETURN or C_RAISE events independently");
  EXPECT_EQ(callFn("set_local_events", {i(0), code, i(STOP_ITERATION)}), "None");
  EXPECT_EQ(callFn("set_local_events", {i(0), code, i(EXCEPTION_HANDLED)}),
            "ValueError: invalid local event set 0x1000");
  EXPECT_EQ(callFn("set_local_events", {i(0), code, i(PY_THROW)}),
            "ValueError: invalid local event set 0x4000");
  EXPECT_EQ(callFn("set_local_events", {i(0), code, i(RERAISE)}),
            "ValueError: invalid local event set 0x8000");
  EXPECT_EQ(callFn("set_local_events", {i(0), code, i(INSTRUCTION | JUMP | BRANCH)}), "None");
  EXPECT_EQ(callFn("get_local_events", {i(0), code}), "960");
  EXPECT_EQ(callFn("set_local_events", {i(0), code, i(CALL | C_RETURN | C_RAISE)}), "None");
  EXPECT_EQ(callFn("get_local_events", {i(0), code}), "16");
  EXPECT_EQ(callFn("set_local_events", {i(0), *module, i(LINE)}).substr(0, 4), "None");
  EXPECT_EQ(callFn("set_local_events", {i(0), *s("f"), i(LINE)}),
            "TypeError: code must be a code object");
  EXPECT_EQ(callFn("get_local_events", {i(0), *s("f")}), "TypeError: code must be a code object");
  EXPECT_EQ(callFn("set_local_events", {i(1), code, i(LINE)}), "ValueError: tool 1 is not in use");
  EXPECT_EQ(callFn("get_local_events", {i(1), code}), "0");
  EXPECT_EQ(callFn("set_local_events", {i(0), code, i(1 << 20)}),
            "ValueError: invalid local event set 0x100000");
  // free_tool_id drops the local events.
  EXPECT_EQ(callFn("free_tool_id", {i(0)}), "None");
  EXPECT_EQ(callFn("use_tool_id", {i(0), *s("again")}), "None");
  ASSERT_EQ(instrument(code.as<CodeObject>()), 0);
  EXPECT_EQ(callFn("get_local_events", {i(0), code}), "0");
}

TEST_F(ApiTest, RegisterCallback) {
  Ref f = newStr("f-stand-in"), g = newStr("g-stand-in");
  EXPECT_EQ(callFn("use_tool_id", {i(0), *s("t")}), "None");
  EXPECT_EQ(callFn("register_callback", {i(0), i(LINE), *f}), "None");
  EXPECT_EQ(callFn("register_callback", {i(0), i(LINE), *g}), "'f-stand-in'");
  EXPECT_EQ(callFn("register_callback", {i(0), i(LINE), None()}), "'g-stand-in'");
  EXPECT_EQ(callFn("register_callback", {i(0), i(LINE), i(42)}), "None");
  EXPECT_EQ(callFn("register_callback", {i(0), i(LINE | CALL), *f}),
            "ValueError: The callback can only be set for one event at a time");
  EXPECT_EQ(callFn("register_callback", {i(0), i(0), *f}),
            "ValueError: The callback can only be set for one event at a time");
  EXPECT_EQ(callFn("register_callback", {i(0), i(BRANCH), *f}), "None");
  EXPECT_EQ(callFn("register_callback", {i(0), i(1 << 19), *f}),
            "ValueError: invalid event 524288");
  EXPECT_EQ(callFn("register_callback", {i(1), i(LINE), *f}), "None");
  // BRANCH installs wrappers on BRANCH_LEFT/RIGHT that hand back the function.
  EXPECT_EQ(callFn("register_callback", {i(0), i(256), None()}), "'f-stand-in'");
  EXPECT_EQ(callFn("register_callback", {i(0), i(512), None()}), "'f-stand-in'");
  EXPECT_EQ(callFn("register_callback", {i(0), i(BRANCH), *g}), "None");
  EXPECT_EQ(callFn("register_callback", {i(0), i(BRANCH), None()}), "'g-stand-in'");
  EXPECT_EQ(callFn("restart_events", {}), "None");
}

} // namespace
} // namespace pyvm::monitor
