// The specialisation model (see vm/specialize.h): CPython 3.14's adaptive
// state machine for BINARY_OP (subscript), LOAD_ATTR, CALL and FOR_ITER.
// CPython: Python/specialize.c, Python/bytecodes.c (the specialised forms' guards)
#include "vm/specialize.h"

#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"

namespace pyvm::specialize {
namespace {

// --- Counter arithmetic. CPython: Include/internal/pycore_backoff.h ----------
unsigned counterValue(uint16_t c) { return c >> 4; }
unsigned counterBackoff(uint16_t c) { return c & 15; }

// advance_backoff_counter
uint16_t advance(uint16_t c) {
  return makeCounter((counterValue(c) - 1) & 0xFFF, counterBackoff(c));
}

// restart_backoff_counter (adaptive_counter_backoff): after a failed attempt,
// wait 2**(backoff+1) - 1 executions.
uint16_t restart(uint16_t c) {
  unsigned b = counterBackoff(c);
  if (b < 12)
    return makeCounter((1u << (b + 1)) - 1, b + 1);
  return makeCounter((1u << 12) - 1, 12);
}

void setKey(CodeUnit *instr, uint32_t key) { std::memcpy(instr + 2, &key, sizeof key); }

// CPython: specialize.c specialize / unspecialize
// The guard key sits in cache units 2-3 (FOR_ITER has only the counter).
void specializeTo(CodeUnit *instr, uint8_t op, uint32_t key = 0) {
  instr->opcode = op;
  setCounterAt(instr, kCooldown);
  if (kOpcodeInfo[op].caches >= 3)
    setKey(instr, key);
}
void unspecialize(CodeUnit *instr) {
  instr->opcode = uint8_t(kOpcodeInfo[instr->opcode].base);
  setCounterAt(instr, restart(counterAt(instr)));
}

bool isInlineForm(uint8_t op) {
  switch (op) {
  case CodeOp::BINARY_OP_SUBSCR_GETITEM:
  case CodeOp::LOAD_ATTR_PROPERTY:
  case CodeOp::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN:
  case CodeOp::CALL_ALLOC_AND_ENTER_INIT:
  case CodeOp::FOR_ITER_GEN:
    return true;
  default:
    return false;
  }
}

// One execution of a family's instruction. A specialised form whose guard
// holds runs; otherwise (the generic opcode, or a deopt, which jumps to the
// generic body and counts down the specialised form's counter) the adaptive
// part runs: at 0 `specialise` rewrites the opcode and counter (or only the
// counter) and the instruction runs again in its new form (DISPATCH_SAME_OPARG),
// where a generic or missed form counts down once more.
// CPython: bytecodes.c `specializing op(_SPECIALIZE_...)`, DEOPT_IF
template <typename Hits, typename Specialise>
bool execute(CodeUnit *instr, Hits hits, Specialise specialise) {
  if (isSpecialised(instr) && hits())
    return isInlineForm(instr->opcode);
  uint16_t c = counterAt(instr);
  // An instrumented opcode byte (INSTRUMENTED_LINE/INSTRUCTION run the
  // original) is never overwritten: its counter is paused anyway.
  if (counterValue(c) == 0 && kOpcodeInfo[instr->opcode].kind != OpKind::Instrumented) {
    specialise();
    if (isSpecialised(instr) && hits())
      return isInlineForm(instr->opcode);
    c = counterAt(instr);
  }
  setCounterAt(instr, advance(c));
  return false;
}

Type *typeOf(Value v) { return v.type(); }
bool isHeapType(Type *t) { return t->hasFlag(kTypeHeap); }

// function_kind == SIMPLE_FUNCTION: no *args, **kwargs or keyword-only
// parameters, and optimised code. CPython: specialize.c function_kind
bool isSimpleFunction(Value f) {
  if (!isFunction(f))
    return false;
  const CodeObject *code = f.as<FunctionObject>()->code;
  return !(code->flags & (kCoVarargs | kCoVarkeywords)) && code->kwonlyargcount == 0 &&
         (code->flags & kCoOptimized);
}
// CPython: specialize.c function_check_args
bool functionTakes(Value f, int argcount) {
  return isSimpleFunction(f) && f.as<FunctionObject>()->code->argcount == argcount;
}
// --- BINARY_OP [] ------------------------------------------------------------

// CPython: specialize.c _Py_Specialize_BinaryOp, case NB_SUBSCR
void specialiseBinarySubscr(CodeUnit *instr, Value container, Value sub) {
  Type *t = typeOf(container);
  int64_t i;
  if (isCompactIndex(sub, &i)) {
    if (t == &ListType)
      return specializeTo(instr, CodeOp::BINARY_OP_SUBSCR_LIST_INT);
    if (t == &TupleType)
      return specializeTo(instr, CodeOp::BINARY_OP_SUBSCR_TUPLE_INT);
    if (t == &StrType)
      return specializeTo(instr, CodeOp::BINARY_OP_SUBSCR_STR_INT);
  }
  if (t == &DictType)
    return specializeTo(instr, CodeOp::BINARY_OP_SUBSCR_DICT);
  if (t == &ListType && typeOf(sub) == &SliceType)
    return specializeTo(instr, CodeOp::BINARY_OP_SUBSCR_LIST_SLICE);
  Value getitem = typeLookup(t, "__getitem__");
  if (getitem && isHeapType(t) && functionTakes(getitem, 2))
    return specializeTo(instr, CodeOp::BINARY_OP_SUBSCR_GETITEM, typeVersion(t));
  unspecialize(instr);
}

// --- LOAD_ATTR -----------------------------------------------------------------

bool isObjectGetAttribute(Value descr) {
  return descr.type() == &WrapperDescrType &&
         descr.as<WrapperDescrObject>()->function == reinterpret_cast<void *>(genericGetAttr);
}

bool instanceHasKey(Value owner, Value name) {
  Ref *slot = instanceDictSlot(owner);
  return slot && *slot && isDict(slot->get()) && dictGetItemStr(slot->get(), name);
}

// CPython: specialize.c _Py_Specialize_LoadAttr, specialize_instance_load_attr,
// analyze_descriptor_load, classify_descriptor. The in-line forms exactly; the
// others by kind (module, class, instance attribute, method, slot).
void specialiseLoadAttr(CodeUnit *instr, Value owner, Value name, uint32_t oparg) {
  bool methodLoad = oparg & 1;
  Type *t = typeOf(owner);
  if (t == &ModuleType) {
    Value dict = owner.as<ModuleObject>()->dict.get();
    if (dict && !dictGetItem(dict, "__getattr__") && dictGetItemStr(dict, name))
      return specializeTo(instr, CodeOp::LOAD_ATTR_MODULE);
    return unspecialize(instr);
  }
  if (isType(owner))
    return specializeTo(instr, CodeOp::LOAD_ATTR_CLASS, typeVersion(owner.as<Type>()));
  bool hasGetattr = false;
  if (t->getattr != genericGetAttr) {
    if (!isHeapType(t))
      return unspecialize(instr); // a C type's own tp_getattro
    Value getattribute = typeLookup(t, "__getattribute__");
    Value getattr = typeLookup(t, "__getattr__");
    if (getattribute && !isObjectGetAttribute(getattribute)) {
      // GETATTRIBUTE_IS_PYTHON_FUNCTION: a Python __getattribute__ and no __getattr__.
      if (!getattr && functionTakes(getattribute, 2) && !methodLoad)
        return specializeTo(instr, CodeOp::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN, typeVersion(t));
      return unspecialize(instr);
    }
    hasGetattr = bool(getattr);
  }
  uint32_t version = typeVersion(t);
  bool shadow = instanceHasKey(owner, name);
  auto instanceForm = [&] {
    if (isHeapType(t) && instanceDictSlot(owner))
      return specializeTo(instr, CodeOp::LOAD_ATTR_INSTANCE_VALUE, version);
    unspecialize(instr);
  };
  Value descr = typeLookup(t, name);
  if (!descr) { // ABSENT
    if (shadow)
      return instanceForm();
    setCounterAt(instr, kCooldown); // not specialised: try again later
    return;
  }
  Type *dt = typeOf(descr);
  if (dt == &PropertyType) {
    Value fget = descr.as<PropertyObject>()->fget.get();
    if (!hasGetattr && fget && functionTakes(fget, 1) && !methodLoad)
      return specializeTo(instr, CodeOp::LOAD_ATTR_PROPERTY, version);
    return unspecialize(instr);
  }
  if (isHeapType(dt)) // MUTABLE: the descriptor's class may change
    return unspecialize(instr);
  if (dt->descrSet) {
    if (dt == &MemberDescrType) // OBJECT_SLOT
      return specializeTo(instr, CodeOp::LOAD_ATTR_SLOT, version);
    return unspecialize(instr); // OVERRIDING
  }
  if (shadow)
    return instanceForm();
  if (dt->descrGet) {
    bool isMethodDescr = dt == &FunctionType || dt == &MethodDescrType;
    if (isMethodDescr && methodLoad)
      return specializeTo(instr, CodeOp::LOAD_ATTR_METHOD_WITH_VALUES, version);
    return unspecialize(instr);
  }
  if (!methodLoad) // NON_DESCRIPTOR: a class attribute
    return specializeTo(instr, CodeOp::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES, version);
  unspecialize(instr);
}

// --- CALL --------------------------------------------------------------------

// CPython: specialize.c _Py_Specialize_Call, specialize_class_call,
// get_init_for_simple_managed_python_class, specialize_py_call. The class
// forms exactly; builtin functions and method descriptors by their type.
void specialiseCall(CodeUnit *instr, Value callable, Value selfOrNull, uint32_t oparg) {
  int nargs = int(oparg) + (selfOrNull ? 1 : 0);
  Type *t = typeOf(callable);
  if (t == &BuiltinFunctionType)
    return specializeTo(instr, CodeOp::CALL_BUILTIN_FAST);
  if (t == &FunctionType) {
    auto *fn = callable.as<FunctionObject>();
    if (!(fn->code->flags & kCoOptimized))
      return unspecialize(instr);
    bool exact = isSimpleFunction(callable) && fn->code->argcount == nargs;
    return specializeTo(instr, exact ? CodeOp::CALL_PY_EXACT_ARGS : CodeOp::CALL_PY_GENERAL,
                        functionKey(callable));
  }
  if (isType(callable)) {
    Type *tp = callable.as<Type>();
    if (!isHeapType(tp))
      return specializeTo(instr, CodeOp::CALL_BUILTIN_CLASS);
    if (typeOf(callable) == &TypeType && tp->newInstance == objectNew &&
        isSimpleFunction(typeLookup(tp, "__init__")))
      return specializeTo(instr, CodeOp::CALL_ALLOC_AND_ENTER_INIT, typeVersion(tp));
    return specializeTo(instr, CodeOp::CALL_NON_PY_GENERAL);
  }
  if (t == &MethodDescrType)
    return specializeTo(instr, CodeOp::CALL_METHOD_DESCRIPTOR_FAST);
  if (t == &MethodType) {
    Value func = callable.as<MethodObject>()->func.get();
    if (!isFunction(func))
      return unspecialize(instr);
    bool exact = isSimpleFunction(func) && func.as<FunctionObject>()->code->argcount == nargs + 1;
    return specializeTo(
        instr, exact ? CodeOp::CALL_BOUND_METHOD_EXACT_ARGS : CodeOp::CALL_BOUND_METHOD_GENERAL,
        functionKey(func));
  }
  specializeTo(instr, CodeOp::CALL_NON_PY_GENERAL);
}

// --- FOR_ITER ----------------------------------------------------------------

// CPython: specialize.c _Py_Specialize_ForIter. CPython iterates an exact list
// or tuple without an iterator object; pyvm's list/tuple iterators stand for it.
void specialiseForIter(CodeUnit *instr, Value iter) {
  Type *t = typeOf(iter);
  if (t == &RangeIterType)
    return specializeTo(instr, CodeOp::FOR_ITER_RANGE);
  if (t == &GeneratorType)
    return specializeTo(instr, CodeOp::FOR_ITER_GEN);
  if (t == &ListIterType)
    return specializeTo(instr, CodeOp::FOR_ITER_LIST);
  if (t == &TupleIterType)
    return specializeTo(instr, CodeOp::FOR_ITER_TUPLE);
  unspecialize(instr);
}

} // namespace

void quicken(CodeUnit *code, size_t size) {
  for (size_t i = 0; i < size;) {
    uint8_t op = code[i].opcode;
    if (hasAdaptiveCounter(op) && i + 1 < size)
      setCounterAt(&code[i], kWarmup);
    i += 1 + kOpcodeInfo[op].caches;
  }
}

bool binarySubscrSlow(CodeUnit *instr, Value container, Value sub) {
  return execute(
      instr, [&] { return binarySubscrHits(instr, container, sub); },
      [&] { specialiseBinarySubscr(instr, container, sub); });
}

bool loadAttrSlow(CodeUnit *instr, Value owner, Value name, uint32_t oparg) {
  return execute(
      instr, [&] { return loadAttrHits(instr, owner); },
      [&] { specialiseLoadAttr(instr, owner, name, oparg); });
}

bool callSlow(CodeUnit *instr, Value callable, Value selfOrNull, uint32_t oparg) {
  return execute(
      instr, [&] { return callHits(instr, callable, selfOrNull); },
      [&] { specialiseCall(instr, callable, selfOrNull, oparg); });
}

bool initFrameStarts(Value cls, size_t nargs) {
  // CPython: ceval.c _PyEvalFramePushAndInit (initialize_locals) for the
  // simple __init__ the specialisation found: positional arguments only.
  Value init = typeLookup(cls.as<Type>(), "__init__");
  if (!isSimpleFunction(init))
    return false;
  auto *fn = init.as<FunctionObject>();
  size_t argcount = size_t(fn->code->argcount);
  size_t ndefaults = fn->defaults ? tupleSize(fn->defaults.get()) : 0;
  size_t given = nargs + 1; // self
  return given <= argcount && given + ndefaults >= argcount;
}

bool forIterSlow(CodeUnit *instr, Value iter) {
  return execute(
      instr, [&] { return forIterHits(instr, iter); }, [&] { specialiseForIter(instr, iter); });
}

} // namespace pyvm::specialize
