// Generators, coroutines and async generators.
// CPython: Objects/genobject.c
#include "vm/generator.h"

#include "monitor/hooks.h"
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/function.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"
#include "stdlib/modules.h"

#include <cstdlib>

namespace pyvm {

Type GeneratorType;
Type CoroutineType;
Type AsyncGeneratorType;
Type CoroutineWrapperType;
Type AsyncGenASendType;
Type AsyncGenAThrowType;
Type AsyncGenWrappedValueType;

namespace {

struct WrappedValue : Object {
  Ref value;
};

struct CoroWrapper : Object {
  Ref coro;
};

enum class AwaitableState : uint8_t { Init, Iter, Closed };

// asend / athrow / aclose awaitables. CPython: PyAsyncGenASend, PyAsyncGenAThrow
struct AsyncGenOp : Object {
  Ref gen;
  Ref sendValue; // asend: the value; athrow: args tuple (null for aclose)
  AwaitableState state;
  bool isClose;
};

GenObject *asGen(Value v) { return v.as<GenObject>(); }

const char *kindName(GenObject *gen) {
  if (gen->type == &CoroutineType)
    return "coroutine";
  if (gen->type == &AsyncGeneratorType)
    return "async generator";
  return "generator";
}

bool frameSuspended(Frame *f) {
  return f && (f->state == FrameState::Suspended || f->state == FrameState::SuspendedYieldFrom);
}
bool frameDone(Frame *f) {
  return !f || f->state == FrameState::Completed || f->state == FrameState::Cleared;
}

// The sub-iterator of a generator suspended in `yield from` / `await`.
Value yieldFrom(GenObject *gen) {
  Frame *f = gen->frame;
  if (f && f->state == FrameState::SuspendedYieldFrom)
    return f->stackPointer[-1];
  return Value();
}

// CPython: Objects/genobject.c gen_send_ex2
SendResult sendEx(GenObject *gen, Value arg, bool exc, bool closing, Ref *result) {
  Frame *f = gen->frame;
  if (f && f->state == FrameState::Executing) {
    raisef(&ValueErrorType, "{} already executing", kindName(gen));
    return SendResult::Error;
  }
  if (frameDone(f)) {
    if (gen->type == &CoroutineType && !closing) {
      raise(&RuntimeErrorType, "cannot reuse already awaited coroutine");
    } else if (arg && !exc) {
      *result = newNone();
      return SendResult::Return;
    }
    return SendResult::Error;
  }
  if (f->state == FrameState::Created && !exc && arg && !isNone(arg)) {
    raisef(&TypeErrorType, "can't send non-None value to a just-started {}", kindName(gen));
    return SendResult::Error;
  }
  Value pushed = arg ? arg : None();
  incref(pushed);
  *f->stackPointer++ = pushed;
  ThreadState *ts = currentThread();
  gen->excState.previous = ts->excInfo;
  ts->excInfo = &gen->excState;
  Ref r = evalFrame(f, exc);
  ts->excInfo = gen->excState.previous;
  gen->excState.previous = nullptr;
  if (frameSuspended(f)) {
    *result = std::move(r);
    return SendResult::Next;
  }
  // Finished: the frame has been cleared.
  xdecref(std::exchange(gen->excState.exc, Value()));
  if (!r) {
    // A StopIteration/StopAsyncIteration escaping was already converted to
    // RuntimeError by the implicit handler (PEP 479).
    return SendResult::Error;
  }
  *result = std::move(r);
  return SendResult::Return;
}

// Raises StopIteration(value) (StopIteration() for None), as gen.send() does.
// CPython: _PyGen_SetStopIterationValue
void setStopIterationValue(Value value) {
  if (isNone(value)) {
    raiseEmpty(&StopIterationType);
    return;
  }
  raiseWith(&StopIterationType, value);
}

Ref genSendMethod(Value self, Value arg) {
  Ref result;
  SendResult r = sendEx(asGen(self), arg, false, false, &result);
  if (r == SendResult::Return) {
    if (self.type() == &AsyncGeneratorType)
      raiseEmpty(&StopAsyncIterationType);
    else
      setStopIterationValue(result.get());
    return {};
  }
  return r == SendResult::Next ? result : Ref();
}

Ref genIterNext(Value self) {
  Ref result;
  SendResult r = sendEx(asGen(self), Value(), false, false, &result);
  if (r == SendResult::Return) {
    if (!isNone(result.get()))
      setStopIterationValue(result.get());
    return {};
  }
  return r == SendResult::Next ? result : Ref();
}

int closeIter(Value yf) {
  if (isGenerator(yf) || isCoroutine(yf)) {
    Ref r = genClose(asGen(yf));
    return r ? 0 : -1;
  }
  Ref meth = lookupAttr(yf, internedName("close"));
  if (!meth)
    return errorPending() ? -1 : 0;
  Ref r = call(meth.get(), nullptr, 0);
  return r ? 0 : -1;
}

// CPython: Objects/genobject.c _gen_throw
Ref genThrowImpl(GenObject *gen, bool closeOnGenExit, Value typ, Value val, Value tb) {
  Value yf = yieldFrom(gen);
  if (yf) {
    Ref yfRef = Ref::borrow(yf);
    Ref ret;
    if (isInstance(typ, &TypeType) && isSubtype(typ.as<Type>(), &GeneratorExitType) &&
        closeOnGenExit) {
      gen->frame->state = FrameState::Executing;
      int err = closeIter(yf);
      gen->frame->state = FrameState::SuspendedYieldFrom;
      if (err < 0) {
        Ref result;
        SendResult r = sendEx(gen, None(), true, false, &result);
        return r == SendResult::Next ? result : Ref();
      }
      goto throw_here;
    }
    if (isGenerator(yf) || isCoroutine(yf)) {
      gen->frame->state = FrameState::Executing;
      ret = genThrowImpl(asGen(yf), closeOnGenExit, typ, val, tb);
      gen->frame->state = FrameState::SuspendedYieldFrom;
    } else {
      Ref meth = lookupAttr(yf, internedName("throw"));
      if (!meth) {
        if (errorPending())
          return {};
        goto throw_here;
      }
      gen->frame->state = FrameState::Executing;
      Value args[3] = {typ, val, tb};
      size_t n = tb && !isNone(tb) ? 3 : (val && !isNone(val) ? 2 : 1);
      ret = call(meth.get(), args, n);
      gen->frame->state = FrameState::SuspendedYieldFrom;
    }
    if (!ret) {
      // The sub-iterator finished or failed: raise that at the yield.
      Ref result;
      SendResult r = sendEx(gen, None(), true, false, &result);
      if (r == SendResult::Return) {
        setStopIterationValue(result.get());
        return {};
      }
      return r == SendResult::Next ? result : Ref();
    }
    return ret;
  }
throw_here:
  {
    Ref value;
    if (isExceptionClass(typ)) {
      if (val && !isNone(val) && isBaseException(val)) {
        value = Ref::borrow(val);
      } else if (val && !isNone(val)) {
        value = isTuple(val) ? call(typ, tupleItems(val).data(), tupleSize(val))
                             : call(typ, &val, 1);
      } else {
        value = call(typ, nullptr, 0);
      }
      if (!value)
        return {};
    } else if (isBaseException(typ)) {
      if (val && !isNone(val))
        return raise(&TypeErrorType, "instance exception may not have a separate value");
      value = Ref::borrow(typ);
    } else {
      return raisef(&TypeErrorType,
                    "exceptions must be classes or instances deriving from BaseException, "
                    "not {}",
                    typeName(typ));
    }
    if (tb && !isNone(tb)) {
      if (tb.type() != &TracebackType)
        return raise(&TypeErrorType, "throw() third argument must be a traceback object");
      setExceptionTraceback(value.get(), tb);
    }
    restorePendingException(std::move(value));
    Ref result;
    SendResult r = sendEx(gen, None(), true, false, &result);
    if (r == SendResult::Return) {
      if (gen->type == &AsyncGeneratorType)
        raiseEmpty(&StopAsyncIterationType);
      else
        setStopIterationValue(result.get());
      return {};
    }
    return r == SendResult::Next ? result : Ref();
  }
}

Ref genThrowMethod(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("throw", nargs, 1, 3))
    return {};
  return genThrowImpl(asGen(self), true, args[0], nargs > 1 ? args[1] : Value(),
                      nargs > 2 ? args[2] : Value());
}

Ref genCloseMethod(Value self) { return genClose(asGen(self)); }

void genDealloc(Object *o) {
  GenObject *gen = static_cast<GenObject *>(o);
  if (frameSuspended(gen->frame)) {
    // Run the generator's finally blocks (CPython: _PyGen_Finalize).
    gen->refcount = 1;
    Ref saved = takePendingException();
    Ref r = genClose(gen);
    if (!r) {
      Ref exc = takePendingException();
      writeUnraisable(exc.get(), Value::fromObject(gen), "while closing generator");
    }
    if (saved)
      restorePendingException(std::move(saved));
    gen->refcount = 0;
  }
  if (gen->frame) {
    clearFrame(gen->frame);
    std::free(gen->frame);
    gen->frame = nullptr;
  }
  xdecref(std::exchange(gen->excState.exc, Value()));
  gen->name.~Ref();
  gen->qualname.~Ref();
  gen->origin.~Ref();
}

Ref genRepr(Value self) {
  GenObject *gen = asGen(self);
  const char *kind = gen->type == &CoroutineType       ? "coroutine"
                     : gen->type == &AsyncGeneratorType ? "async_generator"
                                                        : "generator";
  return newStr(fmt::format("<{} object {} at {}>", kind, strToUtf8(gen->qualname.get()),
                            static_cast<void *>(self.object())));
}

Ref genIterSelf(Value self) { return Ref::borrow(self); }

Ref genGetName(Value self) { return asGen(self)->name; }
int genSetName(Value self, Value v) {
  if (!v || !isStr(v)) {
    raise(&TypeErrorType, "__name__ must be set to a string object");
    return -1;
  }
  asGen(self)->name = Ref::borrow(v);
  return 0;
}
Ref genGetQualname(Value self) { return asGen(self)->qualname; }
int genSetQualname(Value self, Value v) {
  if (!v || !isStr(v)) {
    raise(&TypeErrorType, "__qualname__ must be set to a string object");
    return -1;
  }
  asGen(self)->qualname = Ref::borrow(v);
  return 0;
}
Ref genGetFrame(Value self) {
  GenObject *gen = asGen(self);
  if (frameDone(gen->frame))
    return newNone();
  return Ref::borrow(Value::fromObject(frameGetObject(gen->frame)));
}
Ref genGetRunning(Value self) {
  Frame *f = asGen(self)->frame;
  return newBool(f && f->state == FrameState::Executing);
}
Ref genGetSuspended(Value self) { return newBool(frameSuspended(asGen(self)->frame)); }
Ref genGetCode(Value self) {
  GenObject *gen = asGen(self);
  if (gen->frame && gen->frame->code)
    return Ref::borrow(Value::fromObject(gen->frame->code));
  return newNone();
}
Ref genGetYieldFrom(Value self) {
  Value yf = yieldFrom(asGen(self));
  return yf ? Ref::borrow(yf) : newNone();
}
Ref genGetOrigin(Value) { return newNone(); }

// --- Coroutine wrapper (coro.__await__()) -------------------------------------------

Ref coroAwait(Value self) {
  auto *w = static_cast<CoroWrapper *>(allocObject(&CoroutineWrapperType));
  if (!w)
    return {};
  new (&w->coro) Ref(Ref::borrow(self));
  return Ref::steal(w);
}
void coroWrapperDealloc(Object *o) { static_cast<CoroWrapper *>(o)->coro.~Ref(); }
Value wrapped(Value self) { return self.as<CoroWrapper>()->coro.get(); }
Ref coroWrapperNext(Value self) { return genIterNext(wrapped(self)); }
Ref coroWrapperSend(Value self, Value arg) { return genSendMethod(wrapped(self), arg); }
Ref coroWrapperThrow(Value self, const Value *args, size_t nargs) {
  return genThrowMethod(wrapped(self), args, nargs);
}
Ref coroWrapperClose(Value self) { return genClose(asGen(wrapped(self))); }

// --- Async generators -------------------------------------------------------------------

void wrappedValueDealloc(Object *o) { static_cast<WrappedValue *>(o)->value.~Ref(); }

// CPython: Objects/genobject.c async_gen_unwrap_value
Ref unwrapValue(GenObject *gen, SendResult r, Ref result) {
  if (r != SendResult::Next) {
    if (r == SendResult::Return || !errorPending())
      raiseEmpty(&StopAsyncIterationType);
    if (pendingExceptionMatches(&StopAsyncIterationType) ||
        pendingExceptionMatches(&GeneratorExitType))
      gen->closed = true;
    gen->runningAsync = false;
    return {};
  }
  if (result.type() == &AsyncGenWrappedValueType) {
    setStopIterationValue(result.as<WrappedValue>()->value.get());
    gen->runningAsync = false;
    return {};
  }
  return result;
}

Ref newAsyncGenOp(Type *type, Value gen, Value value, bool isClose) {
  auto *op = static_cast<AsyncGenOp *>(allocObject(type));
  if (!op)
    return {};
  new (&op->gen) Ref(Ref::borrow(gen));
  new (&op->sendValue) Ref(value ? Ref::borrow(value) : Ref());
  op->state = AwaitableState::Init;
  op->isClose = isClose;
  return Ref::steal(op);
}
void asyncGenOpDealloc(Object *o) {
  auto *op = static_cast<AsyncGenOp *>(o);
  op->gen.~Ref();
  op->sendValue.~Ref();
}
AsyncGenOp *asOp(Value v) { return v.as<AsyncGenOp>(); }

Ref asyncGenANext(Value self) {
  return newAsyncGenOp(&AsyncGenASendType, self, None(), false);
}
Ref asyncGenASend(Value self, Value arg) {
  return newAsyncGenOp(&AsyncGenASendType, self, arg, false);
}
Ref asyncGenAThrow(Value self, const Value *args, size_t nargs) {
  if (!checkPositional("athrow", nargs, 1, 3))
    return {};
  Ref t = newTupleFrom({args, nargs});
  return newAsyncGenOp(&AsyncGenAThrowType, self, t.get(), false);
}
Ref asyncGenAClose(Value self) {
  return newAsyncGenOp(&AsyncGenAThrowType, self, Value(), true);
}
Ref asyncGenAIter(Value self) { return Ref::borrow(self); }

// CPython: async_gen_asend_send
Ref asendSend(Value self, Value arg) {
  AsyncGenOp *op = asOp(self);
  GenObject *gen = asGen(op->gen.get());
  if (op->state == AwaitableState::Closed)
    return raise(&RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  if (op->state == AwaitableState::Init) {
    if (gen->runningAsync) {
      op->state = AwaitableState::Closed;
      return raise(&RuntimeErrorType, "anext(): asynchronous generator is already running");
    }
    if (!arg || isNone(arg))
      arg = op->sendValue.get();
    op->state = AwaitableState::Iter;
  }
  gen->runningAsync = true;
  Ref result;
  SendResult r = sendEx(gen, arg ? arg : None(), false, false, &result);
  Ref out = unwrapValue(gen, r, std::move(result));
  if (!out)
    op->state = AwaitableState::Closed;
  return out;
}
Ref asendNext(Value self) { return asendSend(self, None()); }
// CPython: async_gen_asend_throw (a throw into a fresh asend starts it)
Ref asendThrow(Value self, const Value *args, size_t nargs) {
  AsyncGenOp *op = asOp(self);
  if (op->state == AwaitableState::Closed)
    return raise(&RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  GenObject *gen = asGen(op->gen.get());
  if (op->state == AwaitableState::Init) {
    if (gen->runningAsync) {
      op->state = AwaitableState::Closed;
      return raise(&RuntimeErrorType, "anext(): asynchronous generator is already running");
    }
    op->state = AwaitableState::Iter;
    gen->runningAsync = true;
  }
  Ref result = genThrowMethod(op->gen.get(), args, nargs);
  SendResult r = result ? SendResult::Next : SendResult::Error; // before the move below
  Ref out = unwrapValue(gen, r, std::move(result));
  if (!out) {
    gen->runningAsync = false;
    op->state = AwaitableState::Closed;
  }
  return out;
}

// close() of an asend/athrow awaitable: throws GeneratorExit in (which closes
// the generator even when the awaitable never started).
// CPython: async_gen_asend_close, async_gen_athrow_close
Ref closeAwaitable(Value self, Ref (*throwFn)(Value, const Value *, size_t)) {
  if (asOp(self)->state == AwaitableState::Closed)
    return newNone();
  Value exit = Value::fromObject(&GeneratorExitType);
  Ref result = throwFn(self, &exit, 1);
  if (!result) {
    if (pendingExceptionMatches(&StopIterationType) ||
        pendingExceptionMatches(&StopAsyncIterationType) ||
        pendingExceptionMatches(&GeneratorExitType)) {
      clearPendingException();
      return newNone();
    }
    return {};
  }
  return raise(&RuntimeErrorType, "coroutine ignored GeneratorExit");
}
Ref asendClose(Value self) { return closeAwaitable(self, asendThrow); }

// CPython: async_gen_athrow_send
Ref athrowSend(Value self, Value arg) {
  AsyncGenOp *op = asOp(self);
  GenObject *gen = asGen(op->gen.get());
  const char *what = op->isClose ? "aclose()" : "athrow()";
  if (op->state == AwaitableState::Closed)
    return raise(&RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()");
  if (frameDone(gen->frame)) {
    op->state = AwaitableState::Closed;
    return raiseEmpty(&StopIterationType);
  }
  Ref retval;
  if (op->state == AwaitableState::Init) {
    if (gen->runningAsync) {
      op->state = AwaitableState::Closed;
      return raisef(&RuntimeErrorType, "{}: asynchronous generator is already running", what);
    }
    if (gen->closed) {
      op->state = AwaitableState::Closed;
      return raiseEmpty(&StopAsyncIterationType);
    }
    if (arg && !isNone(arg))
      return raise(&RuntimeErrorType, "can't send non-None value to a just-started coroutine");
    op->state = AwaitableState::Iter;
    gen->runningAsync = true;
    if (op->isClose) {
      gen->closed = true;
      retval = genThrowImpl(gen, false, Value::fromObject(&GeneratorExitType), Value(), Value());
      if (retval && retval.type() == &AsyncGenWrappedValueType)
        goto yield_close;
    } else {
      Value args = op->sendValue.get();
      size_t n = tupleSize(args);
      retval = genThrowImpl(gen, false, tupleItem(args, 0), n > 1 ? tupleItem(args, 1) : Value(),
                            n > 2 ? tupleItem(args, 2) : Value());
      // The result kind is read before the move: argument evaluation order is unspecified.
      SendResult r = retval ? SendResult::Next : SendResult::Error;
      retval = unwrapValue(gen, r, std::move(retval));
    }
    if (!retval)
      goto check_error;
    return retval;
  }
  {
    Ref result;
    SendResult r = sendEx(gen, arg ? arg : None(), false, false, &result);
    if (op->isClose) {
      if (r == SendResult::Next && result.type() == &AsyncGenWrappedValueType) {
        retval = std::move(result);
        goto yield_close;
      }
      if (r == SendResult::Next)
        return result;
      if (r == SendResult::Return)
        raiseEmpty(&StopAsyncIterationType);
      goto check_error;
    }
    retval = unwrapValue(gen, r, std::move(result));
    if (!retval)
      goto check_error;
    return retval;
  }
yield_close:
  gen->runningAsync = false;
  op->state = AwaitableState::Closed;
  return raise(&RuntimeErrorType, "async generator ignored GeneratorExit");
check_error:
  gen->runningAsync = false;
  if (pendingExceptionMatches(&StopAsyncIterationType) ||
      pendingExceptionMatches(&GeneratorExitType)) {
    op->state = AwaitableState::Closed;
    if (op->isClose) {
      clearPendingException();
      raiseEmpty(&StopIterationType);
    }
  }
  return {};
}
Ref athrowNext(Value self) { return athrowSend(self, None()); }
// CPython: async_gen_athrow_throw
Ref athrowThrow(Value self, const Value *args, size_t nargs) {
  AsyncGenOp *op = asOp(self);
  if (op->state == AwaitableState::Closed)
    return raise(&RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()");
  GenObject *gen = asGen(op->gen.get());
  if (op->state == AwaitableState::Init) {
    if (gen->runningAsync) {
      op->state = AwaitableState::Closed;
      return raisef(&RuntimeErrorType, "{}: asynchronous generator is already running",
                    op->isClose ? "aclose()" : "athrow()");
    }
    op->state = AwaitableState::Iter;
    gen->runningAsync = true;
  }
  Ref retval = genThrowMethod(op->gen.get(), args, nargs);
  if (!op->isClose) {
    SendResult r = retval ? SendResult::Next : SendResult::Error; // before the move below
    retval = unwrapValue(gen, r, std::move(retval));
    if (!retval) {
      gen->runningAsync = false;
      op->state = AwaitableState::Closed;
    }
    return retval;
  }
  // aclose() mode
  if (retval && retval.type() == &AsyncGenWrappedValueType) {
    gen->runningAsync = false;
    op->state = AwaitableState::Closed;
    return raise(&RuntimeErrorType, "async generator ignored GeneratorExit");
  }
  if (!retval) {
    gen->runningAsync = false;
    op->state = AwaitableState::Closed;
    if (pendingExceptionMatches(&StopAsyncIterationType) ||
        pendingExceptionMatches(&GeneratorExitType)) {
      // aclose() does not propagate these: its await is done.
      clearPendingException();
      raiseEmpty(&StopIterationType);
    }
  }
  return retval;
}
Ref athrowClose(Value self) { return closeAwaitable(self, athrowThrow); }

// anext(aiter, default): converts StopAsyncIteration into StopIteration(default).
// CPython: Objects/iterobject.c anextawaitable
struct AnextAwaitable : Object {
  Ref wrapped;
  Ref defaultValue;
};
Type AnextAwaitableType;

void anextDealloc(Object *o) {
  auto *a = static_cast<AnextAwaitable *>(o);
  a->wrapped.~Ref();
  a->defaultValue.~Ref();
}
Ref anextProxy(Value self, const char *method, const Value *args, size_t nargs) {
  auto *a = self.as<AnextAwaitable>();
  Ref awaitable = getAwaitableIter(a->wrapped.get());
  if (!awaitable)
    return {};
  Ref result;
  if (!method) {
    IterNextFn next = awaitable.type()->iternext;
    result = next ? next(awaitable.get()) : callMethod(awaitable.get(), "__next__", {});
    if (!result && !errorPending())
      raiseEmpty(&StopIterationType);
  } else {
    Ref m = getAttr(awaitable.get(), method);
    if (!m)
      return {};
    result = call(m.get(), args, nargs);
  }
  if (!result && pendingExceptionMatches(&StopAsyncIterationType)) {
    clearPendingException();
    setStopIterationValue(a->defaultValue.get());
  }
  return result;
}
Ref anextNext(Value self) { return anextProxy(self, nullptr, nullptr, 0); }
Ref anextSend(Value self, Value arg) { return anextProxy(self, "send", &arg, 1); }
Ref anextThrow(Value self, const Value *args, size_t nargs) {
  return anextProxy(self, "throw", args, nargs);
}
Ref anextClose(Value self) { return anextProxy(self, "close", nullptr, 0); }

// The slots come as slot wrappers (generator.__next__, coroutine.__await__,
// async_generator.__anext__ are wrapper_descriptors in CPython).
struct GenSlots {
  bool iterator = false;
  UnaryFn asyncAwait = nullptr, asyncIter = nullptr, asyncNext = nullptr;
};
void initGenType(Type *type, const char *name, std::span<const MethodDef> methods,
                 std::span<const GetSetDef> getsets, GenSlots slots) {
  initStaticType(type, name, &ObjectType, sizeof(GenObject), 0);
  type->dealloc = genDealloc;
  type->repr = genRepr;
  if (slots.iterator) {
    type->iter = genIterSelf;
    type->iternext = genIterNext;
  }
  type->asyncAwait = slots.asyncAwait;
  type->asyncIter = slots.asyncIter;
  type->asyncNext = slots.asyncNext;
  typeReady(type, methods, getsets);
}

} // namespace

// --- Public API -------------------------------------------------------------------------

Ref makeGenerator(Frame *frame, FunctionObject *func) {
  CodeObject *code = frame->code;
  Type *type = (code->flags & kCoCoroutine)        ? &CoroutineType
               : (code->flags & kCoAsyncGenerator) ? &AsyncGeneratorType
                                                   : &GeneratorType;
  auto *gen = static_cast<GenObject *>(allocObject(type));
  if (!gen)
    return {};
  new (&gen->name) Ref();
  new (&gen->qualname) Ref();
  new (&gen->origin) Ref();
  gen->excState = ExcState{};
  gen->name = func ? func->name : code->name;
  gen->qualname = func ? func->qualname : code->qualname;
  gen->frame = copyFrameToHeap(frame, FrameOwner::Generator);
  gen->frame->state = FrameState::Created;
  return Ref::steal(gen);
}

SendResult genSend(GenObject *gen, Value arg, Ref *result) {
  if (!arg)
    return sendEx(gen, None(), true, false, result);
  return sendEx(gen, arg, false, false, result);
}

Ref genThrow(GenObject *gen, Value type, Value value, Value tb) {
  return genThrowImpl(gen, true, type, value, tb);
}

// CPython: Objects/genobject.c gen_close
Ref genClose(GenObject *gen) {
  Frame *f = gen->frame;
  if (f && f->state == FrameState::Created) {
    clearFrame(f);
    f->state = FrameState::Completed;
    return newNone();
  }
  if (frameDone(f))
    return newNone();
  int err = 0;
  Value yf = yieldFrom(gen);
  if (yf) {
    Ref hold = Ref::borrow(yf);
    f->state = FrameState::Executing;
    err = closeIter(yf);
    f->state = FrameState::SuspendedYieldFrom;
  }
  // A suspension point covered only by the implicit handler: nothing can run
  // (unless a tool wants PY_UNWIND: then GeneratorExit is thrown, as CPython).
  CodeUnit *resume = f->instrPtr;
  if (err == 0 && !monitor::hasToolsForUnwind() &&
      monitor::originalOpcode(f->code, int(resume - f->firstInstr())) == op::RESUME &&
      (resume->arg & 4)) {
    clearFrame(f);
    f->state = FrameState::Completed;
    return newNone();
  }
  if (err == 0)
    raiseEmpty(&GeneratorExitType);
  Ref result;
  SendResult r = sendEx(gen, None(), true, true, &result);
  if (r == SendResult::Next) {
    return raisef(&RuntimeErrorType, "{} ignored GeneratorExit", kindName(gen));
  }
  if (r == SendResult::Return)
    return result;
  if (pendingExceptionMatches(&StopIterationType)) {
    Ref value;
    takeStopIteration(&value);
    return value ? value : newNone();
  }
  if (pendingExceptionMatches(&GeneratorExitType)) {
    clearPendingException();
    return newNone();
  }
  return {};
}

Ref newAnextAwaitable(Value awaitable, Value defaultValue) {
  auto *a = static_cast<AnextAwaitable *>(allocObject(&AnextAwaitableType));
  if (!a)
    return {};
  new (&a->wrapped) Ref(Ref::borrow(awaitable));
  new (&a->defaultValue) Ref(Ref::borrow(defaultValue));
  return Ref::steal(a);
}

Ref asyncGenWrapValue(Value v) {
  auto *w = static_cast<WrappedValue *>(allocObject(&AsyncGenWrappedValueType));
  if (!w)
    return {};
  new (&w->value) Ref(Ref::borrow(v));
  return Ref::steal(w);
}

// CPython: Objects/genobject.c _PyCoro_GetAwaitableIter
Ref getAwaitableIter(Value obj) {
  if (isCoroutine(obj))
    return Ref::borrow(obj);
  if (isGenerator(obj)) {
    Frame *f = asGen(obj)->frame;
    if (f && f->code && (f->code->flags & kCoIterableCoroutine))
      return Ref::borrow(obj);
  }
  if (typeLookup(obj.type(), "__await__")) {
    Ref res = callMethod(obj, "__await__", {});
    if (!res)
      return {};
    if (isCoroutine(res.get()))
      return raise(&TypeErrorType, "__await__() returned a coroutine");
    if (!res.type()->iternext)
      return raisef(&TypeErrorType, "__await__() returned non-iterator of type '{}'",
                    typeName(res.get()));
    return res;
  }
  return raisef(&TypeErrorType, "'{}' object can't be awaited", typeName(obj));
}

void initGeneratorTypes() {
  static const MethodDef genMethods[] = {
      method("send", genSendMethod),
      method("throw", genThrowMethod),
      method("close", genCloseMethod),
      method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
  };
  static const GetSetDef genGetSets[] = {
      {"__name__", genGetName, genSetName},
      {"__qualname__", genGetQualname, genSetQualname},
      {"gi_yieldfrom", genGetYieldFrom},
      {"gi_running", genGetRunning},
      {"gi_frame", genGetFrame},
      {"gi_suspended", genGetSuspended},
      {"gi_code", genGetCode},
  };
  initGenType(&GeneratorType, "generator", genMethods, genGetSets, {.iterator = true});

  static const MethodDef coroMethods[] = {
      method("send", genSendMethod),
      method("throw", genThrowMethod),
      method("close", genCloseMethod),
      method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
  };
  static const GetSetDef coroGetSets[] = {
      {"cr_origin", genGetOrigin}, // a member first, as in CPython's dict
      {"__name__", genGetName, genSetName},
      {"__qualname__", genGetQualname, genSetQualname},
      {"cr_await", genGetYieldFrom},
      {"cr_running", genGetRunning},
      {"cr_frame", genGetFrame},
      {"cr_code", genGetCode},
      {"cr_suspended", genGetSuspended},
  };
  initGenType(&CoroutineType, "coroutine", coroMethods, coroGetSets, {.asyncAwait = coroAwait});

  static const MethodDef agenMethods[] = {
      method("asend", asyncGenASend),
      method("athrow", asyncGenAThrow),
      method("aclose", asyncGenAClose),
      method("__class_getitem__", classGetItemGenericAlias, kMethodClass),
  };
  static const GetSetDef agenGetSets[] = {
      {"ag_running", genGetRunning}, // a member first, as in CPython's dict
      {"__name__", genGetName, genSetName},
      {"__qualname__", genGetQualname, genSetQualname},
      {"ag_await", genGetYieldFrom},
      {"ag_frame", genGetFrame},
      {"ag_code", genGetCode},
      {"ag_suspended", genGetSuspended},
  };
  initGenType(&AsyncGeneratorType, "async_generator", agenMethods, agenGetSets,
              {.asyncIter = asyncGenAIter, .asyncNext = asyncGenANext});

  initStaticType(&CoroutineWrapperType, "coroutine_wrapper", &ObjectType, sizeof(CoroWrapper),
                 0);
  CoroutineWrapperType.dealloc = coroWrapperDealloc;
  CoroutineWrapperType.iter = genIterSelf;
  CoroutineWrapperType.iternext = coroWrapperNext;
  CoroutineWrapperType.doc = newStr("A wrapper object implementing __await__ for coroutines.");
  static const MethodDef wrapperMethods[] = {
      method("send", coroWrapperSend),
      method("throw", coroWrapperThrow),
      method("close", coroWrapperClose),
  };
  typeReady(&CoroutineWrapperType, wrapperMethods);

  initStaticType(&AsyncGenWrappedValueType, "async_generator_wrapped_value", &ObjectType,
                 sizeof(WrappedValue), 0);
  AsyncGenWrappedValueType.dealloc = wrappedValueDealloc;
  typeReady(&AsyncGenWrappedValueType);

  initStaticType(&AsyncGenASendType, "async_generator_asend", &ObjectType, sizeof(AsyncGenOp), 0);
  AsyncGenASendType.dealloc = asyncGenOpDealloc;
  AsyncGenASendType.iter = genIterSelf;
  AsyncGenASendType.iternext = asendNext;
  AsyncGenASendType.asyncAwait = genIterSelf;
  static const MethodDef asendMethods[] = {
      method("send", asendSend),
      method("throw", asendThrow),
      method("close", asendClose),
  };
  typeReady(&AsyncGenASendType, asendMethods);

  initStaticType(&AsyncGenAThrowType, "async_generator_athrow", &ObjectType, sizeof(AsyncGenOp),
                 0);
  AsyncGenAThrowType.dealloc = asyncGenOpDealloc;
  AsyncGenAThrowType.iter = genIterSelf;
  AsyncGenAThrowType.iternext = athrowNext;
  AsyncGenAThrowType.asyncAwait = genIterSelf;
  static const MethodDef athrowMethods[] = {
      method("send", athrowSend),
      method("throw", athrowThrow),
      method("close", athrowClose),
  };
  typeReady(&AsyncGenAThrowType, athrowMethods);

  initStaticType(&AnextAwaitableType, "anext_awaitable", &ObjectType, sizeof(AnextAwaitable), 0);
  AnextAwaitableType.dealloc = anextDealloc;
  AnextAwaitableType.iter = genIterSelf;
  AnextAwaitableType.iternext = anextNext;
  AnextAwaitableType.asyncAwait = genIterSelf;
  static const MethodDef anextMethods[] = {
      method("send", anextSend),
      method("throw", anextThrow),
      method("close", anextClose),
  };
  typeReady(&AnextAwaitableType, anextMethods);
}

} // namespace pyvm
