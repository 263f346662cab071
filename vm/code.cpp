// Code objects: construction with verification, derived fields, the side
// tables, and the Python-visible `code` type.
// CPython: Objects/codeobject.c
#include "vm/code.h"
#include "vm/specialize.h"

#include "monitor/instrument.h"
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/complex.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/linetable.h"
#include "vm/list.h"
#include "vm/set.h"
#include "vm/singletons.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/verify_stack.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <new>

namespace pyvm {

// --- The opcode table ---------------------------------------------------------

namespace {

struct OpName {
  char text[6];
};

constexpr std::array<OpName, 256> makeUnknownNames() {
  std::array<OpName, 256> names{};
  for (int i = 0; i < 256; ++i) {
    OpName n{};
    int p = 0;
    n.text[p++] = '<';
    if (i >= 100)
      n.text[p++] = char('0' + i / 100);
    if (i >= 10)
      n.text[p++] = char('0' + i / 10 % 10);
    n.text[p++] = char('0' + i % 10);
    n.text[p++] = '>';
    n.text[p] = 0;
    names[i] = n;
  }
  return names;
}
constexpr std::array<OpName, 256> kUnknownNames = makeUnknownNames();

namespace baseop {
using namespace CodeOp;
constexpr int16_t NONE = -1;
} // namespace baseop

constexpr std::array<OpcodeInfo, 256> makeOpcodeInfo() {
  using namespace opflag;
  std::array<OpcodeInfo, 256> table{};
  for (int i = 0; i < 256; ++i)
    table[i] = {kUnknownNames[i].text, OpKind::None, false, 0, JumpKind::None, -1, 0};
#define OPCODE(NAME, NUM, KIND, ARG, CACHES, JUMP, BASE, FLAGS)                                \
  table[NUM] = {#NAME,           OpKind::KIND,   ARG != 0,     CACHES,                          \
                JumpKind::JUMP,  int16_t(baseop::BASE), uint32_t(FLAGS)};
#include "vm/opcodes.def"
#undef OPCODE
  return table;
}

} // namespace

const std::array<OpcodeInfo, 256> kOpcodeInfo = makeOpcodeInfo();

// --- Verification -------------------------------------------------------------

namespace {

constexpr int32_t kMaxStackSize = 1 << 20;
constexpr int kMaxConstDepth = 200;

bool fail(std::string *why, std::string message) {
  if (why)
    *why = "code: " + std::move(message);
  return false;
}

bool isStrTuple(Value v) {
  if (!isTuple(v))
    return false;
  for (Value item : tupleItems(v))
    if (!isStr(item))
      return false;
  return true;
}

// A value that may be a constant of a code object: what the compiler folds.
bool isConstant(Value v, int depth) {
  if (depth > kMaxConstDepth)
    return false;
  if (v.isSmallInt())
    return true;
  if (v.isNull())
    return false;
  Type *t = v.type();
  if (t == &NoneType || t == &EllipsisType || t == &BoolType || t == &IntType ||
      t == &FloatType || t == &ComplexType || t == &StrType || t == &BytesType ||
      t == &CodeType || v.is(Value::fromObject(&StopIterationType)))
    return true;
  if (t == &TupleType) {
    for (Value item : tupleItems(v))
      if (!isConstant(item, depth + 1))
        return false;
    return true;
  }
  if (t == &FrozenSetType) {
    size_t pos = 0;
    Value key;
    while (setNext(v, &pos, &key))
      if (!isConstant(key, depth + 1))
        return false;
    return true;
  }
  if (t == &SliceType) {
    auto *s = v.as<SliceObject>();
    return isConstant(s->start, depth + 1) && isConstant(s->stop, depth + 1) &&
           isConstant(s->step, depth + 1);
  }
  return false;
}

bool isPairLocalOp(uint8_t op) {
  return op == CodeOp::LOAD_FAST_LOAD_FAST || op == CodeOp::LOAD_FAST_BORROW_LOAD_FAST_BORROW ||
         op == CodeOp::STORE_FAST_LOAD_FAST || op == CodeOp::STORE_FAST_STORE_FAST;
}

bool isDerefOp(uint8_t op) {
  return op == CodeOp::LOAD_DEREF || op == CodeOp::STORE_DEREF || op == CodeOp::DELETE_DEREF ||
         op == CodeOp::LOAD_FROM_DICT_OR_DEREF || op == CodeOp::MAKE_CELL;
}

// The enumerated opargs: false when `oparg` is not one CPython defines.
bool opargInRange(uint8_t op, uint32_t oparg, int32_t stacksize, int nfree) {
  using namespace CodeOp;
  uint64_t stack = uint64_t(stacksize);
  switch (op) {
  case BINARY_OP:
    return oparg <= 26;
  case COMPARE_OP:
    return (oparg >> 5) <= 5;
  case IS_OP:
  case CONTAINS_OP:
    return oparg <= 1;
  case CALL_INTRINSIC_1:
    return oparg >= 1 && oparg <= 11;
  case CALL_INTRINSIC_2:
    return oparg >= 1 && oparg <= 5;
  case LOAD_COMMON_CONSTANT:
    return oparg <= 4;
  case LOAD_SPECIAL:
    return oparg <= 3;
  case CONVERT_VALUE:
    return oparg >= 1 && oparg <= 3;
  case SET_FUNCTION_ATTRIBUTE:
    return oparg == 1 || oparg == 2 || oparg == 4 || oparg == 8 || oparg == 16;
  case RAISE_VARARGS:
    return oparg <= 2;
  case BUILD_SLICE:
    return oparg == 2 || oparg == 3;
  case COPY:
    return oparg >= 1 && oparg <= stack;
  case SWAP:
    return oparg >= 2 && oparg <= stack;
  case LOAD_SMALL_INT:
    return oparg <= 255;
  case GET_AWAITABLE:
    return oparg <= 2;
  case BUILD_INTERPOLATION:
    return (oparg >> 2) <= 3;
  case COPY_FREE_VARS:
    return oparg == uint32_t(nfree);
  case BUILD_TUPLE:
  case BUILD_LIST:
  case BUILD_SET:
  case BUILD_STRING:
  case UNPACK_SEQUENCE:
    return oparg <= stack;
  case BUILD_MAP:
    return uint64_t(oparg) * 2 <= stack;
  case CALL:
  case CALL_KW:
    return uint64_t(oparg) + 2 <= stack;
  case UNPACK_EX:
    return uint64_t(oparg & 0xFF) + (oparg >> 8) + 1 <= stack;
  default:
    return true;
  }
}

bool endsControlFlow(uint8_t op) {
  using namespace CodeOp;
  return op == RETURN_VALUE || op == RERAISE || op == RAISE_VARARGS || op == JUMP_BACKWARD ||
         op == JUMP_BACKWARD_NO_INTERRUPT || op == JUMP_FORWARD;
}

struct LocalCounts {
  int nlocals = 0, ncells = 0, nfrees = 0;
};

// CPython: Objects/codeobject.c get_localsplus_counts
LocalCounts countLocals(std::string_view kinds) {
  LocalCounts c;
  for (unsigned char k : kinds) {
    if (k & kFastLocal) {
      ++c.nlocals;
      if (k & kFastCell)
        ++c.ncells;
    } else if (k & kFastCell) {
      ++c.ncells;
    } else if (k & kFastFree) {
      ++c.nfrees;
    }
  }
  return c;
}

// Items an instruction pops and pushes (CPython's metadata convention: items
// only peeked count on both sides), for the fall-through path. Values from
// docs/pyc-3.14.md §2.4, checked there against _opcode.stack_effect.
// CPython: Include/internal/pycore_opcode_metadata.h _PyOpcode_num_popped/pushed
struct StackEffect {
  int64_t pops, pushes;
};
StackEffect stackEffect(uint8_t op, uint32_t oparg) {
  using namespace CodeOp;
  const int64_t n = oparg;
  switch (op) {
  case BINARY_SLICE: return {3, 1};
  case BUILD_TEMPLATE: return {2, 1};
  case CALL_FUNCTION_EX: return {4, 1};
  case CHECK_EG_MATCH: return {2, 2};
  case CHECK_EXC_MATCH: return {2, 2};
  case CLEANUP_THROW: return {3, 2};
  case DELETE_SUBSCR: return {2, 0};
  case END_FOR: return {1, 0};
  case END_SEND: return {2, 1};
  case FORMAT_SIMPLE: return {1, 1};
  case FORMAT_WITH_SPEC: return {2, 1};
  case GET_AITER: return {1, 1};
  case GET_ANEXT: return {1, 2};
  case GET_ITER: return {1, 1};
  case GET_LEN: return {1, 2};
  case GET_YIELD_FROM_ITER: return {1, 1};
  case LOAD_BUILD_CLASS: return {0, 1};
  case LOAD_LOCALS: return {0, 1};
  case MAKE_FUNCTION: return {1, 1};
  case MATCH_KEYS: return {2, 3};
  case MATCH_MAPPING: return {1, 2};
  case MATCH_SEQUENCE: return {1, 2};
  case NOP: return {0, 0};
  case NOT_TAKEN: return {0, 0};
  case POP_EXCEPT: return {1, 0};
  case POP_ITER: return {1, 0};
  case POP_TOP: return {1, 0};
  case PUSH_EXC_INFO: return {1, 2};
  case PUSH_NULL: return {0, 1};
  case RETURN_GENERATOR: return {0, 1};
  case RETURN_VALUE: return {1, 0};
  case SETUP_ANNOTATIONS: return {0, 0};
  case STORE_SLICE: return {4, 0};
  case STORE_SUBSCR: return {3, 0};
  case TO_BOOL: return {1, 1};
  case UNARY_INVERT: return {1, 1};
  case UNARY_NEGATIVE: return {1, 1};
  case UNARY_NOT: return {1, 1};
  case WITH_EXCEPT_START: return {5, 6};
  case BINARY_OP: return {2, 1};
  case BUILD_INTERPOLATION: return {2 + (n & 1), 1};
  case BUILD_LIST: return {n, 1};
  case BUILD_MAP: return {2 * n, 1};
  case BUILD_SET: return {n, 1};
  case BUILD_SLICE: return {n, 1};
  case BUILD_STRING: return {n, 1};
  case BUILD_TUPLE: return {n, 1};
  case CALL: return {2 + n, 1};
  case CALL_INTRINSIC_1: return {1, 1};
  case CALL_INTRINSIC_2: return {2, 1};
  case CALL_KW: return {3 + n, 1};
  case COMPARE_OP: return {2, 1};
  case CONTAINS_OP: return {2, 1};
  case CONVERT_VALUE: return {1, 1};
  case COPY: return {n, n + 1};
  case COPY_FREE_VARS: return {0, 0};
  case DELETE_ATTR: return {1, 0};
  case DELETE_DEREF: return {0, 0};
  case DELETE_FAST: return {0, 0};
  case DELETE_GLOBAL: return {0, 0};
  case DELETE_NAME: return {0, 0};
  case DICT_MERGE: return {n + 4, n + 3};
  case DICT_UPDATE: return {n + 1, n};
  case END_ASYNC_FOR: return {2, 0};
  case EXTENDED_ARG: return {0, 0};
  case FOR_ITER: return {1, 2};
  case GET_AWAITABLE: return {1, 1};
  case IMPORT_FROM: return {1, 2};
  case IMPORT_NAME: return {2, 1};
  case IS_OP: return {2, 1};
  case JUMP_BACKWARD: return {0, 0};
  case JUMP_BACKWARD_NO_INTERRUPT: return {0, 0};
  case JUMP_FORWARD: return {0, 0};
  case LIST_APPEND: return {n + 1, n};
  case LIST_EXTEND: return {n + 1, n};
  case LOAD_ATTR: return {1, 1 + (n & 1)};
  case LOAD_COMMON_CONSTANT: return {0, 1};
  case LOAD_CONST: return {0, 1};
  case LOAD_DEREF: return {0, 1};
  case LOAD_FAST: return {0, 1};
  case LOAD_FAST_AND_CLEAR: return {0, 1};
  case LOAD_FAST_BORROW: return {0, 1};
  case LOAD_FAST_BORROW_LOAD_FAST_BORROW: return {0, 2};
  case LOAD_FAST_CHECK: return {0, 1};
  case LOAD_FAST_LOAD_FAST: return {0, 2};
  case LOAD_FROM_DICT_OR_DEREF: return {1, 1};
  case LOAD_FROM_DICT_OR_GLOBALS: return {1, 1};
  case LOAD_GLOBAL: return {0, 1 + (n & 1)};
  case LOAD_NAME: return {0, 1};
  case LOAD_SMALL_INT: return {0, 1};
  case LOAD_SPECIAL: return {1, 2};
  case LOAD_SUPER_ATTR: return {3, 1 + (n & 1)};
  case MAKE_CELL: return {0, 0};
  case MAP_ADD: return {n + 2, n};
  case MATCH_CLASS: return {3, 1};
  case POP_JUMP_IF_FALSE: return {1, 0};
  case POP_JUMP_IF_NONE: return {1, 0};
  case POP_JUMP_IF_NOT_NONE: return {1, 0};
  case POP_JUMP_IF_TRUE: return {1, 0};
  case RAISE_VARARGS: return {n, 0};
  case RERAISE: return {n + 1, n};
  case SEND: return {2, 2};
  case SET_ADD: return {n + 1, n};
  case SET_FUNCTION_ATTRIBUTE: return {2, 1};
  case SET_UPDATE: return {n + 1, n};
  case STORE_ATTR: return {2, 0};
  case STORE_DEREF: return {1, 0};
  case STORE_FAST: return {1, 0};
  case STORE_FAST_LOAD_FAST: return {1, 1};
  case STORE_FAST_STORE_FAST: return {2, 0};
  case STORE_GLOBAL: return {1, 0};
  case STORE_NAME: return {1, 0};
  case SWAP: return {n, n};
  case UNPACK_EX: return {1, (n & 0xFF) + (n >> 8) + 1};
  case UNPACK_SEQUENCE: return {1, n};
  case YIELD_VALUE: return {1, 1};
  case RESUME: return {0, 0};
  default: return {0, 0};
  }
}

// Instructions after which control does not fall through.
bool noFallThrough(uint8_t op) { return endsControlFlow(op); }

// Computes the value-stack depth before every reachable instruction, as
// CPython's compiler does (Python/flowgraph.c stackdepth): from depth 0 at
// offset 0 and from every handler (its depth + lasti + exception), along
// fall-through and jumps. Checks that no instruction pops more than the stack
// holds, that the depth never exceeds co_stacksize, that every path reaches
// an instruction with the same depth, and that a protected instruction
// holds at least its handler's depth.
using verify::Insn;

bool checkStackDepth(const std::vector<Insn> &insns, const std::vector<int32_t> &insnAt,
                     const std::vector<ExceptionHandler> &handlers, int32_t stacksize,
                     std::string *why) {
  std::vector<int64_t> depth(insns.size(), -1);
  std::vector<size_t> work;
  auto reach = [&](size_t unit, int64_t d, size_t from) -> bool {
    int32_t k = unit < insnAt.size() ? insnAt[unit] : -1;
    if (k < 0)
      return fail(why, fmt::format("control flow from offset {} reaches offset {} outside the "
                                   "instructions",
                                   2 * from, 2 * unit));
    if (depth[size_t(k)] < 0) {
      depth[size_t(k)] = d;
      work.push_back(size_t(k));
    } else if (depth[size_t(k)] != d) {
      return fail(why, fmt::format("stack depth {} and {} meet at offset {}", depth[size_t(k)], d,
                                   2 * unit));
    }
    return true;
  };
  if (!reach(0, 0, 0))
    return false;
  for (const ExceptionHandler &h : handlers)
    if (!reach(size_t(h.target / 2), int64_t(h.depth) + 1 + h.pushLasti, size_t(h.start / 2)))
      return false;
  while (!work.empty()) {
    size_t k = work.back();
    work.pop_back();
    const Insn &in = insns[k];
    StackEffect e = stackEffect(in.op, in.oparg);
    int64_t d = depth[k];
    if (d < e.pops)
      return fail(why, fmt::format("{} at offset {} pops {} item(s) from a stack of {}",
                                   kOpcodeInfo[in.op].name, 2 * in.unit, e.pops, d));
    int64_t after = d - e.pops + e.pushes;
    if (after > stacksize)
      return fail(why, fmt::format("{} at offset {} grows the stack to {}, past co_stacksize {}",
                                   kOpcodeInfo[in.op].name, 2 * in.unit, after, stacksize));
    if (in.target >= 0) {
      // FOR_ITER's target is the END_FOR that pops the next value; the
      // exhausted iterator jumps past it at run time, with the depth before.
      if (!reach(size_t(in.target), after, in.unit))
        return false;
      if (in.op == CodeOp::FOR_ITER && !reach(size_t(in.target) + 1, d, in.unit))
        return false;
    }
    if (!noFallThrough(in.op) && !reach(in.next, after, in.unit))
      return false;
  }
  for (const ExceptionHandler &h : handlers) {
    for (size_t u = size_t(h.start / 2); u < size_t(h.end / 2) && u < insnAt.size(); ++u) {
      int32_t k = insnAt[u];
      if (k >= 0 && depth[size_t(k)] >= 0 && depth[size_t(k)] < h.depth)
        return fail(why, fmt::format("offset {} holds {} stack items, less than its handler's "
                                     "depth {}",
                                     2 * u, depth[size_t(k)], h.depth));
    }
  }
  return true;
}

bool checkBytecode(const CodeFields &f, std::string_view kinds, int nfree, std::string *why) {
  std::string_view code = bytesView(f.code.get());
  const size_t n = code.size() / 2; // code units
  const size_t nconsts = tupleSize(f.consts.get());
  const size_t nnames = tupleSize(f.names.get());
  const size_t nlocalsplus = kinds.size();
  std::vector<uint8_t> isStart(n + 1, 0);
  struct Target {
    size_t from, to;
  };
  std::vector<Target> targets;
  std::vector<Insn> insns;
  std::vector<int32_t> insnAt(n, -1);
  uint64_t ext = 0;
  size_t lastOp = SIZE_MAX, lastOffset = 0;
  for (size_t i = 0; i < n;) {
    uint8_t op = uint8_t(code[2 * i]);
    uint8_t arg8 = uint8_t(code[2 * i + 1]);
    const OpcodeInfo &info = kOpcodeInfo[op];
    const size_t offset = 2 * i;
    isStart[i] = 1;
    if (!(info.flags & opflag::InPyc) || op == CodeOp::CACHE)
      return fail(why, fmt::format("invalid opcode {} at offset {}", op, offset));
    uint64_t oparg = info.hasArg ? (ext | arg8) : 0;
    if (op == CodeOp::EXTENDED_ARG) {
      ext = oparg << 8;
      if (ext > uint64_t(std::numeric_limits<int32_t>::max()))
        return fail(why, fmt::format("oparg too large at offset {}", offset));
      insnAt[i] = int32_t(insns.size());
      insns.push_back({i, op, 0, i + 1, -1, 0, 0, true});
      lastOp = op;
      lastOffset = offset;
      ++i;
      continue;
    }
    ext = 0;
    size_t next = i + 1 + info.caches;
    if (next > n)
      return fail(why, fmt::format("inline caches of {} at offset {} run past the end of the code",
                                   info.name, offset));
    const uint32_t a = uint32_t(oparg);
    const char *bad = nullptr;
    int64_t jumpTo = -1;
    if (info.flags & opflag::HasConst) {
      if (a >= nconsts)
        bad = "constant index out of range";
    } else if (info.flags & opflag::HasName) {
      uint32_t index = a;
      if (op == CodeOp::LOAD_GLOBAL || op == CodeOp::LOAD_ATTR)
        index = a >> 1;
      else if (op == CodeOp::LOAD_SUPER_ATTR)
        index = a >> 2;
      if (index >= nnames)
        bad = "name index out of range";
    } else if (info.flags & (opflag::HasLocal | opflag::HasFree)) {
      if (isPairLocalOp(op)) {
        if (a > 255 || (a >> 4) >= nlocalsplus || (a & 15) >= nlocalsplus)
          bad = "local variable index out of range";
      } else if (a >= nlocalsplus) {
        bad = "local variable index out of range";
      } else if (isDerefOp(op) && !(uint8_t(kinds[a]) & (kFastCell | kFastFree))) {
        bad = "cell operation on a slot that is not a cell or free variable";
      }
    }
    if (!bad && !opargInRange(op, a, f.stacksize, nfree))
      bad = "oparg out of range";
    if (!bad && info.jump != JumpKind::None) {
      int64_t target = info.jump == JumpKind::Forward ? int64_t(next) + a : int64_t(next) - a;
      if (target < 0 || target >= int64_t(n))
        bad = "jump target outside the code";
      else if (op == CodeOp::FOR_ITER && target + 1 >= int64_t(n))
        bad = "FOR_ITER exit outside the code";
      else {
        jumpTo = target;
        targets.push_back({offset, size_t(target)});
        if (op == CodeOp::FOR_ITER)
          targets.push_back({offset, size_t(target + 1)});
      }
    }
    if (bad)
      return fail(why, fmt::format("{} {} at offset {}: {}", info.name, a, offset, bad));
    insnAt[i] = int32_t(insns.size());
    // END_ASYNC_FOR has a "target" for dis and monitoring but never jumps.
    StackEffect effect = stackEffect(op, a);
    insns.push_back({i, op, a, next, op == CodeOp::END_ASYNC_FOR ? -1 : jumpTo, effect.pops,
                     effect.pushes, !noFallThrough(op)});
    lastOp = op;
    lastOffset = offset;
    i = next;
  }
  if (n == 0)
    return fail(why, "empty co_code");
  if (!endsControlFlow(uint8_t(lastOp)))
    return fail(why, fmt::format("the last instruction ({} at offset {}) falls off the end of "
                                 "the code",
                                 kOpcodeInfo[uint8_t(lastOp)].name, lastOffset));
  for (const Target &t : targets)
    if (!isStart[t.to])
      return fail(why, fmt::format("jump at offset {} lands inside an instruction (offset {})",
                                   t.from, 2 * t.to));
  std::string reason;
  auto table = std::span(bytesData(f.exceptiontable.get()), bytesSize(f.exceptiontable.get()));
  if (!checkExceptionTable(table, int(code.size()), &reason))
    return fail(why, reason);
  for (const ExceptionHandler &h : decodeExceptionTable(table)) {
    if (!isStart[h.target / 2] || !isStart[h.start / 2] || (h.end / 2 < int(n) && !isStart[h.end / 2]))
      return fail(why, fmt::format("co_exceptiontable entry {} to {} -> {} is not on "
                                   "instruction boundaries",
                                   h.start, h.end, h.target));
    if (int64_t(h.depth) + 1 + h.pushLasti > f.stacksize)
      return fail(why, fmt::format("co_exceptiontable entry {} to {} -> {}: depth {} exceeds "
                                   "the stack size {}",
                                   h.start, h.end, h.target, h.depth, f.stacksize));
  }
  std::vector<ExceptionHandler> handlers = decodeExceptionTable(table);
  if (!checkStackDepth(insns, insnAt, handlers, f.stacksize, why))
    return false;
  // The depth pass proved the flow consistent; now what each slot holds.
  return verify::checkStackKinds(insns, insnAt, handlers, f.consts.get(), why);
}

} // namespace

bool checkCodeFields(const CodeFields &f, std::string *why) {
  if (!f.code || !isBytes(f.code.get()))
    return fail(why, "co_code is not bytes");
  if (!f.consts || !isTuple(f.consts.get()))
    return fail(why, "co_consts is not a tuple");
  if (!f.names || !isStrTuple(f.names.get()))
    return fail(why, "co_names is not a tuple of str");
  if (!f.localsplusnames || !isStrTuple(f.localsplusnames.get()))
    return fail(why, "co_localsplusnames is not a tuple of str");
  if (!f.localspluskinds || !isBytes(f.localspluskinds.get()))
    return fail(why, "co_localspluskinds is not bytes");
  if (!f.filename || !isStr(f.filename.get()))
    return fail(why, "co_filename is not a str");
  if (!f.name || !isStr(f.name.get()))
    return fail(why, "co_name is not a str");
  if (!f.qualname || !isStr(f.qualname.get()))
    return fail(why, "co_qualname is not a str");
  if (!f.linetable || !isBytes(f.linetable.get()))
    return fail(why, "co_linetable is not bytes");
  if (!f.exceptiontable || !isBytes(f.exceptiontable.get()))
    return fail(why, "co_exceptiontable is not bytes");
  std::string_view kinds = bytesView(f.localspluskinds.get());
  if (tupleSize(f.localsplusnames.get()) != kinds.size())
    return fail(why, "co_localsplusnames and co_localspluskinds differ in length");
  if (f.argcount < 0 || f.posonlyargcount < 0 || f.posonlyargcount > f.argcount ||
      f.kwonlyargcount < 0)
    return fail(why, "bad argument counts");
  if (f.stacksize < 0 || f.stacksize > kMaxStackSize)
    return fail(why, fmt::format("bad co_stacksize {}", f.stacksize));
  size_t codeSize = bytesSize(f.code.get());
  if (codeSize % 2 != 0 || codeSize > size_t(std::numeric_limits<int>::max() / 2))
    return fail(why, "co_code is malformed");
  // Slot kinds: defined bits only, free variables last and alone.
  bool seenFree = false;
  for (size_t i = 0; i < kinds.size(); ++i) {
    uint8_t k = uint8_t(kinds[i]);
    bool ok = !(k & 0x01) && (k & (kFastLocal | kFastCell | kFastFree));
    if (k & kFastFree) {
      ok = ok && k == kFastFree;
      seenFree = true;
    } else if (seenFree) {
      ok = false;
    }
    if (!ok)
      return fail(why, fmt::format("bad kind 0x{:02x} of local slot {}", k, i));
  }
  LocalCounts counts = countLocals(kinds);
  int64_t totalArgs = int64_t(f.argcount) + f.kwonlyargcount + ((f.flags & kCoVarargs) != 0) +
                      ((f.flags & kCoVarkeywords) != 0);
  if (counts.nlocals - totalArgs < 0)
    return fail(why, "co_varnames is too small");
  for (int64_t i = 0; i < totalArgs; ++i)
    if (!(uint8_t(kinds[size_t(i)]) & kFastLocal))
      return fail(why, fmt::format("argument slot {} is not a local", i));
  for (Value c : tupleItems(f.consts.get()))
    if (!isConstant(c, 0))
      return fail(why, fmt::format("invalid constant of type '{}'", typeName(c)));
  std::string reason;
  auto lines = std::span(bytesData(f.linetable.get()), bytesSize(f.linetable.get()));
  if (!checkLineTable(lines, f.firstlineno, &reason))
    return fail(why, reason);
  return checkBytecode(f, kinds, counts.nfrees, why);
}

// --- Construction ---------------------------------------------------------------

Ref newCode(CodeFields &&f) {
  std::string why;
  if (!checkCodeFields(f, &why))
    return raise(&ValueErrorType, why);
  Object *memory = allocObject(&CodeType, sizeof(CodeObject));
  if (!memory)
    return Ref();
  auto *co = new (memory) CodeObject();
  co->refcount = 1;
  co->type = &CodeType;
  co->argcount = f.argcount;
  co->posonlyargcount = f.posonlyargcount;
  co->kwonlyargcount = f.kwonlyargcount;
  co->stacksize = f.stacksize;
  co->flags = f.flags;
  co->code = std::move(f.code);
  co->consts = std::move(f.consts);
  co->names = std::move(f.names);
  co->localsplusnames = std::move(f.localsplusnames);
  co->localspluskinds = std::move(f.localspluskinds);
  co->filename = std::move(f.filename);
  co->name = std::move(f.name);
  co->qualname = std::move(f.qualname);
  co->firstlineno = f.firstlineno;
  co->linetable = std::move(f.linetable);
  co->exceptiontable = std::move(f.exceptiontable);

  LocalCounts counts = countLocals(bytesView(co->localspluskinds.get()));
  co->nlocalsplus = int32_t(tupleSize(co->localsplusnames.get()));
  co->nlocals = counts.nlocals;
  co->ncellvars = counts.ncells;
  co->nfreevars = counts.nfrees;

  // The private copy the eval loop runs; inline caches start zeroed.
  std::string_view bytes = bytesView(co->code.get());
  co->instructions.resize(bytes.size() / 2);
  for (size_t i = 0; i < co->instructions.size();) {
    uint8_t op = uint8_t(bytes[2 * i]);
    co->instructions[i] = {op, uint8_t(bytes[2 * i + 1])};
    size_t caches = kOpcodeInfo[op].caches;
    for (size_t c = 1; c <= caches && i + c < co->instructions.size(); ++c)
      co->instructions[i + c] = {0, 0};
    i += 1 + caches;
  }
  specialize::quicken(co->instructions.data(), co->instructions.size());
  co->handlers = decodeExceptionTable(
      std::span(bytesData(co->exceptiontable.get()), bytesSize(co->exceptiontable.get())));
  return Ref::steal(static_cast<Object *>(co));
}

namespace {

Ref namesWithKind(const CodeObject *code, uint8_t kind, bool exactFree) {
  std::string_view kinds = bytesView(code->localspluskinds.get());
  size_t count = 0;
  for (unsigned char k : kinds)
    if (exactFree ? (k & kFastFree) != 0 : (k & kind) != 0)
      ++count;
  Ref tuple = newTuple(count);
  if (!tuple)
    return tuple;
  size_t j = 0;
  for (size_t i = 0; i < kinds.size(); ++i) {
    unsigned char k = uint8_t(kinds[i]);
    if (exactFree ? (k & kFastFree) != 0 : (k & kind) != 0)
      tupleInit(tuple.get(), j++, Ref::borrow(tupleItem(code->localsplusnames.get(), i)));
  }
  return tuple;
}

} // namespace

Ref codeVarnames(const CodeObject *code) { return namesWithKind(code, kFastLocal, false); }
Ref codeCellvars(const CodeObject *code) { return namesWithKind(code, kFastCell, false); }
Ref codeFreevars(const CodeObject *code) { return namesWithKind(code, kFastFree, true); }

namespace {
std::span<const uint8_t> lineTableOf(const CodeObject *code) {
  return {bytesData(code->linetable.get()), bytesSize(code->linetable.get())};
}
} // namespace

int codeAddrToLine(const CodeObject *code, int offset) {
  // CPython: PyCode_Addr2Line returns co_firstlineno for a negative offset.
  if (offset < 0)
    return code->firstlineno;
  return lineTableAddrToLine(lineTableOf(code), code->firstlineno, offset);
}

Position codeAddrToPosition(const CodeObject *code, int offset) {
  return lineTableAddrToPosition(lineTableOf(code), code->firstlineno, offset);
}

bool codeFindHandler(const CodeObject *code, int offset, ExceptionHandler *out) {
  const auto &hs = code->handlers;
  auto it = std::upper_bound(hs.begin(), hs.end(), offset,
                             [](int off, const ExceptionHandler &h) { return off < h.start; });
  if (it == hs.begin())
    return false;
  --it;
  if (offset >= it->start && offset < it->end) {
    *out = *it;
    return true;
  }
  return false;
}

std::vector<ExceptionHandler> codeExceptionTable(const CodeObject *code) { return code->handlers; }

// --- The code type ----------------------------------------------------------------

Type CodeType;

namespace {

const CodeObject *asCode(Value self) { return self.as<CodeObject>(); }

void codeDealloc(Object *self) {
  auto *code = static_cast<CodeObject *>(self);
  monitor::freeMonitoringData(code); // PEP 669 side tables (monitor/)
  code->~CodeObject();
}

// CPython: Objects/codeobject.c code_repr
Ref codeRepr(Value self) {
  const CodeObject *co = asCode(self);
  int lineno = co->firstlineno != 0 ? co->firstlineno : -1;
  return newStr(fmt::format("<code object {} at {}, file \"{}\", line {}>",
                            strToUtf8(co->name.get()), static_cast<const void *>(co),
                            strToUtf8(co->filename.get()), lineno));
}

Ref lineOrNone(int v) { return v < 0 ? newNone() : newInt(v); }

// CPython: Objects/codeobject.c code_linesiterator
Ref codeLines(Value self) {
  const CodeObject *co = asCode(self);
  Ref list = newList();
  if (!list)
    return list;
  for (const LineRange &r : lineTableLines(lineTableOf(co), co->firstlineno)) {
    Ref start = newInt(r.start), end = newInt(r.end), line = lineOrNone(r.line);
    if (!start || !end || !line)
      return Ref();
    Ref item = newTupleOf({start.get(), end.get(), line.get()});
    if (!item)
      return item;
    listAppend(list.get(), std::move(item));
  }
  return getIter(list.get());
}

// CPython: Objects/codeobject.c code_positionsiterator
Ref codePositions(Value self) {
  const CodeObject *co = asCode(self);
  Ref list = newList();
  if (!list)
    return list;
  for (const Position &p : lineTablePositions(lineTableOf(co), co->firstlineno)) {
    Ref a = lineOrNone(p.line), b = lineOrNone(p.endLine), c = lineOrNone(p.column),
        d = lineOrNone(p.endColumn);
    if (!a || !b || !c || !d)
      return Ref();
    Ref item = newTupleOf({a.get(), b.get(), c.get(), d.get()});
    if (!item)
      return item;
    listAppend(list.get(), std::move(item));
  }
  return getIter(list.get());
}

Ref getArgcount(Value s) { return newInt(asCode(s)->argcount); }
Ref getPosonlyargcount(Value s) { return newInt(asCode(s)->posonlyargcount); }
Ref getKwonlyargcount(Value s) { return newInt(asCode(s)->kwonlyargcount); }
Ref getStacksize(Value s) { return newInt(asCode(s)->stacksize); }
Ref getFlags(Value s) { return newInt(int64_t(asCode(s)->flags)); }
Ref getNlocals(Value s) { return newInt(asCode(s)->nlocals); }
Ref getFirstlineno(Value s) { return newInt(asCode(s)->firstlineno); }
Ref getCode(Value s) { return asCode(s)->code; }
Ref getConsts(Value s) { return asCode(s)->consts; }
Ref getNames(Value s) { return asCode(s)->names; }
Ref getFilename(Value s) { return asCode(s)->filename; }
Ref getName(Value s) { return asCode(s)->name; }
Ref getQualname(Value s) { return asCode(s)->qualname; }
Ref getLinetable(Value s) { return asCode(s)->linetable; }
Ref getExceptiontable(Value s) { return asCode(s)->exceptiontable; }
Ref getVarnames(Value s) { return codeVarnames(asCode(s)); }
Ref getCellvars(Value s) { return codeCellvars(asCode(s)); }
Ref getFreevars(Value s) { return codeFreevars(asCode(s)); }

// The slot names of the given kind, renamed from `names` in slot order; a
// slot that is both a local and a cell takes its name from co_varnames and
// must keep the same name in co_cellvars. False with ValueError pending when
// the counts differ (pyvm rebuilds the slot layout only by renaming).
bool renameSlots(const CodeObject *co, Value varnames, Value cellvars, Value freevars,
                 Ref *outNames) {
  std::string_view kinds = bytesView(co->localspluskinds.get());
  Ref names = newTuple(kinds.size());
  if (!names)
    return false;
  size_t v = 0, c = 0, f = 0;
  const size_t nv = tupleSize(varnames), nc = tupleSize(cellvars), nf = tupleSize(freevars);
  for (size_t i = 0; i < kinds.size(); ++i) {
    uint8_t k = uint8_t(kinds[i]);
    Value name;
    if (k & kFastLocal) {
      if (v >= nv)
        break;
      name = tupleItem(varnames, v++);
      if (k & kFastCell) {
        if (c >= nc || !isStr(tupleItem(cellvars, c)) || !strEquals(tupleItem(cellvars, c), name))
          break;
        ++c;
      }
    } else if (k & kFastCell) {
      if (c >= nc)
        break;
      name = tupleItem(cellvars, c++);
    } else if (f < nf) {
      name = tupleItem(freevars, f++);
    } else {
      break;
    }
    tupleInit(names.get(), i, Ref::borrow(name));
    if (i + 1 == kinds.size() && v == nv && c == nc && f == nf) {
      *outNames = std::move(names);
      return true;
    }
  }
  if (kinds.empty() && nv == 0 && nc == 0 && nf == 0) {
    *outNames = std::move(names);
    return true;
  }
  raise(&ValueErrorType, "code.replace(): pyvm can rename co_varnames, co_cellvars and "
                         "co_freevars but not change how many there are");
  return false;
}

// code.replace(*, co_argcount=..., ...): a copy with some fields changed; the
// copy is verified like a code object read from a .pyc.
// CPython: Objects/codeobject.c code_replace_impl
Ref codeReplace(Value self, const Value *args, size_t nargs, Value kwnames) {
  const CodeObject *co = asCode(self);
  enum {
    kArgcount,
    kPosonly,
    kKwonly,
    kNlocals,
    kStacksize,
    kFlags,
    kFirstlineno,
    kCode,
    kConsts,
    kNames,
    kVarnames,
    kFreevars,
    kCellvars,
    kFilename,
    kName,
    kQualname,
    kLinetable,
    kExceptiontable,
    kCount
  };
  Value a[kCount];
  if (!parseArgs({"replace",
                  {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
                   "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names",
                   "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name",
                   "co_qualname", "co_linetable", "co_exceptiontable"},
                  0,
                  0,
                  0},
                 args, nargs, kwnames, a))
    return Ref();
  static const char *const kNamesOf[kCount] = {
      "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",  "co_stacksize",
      "co_flags",    "co_firstlineno",     "co_code",           "co_consts",   "co_names",
      "co_varnames", "co_freevars",        "co_cellvars",       "co_filename", "co_name",
      "co_qualname", "co_linetable",       "co_exceptiontable"};
  int32_t ints[kCode] = {co->argcount,  co->posonlyargcount, co->kwonlyargcount, co->nlocals,
                         co->stacksize, int32_t(co->flags),  co->firstlineno};
  for (int i = 0; i < kCode; ++i) {
    if (a[i].isNull())
      continue;
    int64_t n;
    if (!indexAsInt64(a[i], &n))
      return Ref();
    if (n < std::numeric_limits<int32_t>::min() || n > std::numeric_limits<int32_t>::max())
      return raise(&OverflowErrorType, "Python int too large to convert to C int");
    ints[i] = int32_t(n);
  }
  // Object arguments: the type clinic checks (subclass_of=...), else the old value.
  auto pick = [&](int i, bool (*ok)(Value), const char *want, Value old, Ref *out) {
    if (a[i].isNull()) {
      *out = Ref::borrow(old);
      return true;
    }
    if (!ok(a[i])) {
      raisef(&TypeErrorType, "replace() argument '{}' must be {}, not {}", kNamesOf[i], want,
             typeName(a[i]));
      return false;
    }
    *out = Ref::borrow(a[i]);
    return true;
  };
  Ref varnames = codeVarnames(co), cellvars = codeCellvars(co), freevars = codeFreevars(co);
  if (!varnames || !cellvars || !freevars)
    return Ref();
  CodeFields f{};
  Ref newVarnames, newCellvars, newFreevars;
  if (!pick(kCode, isBytes, "bytes", co->code.get(), &f.code) ||
      !pick(kConsts, isTuple, "tuple", co->consts.get(), &f.consts) ||
      !pick(kNames, isTuple, "tuple", co->names.get(), &f.names) ||
      !pick(kVarnames, isTuple, "tuple", varnames.get(), &newVarnames) ||
      !pick(kFreevars, isTuple, "tuple", freevars.get(), &newFreevars) ||
      !pick(kCellvars, isTuple, "tuple", cellvars.get(), &newCellvars) ||
      !pick(kFilename, isStr, "str", co->filename.get(), &f.filename) ||
      !pick(kName, isStr, "str", co->name.get(), &f.name) ||
      !pick(kQualname, isStr, "str", co->qualname.get(), &f.qualname) ||
      !pick(kLinetable, isBytes, "bytes", co->linetable.get(), &f.linetable) ||
      !pick(kExceptiontable, isBytes, "bytes", co->exceptiontable.get(), &f.exceptiontable))
    return Ref();
  // CPython: PyUnstable_Code_NewWithPosOnlyArgs checks an explicit co_nlocals,
  // then _PyCode_Validate that the arguments have names.
  if (!a[kNlocals].isNull() && size_t(ints[kNlocals]) != tupleSize(newVarnames.get()))
    return raise(&ValueErrorType, "code: co_nlocals != len(co_varnames)");
  int64_t totalArgs = int64_t(ints[kArgcount]) + ints[kKwonly] +
                      ((ints[kFlags] & kCoVarargs) != 0) + ((ints[kFlags] & kCoVarkeywords) != 0);
  if (int64_t(tupleSize(newVarnames.get())) < totalArgs)
    return raise(&ValueErrorType, "code: co_varnames is too small");
  for (Value t : {newVarnames.get(), newCellvars.get(), newFreevars.get()})
    for (Value n : tupleItems(t))
      if (!isStr(n))
        return raise(&TypeErrorType, "name tuples must contain only strings, not '" +
                                         std::string(typeName(n)) + "'");
  if (!renameSlots(co, newVarnames.get(), newCellvars.get(), newFreevars.get(), &f.localsplusnames))
    return Ref();
  f.localspluskinds = co->localspluskinds;
  f.argcount = ints[kArgcount];
  f.posonlyargcount = ints[kPosonly];
  f.kwonlyargcount = ints[kKwonly];
  f.stacksize = ints[kStacksize];
  f.flags = uint32_t(ints[kFlags]);
  f.firstlineno = ints[kFirstlineno];
  return newCode(std::move(f));
}

const MethodDef kCodeMethods[] = {
    method("replace", codeReplace),
    method("co_lines", codeLines),
    method("co_positions", codePositions),
};

const GetSetDef kCodeGetSets[] = {
    {"co_argcount", getArgcount},
    {"co_posonlyargcount", getPosonlyargcount},
    {"co_kwonlyargcount", getKwonlyargcount},
    {"co_stacksize", getStacksize},
    {"co_flags", getFlags},
    {"co_nlocals", getNlocals},
    {"co_firstlineno", getFirstlineno},
    {"co_code", getCode},
    {"co_consts", getConsts},
    {"co_names", getNames},
    {"co_filename", getFilename},
    {"co_name", getName},
    {"co_qualname", getQualname},
    {"co_linetable", getLinetable},
    {"co_exceptiontable", getExceptiontable},
    {"co_varnames", getVarnames},
    {"co_cellvars", getCellvars},
    {"co_freevars", getFreevars},
};

} // namespace

void initCodeType() {
  initStaticType(&CodeType, "code", &ObjectType, sizeof(CodeObject), kTypeImmutable);
  CodeType.dealloc = codeDealloc;
  CodeType.repr = codeRepr;
  typeReady(&CodeType, kCodeMethods, kCodeGetSets);
}

} // namespace pyvm
