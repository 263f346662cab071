// Which opcodes fire which events, and the mapping between a base opcode and
// its INSTRUMENTED_* twin. Derived from vm/opcodes.def (the Instrumented rows
// name their base); the only hand-written fact is the event each base opcode
// fires (eventForBaseOpcode in opcode_events.cpp).
// CPython: Python/instrumentation.c EVENT_FOR_OPCODE, DE_INSTRUMENT,
// INSTRUMENTED_OPCODES, opcode_has_event, is_instrumented; _PyOpcode_Deopt
#pragma once

#include "monitor/events.h"

#include <cstdint>

namespace pyvm::monitor {

// The event an opcode (base or INSTRUMENTED_*) fires: an Event number, or -1.
// RESUME is -1 too: it fires PY_START (oparg 0) or PY_RESUME (oparg > 0);
// use eventForInstruction for it. CPython: EVENT_FOR_OPCODE
int eventForOpcode(uint8_t opcode);

// The event of one instruction whose base opcode is `baseOpcode`, resolving
// RESUME by its oparg. -1 for an opcode without an event.
int eventForInstruction(uint8_t baseOpcode, uint8_t oparg);

// INSTRUMENTED_X -> X; 0 for anything else (including INSTRUMENTED_LINE and
// INSTRUMENTED_INSTRUCTION, which have no single base). CPython: DE_INSTRUMENT
uint8_t deInstrument(uint8_t opcode);

// X -> INSTRUMENTED_X (and INSTRUMENTED_X -> itself, INSTRUMENTED_LINE and
// INSTRUMENTED_INSTRUCTION -> themselves); 0 when X has no twin.
// CPython: INSTRUMENTED_OPCODES
uint8_t instrumentedFor(uint8_t opcode);

// True for base opcodes (and their twins) that fire an event.
// CPython: opcode_has_event
bool opcodeHasEvent(uint8_t opcode);

// True for the INSTRUMENTED_* opcodes (not ENTER_EXECUTOR).
// CPython: is_instrumented
bool isInstrumented(uint8_t opcode);

// A specialised opcode's base (LOAD_ATTR_SLOT -> LOAD_ATTR); a base opcode
// maps to itself; instrumented opcodes map to themselves.
// CPython: _PyOpcode_Deopt
uint8_t deoptimize(uint8_t opcode);

// Inline cache code units after an opcode. CPython: _PyOpcode_Caches
uint8_t cacheEntries(uint8_t opcode);

} // namespace pyvm::monitor
