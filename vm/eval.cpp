// The eval loop: one function that runs frames, dispatching through a table
// of labels generated from vm/opcodes.def (computed goto). Python-to-Python
// calls push a frame on the data stack and continue in the same C++
// activation; returning pops it. Exceptions unwind through the code's
// exception table. Each opcode body reads as its semantics.
// CPython: Python/bytecodes.c, Python/ceval.c _PyEval_EvalFrameDefault
#include "monitor/hooks.h"
#include "monitor/instrument.h"
#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/eval_support.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/set.h"
#include "vm/singletons.h"
#include "vm/slice.h"
#include "vm/specialize.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"

#include <array>
#include <cstring>

namespace pyvm {

namespace {
constexpr std::array<uint8_t, 256> makeOpcodeCaches() {
  std::array<uint8_t, 256> a{};
#define OPCODE(NAME, number, Kind, hasArg, caches, Jump, BASE, flags) a[number] = caches;
#include "vm/opcodes.def"
#undef OPCODE
  return a;
}
} // namespace

const std::array<uint8_t, 256> kOpcodeCaches = makeOpcodeCaches();

namespace {

#define OPCODE(NAME, number, Kind, hasArg, caches, Jump, BASE, flags)                    \
  constexpr int kCache_##NAME = caches;
#include "vm/opcodes.def"
#undef OPCODE

// Moves a Value out of a stack slot, leaving null.
inline Value take(Value &slot) { return std::exchange(slot, Value()); }

// The cell in a cell/free slot. Compiled code always has one there (MAKE_CELL,
// COPY_FREE_VARS); hostile bytecode that drops MAKE_CELL or stores into the
// slot gets a SystemError instead of a bad cast (CPython would crash).
inline CellObject *cellIn(Value slot) {
  if (isCell(slot)) [[likely]]
    return slot.as<CellObject>();
  raise(&SystemErrorType, "no cell in a cell or free variable slot");
  return nullptr;
}

} // namespace

// The loop. Registers: frame, next_instr (the next code unit to decode), sp
// (one past the top of the value stack), oparg. The dispatch table holds
// label addresses of this very function, so the compiler must not clone it
// (a clone would jump into the original's labels).
#if defined(__GNUC__) && !defined(__clang__)
#define PYVM_EVAL_ATTRS __attribute__((noclone, noinline))
#else
#define PYVM_EVAL_ATTRS __attribute__((noinline))
#endif
PYVM_EVAL_ATTRS Ref evalFrame(Frame *entry, bool throwing) {
  ThreadState *ts = currentThread();

  // The dispatch table: one label per base and instrumented opcode;
  // specialised forms (never in a .pyc) go to the unknown-opcode label.
  static void *table[256];
  static bool tableReady = false;
  if (!tableReady) {
    for (auto &t : table)
      t = &&L_unknown_opcode;
#define LABEL_Base(NAME) &&L_##NAME
#define LABEL_Instrumented(NAME) &&L_##NAME
#define LABEL_Specialized(NAME) &&L_unknown_opcode
#define OPCODE(NAME, number, Kind, hasArg, caches, Jump, BASE, flags)                    \
  table[number] = LABEL_##Kind(NAME);
#include "vm/opcodes.def"
#undef OPCODE
#undef LABEL_Base
#undef LABEL_Instrumented
#undef LABEL_Specialized
    // The one specialisation pyvm does: an executed RESUME becomes
    // RESUME_CHECK, as in CPython (_QUICKEN_RESUME); PEP 669 LINE tells them apart.
    table[CodeOp::RESUME_CHECK] = &&L_RESUME_CHECK;
    // The specialised forms the model of CPython's specialiser writes
    // (vm/specialize.h) run their family's generic body.
    for (int op = 0; op < 256; op++) {
      const OpcodeInfo &info = kOpcodeInfo[op];
      if (info.kind == OpKind::Specialized &&
          (info.base == CodeOp::BINARY_OP || info.base == CodeOp::LOAD_ATTR ||
           info.base == CodeOp::CALL || info.base == CodeOp::FOR_ITER))
        table[op] = table[info.base];
    }
    tableReady = true;
  }

  Frame *frame = entry;
  CodeUnit *next_instr;
  Value *sp;
  uint32_t oparg = 0;
  // Shared by the bodies that jump into each other (CALL/CALL_KW, returns).
  Value retval;
  Value *callBase;
  Value *callArgs;
  size_t callTotal;
  Value kwnames;
  bool monitoredCall = false;
  entry->isEntry = true;
  entry->prev = ts->frame;
  ts->frame = entry;

// --- Dispatch macros (Lua style) ---------------------------------------------
#define DISPATCH()                                                                     \
  do {                                                                                 \
    oparg = next_instr->arg;                                                           \
    goto *table[next_instr->opcode];                                                   \
  } while (0)
// Every body starts here: record the current instruction and step past it and
// its inline caches.
#define TARGET(NAME)                                                                   \
  L_##NAME:                                                                            \
  frame->instrPtr = next_instr;                                                        \
  next_instr += 1 + kCache_##NAME;
#define JUMPBY(n) (next_instr += (n))
#define THIS_INDEX() int(frame->instrPtr - frame->firstInstr())
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-int(n)])
#define STACK_LEVEL() (int(sp - frame->stackBase()))
// Read through the frame, not cached in locals: fewer values competing for
// registers in this big function (measured with callgrind).
#define GETLOCAL(i) (frame->localsplus[i])
#define NAME_AT(i) (tupleItem(frame->code->names.get(), i))
#define CONST_AT(i) (tupleItem(frame->code->consts.get(), i))
#define ERROR_IF(cond)                                                                 \
  do {                                                                                 \
    if (cond)                                                                          \
      goto error;                                                                      \
  } while (0)

