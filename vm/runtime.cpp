// Start-up of the object model. CPython: Objects/object.c _PyTypes_InitTypes,
// Python/pylifecycle.c pycore_init_types
#include "vm/runtime.h"

#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/complex.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/set.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject_internal.h"

#include <cstdio>

namespace pyvm {

// Weak fallbacks so the core links while an owner's init is not written yet.
// The owner's strong definition replaces these.
#define WEAK_INIT(fn)                                                                    \
  __attribute__((weak)) void fn() { std::fprintf(stderr, "pyvm: %s() missing\n", #fn); }
WEAK_INIT(initIntTypes)
WEAK_INIT(initFloatType)
WEAK_INIT(initComplexType)
WEAK_INIT(initStrType)
WEAK_INIT(initBytesTypes)
WEAK_INIT(initTupleType)
WEAK_INIT(initListType)
WEAK_INIT(initDictTypes)
WEAK_INIT(initSetTypes)
WEAK_INIT(initSliceTypes)
WEAK_INIT(initCodeType)
WEAK_INIT(initIteratorTypes)
#undef WEAK_INIT

static bool gInitialized = false;

bool initRuntime() {
  if (gInitialized)
    return true;
  gInitialized = true;
  int stackMarker = 0;
  markStackBase(&stackMarker);

  // 1. The static headers and slots of object and type, so everything after
  //    can allocate and hash before the dicts are filled.
  initObjectType();
  setupDescriptorTypes();
  if (!initTypeType())
    goto fail;

  // 2. The types the type machinery itself stores into dicts and tuples.
  //    typeReady() readies a type's base first, so object/type are finished
  //    on the way.
  initStrType();
  if (!readyObjectType() || !readyTypeType())
    goto fail;
  initTupleType();
  initDictTypes();
  initIntTypes();
  if (!initDescriptorTypes())
    goto fail;
  if (!initSingletonTypes())
    goto fail;

  // 3. Exceptions: needed by everything that can fail.
  if (!initExceptionTypes())
    goto fail;

  // 4. The other builtin families.
  initFloatType();
  initComplexType();
  initBytesTypes();
  initListType();
  initSetTypes();
  initSliceTypes();
  initIteratorTypes();
  initCodeType();

  // ---- EVAL OWNER: add the eval-side types below (function, method, cell,
  // ---- frame, generator, coroutine, module, traceback, iterators ...).
  //      e.g. initFunctionTypes(); initModuleType(); initTracebackType();
  // ---- (or call them from initInterpreter() after initRuntime()).

  if (errorPending())
    goto fail;
  return true;

fail:
  std::fprintf(stderr, "pyvm: runtime initialisation failed\n");
  return false;
}

} // namespace pyvm
