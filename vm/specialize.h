// A model of CPython 3.14's adaptive specialisation, kept only as far as PEP 669
// events can see it. CPython rewrites an instruction into a specialised form
// from its 2nd execution (adaptive counter in the first inline cache unit);
// five forms run a Python callee in-line, in the caller's C activation:
// BINARY_OP_SUBSCR_GETITEM, LOAD_ATTR_PROPERTY, LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN,
// CALL_ALLOC_AND_ENTER_INIT and FOR_ITER_GEN. An exception out of such a callee
// resumes the caller at frame->instr_ptr (the instruction itself), so RAISE and
// the handler search use the unit before it instead of the last cache unit; and
// a generator run by FOR_ITER_GEN returns through END_FOR (no StopIteration RAISE,
// a STOP_ITERATION event when END_FOR is instrumented).
//
// pyvm always runs the generic code; these functions keep CPython's state
// machine (opcode byte rewritten to the specialised form, backoff counter in
// cache unit 1, a 32-bit guard key in units 2-3) and answer "would CPython run
// the in-line form now?". The in-line forms' success conditions and guards are
// CPython's; the other forms of each family are modelled by their operand
// types only (what decides a deopt and the counter's countdown on a site that
// mixes types). Called only from the generic bodies of BINARY_OP (subscript),
// LOAD_ATTR, CALL and FOR_ITER: never when those are INSTRUMENTED_*.
// CPython: Python/specialize.c, Include/internal/pycore_backoff.h
#pragma once

#include "vm/code.h"
#include "vm/dict.h"
#include "vm/function.h"
#include "vm/list.h"
#include "vm/object.h"
#include "vm/slice.h"
#include "vm/tuple.h"

#include <cstdint>
#include <cstring>

namespace pyvm::specialize {

// --- The backoff counter (CPython: _Py_BackoffCounter) -----------------------
// 16 bits: a 12-bit value above a 4-bit backoff exponent. The instruction
// specialises when the value reaches 0.
constexpr uint16_t makeCounter(unsigned value, unsigned backoff) {
  return uint16_t((value << 4) | backoff);
}
constexpr uint16_t kWarmup = makeCounter(1, 1);    // adaptive_counter_warmup
constexpr uint16_t kCooldown = makeCounter(52, 0); // adaptive_counter_cooldown

inline uint16_t counterAt(const CodeUnit *instr) {
  uint16_t c;
  std::memcpy(&c, instr + 1, sizeof c);
  return c;
}
inline void setCounterAt(CodeUnit *instr, uint16_t c) { std::memcpy(instr + 1, &c, sizeof c); }

// PAUSE_ADAPTIVE_COUNTER: INSTRUMENTED_LINE / INSTRUMENTED_INSTRUCTION run the
// original instruction with an odd value, so it never reaches 0 there.
inline void pauseCounter(CodeUnit *instr) {
  setCounterAt(instr, uint16_t(counterAt(instr) | 0x10));
}

// Sets the warm-up counter of every instruction that has one (a new code
// object's bytecode). CPython: Python/specialize.c _PyCode_Quicken
void quicken(CodeUnit *code, size_t size);

// --- The families ------------------------------------------------------------
// Each returns whether CPython runs the instruction's in-line form this time,
// after updating the instruction's state as CPython's specialising instruction
// would (specialise, deopt, count down).
bool binarySubscrSlow(CodeUnit *instr, Value container, Value sub);
bool loadAttrSlow(CodeUnit *instr, Value owner, Value name, uint32_t oparg);
// `self_or_null` is the stack slot below the arguments.
bool callSlow(CodeUnit *instr, Value callable, Value selfOrNull, uint32_t oparg);
bool forIterSlow(CodeUnit *instr, Value iter);

inline uint32_t keyAt(const CodeUnit *instr) {
  uint32_t k;
  std::memcpy(&k, instr + 2, sizeof k);
  return k;
}

// The hot forms' guards are checked here; everything else goes out of line.
inline bool binarySubscr(CodeUnit *instr, Value container, Value sub) {
  if (instr->opcode == CodeOp::BINARY_OP_SUBSCR_DICT && container.isObject() &&
      container.type() == &DictType)
    return false;
  return binarySubscrSlow(instr, container, sub);
}
inline bool loadAttr(CodeUnit *instr, Value owner, Value name, uint32_t oparg) {
  uint8_t op = instr->opcode;
  // The forms guarded by the owner's type version alone.
  if ((op == CodeOp::LOAD_ATTR_INSTANCE_VALUE || op == CodeOp::LOAD_ATTR_METHOD_WITH_VALUES) &&
      owner.type()->version == keyAt(instr))
    return false;
  return loadAttrSlow(instr, owner, name, oparg);
}
inline bool call(CodeUnit *instr, Value callable, Value selfOrNull, uint32_t oparg) {
  if (instr->opcode == CodeOp::CALL_NON_PY_GENERAL && callable.isObject() &&
      callable.type() != &FunctionType && callable.type() != &MethodType)
    return false;
  return callSlow(instr, callable, selfOrNull, oparg);
}
inline bool forIter(CodeUnit *instr, Value iter) {
  uint8_t op = instr->opcode;
  Type *t = iter.type();
  if ((op == CodeOp::FOR_ITER_LIST && t == &ListIterType) ||
      (op == CodeOp::FOR_ITER_RANGE && t == &RangeIterType) ||
      (op == CodeOp::FOR_ITER_TUPLE && t == &TupleIterType))
    return false;
  return forIterSlow(instr, iter);
}

} // namespace pyvm::specialize
