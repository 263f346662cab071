// The table of native modules `import` can load (besides builtins and sys,
// which exist from start-up). Each entry builds its module on first import.
#include "stdlib/modules.h"

namespace pyvm {

Ref createMathModule(); // stdlib/math.cpp
Ref createTimeModule(); // stdlib/time.cpp
Ref createItertoolsModule(); // stdlib/itertools.cpp
Ref createCollectionsNativeModule(); // stdlib/collections.cpp
Ref createFunctoolsNativeModule();   // stdlib/functools.cpp
Ref createOperatorNativeModule();    // stdlib/operator.cpp
Ref createMarshalModule();           // stdlib/marshal.cpp
Ref createStringNativeModule();      // stdlib/string.cpp
Ref createTypingNativeModule();      // vm/typevar.cpp
Ref createThreadModule();            // stdlib/thread.cpp
Ref createWeakrefModule();           // stdlib/weakref.cpp
Ref createHeapqModule();             // stdlib/heapq.cpp
Ref createBisectModule();            // stdlib/bisect.cpp
Ref createAstNativeModule();         // stdlib/ast.cpp
Ref createAtexitModule();            // stdlib/atexit.cpp
Ref createGcModule();                // stdlib/gc.cpp
Ref createContextvarsModule();       // stdlib/contextvars.cpp

const NativeModuleDef kNativeModules[] = {
    {"math", createMathModule},
    {"time", createTimeModule},
    {"itertools", createItertoolsModule},
    {"_collections", createCollectionsNativeModule},
    {"_functools", createFunctoolsNativeModule},
    {"_operator", createOperatorNativeModule},
    {"marshal", createMarshalModule},
    {"_string", createStringNativeModule},
    {"_typing", createTypingNativeModule},
    {"_thread", createThreadModule},
    {"_weakref", createWeakrefModule},
    {"_heapq", createHeapqModule},
    {"_bisect", createBisectModule},
    {"_ast", createAstNativeModule},
    {"atexit", createAtexitModule},
    {"gc", createGcModule},
    {"_contextvars", createContextvarsModule},
    {nullptr, nullptr},
};

} // namespace pyvm
