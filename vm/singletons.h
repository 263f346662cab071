// The singletons: None, NotImplemented, Ellipsis, and True/False (vm/int.h
// defines bool, since bool is a subclass of int).
#pragma once

#include "vm/object.h"

namespace pyvm {

extern Object NoneObject;
extern Object NotImplementedObject;
extern Object EllipsisObject;
extern Type NoneType;
extern Type NotImplementedType;
extern Type EllipsisType;

inline Value None() { return Value::fromObject(&NoneObject); }
inline Value NotImplemented() { return Value::fromObject(&NotImplementedObject); }
inline Value Ellipsis() { return Value::fromObject(&EllipsisObject); }
inline Ref newNone() { return Ref::borrow(None()); }
inline Ref newNotImplemented() { return Ref::borrow(NotImplemented()); }
inline bool isNone(Value v) { return v.is(None()); }

} // namespace pyvm
