// Code objects: the unit of bytecode, as CPython 3.14's marshal writes it,
// plus the fields pyvm derives (variable counts) and the mutable copy of the
// bytecode that the eval loop runs and the monitor rewrites in place.
// CPython: Include/cpython/code.h PyCodeObject, Objects/codeobject.c
#pragma once

#include "vm/object.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace pyvm {

// co_flags bits. CPython: Include/cpython/code.h
enum CodeFlags : uint32_t {
  kCoOptimized = 0x1,
  kCoNewLocals = 0x2,
  kCoVarargs = 0x4,
  kCoVarkeywords = 0x8,
  kCoNested = 0x10,
  kCoGenerator = 0x20,
  kCoNoFree = 0x40,
  kCoCoroutine = 0x80,
  kCoIterableCoroutine = 0x100,
  kCoAsyncGenerator = 0x200,
  kCoHasDocstring = 0x4000000,
  kCoMethod = 0x8000000,
};

// co_localspluskinds bits.
enum LocalKind : uint8_t {
  kFastArgPos = 0x02,
  kFastArgKw = 0x04,
  kFastArgVar = 0x08,
  kFastHidden = 0x10,
  kFastLocal = 0x20,
  kFastCell = 0x40,
  kFastFree = 0x80,
};

struct CoMonitoringData; // monitor/: per-code monitoring state

// One entry of the exception table.
struct ExceptionHandler {
  int start, end;   // byte offsets [start, end)
  int target;       // handler byte offset
  int depth;        // value stack depth to unwind to
  bool pushLasti;   // push the offset of the raising instruction
};

// Facts about one opcode number, from vm/opcodes.def (the one source of
// truth). Numbers without an opcode have kind None and the name "<N>", as
// dis prints them.
namespace opflag {
enum : uint32_t {
  InPyc = 1u << 0,      // a base opcode that may appear in a .pyc
  HasConst = 1u << 1,   // oparg indexes co_consts
  HasName = 1u << 2,    // oparg (shifted for LOAD_GLOBAL/LOAD_ATTR/LOAD_SUPER_ATTR) indexes co_names
  HasLocal = 1u << 3,   // oparg indexes localsplus
  HasFree = 1u << 4,    // oparg indexes localsplus (a cell or free slot)
  HasCompare = 1u << 5, // COMPARE_OP and its specialisations
};
} // namespace opflag
enum class OpKind : uint8_t { None, Base, Specialized, Instrumented };
enum class JumpKind : int8_t { None = 0, Forward = 1, Backward = -1 };
struct OpcodeInfo {
  const char *name;
  OpKind kind;
  bool hasArg;
  uint8_t caches;  // inline cache code units after the instruction
  JumpKind jump;   // relative jump direction, counted from after the caches
  int16_t base;    // the base opcode (itself for a base opcode; -1 for none)
  uint32_t flags;  // opflag bits
};
extern const std::array<OpcodeInfo, 256> kOpcodeInfo;
// Opcode numbers by name: CodeOp::LOAD_CONST ...
namespace CodeOp {
#define OPCODE(NAME, NUM, KIND, ARG, CACHES, JUMP, BASE, FLAGS) constexpr uint8_t NAME = NUM;
#include "vm/opcodes.def"
#undef OPCODE
} // namespace CodeOp

// One 16-bit code unit: opcode and its 8-bit argument.
struct CodeUnit {
  uint8_t opcode;
  uint8_t arg;
};
static_assert(sizeof(CodeUnit) == 2);

struct CodeObject : Object {
  // Fields in marshal order.
  int32_t argcount = 0;
  int32_t posonlyargcount = 0;
  int32_t kwonlyargcount = 0;
  int32_t stacksize = 0;
  uint32_t flags = 0;
  Ref code;              // bytes: co_code as stored (de-instrumented, caches zero)
  Ref consts;            // tuple
  Ref names;             // tuple of str
  Ref localsplusnames;   // tuple of str
  Ref localspluskinds;   // bytes, one LocalKind byte per slot
  Ref filename;          // str
  Ref name;              // str
  Ref qualname;          // str
  int32_t firstlineno = 0;
  Ref linetable;         // bytes
  Ref exceptiontable;    // bytes

  // Derived from localspluskinds when the object is built.
  int32_t nlocalsplus = 0; // frame slots before the value stack
  int32_t nlocals = 0;     // co_varnames count
  int32_t ncellvars = 0;
  int32_t nfreevars = 0;

  // The bytecode the eval loop executes: a private copy of `code` that
  // specialisation and instrumentation rewrite in place.
  std::vector<CodeUnit> instructions;

  // The decoded exception table (byte offsets), sorted by start.
  std::vector<ExceptionHandler> handlers;

  // Monitoring (monitor/): null until a tool first instruments this code.
  CoMonitoringData *monitoring = nullptr;
  uint64_t instrumentationVersion = 0;
};
extern Type CodeType;

inline bool isCode(Value v) { return v.isObject() && v.type() == &CodeType; }

// Builds a code object from its marshal fields (each Ref is consumed) and
// derives the counts. Checks the fields' types and consistency (tuple sizes,
// kinds length, bytecode length even) and returns null with ValueError pending
// when they are wrong, so a hostile .pyc cannot build a broken code object.
struct CodeFields {
  int32_t argcount, posonlyargcount, kwonlyargcount, stacksize;
  uint32_t flags;
  Ref code, consts, names, localsplusnames, localspluskinds, filename, name, qualname;
  int32_t firstlineno;
  Ref linetable, exceptiontable;
};
Ref newCode(CodeFields &&fields);
// The checks newCode makes, without building anything: false with the
// reason in *why ("code: ..."). Also verifies the bytecode: only opcodes a
// .pyc may hold, caches inside the code, opargs in range (const, name and
// local indices, jump targets on instruction boundaries inside the code,
// enumerated opargs), a last instruction that does not fall off the end, a
// well-formed line table and exception table with handlers inside the code.
bool checkCodeFields(const CodeFields &fields, std::string *why);

// co_varnames, co_cellvars, co_freevars as new tuples.
Ref codeVarnames(const CodeObject *code);
Ref codeCellvars(const CodeObject *code);
Ref codeFreevars(const CodeObject *code);

// Line number of the instruction at byte offset `offset` (-1 when none).
// CPython: Objects/codeobject.c PyCode_Addr2Line
int codeAddrToLine(const CodeObject *code, int offset);

// Source positions of one code unit. Unknown values are -1.
struct Position {
  int line, endLine, column, endColumn;
};
// CPython: Objects/codeobject.c _PyCode_CheckLineNumber / co_positions()
Position codeAddrToPosition(const CodeObject *code, int offset);

// Finds the handler covering byte offset `offset`; false when none.
// CPython: Python/ceval.c get_exception_handler
bool codeFindHandler(const CodeObject *code, int offset, ExceptionHandler *out);
// All entries, in table order (for dis).
std::vector<ExceptionHandler> codeExceptionTable(const CodeObject *code);

void initCodeType();

} // namespace pyvm
