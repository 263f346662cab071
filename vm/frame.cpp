// Frames on the data stack, frame objects, cells.
// CPython: Python/frame.c, Objects/frameobject.c, Objects/cellobject.c
#include "vm/frame.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/function.h"
#include "vm/int.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cstdlib>
#include <cstring>

namespace pyvm {

Type FrameType;
Type CellType;

namespace {
constexpr size_t kHeaderSlots = (sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value);
} // namespace

Frame *pushFrame(CodeObject *code, FunctionObject *func, Value globals, Value builtins,
                 Value locals) {
  size_t slots = size_t(code->nlocalsplus) + size_t(code->stacksize);
  Value *mem = dataStackPush(kHeaderSlots + slots);
  Frame *f = reinterpret_cast<Frame *>(mem);
  incref(Value::fromObject(code));
  f->code = code;
  if (func)
    incref(Value::fromObject(func));
  f->func = func;
  incref(globals);
  f->globals = globals;
  incref(builtins);
  f->builtins = builtins;
  xincref(locals);
  f->locals = locals;
  f->prev = nullptr;
  f->instrPtr = code->instructions.data();
  f->returnInstr = nullptr;
  f->frameObject = nullptr;
  f->owner = FrameOwner::Thread;
  f->state = FrameState::Executing;
  f->isEntry = false;
  f->size = int32_t(slots);
  // Only the locals start null: a value-stack slot is written before it is
  // read. A loop, not memset: frames are small (CPython: _PyFrame_Initialize).
  Value *stack = f->localsplus + code->nlocalsplus;
  for (Value *p = f->localsplus; p < stack; p++)
    *p = Value();
  f->stackPointer = stack;
  return f;
}

Frame *copyFrameToHeap(Frame *src, FrameOwner owner) {
  size_t bytes = kHeaderSlots * sizeof(Value) + size_t(src->size) * sizeof(Value);
  Frame *f = static_cast<Frame *>(std::malloc(bytes));
  std::memcpy(static_cast<void *>(f), static_cast<const void *>(src), bytes);
  f->owner = owner;
  f->stackPointer = f->localsplus + (src->stackPointer - src->localsplus);
  f->isEntry = false;
  f->prev = nullptr;
  if (f->frameObject)
    f->frameObject->frame = f;
  // The source keeps nothing.
  src->code = nullptr;
  src->frameObject = nullptr;
  return f;
}

void clearFrame(Frame *frame) {
  if (!frame->code)
    return;
  if (FrameObject *fo = frame->frameObject) {
    frame->frameObject = nullptr;
    if (fo->refcount > 1 && frame->owner != FrameOwner::FrameObject) {
      // The frame object outlives the execution: it takes the frame.
      if (frame->prev && !fo->back)
        fo->back = Ref::borrow(Value::fromObject(frameGetObject(frame->prev)));
      Frame *copy = copyFrameToHeap(frame, FrameOwner::FrameObject);
      copy->frameObject = nullptr;
      fo->frame = copy;
      decref(Value::fromObject(fo));
      return;
    }
    fo->frame = nullptr;
    decref(Value::fromObject(fo));
  }
  CodeObject *code = frame->code;
  frame->code = nullptr;
  Value *end = frame->stackPointer;
  for (Value *p = frame->localsplus; p < end; p++)
    xdecref(std::exchange(*p, Value()));
  if (frame->func)
    decref(Value::fromObject(std::exchange(frame->func, nullptr)));
  decref(std::exchange(frame->globals, Value()));
  decref(std::exchange(frame->builtins, Value()));
  xdecref(std::exchange(frame->locals, Value()));
  decref(Value::fromObject(code));
}

void popFrame(Frame *frame) {
  clearFrame(frame);
  dataStackPop(reinterpret_cast<Value *>(frame));
}

FrameObject *frameGetObject(Frame *frame) {
  if (!frame->frameObject) {
    auto *fo = static_cast<FrameObject *>(allocObject(&FrameType));
    new (&fo->back) Ref();
    new (&fo->localsDict) Ref();
    fo->frame = frame;
    fo->lineOverride = -1;
    frame->frameObject = fo;
  }
  return frame->frameObject;
}

int frameLineNumber(Frame *frame) {
  if (!frame->code)
    return -1;
  return codeAddrToLine(frame->code, frame->lasti() * 2);
}

Ref frameLocals(Frame *frame) {
  CodeObject *code = frame->code;
  if (!code)
    return newDict();
  if (!(code->flags & kCoOptimized) && frame->locals)
    return Ref::borrow(frame->locals);
  Ref dict = newDict();
  if (!dict)
    return {};
  const uint8_t *kinds = bytesData(code->localspluskinds.get());
  for (int i = 0; i < code->nlocalsplus; i++) {
    if (kinds[i] & kFastHidden)
      continue;
    Value v = frame->localsplus[i];
    if ((kinds[i] & (kFastCell | kFastFree)) && v && isCell(v))
      v = v.as<CellObject>()->contents;
    if (!v)
      continue;
    if (dictSetItem(dict.get(), tupleItem(code->localsplusnames.get(), i), v) < 0)
      return {};
  }
  return dict;
}

Ref getFrame(int depth) {
  Frame *f = currentThread()->frame;
  while (depth > 0 && f) {
    f = f->prev;
    depth--;
  }
  if (!f)
    return raise(&ValueErrorType, "call stack is not deep enough");
  return Ref::borrow(Value::fromObject(frameGetObject(f)));
}

// CPython: Objects/typeobject.c super_init_without_args
bool frameSuperArgs(Ref *type, Ref *self) {
  Frame *frame = currentThread()->frame;
  if (!frame || !frame->code) {
    raise(&RuntimeErrorType, "super(): no current frame");
    return false;
  }
  CodeObject *code = frame->code;
  if (code->argcount == 0) {
    raise(&RuntimeErrorType, "super(): no arguments");
    return false;
  }
  Value first = frame->localsplus[0];
  const uint8_t *kinds = bytesData(code->localspluskinds.get());
  if ((kinds[0] & kFastCell) && first && isCell(first))
    first = first.as<CellObject>()->contents;
  if (!first) {
    raise(&RuntimeErrorType, "super(): arg[0] deleted");
    return false;
  }
  for (int i = code->nlocalsplus - code->nfreevars; i < code->nlocalsplus; i++) {
    Value name = tupleItem(code->localsplusnames.get(), i);
    if (!strEqualsAscii(name, "__class__"))
      continue;
    Value cell = frame->localsplus[i];
    Value cls = cell && isCell(cell) ? cell.as<CellObject>()->contents : Value();
    if (!cls) {
      raise(&RuntimeErrorType, "super(): empty __class__ cell");
      return false;
    }
    if (!cls.type()->hasFlag(kTypeTypeSubclass)) {
      raisef(&RuntimeErrorType, "super(): __class__ is not a type ({})", typeName(cls));
      return false;
    }
    *type = Ref::borrow(cls);
    *self = Ref::borrow(first);
    return true;
  }
  raise(&RuntimeErrorType, "super(): __class__ cell not found");
  return false;
}

// --- Frame objects ----------------------------------------------------------

namespace {

FrameObject *asFrameObject(Value v) { return v.as<FrameObject>(); }

void frameDealloc(Object *o) {
  auto *fo = static_cast<FrameObject *>(o);
  if (Frame *f = fo->frame) {
    if (f->owner == FrameOwner::FrameObject) {
      clearFrame(f);
      std::free(f);
    } else {
      f->frameObject = nullptr;
    }
  }
  fo->back.~Ref();
  fo->localsDict.~Ref();
}

Ref frameGetCode(Value self) {
  Frame *f = asFrameObject(self)->frame;
  if (!f || !f->code)
    return newNone();
  return Ref::borrow(Value::fromObject(f->code));
}
Ref frameGetGlobals(Value self) {
  Frame *f = asFrameObject(self)->frame;
  return f && f->globals ? Ref::borrow(f->globals) : newDict();
}
Ref frameGetBuiltins(Value self) {
  Frame *f = asFrameObject(self)->frame;
  return f && f->builtins ? Ref::borrow(f->builtins) : newDict();
}
Ref frameGetLocals(Value self) {
  Frame *f = asFrameObject(self)->frame;
  if (!f)
    return newDict();
  return frameLocals(f);
}
Ref frameGetLineno(Value self) {
  FrameObject *fo = asFrameObject(self);
  if (fo->lineOverride >= 0)
    return newInt(fo->lineOverride);
  Frame *f = fo->frame;
  if (!f)
    return newNone();
  int line = frameLineNumber(f);
  return line < 0 ? newNone() : newInt(line);
}
Ref frameGetLasti(Value self) {
  Frame *f = asFrameObject(self)->frame;
  if (!f || !f->code)
    return newInt(-1);
  return newInt(f->lasti() * 2);
}
Ref frameGetBack(Value self) {
  FrameObject *fo = asFrameObject(self);
  if (fo->back)
    return fo->back;
  Frame *f = fo->frame;
  if (f && f->owner != FrameOwner::FrameObject && f->prev)
    return Ref::borrow(Value::fromObject(frameGetObject(f->prev)));
  return newNone();
}
Ref frameGetTrace(Value) { return newNone(); }
int frameSetTrace(Value, Value) { return 0; }

Ref frameRepr(Value self) {
  Frame *f = asFrameObject(self)->frame;
  if (!f || !f->code)
    return newStr(fmt::format("<frame at {}>", static_cast<void *>(self.object())));
  return newStr(fmt::format("<frame at {}, file {}, line {}, code {}>",
                            static_cast<void *>(self.object()),
                            strRepr(f->code->filename.get()), frameLineNumber(f),
                            strToUtf8(f->code->name.get())));
}

// --- Cells ------------------------------------------------------------------

void cellDealloc(Object *o) { xdecref(static_cast<CellObject *>(o)->contents); }

Ref cellGetContents(Value self) {
  Value v = self.as<CellObject>()->contents;
  if (!v)
    return raise(&ValueErrorType, "Cell is empty");
  return Ref::borrow(v);
}
int cellSetContents(Value self, Value v) {
  CellObject *c = self.as<CellObject>();
  xincref(v);
  Value old = c->contents;
  c->contents = v;
  xdecref(old);
  return 0;
}
Ref cellRepr(Value self) {
  Value v = self.as<CellObject>()->contents;
  if (!v)
    return newStr(fmt::format("<cell at {}: empty>", static_cast<void *>(self.object())));
  return newStr(fmt::format("<cell at {}: {} object at {}>", static_cast<void *>(self.object()),
                            typeName(v),
                            v.isObject() ? static_cast<void *>(v.object())
                                         : reinterpret_cast<void *>(v.bits())));
}
Ref cellNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  if (!checkNoKeywords("cell", kwnames) || !checkPositional("cell", nargs, 0, 1))
    return {};
  return newCell(nargs ? args[0] : Value());
}

} // namespace

