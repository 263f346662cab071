// Rewriting a code object's instructions in place to INSTRUMENTED_* opcodes
// and back, driven by the difference between the events wanted now and the
// events instrumented last time.
// CPython: Python/instrumentation.c
#include "monitor/instrument.h"

#include "monitor/opcode_events.h"
#include "vm/bytes.h"
#include "vm/frame.h"
#include "vm/linetable.h"
#include "vm/specialize.h"

#include <bit>

namespace pyvm {
// The executing frames (instrumentAllExecutingCode). Weak, so the monitor
// links into binaries without the interpreter (unit tests): no frames then.
extern ThreadState gThread __attribute__((weak));
} // namespace pyvm

namespace pyvm::monitor {
namespace {

constexpr uint8_t kLine = CodeOp::INSTRUMENTED_LINE;
constexpr uint8_t kInstruction = CodeOp::INSTRUMENTED_INSTRUCTION;

int codeLength(const CodeObject *code) { return int(code->instructions.size()); }

// CPython: local_union (the global events restricted to the local ones)
LocalMonitors localUnion(const GlobalMonitors &a, const LocalMonitors &b) {
  LocalMonitors r;
  for (int e = 0; e < kLocalEvents; e++)
    r.tools[e] = a.tools[e] | b.tools[e];
  return r;
}

// CPython: monitors_sub
LocalMonitors monitorsSub(const LocalMonitors &a, const LocalMonitors &b) {
  LocalMonitors r;
  for (int e = 0; e < kLocalEvents; e++)
    r.tools[e] = a.tools[e] & ~b.tools[e];
  return r;
}

bool monitorsEmpty(const LocalMonitors &m) {
  for (uint8_t t : m.tools)
    if (t)
      return false;
  return true;
}

// CPython: multiple_tools
bool multipleTools(const LocalMonitors &m) {
  for (uint8_t t : m.tools)
    if (std::popcount(t) > 1)
      return true;
  return false;
}

// The event an instruction with base opcode/oparg fires (RESUME by oparg).
int eventAt(CodeUnit base) { return eventForInstruction(base.opcode, base.arg); }

// (De)instrumenting an instruction that has an adaptive counter restarts its
// warm-up (vm/specialize.h). CPython: instrument, de_instrument*
void warmUp(CodeObject *code, int i, uint8_t baseOpcode) {
  if (specialize::hasAdaptiveCounter(deoptimize(baseOpcode)) && i + 1 < codeLength(code))
    specialize::setCounterAt(&code->instructions[i], specialize::kWarmup);
}

// --- Rewriting one instruction -------------------------------------------
// An instruction's opcode may sit in three places: the code unit itself,
// under INSTRUMENTED_LINE in lines[i], under INSTRUMENTED_INSTRUCTION in
// perInstructionOpcodes[i]. These find the innermost one.

// CPython: de_instrument
void deInstrumentAt(CodeObject *code, int i) {
  CoMonitoringData *m = code->monitoring;
  uint8_t *opcode = &code->instructions[i].opcode;
  if (*opcode == kLine)
    opcode = &m->lines[i].originalOpcode;
  if (*opcode == kInstruction)
    opcode = &m->perInstructionOpcodes[i];
  if (uint8_t base = deInstrument(*opcode)) {
    *opcode = base;
    warmUp(code, i, base);
  }
}

// CPython: de_instrument_line
void deInstrumentLine(CodeObject *code, int i) {
  CoMonitoringData *m = code->monitoring;
  CodeUnit &unit = code->instructions[i];
  if (unit.opcode != kLine)
    return;
  uint8_t original = m->lines[i].originalOpcode;
  assert(original != 0);
  // Keep INSTRUMENTED_INSTRUCTION in the code unit, never in the line table.
  if (original == kInstruction)
    m->lines[i].originalOpcode = m->perInstructionOpcodes[i];
  unit.opcode = original;
  warmUp(code, i, original);
}

// CPython: de_instrument_per_instruction
void deInstrumentPerInstruction(CodeObject *code, int i) {
  CoMonitoringData *m = code->monitoring;
  uint8_t *opcode = &code->instructions[i].opcode;
  if (*opcode == kLine)
    opcode = &m->lines[i].originalOpcode;
  if (*opcode != kInstruction)
    return;
  *opcode = m->perInstructionOpcodes[i];
  warmUp(code, i, *opcode);
}

// CPython: instrument
void instrumentAt(CodeObject *code, int i) {
  CoMonitoringData *m = code->monitoring;
  uint8_t *opcode = &code->instructions[i].opcode;
  if (*opcode == kLine)
    opcode = &m->lines[i].originalOpcode;
  if (*opcode == kInstruction)
    opcode = &m->perInstructionOpcodes[i];
  if (!isInstrumented(*opcode)) {
    uint8_t base = deoptimize(*opcode);
    uint8_t twin = instrumentedFor(base);
    assert(twin != 0);
    *opcode = twin;
    warmUp(code, i, base);
  }
}

// CPython: instrument_line
void instrumentLine(CodeObject *code, int i) {
  uint8_t &opcode = code->instructions[i].opcode;
  if (opcode == kLine)
    return;
  code->monitoring->lines[i].originalOpcode = deoptimize(opcode);
  opcode = kLine;
}

// CPython: instrument_per_instruction
void instrumentPerInstruction(CodeObject *code, int i) {
  CoMonitoringData *m = code->monitoring;
  uint8_t *opcode = &code->instructions[i].opcode;
  if (*opcode == kLine)
    opcode = &m->lines[i].originalOpcode;
  if (*opcode == kInstruction)
    return;
  m->perInstructionOpcodes[i] = isInstrumented(*opcode) ? *opcode : deoptimize(*opcode);
  *opcode = kInstruction;
}

// CPython: add_tools
void addTools(CodeObject *code, int i, uint8_t tools) {
  CoMonitoringData *m = code->monitoring;
  if (!m->tools.empty())
    m->tools[i] |= tools;
  instrumentAt(code, i);
}

// CPython: add_line_tools
void addLineTools(CodeObject *code, int i, uint8_t tools) {
  CoMonitoringData *m = code->monitoring;
  if (!m->lineTools.empty())
    m->lineTools[i] |= tools;
  instrumentLine(code, i);
}

// CPython: add_per_instruction_tools
void addPerInstructionTools(CodeObject *code, int i, uint8_t tools) {
  CoMonitoringData *m = code->monitoring;
  if (!m->perInstructionTools.empty())
    m->perInstructionTools[i] |= tools;
  instrumentPerInstruction(code, i);
}

// --- Side tables -------------------------------------------------------------

int computeFirstTraceable(const CodeObject *code) {
  // CPython: _co_firsttraceable, the first RESUME (codeobject.c init_code)
  int n = codeLength(code);
  for (int i = 0; i < n; i++) {
    uint8_t op = code->instructions[i].opcode;
    if (op == CodeOp::RESUME || deoptimize(op) == CodeOp::RESUME ||
        op == CodeOp::INSTRUMENTED_RESUME)
      return i;
  }
  return n;
}

// CPython: initialize_tools
void initializeTools(CodeObject *code) {
  CoMonitoringData *m = code->monitoring;
  int n = codeLength(code);
  for (int i = 0; i < n; i++) {
    CodeUnit unit = code->instructions[i];
    uint8_t op = unit.opcode;
    if (op == kLine)
      op = m->lines[i].originalOpcode;
    if (op == kInstruction)
      op = m->perInstructionOpcodes[i];
    bool instrumented = isInstrumented(op);
    if (instrumented)
      op = deInstrument(op);
    op = deoptimize(op);
    if (opcodeHasEvent(op)) {
      if (instrumented) {
        int event = eventForInstruction(op, unit.arg);
        m->tools[i] = m->activeMonitors.tools[event];
      } else {
        m->tools[i] = 0;
      }
    }
    i += cacheEntries(op);
  }
}

// The line of every code unit, from the location table (-1 for none).
std::vector<int32_t> unitLines(const CodeObject *code) {
  std::vector<int32_t> lines(code->instructions.size(), -1);
  if (!code->linetable)
    return lines;
  std::string_view table = bytesView(code->linetable.get());
  LineTableReader reader(
      std::span<const uint8_t>(reinterpret_cast<const uint8_t *>(table.data()), table.size()),
      code->firstlineno);
  LineTableEntry entry;
  while (reader.next(entry)) {
    for (int b = entry.start / 2; b < entry.end / 2 && b < int(lines.size()); b++)
      lines[b] = entry.line;
  }
  return lines;
}

// Marks the instructions that start a line: the first instruction of each
// line in code order, every jump target and every exception handler that has
// a line. CPython: initialize_lines
void initializeLines(CodeObject *code) {
  CoMonitoringData *m = code->monitoring;
  int n = codeLength(code);
  std::vector<int32_t> lineOf = unitLines(code);
  m->lines.assign(n, LineData{});
  int currentLine = -1;
  for (int i = 0; i < n;) {
    uint8_t op = baseOpcode(code, i);
    int line = lineOf[i];
    m->lines[i].line = line;
    int length = 1 + cacheEntries(op);
    uint8_t original = 0;
    if (i >= m->firstTraceable) {
      switch (op) {
      case CodeOp::END_ASYNC_FOR:
      case CodeOp::END_FOR:
      case CodeOp::END_SEND:
      case CodeOp::RESUME:
      case CodeOp::POP_ITER:
        // END_FOR/END_SEND are skipped by FOR_ITER/SEND; RESUME and
        // POP_ITER must not be hidden by INSTRUMENTED_LINE.
        break;
      default:
        if (line != currentLine && line >= 0)
          original = op;
        currentLine = line;
      }
    }
    m->lines[i].originalOpcode = original;
    for (int j = 1; j < length && i + j < n; j++)
      m->lines[i + j] = LineData{};
    i += length;
  }
  // Jump targets start a line too.
  for (int i = m->firstTraceable; i < n;) {
    CodeUnit unit = baseCodeUnit(code, i);
    int oparg = 0;
    while (unit.opcode == CodeOp::EXTENDED_ARG && i + 1 < n) {
      oparg = (oparg << 8) | unit.arg;
      i++;
      unit = baseCodeUnit(code, i);
    }
    oparg = (oparg << 8) | unit.arg;
    i += instructionLength(code, i);
    int target;
    switch (unit.opcode) {
    case CodeOp::POP_JUMP_IF_FALSE:
    case CodeOp::POP_JUMP_IF_TRUE:
    case CodeOp::POP_JUMP_IF_NONE:
    case CodeOp::POP_JUMP_IF_NOT_NONE:
    case CodeOp::JUMP_FORWARD:
      target = i + oparg;
      break;
    case CodeOp::FOR_ITER:
    case CodeOp::SEND:
      target = i + oparg + 1; // over END_FOR / END_SEND
      break;
    case CodeOp::JUMP_BACKWARD:
    case CodeOp::JUMP_BACKWARD_NO_INTERRUPT:
      target = i - oparg;
      break;
    default:
      continue;
    }
    if (target < 0 || target >= n || m->lines[target].line < 0)
      continue;
    uint8_t op = baseOpcode(code, target);
    if (op != CodeOp::POP_ITER)
      m->lines[target].originalOpcode = op;
  }
  // And so do exception handlers (END_ASYNC_FOR ends an `async for` and has
  // no line event of its own).
  for (const ExceptionHandler &h : code->handlers) {
    int target = h.target / 2;
    if (target < 0 || target >= n || m->lines[target].line < 0)
      continue;
    uint8_t op = baseOpcode(code, target);
    if (op != CodeOp::END_ASYNC_FOR)
      m->lines[target].originalOpcode = op;
  }
}

// Allocates the side tables the wanted events need.
// CPython: update_instrumentation_data
void updateInstrumentationData(CodeObject *code) {
  CoMonitoringData *m = ensureMonitoringData(code);
  int n = codeLength(code);
  // Local events of a tool cleared since they were set are dropped.
  for (int t = 0; t < kToolIds; t++) {
    if (m->toolVersions[t] != gMonitoring.toolVersions[t])
      for (uint8_t &tools : m->localMonitors.tools)
        tools &= uint8_t(~(1u << t));
  }
  LocalMonitors all = localUnion(gMonitoring.monitors, m->localMonitors);
  bool multitools = multipleTools(all);
  if (m->tools.empty() && multitools) {
    m->tools.assign(n, 0);
    initializeTools(code);
  }
  if (all.tools[eventIndex(Event::Line)]) {
    if (m->lines.empty())
      initializeLines(code);
    if (multitools && m->lineTools.empty())
      m->lineTools.assign(n, all.tools[eventIndex(Event::Line)]);
  }
  if (all.tools[eventIndex(Event::Instruction)]) {
    if (m->perInstructionOpcodes.empty()) {
      m->perInstructionOpcodes.resize(n);
      for (int i = 0; i < n; i++)
        m->perInstructionOpcodes[i] = deoptimize(code->instructions[i].opcode);
    }
    if (multitools && m->perInstructionTools.empty())
      m->perInstructionTools.assign(n, 0);
  }
}

} // namespace

CoMonitoringData *ensureMonitoringData(CodeObject *code) {
  if (!code->monitoring) {
    code->monitoring = new CoMonitoringData();
    code->monitoring->firstTraceable = computeFirstTraceable(code);
  }
  return code->monitoring;
}

void freeMonitoringData(CodeObject *code) {
  delete code->monitoring;
  code->monitoring = nullptr;
}

CodeUnit baseCodeUnit(const CodeObject *code, int i) {
  // CPython: _Py_GetBaseCodeUnit
  CodeUnit unit = code->instructions[i];
  uint8_t op = unit.opcode;
  if (!isInstrumented(op)) {
    unit.opcode = deoptimize(op);
    return unit;
  }
  if (op == kLine)
    op = code->monitoring->lines[i].originalOpcode;
  if (op == kInstruction)
    op = code->monitoring->perInstructionOpcodes[i];
  uint8_t base = deInstrument(op);
  unit.opcode = base ? base : deoptimize(op);
  return unit;
}

int instructionLength(const CodeObject *code, int i) {
  return 1 + cacheEntries(baseOpcode(code, i));
}

int instrumentationLine(const CodeObject *code, int i) { return code->monitoring->lines[i].line; }

void removeTools(CodeObject *code, int i, int event, uint8_t tools) {
  // CPython: remove_tools
  assert(isLocalEvent(event) && event != eventIndex(Event::Line) &&
         event != eventIndex(Event::Instruction));
  CoMonitoringData *m = code->monitoring;
  bool deInstrumentIt;
  if (!m->tools.empty()) {
    m->tools[i] &= uint8_t(~tools);
    deInstrumentIt = m->tools[i] == 0;
  } else {
    uint8_t single = m->activeMonitors.tools[event];
    deInstrumentIt = (single & tools) == single;
  }
  if (deInstrumentIt)
    deInstrumentAt(code, i);
}

void removeLineTools(CodeObject *code, int i, uint8_t tools) {
  // CPython: remove_line_tools
  CoMonitoringData *m = code->monitoring;
  bool deInstrumentIt;
  if (!m->lineTools.empty()) {
    m->lineTools[i] &= uint8_t(~tools);
    deInstrumentIt = m->lineTools[i] == 0;
  } else {
    uint8_t single = m->activeMonitors.tools[eventIndex(Event::Line)];
    deInstrumentIt = (single & tools) == single;
  }
  if (deInstrumentIt)
    deInstrumentLine(code, i);
}

void removePerInstructionTools(CodeObject *code, int i, uint8_t tools) {
  // CPython: remove_per_instruction_tools
  CoMonitoringData *m = code->monitoring;
  bool deInstrumentIt;
  if (!m->perInstructionTools.empty()) {
    m->perInstructionTools[i] &= uint8_t(~tools);
    deInstrumentIt = m->perInstructionTools[i] == 0;
  } else {
    uint8_t single = m->activeMonitors.tools[eventIndex(Event::Instruction)];
    deInstrumentIt = (single & tools) == single;
  }
  if (deInstrumentIt)
    deInstrumentPerInstruction(code, i);
}

uint8_t toolsForInstruction(const CodeObject *code, int i, int event) {
  // CPython: get_tools_for_instruction
  if (event >= kUngroupedEvents)
    event = eventIndex(Event::Call); // C_RETURN, C_RAISE
  if (isLocalEvent(event)) {
    const CoMonitoringData *m = code->monitoring;
    if (!m)
      return 0;
    return m->tools.empty() ? m->activeMonitors.tools[event] : m->tools[i];
  }
  return gMonitoring.monitors.tools[event];
}

int forceInstrument(CodeObject *code) {
  // CPython: force_instrument_lock_held
  int n = codeLength(code);
  updateInstrumentationData(code);
  CoMonitoringData *m = code->monitoring;
  LocalMonitors active = localUnion(gMonitoring.monitors, m->localMonitors);
  LocalMonitors added, removed;
  bool restarted = gMonitoring.lastRestartVersion > code->instrumentationVersion;
  if (restarted) {
    removed = m->activeMonitors;
    added = active;
  } else {
    removed = monitorsSub(m->activeMonitors, active);
    added = monitorsSub(active, m->activeMonitors);
  }
  m->activeMonitors = active;
  if (!monitorsEmpty(added) || !monitorsEmpty(removed)) {
    // Event instructions.
    for (int i = m->firstTraceable; i < n; i += instructionLength(code, i)) {
      CodeUnit unit = baseCodeUnit(code, i);
      if (!opcodeHasEvent(unit.opcode))
        continue;
      int event = eventAt(unit);
      if (uint8_t tools = removed.tools[event])
        removeTools(code, i, event, tools);
      if (uint8_t tools = added.tools[event])
        addTools(code, i, tools);
    }
    // Remove line and instruction instrumentation before adding any, or the
    // removal could undo what was just added (CPython GH-103845).
    uint8_t removedLine = removed.tools[eventIndex(Event::Line)];
    uint8_t removedInstruction = removed.tools[eventIndex(Event::Instruction)];
    uint8_t addedLine = added.tools[eventIndex(Event::Line)];
    uint8_t addedInstruction = added.tools[eventIndex(Event::Instruction)];
    if (removedLine && !m->lines.empty()) {
      for (int i = m->firstTraceable; i < n; i += instructionLength(code, i))
        if (m->lines[i].originalOpcode)
          removeLineTools(code, i, removedLine);
    }
    if (removedInstruction && !m->perInstructionOpcodes.empty()) {
      for (int i = m->firstTraceable; i < n; i += instructionLength(code, i)) {
        uint8_t op = baseOpcode(code, i);
        if (op != CodeOp::RESUME && op != CodeOp::END_FOR)
          removePerInstructionTools(code, i, removedInstruction);
      }
    }
    if (addedLine) {
      for (int i = m->firstTraceable; i < n; i += instructionLength(code, i))
        if (m->lines[i].originalOpcode)
          addLineTools(code, i, addedLine);
    }
    if (addedInstruction) {
      for (int i = m->firstTraceable; i < n; i += instructionLength(code, i)) {
        uint8_t op = baseOpcode(code, i);
        if (op != CodeOp::RESUME && op != CodeOp::END_FOR)
          addPerInstructionTools(code, i, addedInstruction);
      }
    }
  }
  code->instrumentationVersion = gMonitoring.globalVersion;
  return 0;
}

int instrument(CodeObject *code) {
  // CPython: _Py_Instrument / instrument_lock_held
  if (isVersionUpToDate(code))
    return 0;
  return forceInstrument(code);
}

int instrumentAllExecutingCode() {
  // CPython: instrument_all_executing_code_objects
  if (&gThread == nullptr)
    return 0;
  for (Frame *frame = gThread.frame; frame; frame = frame->prev)
    if (frame->code && instrument(frame->code) < 0)
      return -1;
  return 0;
}

} // namespace pyvm::monitor
