// Native callbacks: callable objects wrapping a std::function.
#include "monitor/native_tool.h"

#include "monitor/state.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/str.h"

#include <new>

namespace pyvm::monitor {

Type NativeCallbackType;

namespace {

void nativeCallbackDealloc(Object *self) {
  static_cast<NativeCallback *>(self)->fn.~NativeCallbackFn();
}

Ref nativeCallbackCall(Value callable, const Value *args, size_t nargs, Value kwnames) {
  if (!kwnames.isNull() && !checkNoKeywords("native_callback", kwnames))
    return Ref();
  return callable.as<NativeCallback>()->fn(std::span<const Value>(args, nargs));
}

bool ensureType() {
  static bool ready = false;
  if (ready)
    return true;
  initStaticType(&NativeCallbackType, "sys.monitoring.native_callback", &ObjectType,
                 sizeof(NativeCallback), 0);
  NativeCallbackType.dealloc = nativeCallbackDealloc;
  NativeCallbackType.call = nativeCallbackCall;
  NativeCallbackType.newInstance = nullptr;
  if (!typeReady(&NativeCallbackType))
    return false;
  ready = true;
  return true;
}

} // namespace

Ref newNativeCallback(NativeCallbackFn fn) {
  if (!ensureType())
    return Ref();
  Object *o = allocObject(&NativeCallbackType);
  if (!o)
    return Ref();
  new (&static_cast<NativeCallback *>(o)->fn) NativeCallbackFn(std::move(fn));
  return Ref::steal(o);
}

int registerNativeCallback(int tool, Event event, NativeCallbackFn fn) {
  Ref callback = newNativeCallback(std::move(fn));
  if (!callback)
    return -1;
  Ref previous = swapCallback(tool, eventIndex(event), *callback);
  return errorPending() ? -1 : 0;
}

NativeTool::~NativeTool() {
  if (tool_ >= 0 && !gMonitoring.toolNames[tool_].isNull())
    uninstall();
}

int NativeTool::install(int tool, std::string_view name, EventSet events) {
  Ref nameObject = newStr(name);
  if (!nameObject || useToolId(tool, *nameObject) < 0)
    return -1;
  tool_ = tool;
  for (int e = 0; e < kEvents; e++) {
    if (!(events & (EventSet(1) << e)))
      continue;
    Event event = static_cast<Event>(e);
    // The callback lives in the tables, the tool must outlive install().
    if (registerNativeCallback(tool, event, [this, event](std::span<const Value> args) {
          return onEvent(event, args);
        }) < 0)
      return -1;
  }
  return setEvents(tool, int(events));
}

int NativeTool::uninstall() {
  if (tool_ < 0)
    return 0;
  int tool = tool_;
  tool_ = -1;
  return freeToolId(tool);
}

} // namespace pyvm::monitor
