// Stack-kind verification: an abstract interpretation of the value stack over
// the verified control flow, tracking for each slot what kind of item it may
// hold. CPython's compiler guarantees these kinds and its eval loop only
// asserts them; pyvm must refuse a .pyc that breaks them instead of crashing.
#include "vm/verify_stack.h"

#include "vm/str.h"
#include "vm/tuple.h"

#include <fmt/format.h>

#include <algorithm>

namespace pyvm::verify {

namespace {

// The lattice: the specific kinds sit below Value (some non-NULL object),
// Value and Null below Unknown (maybe NULL). An instruction that needs a
// value refuses Null and Unknown; one that needs a kind refuses all others.
enum class Kind : uint8_t {
  Null,    // PUSH_NULL, LOAD_GLOBAL's NULL
  Unknown, // maybe NULL: LOAD_ATTR's self_or_null, LOAD_FAST_AND_CLEAR, or a conflict
  Value,   // some object
  Code,    // a code object constant
  Func,    // MAKE_FUNCTION's function
  Exc,     // the exception a handler receives
  ExcInfo, // PUSH_EXC_INFO's saved exception state (None or an exception)
  List,    // BUILD_LIST
  Set,     // BUILD_SET
  Dict,    // BUILD_MAP
  Kwnames, // a tuple-of-str constant (CALL_KW's keyword names)
};

const char *kindName(Kind k) {
  switch (k) {
  case Kind::Null:
    return "NULL";
  case Kind::Unknown:
    return "NULL or an object";
  case Kind::Value:
    return "an object";
  case Kind::Code:
    return "a code object";
  case Kind::Func:
    return "a function";
  case Kind::Exc:
    return "an exception";
  case Kind::ExcInfo:
    return "the saved exception";
  case Kind::List:
    return "a list";
  case Kind::Set:
    return "a set";
  case Kind::Dict:
    return "a dict";
  case Kind::Kwnames:
    return "a tuple of keyword names";
  }
  return "?";
}

bool isValue(Kind k) { return k != Kind::Null && k != Kind::Unknown; }

Kind join(Kind a, Kind b) {
  if (a == b)
    return a;
  if (isValue(a) && isValue(b))
    return Kind::Value;
  return Kind::Unknown;
}

using State = std::vector<Kind>;

// How many of the items an instruction pops it only peeks (leaves as they
// were), in the depth pass's convention where peeked items count on both sides.
int64_t peeked(const Insn &in) {
  using namespace CodeOp;
  switch (in.op) {
  case SEND:
  case CHECK_EXC_MATCH:
  // A throw() into a suspended frame raises with the sent value in the
  // yielded value's slot. CPython: Objects/genobject.c gen_send_ex2
  case YIELD_VALUE:
    return 1;
  case RERAISE:
  case LIST_APPEND:
  case LIST_EXTEND:
  case SET_ADD:
  case SET_UPDATE:
  case DICT_UPDATE:
  case DICT_MERGE:
  case MAP_ADD:
  case GET_LEN:
  case MATCH_MAPPING:
  case MATCH_SEQUENCE:
  case MATCH_KEYS:
  case FOR_ITER:
  case GET_ANEXT:
  case IMPORT_FROM:
  case WITH_EXCEPT_START:
    return std::min(in.pops, in.pushes);
  default:
    return 0;
  }
}

// Instructions that never raise, so never reach their handler (PUSH_EXC_INFO
// is the first instruction its own handler protects).
bool canRaise(uint8_t op) {
  using namespace CodeOp;
  switch (op) {
  case NOP:
  case NOT_TAKEN:
  case EXTENDED_ARG:
  case PUSH_EXC_INFO:
  case POP_EXCEPT:
  case COPY:
  case SWAP:
  case PUSH_NULL:
  case LOAD_CONST:
  case LOAD_SMALL_INT:
  case LOAD_FAST_AND_CLEAR:
  case JUMP_FORWARD:
    return false;
  default:
    return true;
  }
}

Kind constKind(Value c) {
  if (isCode(c))
    return Kind::Code;
  if (isTuple(c)) {
    for (Value item : tupleItems(c))
      if (!isStr(item))
        return Kind::Value;
    return Kind::Kwnames;
  }
  return Kind::Value;
}

class Checker {
public:
  Checker(const Insn &in, State &s, Value consts, std::string *why)
      : in_(in), s_(s), consts_(consts), why_(why) {}

