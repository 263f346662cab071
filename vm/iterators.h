// Iterator types of the builtins (enumerate, zip, map, filter, reversed, the
// sequence iterator for __getitem__-iterables, the callable iterator of
// iter(f, sentinel)) and small helpers shared by the container types.
// CPython: Objects/enumobject.c, Objects/iterobject.c, Python/bltinmodule.c
#pragma once

#include "vm/object.h"

#include <string>

namespace pyvm {

extern Type EnumerateType;
extern Type ZipType;
extern Type MapType;
extern Type FilterType;
extern Type ReversedType;
extern Type SeqIterType;      // "iterator": iter() of an object with __getitem__
extern Type CallableIterType; // "callable_iterator": iter(f, sentinel)

// types.GenericAlias: list[int], dict[str, int] ... (CPython:
// Objects/genericaliasobject.c). `args` is a tuple or a single item.
extern Type GenericAliasType;
Ref newGenericAlias(Value origin, Value args);
// The __class_getitem__ classmethod of the builtin containers:
// cls[item] -> GenericAlias(cls, item).
Ref classGetItemGenericAlias(Value cls, Value item);
// The parts of GenericAlias that typing.Union shares:
// _Py_typing_type_repr: a member as typing shows it ("int", "mod.C", repr).
bool typingTypeRepr(std::string &out, Value p);
// _Py_make_parameters: the type parameters that occur in the tuple `args`.
Ref makeParameters(Value args);
// _Py_subs_parameters: `args` with `params` replaced by the items of `item`.
Ref substituteParameters(Value self, Value args, Value params, Value item);

// iter(seq) for an object without __iter__ but with __getitem__.
Ref newSeqIter(Value seq);
// iter(callable, sentinel).
Ref newCallableIter(Value callable, Value sentinel);
// reversed(seq): __reversed__ or the sequence protocol.
Ref newReversed(Value seq);

void initIteratorTypes(); // idempotent; also run by initSliceTypes()

// --- helpers shared by the container types ---------------------------------

// Py_ReprEnter/Py_ReprLeave: 1 when `v` is already being repr'd on this
// thread (the caller prints "[...]"), 0 when it was entered, -1 on error.
// CPython: Objects/object.c Py_ReprEnter
int reprEnter(Value v);
void reprLeave(Value v);

// Sets type.__hash__ = None, as CPython does for types whose tp_hash is
// PyObject_HashNotImplemented (list, dict, set, ...); the type's hash slot
// raises "unhashable type". Call after typeReady().
void markUnhashable(Type *type);

// The trashcan (CPython: Py_TRASHCAN_BEGIN/END): bounds the C recursion of
// deallocating deeply nested containers. A dealloc function starts with
//   if (!trashcanBegin(self)) return;   // deferred: the object is kept alive
// and ends with trashcanEnd(). Past a depth limit the object is resurrected
// (refcount 1) and queued; the queue is drained when the outermost dealloc
// finishes, so the objects are freed later at a shallow depth.
// Inline: every tuple/list/dict dealloc runs them. Plain globals, as the VM
// runs one Python thread (gThread).
constexpr int kTrashcanLimit = 1000;
extern int gDeallocDepth;
extern size_t gTrashcanDeferred; // objects queued, not yet drained
bool trashcanDefer(Object *self);
void trashcanDrain();
inline bool trashcanBegin(Object *self) {
  if (gDeallocDepth >= kTrashcanLimit) [[unlikely]]
    return trashcanDefer(self);
  ++gDeallocDepth;
  return true;
}
inline void trashcanEnd() {
  if (--gDeallocDepth == 0 && gTrashcanDeferred) [[unlikely]]
    trashcanDrain();
}

// Appends repr(v) as UTF-8 to out; false with an error pending.
bool appendRepr(std::string &out, Value v);

// Normalises a sequence index from any __index__-able key: negative indices
// count from the end. Returns false with an error pending when `key` is not
// an index (TypeError naming `what`, e.g. "list indices must be integers or
// slices, not str") -- the caller checks the range itself.
bool sequenceIndex(Value key, int64_t *out);

// The sequence fallbacks of + and * (CPython: sq_concat, sq_repeat) when the
// sequence slot sees a non-sequence operand: gives the other operand's number
// slot its chance first (reflected __radd__/__rmul__), as binary_op1 does
// before falling back. Returns NotImplemented when the caller should go on.
Ref trySequenceOtherSlot(Value a, Value b, BinaryOp op);
// Reads a repeat count for seq * n; false with "can't multiply sequence by
// non-int of type 'X'" pending when n is not an index.
bool sequenceRepeatCount(Value n, int64_t *out);

} // namespace pyvm
