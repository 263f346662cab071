// The gc module. pyvm frees objects by reference counting alone: it has no
// cycle collector, so an object is freed as soon as its last reference goes
// and objects kept alive only by a reference cycle are never freed. collect()
// therefore finds nothing unreachable and returns 0; enable()/disable() only
// keep the flag isenabled() reports (programs call them around critical
// sections and expect them to exist).
// CPython: Modules/gcmodule.c
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/singletons.h"

#include <cstdint>

namespace pyvm {

namespace {

constexpr int64_t kGenerations = 3; // CPython: NUM_GENERATIONS
bool gcEnabled = true;

// CPython: gc_collect_impl (generation must name one of the generations)
Ref gcCollect(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  if (!parseArgs({"collect", {"generation"}}, args, nargs, kwnames, out))
    return {};
  if (out[0]) {
    // CPython: PyLong_AsInt (the clinic converter for `int generation`)
    Ref n = index(out[0]);
    if (!n)
      return {};
    int64_t generation;
    if (!intFitsInt64(n.get(), &generation) || generation < INT32_MIN || generation > INT32_MAX)
      return raise(&OverflowErrorType, "Python int too large to convert to C int");
    if (generation < 0 || generation >= kGenerations)
      return raise(&ValueErrorType, "invalid generation");
  }
  return newInt(0); // no object is unreachable yet still alive (see above)
}

// CPython: gc_enable_impl, gc_disable_impl, gc_isenabled_impl
Ref gcEnable(Value) {
  gcEnabled = true;
  return newNone();
}

Ref gcDisable(Value) {
  gcEnabled = false;
  return newNone();
}

Ref gcIsEnabled(Value) { return newBool(gcEnabled); }

const MethodDef kGcFunctions[] = {
    method("collect", gcCollect),
    method("enable", gcEnable),
    method("disable", gcDisable),
    method("isenabled", gcIsEnabled),
};

} // namespace

Ref createGcModule() {
  Ref module = newModule("gc");
  if (!module || !moduleAddFunctions(module.get(), kGcFunctions))
    return {};
  return module;
}

} // namespace pyvm
