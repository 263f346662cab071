// Per-code monitoring data and the in-place rewrite of a code object's
// instructions to INSTRUMENTED_* opcodes and back.
//
// The instrumented bytecode keeps the original opcodes in side tables: an
// INSTRUMENTED_X opcode knows X (deInstrument), INSTRUMENTED_LINE keeps the
// opcode it replaced in `lines`, INSTRUMENTED_INSTRUCTION in
// `perInstructionOpcodes`. Removing every tool writes the base opcodes back,
// so the code units are exactly what they were before (for unspecialised
// code; a specialised instruction comes back as its base, as in CPython).
// Cache entries are never touched.
//
// Indices here are code-unit indices (byte offset / 2), as CPython's
// instrumentation uses internally; callbacks see byte offsets.
// CPython: Include/internal/pycore_instruments.h _PyCoMonitoringData,
// Python/instrumentation.c
#pragma once

#include "monitor/state.h"
#include "vm/code.h"

#include <vector>

namespace pyvm::monitor {

// The line side table of one code unit. CPython: _PyCoLineInstrumentationData
struct LineData {
  // The opcode INSTRUMENTED_LINE replaces here, when this instruction starts
  // a line (or is a jump target or handler into a line); 0 otherwise.
  uint8_t originalOpcode = 0;
  // Its line number, -1 for none.
  int32_t line = -1;
};

} // namespace pyvm::monitor

namespace pyvm {

// CPython: _PyCoMonitoringData (vm/code.h declares it; code->monitoring).
struct CoMonitoringData {
  // Local events set on this code (sys.monitoring.set_local_events).
  monitor::LocalMonitors localMonitors;
  // local ∪ global local-events at the last instrumentation.
  monitor::LocalMonitors activeMonitors;
  // The tool versions local events were set under (see toolVersions).
  uint64_t toolVersions[monitor::kToolIds] = {};
  // Per code unit: the tools instrumented at an event instruction. Empty
  // while at most one tool is active per event (then activeMonitors says).
  std::vector<uint8_t> tools;
  // Per code unit line data; empty until LINE is first wanted.
  std::vector<monitor::LineData> lines;
  // Per code unit tools for LINE; empty with a single tool.
  std::vector<uint8_t> lineTools;
  // Per code unit: the opcode INSTRUMENTED_INSTRUCTION replaced; empty until
  // INSTRUCTION is first wanted.
  std::vector<uint8_t> perInstructionOpcodes;
  std::vector<uint8_t> perInstructionTools;
  // The first traceable code unit: the first RESUME (instructions before it,
  // COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR, POP_TOP, are never
  // instrumented). CPython: _co_firsttraceable
  int firstTraceable = 0;
};

} // namespace pyvm

namespace pyvm::monitor {

// Is the code's instrumentation current? CPython: is_version_up_to_date
inline bool isVersionUpToDate(const CodeObject *code) {
  return code->instrumentationVersion == gMonitoring.globalVersion;
}

// Brings a code object's instructions up to the current events: a no-op when
// its version is current. 0, or -1 with an exception pending.
// CPython: _Py_Instrument / instrument_lock_held
int instrument(CodeObject *code);
// The same without the version check. CPython: force_instrument_lock_held
int forceInstrument(CodeObject *code);
// Instruments the code objects of every executing frame (after set_events,
// so a running frame sees the change at once).
// CPython: instrument_all_executing_code_objects
int instrumentAllExecutingCode();

// The de-instrumented, de-specialised code unit at `index`.
// CPython: _Py_GetBaseCodeUnit
CodeUnit baseCodeUnit(const CodeObject *code, int index);
inline uint8_t baseOpcode(const CodeObject *code, int index) {
  return baseCodeUnit(code, index).opcode;
}
// 1 + the inline caches of the instruction at `index`.
// CPython: _PyInstruction_GetLength
int instructionLength(const CodeObject *code, int index);
// The line of code unit `index` from the line side table (-1 none).
// CPython: _Py_Instrumentation_GetLine
int instrumentationLine(const CodeObject *code, int index);

// DISABLE: stop calling `tools` for `event` at the instruction `index`; the
// instruction is de-instrumented when no tool is left there.
// CPython: remove_tools, remove_line_tools, remove_per_instruction_tools
void removeTools(CodeObject *code, int index, int event, uint8_t tools);
void removeLineTools(CodeObject *code, int index, uint8_t tools);
void removePerInstructionTools(CodeObject *code, int index, uint8_t tools);

// The tools to call for `event` at `index`. CPython: get_tools_for_instruction
uint8_t toolsForInstruction(const CodeObject *code, int index, int event);

// code->monitoring, allocated (empty) on first use.
// CPython: allocate_instrumentation_data
CoMonitoringData *ensureMonitoringData(CodeObject *code);
// Frees code->monitoring (the code object's dealloc calls this).
void freeMonitoringData(CodeObject *code);

} // namespace pyvm::monitor
