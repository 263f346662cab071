// BRANCH callbacks: a wrapper per direction that calls the user's function.
// CPython: Python/instrumentation.c branch_handler_vectorcall
#include "monitor/branch_handler.h"

#include "monitor/instrument.h"
#include "monitor/opcode_events.h"
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/int.h"

namespace pyvm::monitor {
namespace {

struct BranchHandler : Object {
  Value function; // owned
  bool right;
  int tool;
};

Type BranchHandlerType;

void branchHandlerDealloc(Object *self) { decref(static_cast<BranchHandler *>(self)->function); }

// Called as (code, src_offset, dest_offset). A site already de-instrumented
// answers DISABLE at once; the PEP allows spurious events after DISABLE.
Ref branchHandlerCall(Value callable, const Value *args, size_t nargs, Value kwnames) {
  auto *self = callable.as<BranchHandler>();
  if (nargs >= 2 && isCode(args[0])) {
    int64_t src;
    if (!intAsInt64(args[1], &src))
      return Ref();
    CodeObject *code = args[0].as<CodeObject>();
    int index = int(src / 2);
    if (index < 0 || index >= int(code->instructions.size()) ||
        !isInstrumented(code->instructions[index].opcode))
      return Ref::borrow(disableSentinel());
  }
  Ref result = call(self->function, args, nargs, kwnames);
  if (!result || !isDisable(*result) || nargs < 2 || !isCode(args[0]))
    return result;
  // DISABLE: also remove the tool from the other direction of the branch.
  // As in CPython, the test reads the raw (usually instrumented) opcode, so
  // in practice only the event that fired is disabled.
  CodeObject *code = args[0].as<CodeObject>();
  int64_t src = 0;
  intAsInt64(args[1], &src);
  int index = int(src / 2);
  uint8_t opcode = code->instructions[index].opcode;
  int offset, otherEvent;
  if (opcode == CodeOp::FOR_ITER) {
    if (!self->right)
      return result; // where the POP_ITER is is unknown
    offset = index;
    otherEvent = eventIndex(Event::BranchLeft);
  } else if (opcode == CodeOp::POP_JUMP_IF_FALSE || opcode == CodeOp::POP_JUMP_IF_TRUE ||
             opcode == CodeOp::POP_JUMP_IF_NONE || opcode == CodeOp::POP_JUMP_IF_NOT_NONE) {
    if (self->right) {
      offset = index + 2;
      otherEvent = eventIndex(Event::BranchLeft);
    } else {
      offset = index;
      otherEvent = eventIndex(Event::BranchRight);
    }
  } else {
    return result; // an orphaned NOT_TAKEN
  }
  if (code->monitoring && offset < int(code->instructions.size()))
    removeTools(code, offset, otherEvent, uint8_t(1u << self->tool));
  return result;
}

bool ensureType() {
  static bool ready = false;
  if (ready)
    return true;
  initStaticType(&BranchHandlerType, "sys.monitoring.branch_event_handler", &ObjectType,
                 sizeof(BranchHandler), 0);
  BranchHandlerType.dealloc = branchHandlerDealloc;
  BranchHandlerType.call = branchHandlerCall;
  BranchHandlerType.newInstance = nullptr;
  if (!typeReady(&BranchHandlerType))
    return false;
  ready = true;
  return true;
}

} // namespace

Ref newBranchHandler(int tool, Value function, bool right) {
  if (!ensureType())
    return Ref();
  Object *o = allocObject(&BranchHandlerType);
  if (!o)
    return Ref();
  auto *h = static_cast<BranchHandler *>(o);
  incref(function);
  h->function = function;
  h->right = right;
  h->tool = tool;
  return Ref::steal(o);
}

bool isBranchHandler(Value v) { return v.isObject() && v.type() == &BranchHandlerType; }

Value branchHandlerFunction(Value handler) { return handler.as<BranchHandler>()->function; }

} // namespace pyvm::monitor