start_frame:
  // A frame starts (or resumes) executing: count it against the limit.
  if (++ts->pyDepth > getRecursionLimit()) {
    ts->pyDepth--;
    raise(&RecursionErrorType, "maximum recursion depth exceeded");
    sp = frame->stackPointer;
    goto exit_unwind_popped;
  }
  if (frame->owner == FrameOwner::Generator)
    frame->state = FrameState::Executing;
  next_instr = frame->instrPtr;
  sp = frame->stackPointer;
  if (throwing) {
    throwing = false;
    // PEP 669: the RESUME is skipped, so bring the code up to date here.
    if (monitor::needsInstrumentation(frame->code))
      monitor::instrument(frame->code);
    monitor::firePyThrow(frame->code, THIS_INDEX());
    goto error;
  }
  DISPATCH();

  // ===========================================================================
  // Opcodes, in the order of the table.
  // ===========================================================================

  TARGET(CACHE) { goto unknown_opcode_here; }

  TARGET(BINARY_SLICE) {
    Value stop = POP(), start = POP(), container = POP();
    Ref slice = newSlice(start, stop, None());
    decref(start);
    decref(stop);
    Ref res = slice ? getItem(container, slice.get()) : Ref();
    decref(container);
    ERROR_IF(!res);
    PUSH(res.release());
  }
  DISPATCH();

  TARGET(BUILD_TEMPLATE) {
    Value interpolations = POP(), strings = POP();
    Ref res = buildTemplate(strings, interpolations);
    decref(strings);
    decref(interpolations);
    ERROR_IF(!res);
    PUSH(res.release());
  }
  DISPATCH();

  TARGET(CALL_FUNCTION_EX) {
    monitoredCall = false;
  call_function_ex_common:
    // [func, NULL, callargs, kwargs_or_NULL]
    Value kwargs = sp[-1], callargs = sp[-2], func = sp[-4];
    if (!isTuple(callargs)) {
      Ref tuple = starArgsToTuple(func, callargs);
      ERROR_IF(!tuple);
      decref(callargs);
      sp[-2] = callargs = tuple.release();
    }
    Value exArg0 = tupleSize(callargs) ? tupleItem(callargs, 0) : Value();
    if (monitoredCall && monitor::fireCall(frame->code, THIS_INDEX(), func, exArg0) < 0)
      goto error;
    if (!monitoredCall && isFunction(func) && !(kwargs && dictSize(kwargs) != 0)) {
      FunctionObject *fn = func.as<FunctionObject>();
      Frame *nf = pushFunctionFrame(fn, tupleItems(callargs).data(), tupleSize(callargs),
                                    Value());
      Value *base = sp - 4;
      for (Value *p = base; p < sp; p++)
        decref(take(*p));
      sp = base;
      ERROR_IF(!nf);
      frame->stackPointer = sp;
      frame->returnInstr = next_instr;
      nf->prev = frame;
      nf->isEntry = false;
      frame = nf;
      ts->frame = nf;
      goto start_frame;
    }
    Ref res = callWithTupleAndDict(func, callargs, kwargs);
    if (monitoredCall && !isFunction(func) && !isMethod(func)) {
      if (!res)
        monitor::fireCRaise(frame->code, THIS_INDEX(), func, exArg0);
      else if (monitor::fireCReturn(frame->code, THIS_INDEX(), func, exArg0) < 0)
        res.reset();
    }
    Value *base = sp - 4;
    for (Value *p = base; p < sp; p++)
      decref(take(*p));
    sp = base;
    ERROR_IF(!res);
    PUSH(res.release());
  }
  DISPATCH();

  TARGET(CHECK_EG_MATCH) {
    Value matchType = POP(), excValue = POP();
    Ref rest, match;
    bool ok = exceptStarMatch(excValue, matchType, &match, &rest);
    decref(matchType);
    if (!ok) {
      decref(excValue);
      goto error;
    }
    decref(excValue);
    if (!isNone(match.get())) {
      // Handling the matched part: it becomes the handled exception.
      // CPython: bytecodes.c CHECK_EG_MATCH (PyErr_SetHandledException)
      xdecref(ts->excInfo->exc);
      ts->excInfo->exc = Ref::borrow(match.get()).release();
    }
    PUSH(rest.release());
    PUSH(match.release());
  }
  DISPATCH();

  TARGET(CHECK_EXC_MATCH) {
    Value type = TOP(), exc = PEEK(2);
    if (!checkExceptTypeValid(type))
      goto error;
    int m = isInstanceOf(exc, type);
    decref(take(TOP()));
    sp--;
    ERROR_IF(m < 0);
    PUSH(newBool(m).release());
  }
  DISPATCH();

  TARGET(CLEANUP_THROW) {
    // [sub_iter, last_sent_val, exc_value] -> [None, value]
    Value exc = sp[-1];
    if (isInstance(exc, &StopIterationType)) {
      Ref value = getAttr(exc, "value");
      if (!value)
        goto error;
      decref(take(sp[-1]));
      decref(take(sp[-2]));
      decref(take(sp[-3]));
      sp -= 3;
      PUSH(newNone().release());
      PUSH(value.release());
      goto dispatch_next;
    }
    restorePendingException(Ref::steal(take(sp[-1])));
    sp--;
    monitor::fireReraise(frame->code, THIS_INDEX());
    goto exception_unwind;
  }

  TARGET(DELETE_SUBSCR) {
    Value sub = POP(), container = POP();
    int err = delItem(container, sub);
    decref(container);
    decref(sub);
    ERROR_IF(err < 0);
  }
  DISPATCH();

  TARGET(END_FOR) {
    decref(POP());
  }
  DISPATCH();

  TARGET(END_SEND) {
    Value value = POP();
    decref(POP());
    PUSH(value);
  }
  DISPATCH();

  TARGET(EXIT_INIT_CHECK) {
    Value v = POP();
    if (!isNone(v)) {
      raisef(&TypeErrorType, "__init__() should return None, not '{}'", typeName(v));
      decref(v);
      goto error;
    }
  }
  DISPATCH();

  TARGET(FORMAT_SIMPLE) {
    Value value = TOP();
    if (value.type() != &StrType) {
      Ref res = format(value, Value());
      ERROR_IF(!res);
      decref(value);
      TOP() = res.release();
    }
  }
  DISPATCH();

  TARGET(FORMAT_WITH_SPEC) {
    Value spec = POP(), value = POP();
    Ref res = format(value, spec);
    decref(value);
    decref(spec);
    ERROR_IF(!res);
    PUSH(res.release());
  }
  DISPATCH();

  TARGET(GET_AITER) {
    Value obj = TOP();
    Ref iter = getAIter(obj);
    ERROR_IF(!iter);
    decref(obj);
    TOP() = iter.release();
  }
  DISPATCH();

  TARGET(GET_ANEXT) {
    Ref awaitable = getANext(TOP());
    ERROR_IF(!awaitable);
    PUSH(awaitable.release());
  }
  DISPATCH();

  TARGET(GET_ITER) {
    Value iterable = TOP();
    Ref iter = getIter(iterable);
    ERROR_IF(!iter);
    decref(iterable);
    TOP() = iter.release();
  }
  DISPATCH();

  TARGET(RESERVED) { goto unknown_opcode_here; }

  TARGET(GET_LEN) {
    int64_t n = length(TOP());
    ERROR_IF(n < 0);
    Ref len = newInt(n);
    PUSH(len.release());
  }
  DISPATCH();

  TARGET(GET_YIELD_FROM_ITER) {
    Value iterable = TOP();
    if (isCoroutine(iterable)) {
      // CPython: only allowed inside a coroutine or an iterable coroutine.
      if (!(frame->code->flags & (kCoCoroutine | kCoIterableCoroutine))) {
        raise(&TypeErrorType,
              "cannot 'yield from' a coroutine object in a non-coroutine generator");
        goto error;
      }
    } else if (!isGenerator(iterable)) {
      Ref iter = getIter(iterable);
      ERROR_IF(!iter);
      decref(iterable);
      TOP() = iter.release();
    }
  }
  DISPATCH();

  TARGET(INTERPRETER_EXIT) { goto unknown_opcode_here; }

  TARGET(LOAD_BUILD_CLASS) {
    Value bc = dictGetItem(frame->builtins, "__build_class__");
    if (!bc) {
      if (!errorPending())
        raise(&NameErrorType, "__build_class__ not found");
      goto error;
    }
    incref(bc);
    PUSH(bc);
  }
  DISPATCH();

  TARGET(LOAD_LOCALS) {
    if (!frame->locals) {
      raise(&SystemErrorType, "no locals found");
      goto error;
    }
    incref(frame->locals);
    PUSH(frame->locals);
  }
  DISPATCH();

  TARGET(MAKE_FUNCTION) {
    Value code = TOP();
    Ref func = newFunction(code.as<CodeObject>(), frame->globals);
    ERROR_IF(!func);
    decref(code);
    TOP() = func.release();
  }
  DISPATCH();

  TARGET(MATCH_KEYS) {
    Ref values = matchKeys(PEEK(2), TOP());
    ERROR_IF(!values && errorPending());
    PUSH(values ? values.release() : newNone().release());
  }
  DISPATCH();

  TARGET(MATCH_MAPPING) {
    bool m = isMappingForMatch(TOP());
    PUSH(newBool(m).release());
  }
  DISPATCH();

  TARGET(MATCH_SEQUENCE) {
    bool m = isSequenceForMatch(TOP());
    PUSH(newBool(m).release());
  }
  DISPATCH();

  TARGET(NOP) {}
  DISPATCH();

  TARGET(NOT_TAKEN) {}
  DISPATCH();

  TARGET(POP_EXCEPT) {
    Value prev = POP();
    ExcState *state = ts->excInfo;
    Value old = state->exc;
    state->exc = isNone(prev) ? Value() : prev;
    if (isNone(prev))
      decref(prev);
    xdecref(old);
  }
  DISPATCH();

  TARGET(POP_ITER) {
    decref(POP());
  }
  DISPATCH();

  TARGET(POP_TOP) {
    xdecref(POP());
  }
  DISPATCH();

  TARGET(PUSH_EXC_INFO) {
    Value exc = TOP();
    ExcState *state = ts->excInfo;
    Value prev = state->exc ? state->exc : newNone().release();
    incref(exc);
    state->exc = exc;
    TOP() = prev;
    PUSH(exc);
  }
  DISPATCH();

  TARGET(PUSH_NULL) {
    PUSH(Value());
  }
  DISPATCH();

  TARGET(RETURN_GENERATOR) {
    // Moves this frame into a new generator object and returns it to the
    // caller; the generator resumes at the next instruction.
    frame->stackPointer = sp;
    frame->instrPtr = next_instr;
    Ref gen = makeGenerator(frame, frame->func);
    ERROR_IF(!gen);
    retval = gen.release();
    goto return_value;
  }

  TARGET(RETURN_VALUE) {
    retval = POP();
    frame->stackPointer = sp;
  return_value:
    ts->pyDepth--;
    {
      Frame *dying = frame;
      ts->frame = dying->prev;
      if (dying->isEntry) {
        finishFrame(dying);
        return Ref::steal(retval);
      }
      frame = dying->prev;
      finishFrame(dying);
    }
    next_instr = frame->returnInstr;
    sp = frame->stackPointer;
    PUSH(retval);
  }
  DISPATCH();

  TARGET(SETUP_ANNOTATIONS) {
    if (setupAnnotations(frame->locals) < 0)
      goto error;
  }
  DISPATCH();

  TARGET(STORE_SLICE) {
    Value stop = POP(), start = POP(), container = POP(), v = POP();
    Ref slice = newSlice(start, stop, None());
    int err = slice ? setItem(container, slice.get(), v) : -1;
    decref(stop);
    decref(start);
    decref(container);
    decref(v);
    ERROR_IF(err < 0);
  }
  DISPATCH();

  TARGET(STORE_SUBSCR) {
    Value sub = POP(), container = POP(), v = POP();
    int err = setItem(container, sub, v);
    decref(sub);
    decref(container);
    decref(v);
    ERROR_IF(err < 0);
  }
  DISPATCH();

  TARGET(TO_BOOL) {
    Value value = TOP();
    if (value.type() != &BoolType) {
      int b = isTrue(value);
      ERROR_IF(b < 0);
      decref(value);
      TOP() = newBool(b).release();
    }
  }
  DISPATCH();

  TARGET(UNARY_INVERT) {
    Ref res = invert(TOP());
    ERROR_IF(!res);
    decref(TOP());
    TOP() = res.release();
  }
  DISPATCH();

  TARGET(UNARY_NEGATIVE) {
    Ref res = negative(TOP());
    ERROR_IF(!res);
    decref(TOP());
    TOP() = res.release();
  }
  DISPATCH();

  TARGET(UNARY_NOT) {
    // The operand is an exact bool (TO_BOOL precedes).
    Value v = TOP();
    TOP() = newBool(v.is(False())).release();
    decref(v);
  }
  DISPATCH();

  TARGET(WITH_EXCEPT_START) {
    // [exit_func, exit_self_or_NULL, lasti, prev_exc, exc] -> (same), res
    Value exc = sp[-1], exitSelf = sp[-4], exitFunc = sp[-5];
    Ref tb = excGetTraceback(exc);
    Value args[4] = {exitSelf, Value::fromObject(exc.type()), exc, tb.get()};
    Ref res = exitSelf ? call(exitFunc, args, 4) : call(exitFunc, args + 1, 3);
    ERROR_IF(!res);
    PUSH(res.release());
  }
  DISPATCH();

  TARGET(BINARY_OP) {
    Value rhs = sp[-1], lhs = sp[-2];
    if (Value small = smallIntBinaryOp(lhs, rhs, oparg)) {
      sp--;
      TOP() = small; // tagged ints hold no references
      DISPATCH();
    }
    Ref res;
    if (oparg == kBinaryOpSubscr) {
      specialize::binarySubscr(frame->instrPtr, lhs, rhs);
      res = getItem(lhs, rhs);
      // An exception out of the in-line __getitem__ (BINARY_OP_SUBSCR_GETITEM)
      // resumes here at frame->instr_ptr (CPython: ceval.c exit_unwind).
      if (!res && specialize::ranInline(frame->instrPtr, lhs, rhs))
        next_instr = frame->instrPtr;
    } else if (oparg >= kInplaceOffset)
      res = inplaceOp(lhs, rhs, BinaryOp(oparg - kInplaceOffset));
    else
      res = binaryOp(lhs, rhs, BinaryOp(oparg));
    ERROR_IF(!res);
    decref(lhs);
    decref(rhs);
    sp--;
    TOP() = res.release();
  }
  DISPATCH();

  TARGET(BUILD_INTERPOLATION) {
    int n = 2 + (oparg & 1);
    Value *base = sp - n;
    Ref res = buildInterpolation(base[0], base[1], (oparg & 1) ? base[2] : Value(),
                                 int(oparg >> 2));
    for (Value *p = base; p < sp; p++)
      decref(take(*p));
    sp = base;
    ERROR_IF(!res);
    PUSH(res.release());
  }
  DISPATCH();

  TARGET(BUILD_LIST) {
    Ref list = newList(oparg);
    ERROR_IF(!list);
    Value *base = sp - oparg;
    for (uint32_t i = 0; i < oparg; i++)
      listAppend(list.get(), Ref::steal(base[i]));
    sp = base;
    PUSH(list.release());
  }
  DISPATCH();

  TARGET(BUILD_MAP) {
    Ref dict = newDict();
    ERROR_IF(!dict);
    Value *base = sp - 2 * oparg;
    int err = 0;
    for (uint32_t i = 0; i < oparg && err == 0; i++)
      err = dictSetItem(dict.get(), base[2 * i], base[2 * i + 1]);
    for (Value *p = base; p < sp; p++)
      decref(take(*p));
    sp = base;
    ERROR_IF(err < 0);
    PUSH(dict.release());
  }
  DISPATCH();

  TARGET(BUILD_SET) {
    Ref set = newSet();
    ERROR_IF(!set);
    Value *base = sp - oparg;
    int err = 0;
    for (uint32_t i = 0; i < oparg && err == 0; i++)
      err = setAdd(set.get(), base[i]);
    for (Value *p = base; p < sp; p++)
      decref(take(*p));
    sp = base;
    ERROR_IF(err < 0);
    PUSH(set.release());
  }
  DISPATCH();

  TARGET(BUILD_SLICE) {
    Value step = oparg == 3 ? POP() : Value();
    Value stop = POP(), start = POP();
    Ref slice = newSlice(start, stop, step ? step : None());
    decref(start);
    decref(stop);
    xdecref(step);
    ERROR_IF(!slice);
    PUSH(slice.release());
  }
  DISPATCH();

  TARGET(BUILD_STRING) {
    Value *base = sp - oparg;
    Ref res = concatStrings(base, oparg);
    for (Value *p = base; p < sp; p++)
      decref(take(*p));
    sp = base;
    ERROR_IF(!res);
    PUSH(res.release());
  }
  DISPATCH();

  TARGET(BUILD_TUPLE) {
    Value *base = sp - oparg;
    Ref tuple = newTuple(oparg);
    ERROR_IF(!tuple);
    for (uint32_t i = 0; i < oparg; i++)
      tupleInit(tuple.get(), i, Ref::steal(base[i]));
    sp = base;
    PUSH(tuple.release());
  }
  DISPATCH();

  TARGET(CALL) {
    // [callable, self_or_NULL, args...]
    kwnames = Value();
    monitoredCall = false;
    specialize::call(frame->instrPtr, sp[-int(oparg) - 2], sp[-int(oparg) - 1], oparg);
  call_common:
    callBase = sp - oparg - 2;
    callArgs = sp - oparg;
    callTotal = oparg;
    if (callBase[1]) {
      callArgs--;
      callTotal++;
    } else if (isMethod(callBase[0])) {
      // Unpack a bound method so Python methods are called inline.
      MethodObject *m = callBase[0].as<MethodObject>();
      callBase[1] = Ref::borrow(m->self.get()).release();
      Value func = Ref::borrow(m->func.get()).release();
      decref(callBase[0]);
      callBase[0] = func;
      callArgs--;
      callTotal++;
    }
    {
      Value callable = callBase[0];
      size_t nkw = kwnames ? tupleSize(kwnames) : 0;
      if (nkw > oparg) [[unlikely]] { // hostile bytecode: more names than arguments
        raise(&SystemErrorType, "CALL_KW: more keyword names than arguments");
        xdecref(kwnames);
        goto error;
      }
      Value monitorArg0 = callTotal > 0 ? callArgs[0] : Value();
      if (monitoredCall &&
          monitor::fireCall(frame->code, THIS_INDEX(), callable, monitorArg0) < 0) {
        xdecref(kwnames);
        goto error;
      }
      if (isFunction(callable)) {
        FunctionObject *fn = callable.as<FunctionObject>();
        CodeObject *code = fn->code;
        Frame *nf;
        if (nkw == 0 && int(callTotal) == code->argcount &&
            !(code->flags & (kCoVarargs | kCoVarkeywords)) && code->kwonlyargcount == 0) {
          // Exact positional arguments: move them into the new frame.
          nf = pushFrame(code, fn, fn->globals, fn->builtins, Value());
          if (nf) {
            for (size_t i = 0; i < callTotal; i++)
              nf->localsplus[i] = take(callArgs[i]);
          }
        } else {
          nf = pushFunctionFrame(fn, callArgs, callTotal - nkw, kwnames);
        }
        for (Value *p = callBase; p < sp; p++)
          xdecref(take(*p));
        xdecref(kwnames);
        sp = callBase;
        ERROR_IF(!nf);
        frame->stackPointer = sp;
        frame->returnInstr = next_instr;
        nf->prev = frame;
        nf->isEntry = false;
        frame = nf;
        ts->frame = nf;
        goto start_frame;
      }
      frame->stackPointer = sp;
      Ref res = call(callable, callArgs, callTotal - nkw, kwnames);
      // An exception out of the in-line __init__ (CALL_ALLOC_AND_ENTER_INIT)
      // resumes here at frame->instr_ptr (CPython: ceval.c exit_unwind).
      if (!res && specialize::callRanInline(frame->instrPtr, callable, callBase[1], callTotal))
        next_instr = frame->instrPtr;
      if (monitoredCall) {
        if (!res)
          monitor::fireCRaise(frame->code, THIS_INDEX(), callable, monitorArg0);
        else if (monitor::fireCReturn(frame->code, THIS_INDEX(), callable, monitorArg0) < 0)
          res.reset();
      }
      for (Value *p = callBase; p < sp; p++)
        xdecref(take(*p));
      xdecref(kwnames);
      sp = callBase;
      ERROR_IF(!res);
      PUSH(res.release());
    }
  }
  DISPATCH();

  TARGET(CALL_INTRINSIC_1) {
    Value v = TOP();
    Ref res = callIntrinsic1(frame, oparg, v);
    ERROR_IF(!res);
    decref(v);
    TOP() = res.release();
  }
  DISPATCH();

  TARGET(CALL_INTRINSIC_2) {
    Value value1 = sp[-1], value2 = sp[-2];
    Ref res = callIntrinsic2(frame, oparg, value2, value1);
    ERROR_IF(!res);
    decref(value1);
    decref(value2);
    sp--;
    TOP() = res.release();
  }
  DISPATCH();

  TARGET(CALL_KW) {
    kwnames = POP();
    monitoredCall = false;
    goto call_common;
  }

  TARGET(COMPARE_OP) {
    Value right = sp[-1], left = sp[-2];
    Ref res = richCompare(left, right, CompareOp(oparg >> 5));
    ERROR_IF(!res);
    if (oparg & 16) {
      int b = isTrue(res.get());
      ERROR_IF(b < 0);
      res = newBool(b);
    }
    decref(left);
    decref(right);
    sp--;
    TOP() = res.release();
  }
  DISPATCH();

  TARGET(CONTAINS_OP) {
    Value right = sp[-1], left = sp[-2];
    int r = contains(right, left);
    ERROR_IF(r < 0);
    decref(left);
    decref(right);
    sp--;
    TOP() = newBool(r ^ int(oparg)).release();
  }
  DISPATCH();

  TARGET(CONVERT_VALUE) {
    Value v = TOP();
    Ref res = oparg == 1 ? str(v) : oparg == 2 ? repr(v) : ascii(v);
    ERROR_IF(!res);
    decref(v);
    TOP() = res.release();
  }
  DISPATCH();

  TARGET(COPY) {
    Value v = PEEK(oparg);
    xincref(v);
    PUSH(v);
  }
  DISPATCH();

  TARGET(COPY_FREE_VARS) {
    // Copies the closure cells into the last oparg slots.
    // Module code (exec) has no function; hostile bytecode may still hold
    // COPY_FREE_VARS, or drop SET_FUNCTION_ATTRIBUTE's closure.
    Value closure = frame->func ? frame->func->closure.get() : Value();
    int offset = frame->code->nlocalsplus - int(oparg);
    if (oparg && (!isTuple(closure) || tupleSize(closure) < oparg)) [[unlikely]] {
      raise(&SystemErrorType, "COPY_FREE_VARS: the function has no closure of that size");
      goto error;
    }
    for (uint32_t i = 0; i < oparg; i++) {
      Value cell = tupleItem(closure, i);
      incref(cell);
      frame->localsplus[offset + i] = cell;
    }
  }
  DISPATCH();

  TARGET(DELETE_ATTR) {
    Value owner = POP();
    int err = delAttr(owner, NAME_AT(oparg));
    decref(owner);
    ERROR_IF(err < 0);
  }
  DISPATCH();

  TARGET(DELETE_DEREF) {
    CellObject *cell = cellIn(GETLOCAL(oparg));
    ERROR_IF(!cell);
    if (!cell->contents) {
      raiseUnboundFree(frame, oparg);
      goto error;
    }
    decref(take(cell->contents));
  }
  DISPATCH();

  TARGET(DELETE_FAST) {
    if (!GETLOCAL(oparg)) {
      raiseUnboundLocal(frame, oparg);
      goto error;
    }
    decref(take(GETLOCAL(oparg)));
  }
  DISPATCH();

  TARGET(DELETE_GLOBAL) {
    Value name = NAME_AT(oparg);
    int r = dictDelItem(frame->globals, name);
    ERROR_IF(r < 0);
    if (r == 0) {
      raiseNameError(name);
      goto error;
    }
  }
  DISPATCH();

  TARGET(DELETE_NAME) {
    Value name = NAME_AT(oparg);
    if (!frame->locals) {
      raisef(&SystemErrorType, "no locals when deleting {}", strRepr(name));
      goto error;
    }
    int r;
    if (isDict(frame->locals) && frame->locals.type() == &DictType) {
      r = dictDelItem(frame->locals, name);
      if (r == 0) {
        raiseNameError(name);
        goto error;
      }
    } else {
      r = delItem(frame->locals, name);
      if (r < 0 && pendingExceptionMatches(&KeyErrorType)) {
        clearPendingException();
        raiseNameError(name);
      }
    }
    ERROR_IF(r < 0);
  }
  DISPATCH();

  TARGET(DICT_MERGE) {
    Value update = POP();
    Value dict = PEEK(oparg);
    if (dictMerge(dict, update, true) < 0) {
      formatKwargsError(PEEK(oparg + 3), update);
      decref(update);
      goto error;
    }
    decref(update);
  }
  DISPATCH();

  TARGET(DICT_UPDATE) {
    Value update = POP();
    Value dict = PEEK(oparg);
    if (dictUpdate(dict, update) < 0) {
      if (pendingExceptionMatches(&AttributeErrorType)) {
        clearPendingException();
        raisef(&TypeErrorType, "'{}' object is not a mapping", typeName(update));
      }
      decref(update);
      goto error;
    }
    decref(update);
  }
  DISPATCH();

  TARGET(END_ASYNC_FOR) {
    // [awaitable, exc] -> [] when exc is StopAsyncIteration, else re-raise.
    Value exc = TOP();
    if (isInstance(exc, &StopAsyncIterationType)) {
      decref(POP());
      decref(POP());
      goto dispatch_next;
    }
    restorePendingException(Ref::steal(POP()));
    monitor::fireReraise(frame->code, THIS_INDEX());
    goto exception_unwind;
  }

  TARGET(EXTENDED_ARG) {
    // Widen the next instruction's argument and dispatch it directly.
    oparg = (oparg << 8) | next_instr->arg;
  }
  goto *table[next_instr->opcode];

  TARGET(FOR_ITER) {
    Value iter = TOP();
    bool inlined = specialize::forIter(frame->instrPtr, iter);
    Ref next;
    IterNextFn iternext = iter.type()->iternext;
    if (iternext) {
      next = iternext(iter);
    } else {
      next = iterNext(iter);
    }
    if (!next) {
      if (inlined) [[unlikely]] {
        // FOR_ITER_GEN ran the generator in-line: an exception resumes here at
        // frame->instr_ptr; its return value comes back to END_FOR, with no
        // StopIteration (CPython: bytecodes.c FOR_ITER_GEN, RETURN_VALUE).
        Ref value;
        if (errorPending() && !takeStopIteration(&value)) {
          next_instr = frame->instrPtr;
          goto error;
        }
        PUSH(value ? value.release() : newNone().release());
        JUMPBY(oparg);
        goto dispatch_next;
      }
      if (errorPending()) {
        if (!pendingExceptionMatches(&StopIterationType))
          goto error;
        monitor::fireRaise(frame->code, THIS_INDEX());
        clearPendingException();
      }
      // Exhausted: skip END_FOR and land on POP_ITER with the iterator.
      JUMPBY(oparg + 1);
      goto dispatch_next;
    }
    PUSH(next.release());
  }
  DISPATCH();

  TARGET(GET_AWAITABLE) {
    Value iterable = TOP();
    Ref iter = getAwaitableIter(iterable);
    if (!iter) {
      formatAwaitableError(iterable, oparg);
      goto error;
    }
    if (isCoroutine(iter.get())) {
      Frame *cf = iter.as<GenObject>()->frame;
      if (cf && cf->state == FrameState::SuspendedYieldFrom) {
        raise(&RuntimeErrorType, "coroutine is being awaited already");
        goto error;
      }
    }
    decref(iterable);
    TOP() = iter.release();
  }
  DISPATCH();

  TARGET(IMPORT_FROM) {
    Ref res = importFrom(TOP(), NAME_AT(oparg));
    ERROR_IF(!res);
    PUSH(res.release());
  }
  DISPATCH();

  TARGET(IMPORT_NAME) {
    Value fromlist = POP(), level = POP();
    Ref res = importName(frame, NAME_AT(oparg), fromlist, level);
    decref(fromlist);
    decref(level);
    ERROR_IF(!res);
    PUSH(res.release());
  }
  DISPATCH();

  TARGET(IS_OP) {
    Value right = POP(), left = POP();
    bool same = left.is(right);
    decref(left);
    decref(right);
    PUSH(newBool(same ^ bool(oparg)).release());
  }
  DISPATCH();

  TARGET(JUMP_BACKWARD) {
    JUMPBY(-int(oparg));
    // The periodic check point (signals, monitoring, eval breaker).
    if ((ts->evalBreaker & kEvalBreakerFlagsMask) && handleEvalBreaker() < 0)
      goto error;
  }
  DISPATCH();

  TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
    JUMPBY(-int(oparg));
  }
  DISPATCH();

  TARGET(JUMP_FORWARD) {
    JUMPBY(oparg);
  }
  DISPATCH();

  TARGET(LIST_APPEND) {
    Value v = POP();
    listAppend(PEEK(oparg), Ref::steal(v));
  }
  DISPATCH();

  TARGET(LIST_EXTEND) {
    Value iterable = POP();
    if (listExtend(PEEK(oparg), iterable) < 0) {
      if (pendingExceptionMatches(&TypeErrorType) && !iterable.type()->iter &&
          !iterable.type()->getitem) {
        clearPendingException();
        raisef(&TypeErrorType, "Value after * must be an iterable, not {}",
               typeName(iterable));
      }
      decref(iterable);
      goto error;
    }
    decref(iterable);
  }
  DISPATCH();

  TARGET(LOAD_ATTR) {
    Value owner = TOP();
    Value name = NAME_AT(oparg >> 1);
    // An exception out of an in-line property getter or __getattribute__
    // (LOAD_ATTR_PROPERTY, LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN) resumes here at
    // frame->instr_ptr (CPython: ceval.c exit_unwind).
    specialize::loadAttr(frame->instrPtr, owner, name, oparg);
    if (oparg & 1) {
      // Method load: [func, owner] without a bound method, or [attr, NULL].
      bool isMeth = false;
      Ref attr = getMethod(owner, name, &isMeth);
      ERROR_IF(!attr);
      if (isMeth) {
        TOP() = attr.release();
        PUSH(owner);
      } else {
        decref(owner);
        TOP() = attr.release();
        PUSH(Value());
      }
    } else {
      Ref attr = getAttr(owner, name);
      if (!attr && specialize::ranInline(frame->instrPtr, owner))
        next_instr = frame->instrPtr;
      ERROR_IF(!attr);
      decref(owner);
      TOP() = attr.release();
    }
  }
  DISPATCH();

  TARGET(LOAD_COMMON_CONSTANT) {
    Value c = commonConstant(oparg);
    incref(c);
    PUSH(c);
  }
  DISPATCH();

  TARGET(LOAD_CONST) {
    Value c = CONST_AT(oparg);
    incref(c);
    PUSH(c);
  }
  DISPATCH();

  TARGET(LOAD_DEREF) {
    CellObject *cell = cellIn(GETLOCAL(oparg));
    ERROR_IF(!cell);
    Value v = cell->contents;
    if (!v) {
      raiseUnboundFree(frame, oparg);
      goto error;
    }
    incref(v);
    PUSH(v);
  }
  DISPATCH();

  TARGET(LOAD_FAST) {
    Value v = GETLOCAL(oparg);
    // Compiled code uses LOAD_FAST_CHECK where a local may be unbound;
    // hostile bytecode gets the same error instead of a NULL.
    if (!v) [[unlikely]] {
      raiseUnboundLocal(frame, int(oparg));
      goto error;
    }
    incref(v);
    PUSH(v);
  }
  DISPATCH();

  TARGET(LOAD_FAST_AND_CLEAR) {
    PUSH(take(GETLOCAL(oparg)));
  }
  DISPATCH();

  TARGET(LOAD_FAST_BORROW) {
    Value v = GETLOCAL(oparg);
    // Compiled code uses LOAD_FAST_CHECK where a local may be unbound;
    // hostile bytecode gets the same error instead of a NULL.
    if (!v) [[unlikely]] {
      raiseUnboundLocal(frame, int(oparg));
      goto error;
    }
    incref(v);
    PUSH(v);
  }
  DISPATCH();

  TARGET(LOAD_FAST_BORROW_LOAD_FAST_BORROW) {
    Value a = GETLOCAL(oparg >> 4), b = GETLOCAL(oparg & 15);
    if (!a || !b) [[unlikely]] {
      raiseUnboundLocal(frame, int(!a ? oparg >> 4 : oparg & 15));
      goto error;
    }
    incref(a);
    incref(b);
    PUSH(a);
    PUSH(b);
  }
  DISPATCH();

  TARGET(LOAD_FAST_CHECK) {
    Value v = GETLOCAL(oparg);
    if (!v) {
      raiseUnboundLocal(frame, oparg);
      goto error;
    }
    incref(v);
    PUSH(v);
  }
  DISPATCH();

  TARGET(LOAD_FAST_LOAD_FAST) {
    Value a = GETLOCAL(oparg >> 4), b = GETLOCAL(oparg & 15);
    if (!a || !b) [[unlikely]] {
      raiseUnboundLocal(frame, int(!a ? oparg >> 4 : oparg & 15));
      goto error;
    }
    incref(a);
    incref(b);
    PUSH(a);
    PUSH(b);
  }
  DISPATCH();

  TARGET(LOAD_FROM_DICT_OR_DEREF) {
    Value mapping = TOP();
    Value name = tupleItem(frame->code->localsplusnames.get(), oparg);
    Ref value = mappingLookup(mapping, name);
    if (!value) {
      ERROR_IF(errorPending());
      CellObject *cell = cellIn(GETLOCAL(oparg));
      ERROR_IF(!cell);
      Value v = cell->contents;
      if (!v) {
        raiseUnboundFree(frame, oparg);
        goto error;
      }
      value = Ref::borrow(v);
    }
    decref(mapping);
    TOP() = value.release();
  }
  DISPATCH();

  TARGET(LOAD_FROM_DICT_OR_GLOBALS) {
    Value mapping = TOP();
    Value name = NAME_AT(oparg);
    Ref value = mappingLookup(mapping, name);
    if (!value) {
      ERROR_IF(errorPending());
      value = loadGlobal(frame, name);
      ERROR_IF(!value);
    }
    decref(mapping);
    TOP() = value.release();
  }
  DISPATCH();

  TARGET(LOAD_GLOBAL) {
    Value name = NAME_AT(oparg >> 1);
    Value v;
    if (frame->globals.type() != &DictType) [[unlikely]] {
      // Dict-subclass globals (annotationlib's fake globals): read through
      // __getitem__ so __missing__ answers. A new reference.
      v = loadGlobal(frame, name).release();
      ERROR_IF(!v);
    } else {
      v = dictGetItem(frame->globals, name);
      if (!v) {
        ERROR_IF(errorPending());
        v = dictGetItem(frame->builtins, name);
        if (!v) {
          if (!errorPending())
            raiseNameError(name);
          goto error;
        }
      }
      incref(v);
    }
    PUSH(v);
    if (oparg & 1)
      PUSH(Value());
  }
  DISPATCH();

  TARGET(LOAD_NAME) {
    Value name = NAME_AT(oparg);
    if (!frame->locals) {
      raisef(&SystemErrorType, "no locals found when loading {}", strRepr(name));
      goto error;
    }
    Ref value = mappingLookup(frame->locals, name);
    if (!value) {
      ERROR_IF(errorPending());
      value = loadGlobal(frame, name);
      ERROR_IF(!value);
    }
    PUSH(value.release());
  }
  DISPATCH();

  TARGET(LOAD_SMALL_INT) {
    PUSH(Value::fromSmallInt(oparg));
  }
  DISPATCH();

  TARGET(LOAD_SPECIAL) {
    Value owner = TOP();
    Ref self;
    Ref meth = loadSpecial(owner, oparg, &self);
    ERROR_IF(!meth);
    decref(owner);
    TOP() = meth.release();
    PUSH(self.release());
  }
  DISPATCH();

  TARGET(LOAD_SUPER_ATTR) {
    // [global_super, class, self] -> attr [, self_or_NULL]
    Value self = sp[-1], cls = sp[-2], globalSuper = sp[-3];
    Value name = NAME_AT(oparg >> 2);
    Ref attr, selfOut;
    bool ok = loadSuperAttr(globalSuper, cls, self, name, oparg & 1, oparg & 2, &attr,
                            &selfOut);
    ERROR_IF(!ok);
    decref(take(sp[-1]));
    decref(take(sp[-2]));
    decref(take(sp[-3]));
    sp -= 3;
    PUSH(attr.release());
    if (oparg & 1)
      PUSH(selfOut.release());
  }
  DISPATCH();

  TARGET(MAKE_CELL) {
    // Replace the slot by a cell holding its current value (possibly null).
    Value initial = take(GETLOCAL(oparg));
    Ref cell = newCell(initial);
    xdecref(initial);
    ERROR_IF(!cell);
    GETLOCAL(oparg) = cell.release();
  }
  DISPATCH();

  TARGET(MAP_ADD) {
    Value value = POP(), key = POP();
    int err = dictSetItem(PEEK(oparg), key, value);
    decref(key);
    decref(value);
    ERROR_IF(err < 0);
  }
  DISPATCH();

  TARGET(MATCH_CLASS) {
    Value kwNames = sp[-1], type = sp[-2], subject = sp[-3];
    Ref attrs = matchClass(subject, type, oparg, kwNames);
    ERROR_IF(!attrs && errorPending());
    decref(take(sp[-1]));
    decref(take(sp[-2]));
    decref(take(sp[-3]));
    sp -= 3;
    PUSH(attrs ? attrs.release() : newNone().release());
  }
  DISPATCH();

  TARGET(POP_JUMP_IF_FALSE) {
    Value cond = POP();
    if (cond.is(False()))
      JUMPBY(oparg);
    decref(cond);
  }
  DISPATCH();

  TARGET(POP_JUMP_IF_NONE) {
    Value v = POP();
    if (isNone(v))
      JUMPBY(oparg);
    decref(v);
  }
  DISPATCH();

  TARGET(POP_JUMP_IF_NOT_NONE) {
    Value v = POP();
    if (!isNone(v))
      JUMPBY(oparg);
    decref(v);
  }
  DISPATCH();

  TARGET(POP_JUMP_IF_TRUE) {
    Value cond = POP();
    if (cond.is(True()))
      JUMPBY(oparg);
    decref(cond);
  }
  DISPATCH();

  TARGET(RAISE_VARARGS) {
    Value cause = oparg == 2 ? POP() : Value();
    Value exc = oparg >= 1 ? POP() : Value();
    int r = doRaise(exc, cause); // consumes exc and cause
    if (r == 1) {
      monitor::fireReraise(frame->code, THIS_INDEX());
      goto exception_unwind; // bare raise: no new traceback entry
    }
    goto error;
  }

  TARGET(RERAISE) {
    int reraiseIndex = THIS_INDEX(); // before instrPtr is reset from lasti
    Value exc = POP();
    if (oparg) {
      // values[0] is the saved lasti: the frame's current instruction.
      Value lasti = PEEK(oparg);
      if (lasti.isSmallInt() && lasti.smallInt() >= 0 &&
          lasti.smallInt() < int64_t(frame->code->instructions.size()))
        frame->instrPtr = frame->firstInstr() + lasti.smallInt();
    }
    // Compiled code re-raises the exception a handler received (or the one
    // except* computed); hostile bytecode may hand over anything else.
    if (!isBaseException(exc)) [[unlikely]] {
      raisef(&SystemErrorType, "RERAISE of a '{}' object, not an exception", typeName(exc));
      decref(exc);
      goto error;
    }
    restorePendingException(Ref::steal(exc));
    monitor::fireReraise(frame->code, reraiseIndex);
    goto exception_unwind;
  }

  TARGET(SEND) {
    Value v = sp[-1], receiver = sp[-2];
    Ref retval;
    SendResult r;
    frame->stackPointer = sp;
    bool inlined = false; // CPython runs a suspended generator/coroutine in-line
    if (isGenerator(receiver) || isCoroutine(receiver)) {
      Frame *genFrame = receiver.as<GenObject>()->frame;
      inlined = genFrame && int(genFrame->state) < int(FrameState::Executing);
      r = genSend(receiver.as<GenObject>(), v, &retval);
    } else {
      r = sendToIterator(receiver, v, &retval, frame->code, THIS_INDEX());
    }
    if (r == SendResult::Error) {
      // An exception out of an in-line callee resumes at frame->instr_ptr (the SEND), so
      // RAISE reports the unit before it, as after a CALL (CPython: ceval.c exit_unwind).
      if (inlined)
        next_instr = frame->instrPtr;
      goto error;
    }
    decref(v);
    sp[-1] = retval.release();
    if (r == SendResult::Return)
      JUMPBY(oparg);
  }
  DISPATCH();

  TARGET(SET_ADD) {
    Value v = POP();
    // The target is not always BUILD_SET's (__conditional_annotations__ is
    // loaded by name). CPython: Objects/setobject.c PySet_Add (bad internal call)
    if (!isAnySet(PEEK(oparg))) [[unlikely]] {
      raise(&SystemErrorType, "SET_ADD: the target is not a set");
      decref(v);
      goto error;
    }
    int err = setAdd(PEEK(oparg), v);
    decref(v);
    ERROR_IF(err < 0);
  }
  DISPATCH();

  TARGET(SET_FUNCTION_ATTRIBUTE) {
    // [attr, func] -> [func]
    Value func = POP(), attr = POP();
    // The eval loop and calls trust these types (the compiler builds a tuple,
    // a dict, a tuple); hostile bytecode gets a SystemError instead.
    if (((oparg == 0x01 || oparg == 0x08) && !isTuple(attr)) ||
        (oparg == 0x02 && attr.type() != &DictType)) [[unlikely]] {
      raisef(&SystemErrorType, "SET_FUNCTION_ATTRIBUTE {}: bad '{}' value", oparg, typeName(attr));
      decref(attr);
      decref(func);
      goto error;
    }
    setFunctionAttribute(func.as<FunctionObject>(), oparg, Ref::steal(attr));
    PUSH(func);
  }
  DISPATCH();

  TARGET(SET_UPDATE) {
    Value iterable = POP();
    int err = setUpdate(PEEK(oparg), iterable);
    decref(iterable);
    ERROR_IF(err < 0);
  }
  DISPATCH();

  TARGET(STORE_ATTR) {
    Value owner = POP(), v = POP();
    int err = setAttr(owner, NAME_AT(oparg), v);
    decref(owner);
    decref(v);
    ERROR_IF(err < 0);
  }
  DISPATCH();

  TARGET(STORE_DEREF) {
    Value v = POP();
    CellObject *cell = cellIn(GETLOCAL(oparg));
    if (!cell) {
      decref(v);
      goto error;
    }
    Value old = cell->contents;
    cell->contents = v;
    xdecref(old);
  }
  DISPATCH();

  TARGET(STORE_FAST) {
    // The value may be null (restoring a comprehension variable).
    Value v = POP();
    Value old = GETLOCAL(oparg);
    GETLOCAL(oparg) = v;
    xdecref(old);
  }
  DISPATCH();

  TARGET(STORE_FAST_LOAD_FAST) {
    Value v = POP();
    Value old = GETLOCAL(oparg >> 4);
    GETLOCAL(oparg >> 4) = v;
    xdecref(old);
    Value w = GETLOCAL(oparg & 15);
    if (!w) [[unlikely]] {
      raiseUnboundLocal(frame, int(oparg & 15));
      goto error;
    }
    incref(w);
    PUSH(w);
  }
  DISPATCH();

  TARGET(STORE_FAST_STORE_FAST) {
    Value v1 = POP();
    Value old1 = GETLOCAL(oparg >> 4);
    GETLOCAL(oparg >> 4) = v1;
    xdecref(old1);
    Value v2 = POP();
    Value old2 = GETLOCAL(oparg & 15);
    GETLOCAL(oparg & 15) = v2;
    xdecref(old2);
  }
  DISPATCH();

  TARGET(STORE_GLOBAL) {
    Value v = POP();
    int err = dictSetItem(frame->globals, NAME_AT(oparg), v);
    decref(v);
    ERROR_IF(err < 0);
  }
  DISPATCH();

  TARGET(STORE_NAME) {
    Value name = NAME_AT(oparg);
    Value v = POP();
    if (!frame->locals) {
      raisef(&SystemErrorType, "no locals found when storing {}", strRepr(name));
      decref(v);
      goto error;
    }
    int err = frame->locals.type() == &DictType ? dictSetItem(frame->locals, name, v)
                                                : setItem(frame->locals, name, v);
    decref(v);
    ERROR_IF(err < 0);
  }
  DISPATCH();

  TARGET(SWAP) {
    std::swap(sp[-1], sp[-int(oparg)]);
  }
  DISPATCH();

  TARGET(UNPACK_EX) {
    Value seq = TOP();
    int before = oparg & 0xFF, after = oparg >> 8;
    // Items end with item 0 on top: write them from the old top upward.
    Value *base = sp - 1;
    if (!unpackIterable(seq, before, after, base))
      goto error;
    decref(seq);
    sp = base + before + after + 1;
  }
  DISPATCH();

  TARGET(UNPACK_SEQUENCE) {
    Value seq = TOP();
    Value *base = sp - 1;
    if (isTuple(seq) && seq.type() == &TupleType && tupleSize(seq) == oparg) {
      for (uint32_t i = 0; i < oparg; i++) {
        Value item = tupleItem(seq, oparg - 1 - i);
        incref(item);
        base[i] = item;
      }
    } else if (seq.type() == &ListType && listSize(seq) == oparg) {
      for (uint32_t i = 0; i < oparg; i++) {
        Value item = listItem(seq, oparg - 1 - i);
        incref(item);
        base[i] = item;
      }
    } else if (!unpackIterable(seq, int(oparg), -1, base)) {
      goto error;
    }
    decref(seq);
    sp = base + oparg;
  }
  DISPATCH();

  TARGET(YIELD_VALUE) {
    // Suspend: hand the value to whoever resumed the generator.
    Value retval = POP();
    frame->state = oparg ? FrameState::SuspendedYieldFrom : FrameState::Suspended;
    frame->stackPointer = sp;
    frame->instrPtr = next_instr;
    ts->pyDepth--;
    ts->frame = frame->prev;
    frame->prev = nullptr;
    return Ref::steal(retval);
  }

  TARGET(RESUME_CHECK) {
    // The fast path of every call: one compare covers both "a tool changed
    // the monitoring version" and "the eval breaker has a request".
    // CPython: Python/bytecodes.c RESUME_CHECK
#ifdef PYVM_NO_MONITORING
    if (ts->evalBreaker & kEvalBreakerFlagsMask) [[unlikely]]
      goto resume_slow_path;
#else
    if (ts->evalBreaker != frame->code->instrumentationVersion) [[unlikely]]
      goto resume_slow_path;
#endif
  }
  DISPATCH();

  TARGET(RESUME) {
  resume_slow_path:
    // Monitoring hook: re-instrument code whose version is stale.
    // CPython: Python/bytecodes.c _MAYBE_INSTRUMENT
    if (monitor::needsInstrumentation(frame->code)) {
      int r = monitor::instrumentOnResume(frame->code);
      if (r < 0)
        goto error;
      if (r > 0) {
        // The instruction may have been rewritten: execute it again.
        next_instr = frame->instrPtr;
        goto dispatch_next;
      }
    }
    // Quickened once (not under INSTRUMENTED_INSTRUCTION, which keeps the
    // opcode it stands for in its side table).
    if (frame->instrPtr->opcode == CodeOp::RESUME)
      frame->instrPtr->opcode = CodeOp::RESUME_CHECK;
    if ((ts->evalBreaker & kEvalBreakerFlagsMask) && handleEvalBreaker() < 0)
      goto error;
  }
  DISPATCH();

  // --- INSTRUMENTED_* (PEP 669): wired by monitor/ ---------------------------
  TARGET(INSTRUMENTED_END_FOR) {
    Value receiver = sp[-2]; // [iter, value]: pyvm keeps no index slot

    if (isGenerator(receiver) &&
        monitor::fireStopIteration(frame->code, THIS_INDEX(), TOP()) < 0)
      goto error;
    decref(POP());
  }
  DISPATCH();
  L_INSTRUMENTED_POP_ITER: {
    CodeUnit *prevInstr = frame->instrPtr;
    frame->instrPtr = next_instr;
    next_instr += 1;
    if (monitor::fireBranchRight(frame->code, THIS_INDEX(), int(prevInstr - frame->firstInstr()),
                                 THIS_INDEX() + 1) < 0)
      goto error;
    decref(POP());
  }
  DISPATCH();
  TARGET(INSTRUMENTED_END_SEND) {
    Value receiver = sp[-2];
    if ((isGenerator(receiver) || isCoroutine(receiver)) &&
        monitor::fireStopIteration(frame->code, THIS_INDEX(), TOP()) < 0)
      goto error;
    Value value = POP();
    decref(POP());
    PUSH(value);
  }
  DISPATCH();
  TARGET(INSTRUMENTED_FOR_ITER) {
    Value iter = TOP();
    IterNextFn iternext = iter.type()->iternext;
    Ref next = iternext ? iternext(iter) : iterNext(iter); // keeps StopIteration for RAISE
    if (!next) {
      if (errorPending()) {
        if (!pendingExceptionMatches(&StopIterationType))
          goto error;
        monitor::fireRaise(frame->code, THIS_INDEX());
        clearPendingException();
      }
      JUMPBY(oparg + 1);
      goto dispatch_next;
    }
    PUSH(next.release());
    if (monitor::fireBranchLeft(frame->code, THIS_INDEX(), THIS_INDEX(),
                                int(next_instr - frame->firstInstr())) < 0)
      goto error;
  }
  DISPATCH();
  L_INSTRUMENTED_INSTRUCTION: {
    CodeUnit *thisInstr = next_instr;
    frame->instrPtr = thisInstr;
    int original = monitor::fireInstruction(frame->code, THIS_INDEX());
    if (original < 0) {
      next_instr = thisInstr + 1;
      goto error;
    }
    next_instr = thisInstr;
    // The original instruction must not specialise over the instrumentation.
    if (kOpcodeCaches[original])
      specialize::pauseCounter(thisInstr); // CPython: PAUSE_ADAPTIVE_COUNTER
    goto *table[original];
  }
  TARGET(INSTRUMENTED_JUMP_FORWARD) {
    if (monitor::fireJump(frame->code, THIS_INDEX(),
                          int(next_instr - frame->firstInstr()) + int(oparg)) < 0)
      goto error;
    JUMPBY(oparg);
  }
  DISPATCH();
  L_INSTRUMENTED_NOT_TAKEN: {
    CodeUnit *prevInstr = frame->instrPtr;
    frame->instrPtr = next_instr;
    next_instr += 1;
    if (monitor::fireBranchLeft(frame->code, THIS_INDEX(), int(prevInstr - frame->firstInstr()),
                                THIS_INDEX() + 1) < 0)
      goto error;
  }
  DISPATCH();