  // The effect of one instruction on the state, for its fall-through path.
  bool step() {
    using namespace CodeOp;
    const size_t n = in_.oparg;
    switch (in_.op) {
    // Items that are only moved, stored or dropped may be anything.
    case POP_TOP:
    case END_FOR:
    case POP_ITER:
    case STORE_FAST: // a NULL restores an unbound comprehension variable
      return pop(1);
    case STORE_FAST_STORE_FAST:
      return pop(2);
    case STORE_FAST_LOAD_FAST:
      at(1) = Kind::Value;
      return true;
    case COPY: {
      Kind k = at(n);
      s_.push_back(k);
      return true;
    }
    case SWAP:
      std::swap(at(1), at(n));
      return true;
    case PUSH_NULL:
      return push(Kind::Null);
    case LOAD_FAST_AND_CLEAR:
      return push(Kind::Unknown);
    case LOAD_CONST:
      return push(constKind(tupleItem(consts_, n)));
    case LOAD_GLOBAL:
      push(Kind::Value);
      return (n & 1) ? push(Kind::Null) : true;
    case LOAD_ATTR:
      return need(1) && pop(1) && push(Kind::Value) && ((n & 1) ? push(Kind::Unknown) : true);
    case LOAD_SUPER_ATTR:
      return needAll(3) && pop(3) && push(Kind::Value) && ((n & 1) ? push(Kind::Unknown) : true);
    case LOAD_SPECIAL:
      return need(1) && pop(1) && push(Kind::Value) && push(Kind::Unknown);

    // Functions: MAKE_FUNCTION casts its operand to a code object,
    // SET_FUNCTION_ATTRIBUTE to a function.
    case MAKE_FUNCTION:
      if (!needKind(1, Kind::Code))
        return false;
      at(1) = Kind::Func;
      return true;
    case SET_FUNCTION_ATTRIBUTE:
      return needKind(1, Kind::Func) && need(2) && pop(2) && push(Kind::Func);

    // Containers under construction.
    case BUILD_LIST:
      return needAll(n) && pop(n) && push(Kind::List);
    case BUILD_SET:
      return needAll(n) && pop(n) && push(Kind::Set);
    case BUILD_MAP:
      return needAll(2 * n) && pop(2 * n) && push(Kind::Dict);
    case LIST_APPEND:
    case LIST_EXTEND:
      return need(1) && needKind(n + 1, Kind::List) && pop(1);
    case SET_ADD: // also __conditional_annotations__ (LOAD_NAME); set_add checks at run time
      return needAll(n + 1) && pop(1);
    case SET_UPDATE:
      return need(1) && needKind(n + 1, Kind::Set) && pop(1);
    case DICT_UPDATE:
      return need(1) && needKind(n + 1, Kind::Dict) && pop(1);
    case DICT_MERGE: // also reads the callable (for its error message)
      return need(1) && needKind(n + 1, Kind::Dict) && need(n + 4) && pop(1);
    case MAP_ADD:
      return needAll(2) && needKind(n + 2, Kind::Dict) && pop(2);

    // Exception handling: what a handler pushes (see the driver) and the
    // saved exception state PUSH_EXC_INFO leaves for POP_EXCEPT.
    case PUSH_EXC_INFO:
      if (!needKind(1, Kind::Exc))
        return false;
      at(1) = Kind::ExcInfo;
      return push(Kind::Exc);
    case POP_EXCEPT:
      return needKind(1, Kind::ExcInfo) && pop(1);
    case WITH_EXCEPT_START: // [exit_func, exit_self_or_NULL, lasti, prev_exc, exc]
      return needKind(1, Kind::Exc) && need(5) && push(Kind::Value);
    case CLEANUP_THROW: // [sub_iter, last_sent_val, exc]
      return needKind(1, Kind::Exc) && pop(3) && push(Kind::Value) && push(Kind::Value);
    case END_ASYNC_FOR: // [awaitable, exc]
      return needKind(1, Kind::Exc) && pop(2);
    case CHECK_EXC_MATCH:
      return needAll(2) && pop(1) && push(Kind::Value);
    case RERAISE: // the exception is checked at run time (except* re-raises a computed one)
      return need(1) && pop(1);

    // Instructions that keep (peek) some of their operands.
    case END_SEND: {
      if (!need(1))
        return false;
      Kind value = at(1);
      return pop(2) && push(value);
    }
    case GET_LEN:
    case MATCH_MAPPING:
    case MATCH_SEQUENCE:
    case GET_ANEXT:
    case IMPORT_FROM:
    case FOR_ITER: // FOR_ITER checks at run time that the item is an iterator
      return need(1) && push(Kind::Value);
    case MATCH_KEYS:
      return needAll(2) && push(Kind::Value);
    case SEND:
      if (!needAll(2))
        return false;
      at(1) = Kind::Value;
      return true;

    // Calls: [callable, self_or_NULL, args...].
    case CALL:
      return needAll(n) && need(n + 2) && pop(n + 2) && push(Kind::Value);
    case CALL_KW:
      return needKind(1, Kind::Kwnames) && needAll(n + 1) && need(n + 3) && pop(n + 3) &&
             push(Kind::Value);
    case CALL_FUNCTION_EX: // [func, NULL, callargs, kwargs_or_NULL]
      if (at(1) != Kind::Dict && at(1) != Kind::Null)
        return bad(1, "a dict or NULL");
      return need(2) && need(4) && pop(4) && push(Kind::Value);

    default:
      // Every other instruction uses all it pops and pushes new objects.
      if (!needAll(size_t(in_.pops)) || !pop(size_t(in_.pops)))
        return false;
      for (int64_t i = 0; i < in_.pushes; ++i)
        push(Kind::Value);
      return true;
    }
  }

private:
  // Item i from the top (1 = top of stack); the depth pass guarantees it exists.
  Kind &at(size_t i) { return s_[s_.size() - i]; }
  bool pop(size_t count) {
    s_.resize(s_.size() - count);
    return true;
  }
  bool push(Kind k) {
    s_.push_back(k);
    return true;
  }
  bool bad(size_t i, const char *needed) {
    Kind k = i <= s_.size() ? at(i) : Kind::Null;
    if (why_)
      *why_ =
          fmt::format("code: {} {} at offset {}: stack item {} may be {}, it needs {}",
                      kOpcodeInfo[in_.op].name, in_.oparg, 2 * in_.unit, i, kindName(k), needed);
    return false;
  }
  bool need(size_t i) { return i <= s_.size() && isValue(at(i)) ? true : bad(i, "an object"); }
  bool needAll(size_t count) {
    for (size_t i = 1; i <= count; ++i)
      if (!need(i))
        return false;
    return true;
  }
  bool needKind(size_t i, Kind k) {
    return i <= s_.size() && at(i) == k ? true : bad(i, kindName(k));
  }

