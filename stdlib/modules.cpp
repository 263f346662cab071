// The table of native modules `import` can load (besides builtins and sys,
// which exist from start-up). Each entry builds its module on first import.
#include "stdlib/modules.h"

namespace pyvm {

Ref createMathModule(); // stdlib/math.cpp
Ref createTimeModule(); // stdlib/time.cpp
Ref createItertoolsModule(); // stdlib/itertools.cpp
Ref createCollectionsNativeModule(); // stdlib/collections.cpp
Ref createCollectionsModule();       // stdlib/collections.cpp
Ref createFunctoolsNativeModule();   // stdlib/functools.cpp
Ref createFunctoolsModule();         // stdlib/functools.cpp
Ref createOperatorNativeModule();    // stdlib/operator.cpp
Ref createOperatorModule();          // stdlib/operator.cpp
Ref createMarshalModule();           // stdlib/marshal.cpp
Ref createStringModule();            // vm/templatelib.cpp
Ref createTypingModule();            // vm/typevar.cpp

const NativeModuleDef kNativeModules[] = {
    {"math", createMathModule},
    {"time", createTimeModule},
    {"itertools", createItertoolsModule},
    {"_collections", createCollectionsNativeModule},
    {"collections", createCollectionsModule},
    {"_functools", createFunctoolsNativeModule},
    {"functools", createFunctoolsModule},
    {"_operator", createOperatorNativeModule},
    {"operator", createOperatorModule},
    {"marshal", createMarshalModule},
    {"string", createStringModule},
    {"typing", createTypingModule},
    {nullptr, nullptr},
};

} // namespace pyvm