#define MONITORED_POP_JUMP(COND)                                                        \
  {                                                                                    \
    Value cond = POP();                                                                \
    bool jump = (COND);                                                                \
    decref(cond);                                                                      \
    if (jump) {                                                                        \
      if (monitor::fireBranchRight(frame->code, THIS_INDEX(), THIS_INDEX(),            \
                                   int(next_instr - frame->firstInstr()) + int(oparg)) < 0) \
        goto error;                                                                    \
      JUMPBY(oparg);                                                                   \
    }                                                                                  \
  }
  TARGET(INSTRUMENTED_POP_JUMP_IF_TRUE) MONITORED_POP_JUMP(cond.is(True()))
  DISPATCH();
  TARGET(INSTRUMENTED_POP_JUMP_IF_FALSE) MONITORED_POP_JUMP(cond.is(False()))
  DISPATCH();
  TARGET(INSTRUMENTED_POP_JUMP_IF_NONE) MONITORED_POP_JUMP(isNone(cond))
  DISPATCH();
  TARGET(INSTRUMENTED_POP_JUMP_IF_NOT_NONE) MONITORED_POP_JUMP(!isNone(cond))
  DISPATCH();
  TARGET(INSTRUMENTED_RESUME) {
    if (monitor::needsInstrumentation(frame->code)) {
      int r = monitor::instrumentOnResume(frame->code);
      if (r < 0)
        goto error;
      if (r > 0) {
        next_instr = frame->instrPtr;
        DISPATCH();
      }
    }
    if ((oparg & 3) < 2 && (ts->evalBreaker & kEvalBreakerFlagsMask) &&
        handleEvalBreaker() < 0)
      goto error;
    CodeUnit *thisInstr = frame->instrPtr;
    if (monitor::fireResume(frame->code, THIS_INDEX(), oparg) < 0)
      goto error;
    if (frame->instrPtr != thisInstr)
      next_instr = frame->instrPtr;
  }
  DISPATCH();
  TARGET(INSTRUMENTED_RETURN_VALUE) {
    if (monitor::firePyReturn(frame->code, THIS_INDEX(), TOP()) < 0)
      goto error;
    retval = POP();
    frame->stackPointer = sp;
    goto return_value;
  }
  TARGET(INSTRUMENTED_YIELD_VALUE) {
    if (monitor::firePyYield(frame->code, THIS_INDEX(), TOP()) < 0)
      goto error;
    next_instr = frame->instrPtr;
    oparg = next_instr->arg;
    goto L_YIELD_VALUE;
  }
  L_INSTRUMENTED_END_ASYNC_FOR: {
    CodeUnit *prevInstr = frame->instrPtr;
    frame->instrPtr = next_instr;
    (void)prevInstr; // CPython: the source is next_instr - oparg (the END_SEND)
    if (monitor::fireBranchRight(frame->code, THIS_INDEX(), THIS_INDEX() + 1 - int(oparg),
                                 THIS_INDEX() + 1) < 0) {
      next_instr += 1;
      goto error;
    }
    goto L_END_ASYNC_FOR;
  }
  TARGET(INSTRUMENTED_LOAD_SUPER_ATTR) {
    Value self = sp[-1], cls = sp[-2], globalSuper = sp[-3];
    Value arg = (oparg & 2) ? cls : Value();
    if (monitor::fireCall(frame->code, THIS_INDEX(), globalSuper, arg) < 0)
      goto error;
    // C_RETURN follows the super() call, before the attribute lookup (which may run a
    // property getter): CPython bytecodes.c _LOAD_SUPER_ATTR.
    Ref superObj = newSuperForAttr(globalSuper, cls, self, oparg & 2);
    if (!superObj) {
      monitor::fireCRaise(frame->code, THIS_INDEX(), globalSuper, arg);
      goto error;
    }
    if (monitor::fireCReturn(frame->code, THIS_INDEX(), globalSuper, arg) < 0)
      goto error;
    Ref attr = getAttr(superObj.get(), NAME_AT(oparg >> 2)), selfOut;
    ERROR_IF(!attr);
    decref(take(sp[-1]));
    decref(take(sp[-2]));
    decref(take(sp[-3]));
    sp -= 3;
    PUSH(attr.release());
    if (oparg & 1)
      PUSH(selfOut.release());
  }
  DISPATCH();
  TARGET(INSTRUMENTED_CALL) {
    kwnames = Value();
    monitoredCall = true;
    goto call_common;
  }
  TARGET(INSTRUMENTED_CALL_KW) {
    kwnames = POP();
    monitoredCall = true;
    goto call_common;
  }
  TARGET(INSTRUMENTED_CALL_FUNCTION_EX) {
    monitoredCall = true;
    goto call_function_ex_common;
  }
  TARGET(INSTRUMENTED_JUMP_BACKWARD) {
    if ((ts->evalBreaker & kEvalBreakerFlagsMask) && handleEvalBreaker() < 0)
      goto error;
    if (monitor::fireJump(frame->code, THIS_INDEX(),
                          int(next_instr - frame->firstInstr()) - int(oparg)) < 0)
      goto error;
    JUMPBY(-int(oparg));
  }
  DISPATCH();
  L_INSTRUMENTED_LINE: {
    CodeUnit *prevInstr = frame->instrPtr;
    CodeUnit *thisInstr = next_instr;
    frame->instrPtr = thisInstr;
    int original = monitor::fireLine(frame->code, THIS_INDEX(), int(prevInstr - frame->firstInstr()));
    if (original < 0) {
      next_instr = thisInstr + 1;
      goto error;
    }
    if (frame->instrPtr != thisInstr) {
      next_instr = frame->instrPtr;
      DISPATCH();
    }
    next_instr = thisInstr;
    if (kOpcodeCaches[original])
      specialize::pauseCounter(thisInstr); // CPython: PAUSE_ADAPTIVE_COUNTER
    goto *table[original];
  }
  TARGET(ENTER_EXECUTOR) { goto unknown_opcode_here; }

