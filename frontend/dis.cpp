// Disassembler (see frontend/dis.h). Everything about opcodes comes from the
// opcode table (vm/opcodes.def via kOpcodeInfo).
#include "frontend/dis.h"

#include "vm/abstract.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/errors.h"
#include "vm/linetable.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pyvm {

namespace {

// CPython: Lib/opcode.py _nb_ops (second column), cmp_op, and the intrinsic,
// special method and common constant tables of Lib/dis.py.
constexpr const char *kNbOps[] = {"+",   "&",   "//",  "<<",  "@",   "*",  "%",
                                  "|",   "**",  ">>",  "-",   "/",   "^",  "+=",
                                  "&=",  "//=", "<<=", "@=",  "*=",  "%=", "|=",
                                  "**=", ">>=", "-=",  "/=",  "^=",  "[]"};
constexpr const char *kCmpOps[] = {"<", "<=", "==", "!=", ">", ">="};
constexpr const char *kIntrinsic1[] = {"INTRINSIC_1_INVALID",
                                       "INTRINSIC_PRINT",
                                       "INTRINSIC_IMPORT_STAR",
                                       "INTRINSIC_STOPITERATION_ERROR",
                                       "INTRINSIC_ASYNC_GEN_WRAP",
                                       "INTRINSIC_UNARY_POSITIVE",
                                       "INTRINSIC_LIST_TO_TUPLE",
                                       "INTRINSIC_TYPEVAR",
                                       "INTRINSIC_PARAMSPEC",
                                       "INTRINSIC_TYPEVARTUPLE",
                                       "INTRINSIC_SUBSCRIPT_GENERIC",
                                       "INTRINSIC_TYPEALIAS"};
constexpr const char *kIntrinsic2[] = {"INTRINSIC_2_INVALID",
                                       "INTRINSIC_PREP_RERAISE_STAR",
                                       "INTRINSIC_TYPEVAR_WITH_BOUND",
                                       "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
                                       "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
                                       "INTRINSIC_SET_TYPEPARAM_DEFAULT"};
constexpr const char *kSpecialMethods[] = {"__enter__", "__exit__", "__aenter__", "__aexit__"};
constexpr const char *kCommonConstants[] = {"AssertionError", "NotImplementedError", "tuple",
                                            "<built-in function all>",
                                            "<built-in function any>"};
constexpr const char *kFunctionAttrFlags[] = {"defaults", "kwdefaults", "annotations", "closure",
                                              "annotate"};
constexpr const char *kConversions[] = {"", "str", "repr", "ascii"};

template <size_t N> const char *lookup(const char *const (&table)[N], int64_t i) {
  return i >= 0 && size_t(i) < N ? table[i] : "";
}

constexpr int kOpnameWidth = 20;
constexpr int kOpargWidth = 5;
constexpr const char *kNoLineNo = "  --";

struct Instr {
  int offset;
  uint8_t op;
  std::optional<int64_t> arg;
};

const OpcodeInfo &deopInfo(uint8_t op) {
  const OpcodeInfo &info = kOpcodeInfo[op];
  return info.base >= 0 ? kOpcodeInfo[uint8_t(info.base)] : info;
}

uint8_t deopNumber(uint8_t op) {
  const OpcodeInfo &info = kOpcodeInfo[op];
  return info.base >= 0 ? uint8_t(info.base) : op;
}

// CPython: Lib/dis.py _unpack_opargs
std::vector<Instr> unpackOpargs(std::string_view code) {
  std::vector<Instr> out;
  int64_t extendedArg = 0;
  int caches = 0;
  for (size_t i = 0; i + 1 < code.size(); i += 2) {
    if (caches) {
      --caches;
      continue;
    }
    uint8_t op = uint8_t(code[i]);
    const OpcodeInfo &deop = deopInfo(op);
    caches = deop.caches;
    std::optional<int64_t> arg;
    if (deop.hasArg) {
      int64_t a = uint8_t(code[i + 1]) | extendedArg;
      // The oparg is a C int: it wraps around to negative.
      extendedArg = deopNumber(op) == CodeOp::EXTENDED_ARG ? (a << 8) : 0;
      if (extendedArg >= (int64_t(1) << 31))
        extendedArg -= int64_t(1) << 32;
      arg = a;
    } else {
      extendedArg = 0;
    }
    out.push_back({int(i), op, arg});
  }
  return out;
}

// CPython: Lib/dis.py _get_jump_target
std::optional<int64_t> jumpTarget(uint8_t op, int64_t arg, int offset) {
  const OpcodeInfo &deop = deopInfo(op);
  if (deop.jump == JumpKind::None)
    return std::nullopt;
  if (deop.jump == JumpKind::Backward)
    arg = -arg;
  return offset + 2 + arg * 2 + 2 * int64_t(deop.caches);
}

class Disassembler {
public:
  Disassembler(llvm::raw_ostream &out, const CodeObject *co) : out_(out), co_(co) {}
  llvm::Error run();

private:
  llvm::Expected<std::string> argRepr(const Instr &in);
  std::string localName(int64_t i) const {
    Value names = co_->localsplusnames.get();
    return i >= 0 && size_t(i) < tupleSize(names) ? strToUtf8(tupleItem(names, size_t(i))) : "";
  }
  std::string name(int64_t i) const {
    Value names = co_->names.get();
    return i >= 0 && size_t(i) < tupleSize(names) ? strToUtf8(tupleItem(names, size_t(i))) : "";
  }

