// The typing objects the VM itself makes: typing.Union (vm/union.cpp) and the
// PEP 695 type parameters, type aliases and Generic of the native `_typing`
// module (vm/typevar.cpp). Everything else of typing is CPython's Lib typing.py,
// which these call back into as CPython's C code does.
#pragma once

#include "vm/object.h"

#include <initializer_list>

namespace pyvm {

// typing.Union (types.UnionType). CPython: Objects/unionobject.c unionobject
struct UnionObject : Object {
  Ref args;       // tuple of the distinct members, flattened
  Ref hashable;   // frozenset of the hashable members, or null
  Ref unhashable; // tuple of the unhashable members, or null
  Ref parameters; // tuple, computed on first use
};
extern Type UnionType;
extern Type TypeAliasTypeType;

bool initUnionType();
// a | b for classes, None, generic aliases, unions and type aliases (the `|`
// slot of type, GenericAlias, Union, TypeAliasType); NotImplemented otherwise.
Ref unionOr(Value a, Value b);
// Union[args]: a tuple or a single member, each checked by typing._type_check.
Ref unionFromTuple(Value args);
// arg itself if it can be a union member, else typing._type_check(arg, message).
Ref unionTypeCheck(Value arg, const char *message);

// typing.<name>(*args), importing Lib's typing first.
Ref callTypingFunction(const char *name, std::initializer_list<Value> args);

} // namespace pyvm
