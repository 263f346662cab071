// Start-up of the object model: readies every builtin type in dependency
// order. The eval owner's interpreter setup (builtins, sys, modules) runs
// after this (vm/interp.h initInterpreter).
#pragma once

namespace pyvm {

// Readies all core types (object, type, the singletons, descriptors,
// exceptions, numbers, strings, containers, code ...). Idempotent. Returns
// false with an exception pending (or printed when no exception could be
// created) on failure.
bool initRuntime();

// Per-family set-up functions of the core (each readies its types).
void initObjectType();        // vm/object.cpp: static slots of `object`
bool readyObjectType();       // vm/object.cpp: object's dict
bool initTypeType();          // vm/typeobject.cpp: `type`, slot-name table
bool initSingletonTypes();    // vm/singletons.cpp
bool initExceptionTypes();    // vm/exceptions.cpp
// initDescriptorTypes() is declared in vm/descriptors.h.

} // namespace pyvm
