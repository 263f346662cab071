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
// cache unit 1, a 32-bit guard key in units 2-3) and, when the generic code
// failed, tell whether CPython ran the in-line form. The in-line forms' success
// conditions and guards are
// CPython's; the other forms of each family are modelled by their operand
// types only (what decides a deopt and the counter's countdown on a site that
// mixes types). Called only from the generic bodies of BINARY_OP (subscript),
// LOAD_ATTR, CALL and FOR_ITER: never when those are INSTRUMENTED_*.
// CPython: Python/specialize.c, Include/internal/pycore_backoff.h
#pragma once

#include "vm/code.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/object.h"
#include "vm/slice.h"
#include "vm/str.h"
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

// The families modelled here; only their counters are kept (the other inline
// caches stay zero: nothing reads them).
inline bool hasAdaptiveCounter(uint8_t baseOpcode) {
  return baseOpcode == CodeOp::BINARY_OP || baseOpcode == CodeOp::LOAD_ATTR ||
         baseOpcode == CodeOp::CALL || baseOpcode == CodeOp::FOR_ITER;
}

// Sets the warm-up counter of every such instruction (a new code object's
// bytecode). CPython: Python/specialize.c _PyCode_Quicken
void quicken(CodeUnit *code, size_t size);

// --- When the model runs -------------------------------------------------------
// Only the exception-flow events and STOP_ITERATION can show the difference, so
// the model starts the first time a tool asks for one of them
// (monitor/state.cpp kSpecialisationVisible): a run without such a tool pays
// one test per modelled instruction. An instruction run before that point is
// modelled as never run (its counter warming up), where CPython may have
// specialised it.
inline bool gActive = false;
inline void activate() { gActive = true; }

// --- The families ------------------------------------------------------------
// binarySubscr, loadAttr, call and forIter update the instruction's state as
// one execution of CPython's specialising instruction would (run a specialised
// form, deopt, count down, specialise). The *Slow functions return whether
// CPython runs the in-line form this time.

inline uint32_t keyAt(const CodeUnit *instr) {
  uint32_t k;
  std::memcpy(&k, instr + 2, sizeof k);
  return k;
}
inline bool isSpecialised(const CodeUnit *instr) {
  return kOpcodeInfo[instr->opcode].kind == OpKind::Specialized;
}
// A non-negative int below 2**30 (one CPython digit): _PyLong_IsNonNegativeCompact.
inline bool isCompactIndex(Value v, int64_t *out) {
  if (!v.isSmallInt())
    return false;
  *out = v.smallInt();
  return *out >= 0 && *out < (int64_t(1) << 30);
}
// A function's version: CPython gives every function made from one code
// object the code's version (MAKE_FUNCTION), so the code identifies it.
inline uint32_t functionKey(Value f) {
  auto *fn = f.as<FunctionObject>();
  return uint32_t(reinterpret_cast<uintptr_t>(fn->code) >> 4) ^ fn->version;
}

// The specialised forms' guards (DEOPT_IF). CPython: Python/bytecodes.c
inline bool binarySubscrHits(const CodeUnit *instr, Value container, Value sub) {
  Type *t = container.type();
  int64_t i;
  switch (instr->opcode) {
  case CodeOp::BINARY_OP_SUBSCR_LIST_INT:
    return t == &ListType && isCompactIndex(sub, &i) && size_t(i) < listSize(container);
  case CodeOp::BINARY_OP_SUBSCR_TUPLE_INT:
    return t == &TupleType && isCompactIndex(sub, &i) && size_t(i) < tupleSize(container);
  case CodeOp::BINARY_OP_SUBSCR_STR_INT:
    return t == &StrType && isCompactIndex(sub, &i) && size_t(i) < strLength(container) &&
           strCharAt(container, size_t(i)) < 128;
  case CodeOp::BINARY_OP_SUBSCR_DICT:
    return t == &DictType;
  case CodeOp::BINARY_OP_SUBSCR_LIST_SLICE:
    return t == &ListType && sub.type() == &SliceType;
  case CodeOp::BINARY_OP_SUBSCR_GETITEM:
    // The type's cached __getitem__ is still valid (CPython keeps it in the
    // heap type's _spec_cache, dropped when the type changes).
    return t->hasFlag(kTypeHeap) && t->version != 0 && t->version == keyAt(instr);
  default:
    return false;
  }
}
inline bool loadAttrHits(const CodeUnit *instr, Value owner) {
  switch (instr->opcode) {
  case CodeOp::LOAD_ATTR_MODULE:
    return owner.type() == &ModuleType;
  case CodeOp::LOAD_ATTR_CLASS:
    return isType(owner) && owner.as<Type>()->version == keyAt(instr);
  default: // the instance forms: _GUARD_TYPE_VERSION
    return owner.type()->version != 0 && owner.type()->version == keyAt(instr);
  }
}
inline bool callHits(const CodeUnit *instr, Value callable, Value selfOrNull) {
  Type *t = callable.type();
  switch (instr->opcode) {
  case CodeOp::CALL_ALLOC_AND_ENTER_INIT: // _CHECK_AND_ALLOCATE_OBJECT
    return !selfOrNull && isType(callable) && callable.as<Type>()->version == keyAt(instr);
  case CodeOp::CALL_NON_PY_GENERAL:
    return t != &FunctionType && t != &MethodType;
  case CodeOp::CALL_PY_EXACT_ARGS:
  case CodeOp::CALL_PY_GENERAL:
    return t == &FunctionType && functionKey(callable) == keyAt(instr);
  case CodeOp::CALL_BOUND_METHOD_EXACT_ARGS:
  case CodeOp::CALL_BOUND_METHOD_GENERAL: {
    if (t != &MethodType)
      return false;
    Value func = callable.as<MethodObject>()->func.get();
    return isFunction(func) && functionKey(func) == keyAt(instr);
  }
  case CodeOp::CALL_BUILTIN_CLASS:
    return isType(callable) && !callable.as<Type>()->hasFlag(kTypeHeap);
  case CodeOp::CALL_BUILTIN_FAST:
    return t == &BuiltinFunctionType;
  case CodeOp::CALL_METHOD_DESCRIPTOR_FAST:
    return t == &MethodDescrType;
  default:
    return false;
  }
}
inline bool forIterHits(const CodeUnit *instr, Value iter) {
  Type *t = iter.type();
  switch (instr->opcode) {
  case CodeOp::FOR_ITER_LIST:
    return t == &ListIterType;
  case CodeOp::FOR_ITER_TUPLE:
    return t == &TupleIterType;
  case CodeOp::FOR_ITER_RANGE:
    return t == &RangeIterType;
  case CodeOp::FOR_ITER_GEN: { // a generator that is neither running nor finished
    if (t != &GeneratorType)
      return false;
    Frame *f = iter.as<GenObject>()->frame;
    return f && int(f->state) < int(FrameState::Executing);
  }
  default:
    return false;
  }
}