Ref newCell(Value contents) {
  auto *c = static_cast<CellObject *>(allocObject(&CellType));
  if (!c)
    return {};
  xincref(contents);
  c->contents = contents;
  return Ref::steal(c);
}

void initFrameTypes() {
  initStaticType(&FrameType, "frame", &ObjectType, sizeof(FrameObject), 0);
  FrameType.dealloc = frameDealloc;
  FrameType.repr = frameRepr;
  static const GetSetDef frameGetSets[] = {
      {"f_code", frameGetCode},       {"f_globals", frameGetGlobals},
      {"f_builtins", frameGetBuiltins}, {"f_locals", frameGetLocals},
      {"f_lineno", frameGetLineno},   {"f_lasti", frameGetLasti},
      {"f_back", frameGetBack},       {"f_trace", frameGetTrace, frameSetTrace},
  };
  typeReady(&FrameType, {}, frameGetSets);

  initStaticType(&CellType, "cell", &ObjectType, sizeof(CellObject), 0);
  CellType.dealloc = cellDealloc;
  CellType.repr = cellRepr;
  CellType.newInstance = cellNew;
  static const GetSetDef cellGetSets[] = {
      {"cell_contents", cellGetContents, cellSetContents},
  };
  typeReady(&CellType, {}, cellGetSets);
}

} // namespace pyvm