dispatch_next:
  DISPATCH();


L_unknown_opcode:
  frame->instrPtr = next_instr;
  next_instr += 1;
unknown_opcode_here:
  raisef(&SystemErrorType, "{}:{}: unknown opcode {}", strToUtf8(frame->code->filename.get()),
         frameLineNumber(frame), int(frame->instrPtr->opcode));
  goto error;

  // ===========================================================================
  // Errors: record the traceback, then find a handler in the exception table
  // or leave the frame.
  // ===========================================================================
error:
  {
    Value exc = pendingException();
    if (!exc) {
      raise(&SystemErrorType, "error return without exception set");
      exc = pendingException();
    }
    // A fresh exception (no traceback yet) raised while another is being
    // handled gets it as __context__ (CPython does this in _PyErr_SetObject).
    Ref tb = excGetTraceback(exc);
    if (isNone(tb.get()))
      chainExceptionContext(exc);
    tracebackHere(exc, frame);
    monitor::fireRaise(frame->code, int(next_instr - frame->firstInstr()) - 1);
  }
exception_unwind:
  {
    // The raising instruction's last code unit (next_instr - 1) locates the
    // handler; RERAISE may have reset frame->instrPtr (used for lasti).
    int offset = int(next_instr - frame->firstInstr()) - 1;
    ExceptionHandler handler;
    if (!codeFindHandler(frame->code, offset * 2, &handler)) {
      monitor::firePyUnwind(frame->code, offset);
      Value *stackBase = frame->stackBase();
      while (sp > stackBase)
        xdecref(POP());
      goto exit_unwind;
    }
    Value *newTop = frame->stackBase() + handler.depth;
    while (sp > newTop)
      xdecref(POP());
    if (handler.pushLasti)
      PUSH(Value::fromSmallInt(frame->lasti()));
    Value handledExc = takePendingException().release();
    PUSH(handledExc);
    next_instr = frame->firstInstr() + handler.target / 2;
    if (monitor::fireExceptionHandled(frame->code, handler.target / 2, handledExc) < 0)
      goto exception_unwind;
  }
  DISPATCH();

exit_unwind:
  ts->pyDepth--;
exit_unwind_popped:
  {
    Frame *dying = frame;
    ts->frame = dying->prev;
    bool wasEntry = dying->isEntry;
    Frame *caller = dying->prev;
    dying->stackPointer = sp;
    finishFrame(dying);
    if (wasEntry)
      return Ref();
    frame = caller;
    next_instr = frame->instrPtr; // CPython resumes the caller at the CALL (RAISE offset)
    sp = frame->stackPointer;
    goto error;
  }

#undef DISPATCH
#undef TARGET
#undef JUMPBY
#undef THIS_INDEX
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef STACK_LEVEL
#undef GETLOCAL
#undef NAME_AT
#undef CONST_AT
#undef ERROR_IF
}

} // namespace pyvm