bool binarySubscrSlow(CodeUnit *instr, Value container, Value sub);
bool loadAttrSlow(CodeUnit *instr, Value owner, Value name, uint32_t oparg);
bool callSlow(CodeUnit *instr, Value callable, Value selfOrNull, uint32_t oparg);
bool forIterSlow(CodeUnit *instr, Value iter);

// The hot path checks only the commonest forms' guards inline.
inline void binarySubscr(CodeUnit *instr, Value container, Value sub) {
  if (!gActive) [[likely]]
    return;
  uint8_t op = instr->opcode;
  if ((op == CodeOp::BINARY_OP_SUBSCR_LIST_INT || op == CodeOp::BINARY_OP_SUBSCR_DICT) &&
      binarySubscrHits(instr, container, sub))
    return;
  binarySubscrSlow(instr, container, sub);
}
inline void loadAttr(CodeUnit *instr, Value owner, Value name, uint32_t oparg) {
  if (!gActive) [[likely]]
    return;
  uint8_t op = instr->opcode;
  if ((op == CodeOp::LOAD_ATTR_INSTANCE_VALUE || op == CodeOp::LOAD_ATTR_METHOD_WITH_VALUES) &&
      owner.type()->version == keyAt(instr))
    return;
  loadAttrSlow(instr, owner, name, oparg);
}
// `selfOrNull` is the stack slot below the arguments.
inline void call(CodeUnit *instr, Value callable, Value selfOrNull, uint32_t oparg) {
  if (!gActive) [[likely]]
    return;
  uint8_t op = instr->opcode;
  if ((op == CodeOp::CALL_PY_EXACT_ARGS || op == CodeOp::CALL_PY_GENERAL) && callable.isObject() &&
      callable.object()->type == &FunctionType && functionKey(callable) == keyAt(instr))
    return;
  callSlow(instr, callable, selfOrNull, oparg);
}
// Returns whether FOR_ITER_GEN runs.
inline bool forIter(CodeUnit *instr, Value iter) {
  if (!gActive) [[likely]]
    return false;
  uint8_t op = instr->opcode;
  Type *t = iter.type();
  if ((op == CodeOp::FOR_ITER_LIST && t == &ListIterType) ||
      (op == CodeOp::FOR_ITER_RANGE && t == &RangeIterType))
    return false;
  return forIterSlow(instr, iter);
}

// After the generic code failed: whether this execution ran CPython's in-line
// form, so that the exception came out of the in-line callee. Recomputed from
// the instruction's state and operands, as they were when it started unless
// the callee changed the guarded type meanwhile (then these answer "no").
inline bool ranInline(const CodeUnit *instr, Value container, Value sub) { // BINARY_OP []
  return gActive && instr->opcode == CodeOp::BINARY_OP_SUBSCR_GETITEM &&
         binarySubscrHits(instr, container, sub);
}
inline bool ranInline(const CodeUnit *instr, Value owner) { // LOAD_ATTR
  return gActive &&
         (instr->opcode == CodeOp::LOAD_ATTR_PROPERTY ||
          instr->opcode == CodeOp::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN) &&
         loadAttrHits(instr, owner);
}
// CALL_ALLOC_AND_ENTER_INIT runs __init__ in-line only once `nargs` positional
// arguments bind to it; else CPython reports the TypeError in the caller at
// the usual unit.
bool initFrameStarts(Value cls, size_t nargs);
inline bool callRanInline(const CodeUnit *instr, Value callable, Value selfOrNull, size_t nargs) {
  return gActive && instr->opcode == CodeOp::CALL_ALLOC_AND_ENTER_INIT &&
         callHits(instr, callable, selfOrNull) && initFrameStarts(callable, nargs);
}

} // namespace pyvm::specialize
