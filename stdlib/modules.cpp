// The table of native modules `import` can load (besides builtins and sys,
// which exist from start-up). Each entry builds its module on first import.
#include "stdlib/modules.h"

namespace pyvm {

Ref createMathModule(); // stdlib/math.cpp
Ref createTimeModule(); // stdlib/time.cpp

const NativeModuleDef kNativeModules[] = {
    {"math", createMathModule},
    {"time", createTimeModule},
    {nullptr, nullptr},
};

} // namespace pyvm
