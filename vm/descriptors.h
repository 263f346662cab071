// Descriptor and callable wrapper types of the core: native methods
// (method_descriptor, builtin_function_or_method), slot wrappers
// (wrapper_descriptor, method-wrapper), getset and member descriptors,
// property, classmethod, staticmethod, super and mappingproxy.
// CPython: Objects/descrobject.c, Objects/methodobject.c, Objects/funcobject.c
// (classmethod/staticmethod), Objects/typeobject.c (super)
#pragma once

#include "vm/builtin.h"
#include "vm/object.h"

namespace pyvm {

struct SlotDef; // vm/typeobject.cpp: one entry of the dunder <-> slot table

// method_descriptor (list.append) and classmethod_descriptor (dict.fromkeys).
struct MethodDescrObject : Object {
  Type *owner;
  const MethodDef *def;
};
extern Type MethodDescrType;
extern Type ClassMethodDescrType;

// builtin_function_or_method: len, [].append, dict.fromkeys.
struct BuiltinFunctionObject : Object {
  const MethodDef *def;
  Ref self;   // null, a module, an instance or (classmethods) a type
  Ref module; // __module__ (a str or None) for module-level functions
};
extern Type BuiltinFunctionType;
inline bool isBuiltinFunction(Value v) {
  return v.isObject() && v.type() == &BuiltinFunctionType;
}
// newBuiltinFunction is declared in vm/builtin.h.

// getset_descriptor: int.real, type.__dict__.
struct GetSetDescrObject : Object {
  Type *owner;
  const GetSetDef *def;
};
extern Type GetSetDescrType;

// member_descriptor: one per name in __slots__.
struct MemberDescrObject : Object {
  Type *owner;
  Ref name;
  size_t offset; // of a Value slot in the instance
};
extern Type MemberDescrType;

// wrapper_descriptor: int.__add__, object.__init__.
struct WrapperDescrObject : Object {
  Type *owner;
  const SlotDef *slot;
  void *function; // the owner's slot function this wraps
};
extern Type WrapperDescrType;

// method-wrapper: (1).__add__
struct MethodWrapperObject : Object {
  Ref descr; // a WrapperDescrObject
  Ref self;
};
extern Type MethodWrapperType;

struct PropertyObject : Object {
  Ref fget, fset, fdel, doc, name;
  bool getterDoc;
};
extern Type PropertyType;

// classmethod and staticmethod.
struct ClassMethodObject : Object {
  Ref callable;
  Ref dict;
};
extern Type ClassMethodType;
extern Type StaticMethodType;

struct SuperObject : Object {
  Ref type;    // the class named in super(type, obj)
  Ref obj;     // the instance or class, or null when unbound
  Ref objType; // the type where the MRO walk happens, or null
};
extern Type SuperType;

struct MappingProxyObject : Object {
  Ref mapping;
};
extern Type MappingProxyType;


Ref newMethodDescriptor(Type *owner, const MethodDef *def);
Ref newClassMethodDescriptor(Type *owner, const MethodDef *def);
Ref newGetSetDescriptor(Type *owner, const GetSetDef *def);
Ref newMemberDescriptor(Type *owner, Value name, size_t offset);
Ref newWrapperDescriptor(Type *owner, const SlotDef *slot, void *function);
Ref newClassMethod(Value callable);
Ref newStaticMethod(Value callable);
Ref newMappingProxy(Value mapping);

// A native function bound to `self` as CPython's PyCFunction_NewEx with
// __module__ = module (may be null).
Ref newBuiltinFunctionWithModule(const MethodDef &def, Value self, Value module);

// Calls a MethodDef's function with self and vectorcall arguments, checking
// the argument count for its calling style. `callable` (the descriptor or
// builtin function) names the function in messages ("len", "list.append").
Ref callMethodDef(const MethodDef *def, Value self, const Value *args, size_t nargs,
                  Value kwnames, Value callable);
// "list.append", "len", "math.sqrt": the name CPython's messages use for a
// native callable (CPython: _PyObject_FunctionStr without the "()").
std::string functionDisplayName(Value callable);

// super(type, obj).name as LOAD_SUPER_ATTR needs it: when the attribute is a
// method descriptor and `wantMethod`, returns it unbound with *isMethod =
// true. CPython: Objects/typeobject.c _PySuper_Lookup / do_super_lookup
Ref superLookup(Value type, Value obj, Value name, bool wantMethod, bool *isMethod);

// Zero-argument super(): the eval loop finds the class (__class__ cell) and
// the first argument of the calling frame.
// NEEDS(eval): implemented in the eval loop (vm/frame*.cpp or vm/eval*.cpp).
// Returns false with RuntimeError pending ("super(): no arguments",
// "super(): __class__ cell not found", ...) when it cannot.
// *type and *self receive new references. vm/descriptors.cpp has a weak
// fallback raising RuntimeError("super(): no arguments").
bool frameSuperArgs(Ref *type, Ref *self);

// Static headers and slots of the descriptor types (so typeReady can
// allocate descriptors before they are readied), then readying them.
void setupDescriptorTypes();
bool initDescriptorTypes();

} // namespace pyvm