  const Insn &in_;
  State &s_;
  Value consts_;
  std::string *why_;
};

} // namespace

bool checkStackKinds(const std::vector<Insn> &insns, const std::vector<int32_t> &insnAt,
                     const std::vector<ExceptionHandler> &handlers, Value consts,
                     std::string *why) {
  std::vector<State> in(insns.size());
  std::vector<uint8_t> seen(insns.size(), 0), queued(insns.size(), 0);
  std::vector<size_t> work;
  // The handler covering each instruction (table entries do not overlap).
  std::vector<int32_t> handlerOf(insns.size(), -1);
  for (size_t h = 0; h < handlers.size(); ++h)
    for (int u = handlers[h].start / 2; u < handlers[h].end / 2 && size_t(u) < insnAt.size(); ++u)
      if (insnAt[size_t(u)] >= 0 && handlerOf[size_t(insnAt[size_t(u)])] < 0)
        handlerOf[size_t(insnAt[size_t(u)])] = int32_t(h);

  // Joins `s` into the state before the instruction at `unit`.
  auto reach = [&](size_t unit, const State &s) {
    if (unit >= insnAt.size() || insnAt[unit] < 0)
      return; // the depth pass refused this already
    size_t k = size_t(insnAt[unit]);
    bool changed = false;
    if (!seen[k]) {
      seen[k] = 1;
      in[k] = s;
      changed = true;
    } else {
      State &cur = in[k];
      if (cur.size() != s.size())
        return; // depth mismatch: refused by the depth pass
      for (size_t i = 0; i < s.size(); ++i) {
        Kind j = join(cur[i], s[i]);
        if (j != cur[i]) {
          cur[i] = j;
          changed = true;
        }
      }
    }
    if (changed && !queued[k]) {
      queued[k] = 1;
      work.push_back(k);
    }
  };

  reach(0, State());
  while (!work.empty()) {
    size_t k = work.back();
    work.pop_back();
    queued[k] = 0;
    const Insn &insn = insns[k];
    // An exception raised here unwinds to the handler: the stack cut to
    // its depth, then lasti (an int) if asked, then the exception. An
    // instruction that may raise after consuming items below that depth would
    // leave the handler a shorter stack than its table entry promises (the
    // compiler never protects one so).
    // CPython: Python/ceval.c exception_unwind
    if (handlerOf[k] >= 0 && canRaise(insn.op)) {
      const ExceptionHandler &h = handlers[size_t(handlerOf[k])];
      if (size_t(h.depth) <= in[k].size()) {
        State hs(in[k].begin(), in[k].begin() + h.depth);
        if (int64_t(in[k].size()) - insn.pops + peeked(insn) < h.depth) {
          if (why)
            *why = fmt::format("code: {} at offset {} consumes stack items below the depth {} "
                               "of its exception handler",
                               kOpcodeInfo[insn.op].name, 2 * insn.unit, h.depth);
          return false;
        }
        if (h.pushLasti)
          hs.push_back(Kind::Value);
        hs.push_back(Kind::Exc);
        reach(size_t(h.target / 2), hs);
      }
    }
    State s = in[k];
    const size_t before = s.size();
    Checker checker(insn, s, consts, why);
    if (!checker.step())
      return false;
    if (int64_t(s.size()) != int64_t(before) - insn.pops + insn.pushes) {
      if (why)
        *why = fmt::format("code: internal error: kind pass and depth pass disagree at {} "
                           "(offset {})",
                           kOpcodeInfo[insn.op].name, 2 * insn.unit);
      return false;
    }
    if (insn.target >= 0) {
      reach(size_t(insn.target), s);
      // FOR_ITER's exhausted path skips the END_FOR with the iterator on top.
      if (insn.op == CodeOp::FOR_ITER)
        reach(size_t(insn.target) + 1, in[k]);
    }
    if (insn.fallsThrough)
      reach(insn.next, s);
  }
  return true;
}

} // namespace pyvm::verify
