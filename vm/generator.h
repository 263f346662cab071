// Generators, coroutines and async generators: objects that own a suspended
// frame. CPython: Objects/genobject.c
#pragma once

#include "vm/frame.h"

namespace pyvm {

struct GenObject : Object {
  Frame *frame;      // heap frame, owner Generator; null once freed
  Ref name;
  Ref qualname;
  ExcState excState; // the generator's own handled-exception level
  Ref origin;        // unused (cr_origin)
  bool runningAsync; // async generators: ag_running
  bool closed;       // async generators: aclose() finished / hooks called
  bool hooksInited;
};
extern Type GeneratorType;
extern Type CoroutineType;
extern Type AsyncGeneratorType;
extern Type CoroutineWrapperType;
extern Type AsyncGenASendType;
extern Type AsyncGenAThrowType;
extern Type AsyncGenWrappedValueType;

inline bool isGenerator(Value v) { return v.isObject() && v.type() == &GeneratorType; }
inline bool isCoroutine(Value v) { return v.isObject() && v.type() == &CoroutineType; }
inline bool isAsyncGenerator(Value v) { return v.isObject() && v.type() == &AsyncGeneratorType; }

// RETURN_GENERATOR: moves `frame` (owner Thread) into a new generator,
// coroutine or async generator, chosen by the code flags. The thread frame
// is left empty (its slots moved) and must still be popped by the caller.
Ref makeGenerator(Frame *frame, FunctionObject *func);

enum class SendResult { Return, Next, Error };
// Resumes the generator with `arg` (borrowed; null means "throw the pending
// exception into it"). Yielded value or return value in *result.
// CPython: Objects/genobject.c gen_send_ex2
SendResult genSend(GenObject *gen, Value arg, Ref *result);
// gen.throw(exc)
Ref genThrow(GenObject *gen, Value type, Value value, Value tb);
// gen.close()
Ref genClose(GenObject *gen);

// The value async generators wrap yields in (INTRINSIC_ASYNC_GEN_WRAP).
Ref asyncGenWrapValue(Value v);
// anext(aiter, default): the awaitable that turns StopAsyncIteration into the default.
Ref newAnextAwaitable(Value awaitable, Value defaultValue);

// GET_AWAITABLE: the iterator for `await obj`; null with TypeError when it is
// not awaitable. CPython: Objects/genobject.c _PyCoro_GetAwaitableIter
Ref getAwaitableIter(Value obj);

void initGeneratorTypes();

} // namespace pyvm
