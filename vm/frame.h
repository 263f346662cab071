// Frames: one contiguous array per frame holding the fast locals, the cells,
// the free variables and the value stack (co_nlocalsplus + co_stacksize
// slots), carved from the thread's data stack, linked by `prev`. The Python
// frame object (sys._getframe(), tracebacks, monitoring) is created lazily.
// CPython: Include/internal/pycore_frame.h _PyInterpreterFrame,
// Objects/frameobject.c
#pragma once

#include "vm/code.h"
#include "vm/interp.h"

#include <array>

namespace pyvm {

struct FunctionObject;
struct FrameObject;

// Opcode numbers, from the single table.
namespace op {
enum : uint8_t {
#define OPCODE(NAME, number, Kind, hasArg, caches, Jump, BASE, flags) NAME = number,
#include "vm/opcodes.def"
#undef OPCODE
};
} // namespace op

// Inline cache units after each opcode.
extern const std::array<uint8_t, 256> kOpcodeCaches;

enum class FrameOwner : uint8_t {
  Thread,      // on the thread's data stack
  Generator,   // embedded in a generator/coroutine
  FrameObject, // owned by a frame object that outlived its execution
};

// CPython: Include/internal/pycore_frame.h FRAME_CREATED...
enum class FrameState : int8_t {
  Created = -3,
  Suspended = -2,
  SuspendedYieldFrom = -1,
  Executing = 0,
  Completed = 1,
  Cleared = 4,
};

struct Frame {
  CodeObject *code;      // strong
  FunctionObject *func;  // strong, may be null
  Value globals;         // strong, a dict
  Value builtins;        // strong, a dict
  Value locals;          // strong mapping, or null (optimized code)
  Frame *prev;           // the calling frame (null at the bottom)
  CodeUnit *instrPtr;    // the current (or, suspended, the next) instruction
  CodeUnit *returnInstr; // where the caller continues after an inline call
  Value *stackPointer;   // saved top of the value stack when not executing
  FrameObject *frameObject; // strong, created lazily
  FrameOwner owner;
  FrameState state;      // generators: suspended/executing/completed
  bool isEntry;          // returning from it leaves the eval loop
  int32_t size;          // slots in localsplus
  Value localsplus[];    // locals, cells, frees, then the value stack

  Value *stackBase() { return localsplus + code->nlocalsplus; }
  CodeUnit *firstInstr() { return code->instructions.data(); }
  // The current instruction as a code-unit index (CPython: _PyInterpreterFrame_LASTI).
  int lasti() { return int(instrPtr - firstInstr()); }
};

// The Python-visible frame object.
struct FrameObject : Object {
  Frame *frame;   // the live frame, or a copy owned by this object
  Ref back;       // f_back once the frame is gone
  Ref localsDict; // the f_locals snapshot of an optimized frame
  int lineOverride; // f_lineno assigned by a debugger (-1: none)
};
extern Type FrameType;
extern Type CellType;

// CPython: Objects/cellobject.c
struct CellObject : Object {
  Value contents; // owned, null when empty
};
Ref newCell(Value contents);
inline bool isCell(Value v) { return v.isObject() && v.type() == &CellType; }

// Allocates a frame for `code` on the data stack (owner Thread), with null
// slots. Takes new references to code, func, globals, builtins, locals.
Frame *pushFrame(CodeObject *code, FunctionObject *func, Value globals, Value builtins,
                 Value locals);
// Releases everything the frame holds and pops it from the data stack.
void popFrame(Frame *frame);
// Releases the references a frame holds (locals, stack, code...), handing the
// contents to its frame object when that object is still referenced.
void clearFrame(Frame *frame);
// Allocates a heap frame (generators, frame objects) and moves `src` into it.
Frame *copyFrameToHeap(Frame *src, FrameOwner owner);

// The frame object of a frame (created on first use). Borrowed.
FrameObject *frameGetObject(Frame *frame);
// f_lineno of a frame.
int frameLineNumber(Frame *frame);
// f_locals as a mapping: the locals mapping of unoptimized code, else a dict
// snapshot of the fast locals (cells dereferenced).
Ref frameLocals(Frame *frame);

// sys._getframe(depth): the frame object `depth` levels up, or null with
// ValueError("call stack is not deep enough").
Ref getFrame(int depth);

// Zero-argument super(): the __class__ cell and the first argument of the
// innermost Python frame. Raises RuntimeError with CPython's messages.
// CPython: Objects/typeobject.c super_init_without_args
bool frameSuperArgs(Ref *type, Ref *self);

void initFrameTypes();

} // namespace pyvm