  llvm::raw_ostream &out_;
  const CodeObject *co_;
  std::map<int64_t, int> labels_;
};

llvm::Error reprError() {
  std::string message = "repr() of a constant failed";
  if (errorPending()) {
    Ref exc = takePendingException();
    message += fmt::format(" ({})", typeName(exc.get()));
  }
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Expected<std::string> reprOf(Value v) {
  Ref r = repr(v);
  if (!r)
    return reprError();
  return strToUtf8(r.get());
}

// CPython: Lib/dis.py ArgResolver.get_argval_argrepr
llvm::Expected<std::string> Disassembler::argRepr(const Instr &in) {
  if (!in.arg)
    return std::string();
  const int64_t arg = *in.arg;
  const uint8_t deop = deopNumber(in.op);
  const OpcodeInfo &info = kOpcodeInfo[deop];
  using namespace CodeOp;
  if (info.flags & opflag::HasConst) {
    Value consts = co_->consts.get();
    if (arg < 0 || size_t(arg) >= tupleSize(consts))
      return std::string();
    return reprOf(tupleItem(consts, size_t(arg)));
  }
  if (info.flags & opflag::HasName) {
    if (deop == LOAD_GLOBAL || deop == LOAD_ATTR || deop == LOAD_SUPER_ATTR) {
      std::string repr = name(deop == LOAD_SUPER_ATTR ? arg >> 2 : arg >> 1);
      if ((arg & 1) && !repr.empty())
        repr += deop == LOAD_GLOBAL ? " + NULL" : " + NULL|self";
      return repr;
    }
    return name(arg);
  }
  if (info.jump != JumpKind::None) {
    auto target = jumpTarget(in.op, arg, in.offset);
    auto it = labels_.find(*target);
    int label = it == labels_.end() ? 0 : it->second;
    return fmt::format("{} L{}", deop == END_ASYNC_FOR ? "from" : "to", label);
  }
  if (deop == LOAD_FAST_LOAD_FAST || deop == LOAD_FAST_BORROW_LOAD_FAST_BORROW ||
      deop == STORE_FAST_LOAD_FAST || deop == STORE_FAST_STORE_FAST)
    return localName(arg >> 4) + ", " + localName(arg & 15);
  if (info.flags & (opflag::HasLocal | opflag::HasFree))
    return localName(arg);
  if (info.flags & opflag::HasCompare) {
    std::string repr = lookup(kCmpOps, arg >> 5);
    return (arg & 16) ? "bool(" + repr + ")" : repr;
  }
  switch (deop) {
  case CONVERT_VALUE:
    return std::string(lookup(kConversions, arg));
  case SET_FUNCTION_ATTRIBUTE: {
    std::string repr;
    for (int i = 0; i < 5; ++i)
      if (arg & (int64_t(1) << i))
        repr += (repr.empty() ? "" : ", ") + std::string(kFunctionAttrFlags[i]);
    return repr;
  }
  case BINARY_OP:
    return std::string(lookup(kNbOps, arg));
  case CALL_INTRINSIC_1:
    return std::string(lookup(kIntrinsic1, arg));
  case CALL_INTRINSIC_2:
    return std::string(lookup(kIntrinsic2, arg));
  case LOAD_COMMON_CONSTANT:
    return std::string(lookup(kCommonConstants, arg));
  case LOAD_SPECIAL:
    return std::string(lookup(kSpecialMethods, arg));
  case IS_OP:
    return std::string(arg ? "is not" : "is");
  case CONTAINS_OP:
    return std::string(arg ? "not in" : "in");
  default:
    return std::string();
  }
}

// CPython: Lib/dis.py disassemble, _disassemble_bytes, Formatter
llvm::Error Disassembler::run() {
  std::string_view code = bytesView(co_->code.get());
  auto table = std::span(bytesData(co_->linetable.get()), bytesSize(co_->linetable.get()));

  // findlinestarts: the first range and every change of line.
  std::map<int, int> lineStarts; // offset -> line (-1 = None)
  bool first = true;
  int lastLine = 0;
  for (const LineRange &r : lineTableLines(table, co_->firstlineno)) {
    if (first || r.line != lastLine) {
      lineStarts.emplace(r.start, r.line);
      lastLine = r.line;
      first = false;
    }
  }
  // _get_lineno_width: the widest line number (0 and None are skipped by
  // filter(None, ...)), at least 3, and room for "  --".
  int linenoWidth = 0;
  {
    std::optional<int> maxLine;
    bool hasNone = false;
    for (auto [offset, line] : lineStarts) {
      if (line == -1) {
        hasNone = true;
        continue;
      }
      if (line != 0 && (!maxLine || line > *maxLine))
        maxLine = line;
    }
    if (maxLine && *maxLine != -1) {
      linenoWidth = std::max<int>(3, int(std::to_string(*maxLine).size()));
      if (linenoWidth < 4 && hasNone)
        linenoWidth = 4;
    }
  }

  std::vector<Instr> instrs = unpackOpargs(code);
  // _make_labels_map: jump targets, then exception table starts, ends and
  // targets, numbered in offset order.
  for (const Instr &in : instrs)
    if (in.arg)
      if (auto t = jumpTarget(in.op, *in.arg, in.offset))
        labels_.emplace(*t, 0);
  for (const ExceptionHandler &h : co_->handlers) {
    labels_.emplace(h.start, 0);
    labels_.emplace(h.end, 0);
    labels_.emplace(h.target, 0);
  }
  int n = 0;
  for (auto &[offset, label] : labels_)
    label = ++n;
  const int labelWidth = 4 + int(std::to_string(labels_.size()).size());

  std::optional<int> lineNumber;
  for (const Instr &in : instrs) {
    auto start = lineStarts.find(in.offset);
    bool startsLine = start != lineStarts.end();
    if (startsLine)
      lineNumber = start->second == -1 ? std::nullopt : std::optional<int>(start->second);
    if (linenoWidth > 0 && startsLine && in.offset > 0)
      out_ << "\n";
    std::string line;
    if (linenoWidth) {
      if (startsLine) {
        line += lineNumber ? fmt::format("{:>{}}", *lineNumber, linenoWidth)
                           : fmt::format("{:>{}}", kNoLineNo, linenoWidth);
      } else {
        line += std::string(size_t(linenoWidth), ' ');
      }
      line += ' ';
    }
    auto label = labels_.find(in.offset);
    if (label != labels_.end())
      line += fmt::format("{:>{}}", fmt::format("L{}:", label->second), labelWidth);
    else
      line += std::string(size_t(labelWidth), ' ');
    line += "    "; // ' ' + the current-instruction column '   '
    std::string opname = kOpcodeInfo[in.op].name;
    line += ' ';
    line += fmt::format("{:<{}}", opname, kOpnameWidth);
    if (in.arg) {
      int excess = std::max(0, int(opname.size()) - kOpnameWidth);
      line += ' ';
      line += fmt::format("{:>{}}", *in.arg, std::max(0, kOpargWidth - excess));
      auto repr = argRepr(in);
      if (!repr)
        return repr.takeError();
      if (!repr->empty())
        line += " (" + *repr + ")";
    }
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    out_ << line << "\n";
  }
  if (!co_->handlers.empty()) {
    out_ << "ExceptionTable:\n";
    for (const ExceptionHandler &h : co_->handlers)
      out_ << fmt::format("  L{} to L{} -> L{} [{}]{}\n", labels_[h.start], labels_[h.end],
                          labels_[h.target], h.depth, h.pushLasti ? " lasti" : "");
  }
  return llvm::Error::success();
}

llvm::Error disassembleRecursive(llvm::raw_ostream &out, Value code, int depth) {
  if (depth > 1000)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "code objects nested too deeply");
  if (auto e = disassembleOne(out, code))
    return e;
  for (Value c : tupleItems(code.as<CodeObject>()->consts.get())) {
    if (!isCode(c))
      continue;
    auto r = reprOf(c);
    if (!r)
      return r.takeError();
    out << "\nDisassembly of " << *r << ":\n";
    if (auto e = disassembleRecursive(out, c, depth + 1))
      return e;
  }
  return llvm::Error::success();
}

} // namespace

llvm::Error disassembleOne(llvm::raw_ostream &out, Value code) {
  if (!isCode(code))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "don't know how to disassemble %s objects",
                                   typeName(code).c_str());
  return Disassembler(out, code.as<CodeObject>()).run();
}

llvm::Error disassemble(llvm::raw_ostream &out, Value code) {
  return disassembleRecursive(out, code, 0);
}

} // namespace pyvm
