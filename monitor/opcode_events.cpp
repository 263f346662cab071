// Opcode facts for the monitor, computed at compile time from vm/opcodes.def.
// CPython: Python/instrumentation.c EVENT_FOR_OPCODE, DE_INSTRUMENT,
// INSTRUMENTED_OPCODES
#include "monitor/opcode_events.h"

#include <array>

namespace pyvm::monitor {
namespace {

// Opcode numbers by name, and NONE for the rows without a base.
namespace ops {
constexpr int NONE = -1;
#define OPCODE(NAME, NUM, KIND, ARG, CACHES, JUMP, BASE, FLAGS) constexpr int NAME = NUM;
#include "vm/opcodes.def"
#undef OPCODE
} // namespace ops

namespace kinds {
enum Kind { None, Base, Specialized, Instrumented };
} // namespace kinds

struct Row {
  int number;
  kinds::Kind kind;
  int caches;
  int base;
};

constexpr Row kRows[] = {
#define OPCODE(NAME, NUM, KIND, ARG, CACHES, JUMP, BASE, FLAGS)                                    \
  {NUM, kinds::KIND, CACHES, ops::BASE},
#include "vm/opcodes.def"
#undef OPCODE
};

// The one hand-written fact: the event each base opcode fires. RESUME fires
// PY_START or PY_RESUME depending on its oparg (see eventForInstruction).
// CPython: Python/instrumentation.c EVENT_FOR_OPCODE
struct BaseEvent {
  int opcode;
  Event event;
};
constexpr BaseEvent kBaseEvents[] = {
    {ops::RETURN_VALUE, Event::PyReturn},
    {ops::CALL, Event::Call},
    {ops::CALL_KW, Event::Call},
    {ops::CALL_FUNCTION_EX, Event::Call},
    {ops::LOAD_SUPER_ATTR, Event::Call},
    {ops::YIELD_VALUE, Event::PyYield},
    {ops::JUMP_FORWARD, Event::Jump},
    {ops::JUMP_BACKWARD, Event::Jump},
    {ops::POP_JUMP_IF_FALSE, Event::BranchRight},
    {ops::POP_JUMP_IF_TRUE, Event::BranchRight},
    {ops::POP_JUMP_IF_NONE, Event::BranchRight},
    {ops::POP_JUMP_IF_NOT_NONE, Event::BranchRight},
    {ops::FOR_ITER, Event::BranchLeft},
    {ops::POP_ITER, Event::BranchRight},
    {ops::END_FOR, Event::StopIteration},
    {ops::END_SEND, Event::StopIteration},
    {ops::NOT_TAKEN, Event::BranchLeft},
    {ops::END_ASYNC_FOR, Event::BranchRight},
};

struct Tables {
  std::array<int8_t, 256> event{};
  std::array<uint8_t, 256> deInstrument{};
  std::array<uint8_t, 256> instrumented{};
  std::array<uint8_t, 256> deopt{};
  std::array<uint8_t, 256> caches{};
  std::array<bool, 256> isInstrumented{};
};

constexpr Tables buildTables() {
  Tables t;
  for (auto &e : t.event)
    e = -1;
  for (const Row &r : kRows) {
    t.caches[r.number] = uint8_t(r.caches);
    t.deopt[r.number] = uint8_t(r.number);
    if (r.kind == kinds::Specialized && r.base >= 0)
      t.deopt[r.number] = uint8_t(r.base);
  }
  for (const BaseEvent &b : kBaseEvents)
    t.event[b.opcode] = int8_t(eventIndex(b.event));
  for (const Row &r : kRows) {
    if (r.kind != kinds::Instrumented || r.number == ops::ENTER_EXECUTOR)
      continue;
    t.isInstrumented[r.number] = true;
    t.instrumented[r.number] = uint8_t(r.number);
    if (r.base < 0)
      continue; // INSTRUMENTED_LINE, INSTRUMENTED_INSTRUCTION
    t.deInstrument[r.number] = uint8_t(r.base);
    t.instrumented[r.base] = uint8_t(r.number);
    t.event[r.number] = t.event[r.base];
  }
  return t;
}

constexpr Tables kTables = buildTables();

// Every opcode with a twin fires an event (RESUME by its oparg), and every
// base opcode given an event has a twin.
constexpr bool checkTables() {
  for (int op = 0; op < 256; op++) {
    bool twin = kTables.deInstrument[op] != 0;
    if (twin && op != ops::INSTRUMENTED_RESUME && kTables.event[op] < 0)
      return false;
  }
  for (const BaseEvent &b : kBaseEvents)
    if (kTables.instrumented[b.opcode] == 0)
      return false;
  return kTables.instrumented[ops::RESUME] == ops::INSTRUMENTED_RESUME;
}
static_assert(checkTables(), "vm/opcodes.def and the event table disagree");

} // namespace

int eventForOpcode(uint8_t opcode) { return kTables.event[opcode]; }

int eventForInstruction(uint8_t baseOpcode, uint8_t oparg) {
  if (baseOpcode == ops::RESUME)
    return oparg > 0 ? eventIndex(Event::PyResume) : eventIndex(Event::PyStart);
  return kTables.event[baseOpcode];
}

uint8_t deInstrument(uint8_t opcode) { return kTables.deInstrument[opcode]; }

uint8_t instrumentedFor(uint8_t opcode) { return kTables.instrumented[opcode]; }

bool opcodeHasEvent(uint8_t opcode) {
  return opcode != ops::INSTRUMENTED_LINE && kTables.instrumented[opcode] != 0;
}

bool isInstrumented(uint8_t opcode) { return kTables.isInstrumented[opcode]; }

uint8_t deoptimize(uint8_t opcode) { return kTables.deopt[opcode]; }

uint8_t cacheEntries(uint8_t opcode) { return kTables.caches[opcode]; }

const char *eventName(int event) {
  // CPython: Python/instrumentation.c event_names
  static const char *const kNames[kEvents] = {
      "PY_START",
      "PY_RESUME",
      "PY_RETURN",
      "PY_YIELD",
      "CALL",
      "LINE",
      "INSTRUCTION",
      "JUMP",
      "BRANCH_LEFT",
      "BRANCH_RIGHT",
      "STOP_ITERATION",
      "RAISE",
      "EXCEPTION_HANDLED",
      "PY_UNWIND",
      "PY_THROW",
      "RERAISE",
      "C_RETURN",
      "C_RAISE",
      "BRANCH",
  };
  if (event < 0 || event >= kEvents)
    return nullptr;
  return kNames[event];
}

} // namespace pyvm::monitor
