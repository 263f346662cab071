// Declarations shared by the core's own files (object.cpp, typeobject.cpp,
// descriptors.cpp, abstract.cpp, exceptions.cpp). Not part of the contract.
#pragma once

#include "vm/builtin.h"
#include "vm/object.h"

#include <span>
#include <string>

namespace pyvm {

struct SlotDef;

// Calls the slot function `fn` of `owner` the way its wrapper (int.__add__)
// does, with `self` and the wrapper's arguments.
Ref callSlotWrapper(const SlotDef *def, void *fn, Type *owner, Value self, const Value *args,
                    size_t nargs, Value kwnames);
const char *slotDefName(const SlotDef *def);
// The interned str of a dunder in the slot table ("__add__"), or null.
Value dunderName(const char *name);

// type's getattr slot, and a variant returning null without an error.
Ref typeGetAttr(Value self, Value name);
Ref typeGetAttrNoError(Value self, Value name);

// `object`'s method tables (typeReady uses them when object is readied
// implicitly as a base).
std::span<const MethodDef> objectMethodTable();
std::span<const GetSetDef> objectGetSetTable();
std::span<const MethodDef> typeMethodTable();
std::span<const GetSetDef> typeGetSetTable();
bool readyTypeType();
void setObjectTypeDoc();

// `item in container` by iterating container. 1/0/-1.
int sequenceContainsByIteration(Value container, Value item);
// isinstance/issubclass without __instancecheck__/__subclasscheck__.
// CPython: _PyObject_RealIsInstance / _PyObject_RealIsSubclass
int realIsInstance(Value inst, Value cls);
int realIsSubclass(Value derived, Value cls);
// repr(v) as a C++ string ("<unprintable>" style fallback when it fails,
// with the error cleared).
std::string reprString(Value v);

// exc.add_note(note) without the type checks.
bool exceptionAddNote(Value exc, Value note);

} // namespace pyvm
