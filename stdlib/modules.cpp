// The table of native modules `import` can load (besides builtins and sys,
// which exist from start-up). Each entry builds its module on first import.
#include "stdlib/modules.h"

namespace pyvm {

const NativeModuleDef kNativeModules[] = {
    {nullptr, nullptr},
};

} // namespace pyvm
