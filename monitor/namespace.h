// A minimal types.SimpleNamespace: attributes in an instance dict and the
// repr namespace(a=1, b=2). sys.monitoring.events is one.
// NEEDS(eval): sys.implementation wants the same type; move it to vm/ (or
// stdlib/types) when the eval owner adds SimpleNamespace, and use theirs here.
// CPython: Objects/namespaceobject.c
#pragma once

#include "vm/object.h"

namespace pyvm::monitor {

struct NamespaceObject : Object {
  Ref dict;
};
extern Type NamespaceType;

// An empty namespace, or null with an exception pending.
Ref newNamespace();

} // namespace pyvm::monitor
