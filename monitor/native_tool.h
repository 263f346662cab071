// Native (C++) tools: callbacks that receive the same events through the same
// tables as Python callbacks, without a Python call. A NativeCallback is a
// small callable object whose call slot runs a std::function, so dispatch
// treats it like any callable (and Python code can even call it).
// The --trace printer, the debugger and `pyvm --events` are native tools.
#pragma once

#include "monitor/events.h"
#include "vm/object.h"

#include <functional>
#include <span>
#include <string_view>

namespace pyvm::monitor {

// A callback gets the event's arguments, as a Python callback would:
// (code, offset, ...) or (code, line) for LINE. It returns a new reference:
// None, DISABLE (Ref::borrow(disableSentinel())), or null with an exception
// pending to raise at the event site.
using NativeCallbackFn = std::function<Ref(std::span<const Value> args)>;

struct NativeCallback : Object {
  NativeCallbackFn fn;
};
extern Type NativeCallbackType;

Ref newNativeCallback(NativeCallbackFn fn);
inline bool isNativeCallback(Value v) { return v.isObject() && v.type() == &NativeCallbackType; }

// Registers `fn` for (tool, event) (any tool id 0-7; BRANCH installs the
// left/right wrappers). 0, or -1 with an exception pending.
int registerNativeCallback(int tool, Event event, NativeCallbackFn fn);

// A tool as a C++ object: override onEvent; install() claims the tool id,
// registers a callback for every event in `events` and turns them on.
//   class Tracer : public NativeTool { Ref onEvent(Event e, ...) override; };
//   Tracer t; t.install(kDebuggerId, "tracer", eventBit(Event::Line));
class NativeTool {
public:
  virtual ~NativeTool();
  virtual Ref onEvent(Event event, std::span<const Value> args) = 0;
  // use_tool_id + callbacks + set_events. 0, or -1 with an exception pending.
  int install(int tool, std::string_view name, EventSet events);
  // free_tool_id (drops the callbacks and events). 0 or -1.
  int uninstall();
  int tool() const { return tool_; }

private:
  int tool_ = -1;
};

} // namespace pyvm::monitor
