// `pyvm --events`: see events_printer.h. The format mirrors
// tests/golden/events/_recorder.py (fmt, make, main) line for line.
#include "frontend/events_printer.h"

#include "frontend/run.h"
#include "monitor/native_tool.h"
#include "monitor/state.h"
#include "vm/abstract.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cstdio>

namespace pyvm {

using monitor::Event;
using monitor::EventSet;

namespace {

constexpr EventSet bit(Event e) { return EventSet(1) << monitor::eventIndex(e); }

// The recorder's ALL list.
constexpr Event kAll[] = {Event::PyStart,       Event::PyResume,   Event::PyReturn,
                          Event::PyYield,       Event::Call,       Event::Line,
                          Event::Jump,          Event::BranchLeft, Event::BranchRight,
                          Event::StopIteration, Event::Raise,      Event::ExceptionHandled,
                          Event::PyUnwind,      Event::PyThrow,    Event::Reraise,
                          Event::CReturn,       Event::CRaise};

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// One formatted value appended to `out`; false with an exception pending.
bool appendValue(std::string &out, Value x);

bool appendJoined(std::string &out, std::span<const Value> items) {
  for (size_t i = 0; i < items.size(); i++) {
    if (i)
      out += ", ";
    if (!appendValue(out, items[i]))
      return false;
  }
  return true;
}

bool appendRepr(std::string &out, Value x) {
  Ref r = repr(x);
  if (!r)
    return false;
  out += strToUtf8(*r);
  return true;
}

// type(x).__name__
bool appendTypeName(std::string &out, Value x) {
  Ref name = getAttr(Value::fromObject(x.type()), "__name__");
  if (!name)
    return false;
  out += isStr(*name) ? strToUtf8(*name) : typeName(x);
  return true;
}

bool appendValue(std::string &out, Value x) {
  // CPython: _recorder.py fmt
  if (monitor::isMissing(x)) {
    out += "MISSING";
    return true;
  }
  if (x.isSmallInt())
    return appendRepr(out, x);
  Type *t = x.type();
  if (t == &IntType || t == &BoolType || t == &FloatType || t == &StrType || t == &BytesType ||
      t == &NoneType)
    return appendRepr(out, x);
  if (t == &CodeType) {
    out += "<code " + strToUtf8(x.as<CodeObject>()->qualname.get()) + ">";
    return true;
  }
  if (isBaseException(x)) {
    if (!appendTypeName(out, x))
      return false;
    Ref args = getAttr(x, "args");
    if (!args)
      return false;
    out += "(";
    if (isTuple(*args) && !appendJoined(out, tupleItems(*args)))
      return false;
    out += ")";
    return true;
  }
  if (t == &TupleType) {
    out += "(";
    if (!appendJoined(out, tupleItems(x)))
      return false;
    out += tupleSize(x) == 1 ? ",)" : ")";
    return true;
  }
  if (t == &ListType) {
    out += "[";
    for (size_t i = 0; i < listSize(x); i++) {
      if (i)
        out += ", ";
      Ref item = Ref::borrow(listItem(x, i)); // a callback may mutate the list
      if (!appendValue(out, *item))
        return false;
    }
    out += "]";
    return true;
  }
  if (t == &DictType) {
    out += "{";
    size_t pos = 0;
    Value k, v;
    bool first = true;
    while (dictNext(x, &pos, &k, &v)) {
      if (!first)
        out += ", ";
      first = false;
      if (!appendValue(out, k))
        return false;
      out += ": ";
      if (!appendValue(out, v))
        return false;
    }
    out += "}";
    return true;
  }
  Ref module = getAttr(Value::fromObject(t), "__module__");
  if (!module)
    return false;
  if (isStr(*module) && strToUtf8(*module) == "builtins") {
    Ref qualname = lookupAttr(x, internedName("__qualname__"));
    if (!qualname && errorPending())
      return false;
    if (qualname && qualname.type() == &StrType) {
      out += "<";
      if (!appendTypeName(out, x))
        return false;
      out += " " + strToUtf8(*qualname) + ">";
      return true;
    }
  }
  out += "<";
  if (!appendTypeName(out, x))
    return false;
  out += ">";
  return true;
}

// The stem of the case as the recorder computes it ("dir/x.py" -> "x"); a
// compiled "x.cpython-314.pyc" gives "x" too.
std::string stemOf(const std::string &path) {
  std::string base = path.substr(path.rfind('/') + 1);
  if (endsWith(base, ".py"))
    return base.substr(0, base.size() - 3);
  if (endsWith(base, ".pyc")) {
    base = base.substr(0, base.size() - 4);
    size_t dot = base.find(".cpython-");
    if (dot != std::string::npos)
      base = base.substr(0, dot);
  }
  return base;
}

} // namespace

EventSet defaultEventSelection() {
  EventSet s = 0;
  for (Event e : kAll)
    s |= bit(e);
  return s;
}

bool parseEventSelection(std::string_view list, EventSet *events, std::string *error) {
  if (list.empty()) {
    *events = defaultEventSelection();
    return true;
  }
  EventSet s = 0;
  while (true) {
    size_t bar = list.find('|');
    std::string_view name = list.substr(0, bar);
    bool found = false;
    for (int e = 0; e < monitor::kEvents; e++) {
      if (e == monitor::eventIndex(Event::Branch))
        continue;
      if (name == monitor::eventName(e)) {
        s |= EventSet(1) << e;
        found = true;
      }
    }
    if (!found) {
      *error = "unknown event '" + std::string(name) + "'";
      return false;
    }
    if (bar == std::string_view::npos)
      break;
    list.remove_prefix(bar + 1);
  }
  *events = s;
  return true;
}

std::string formatEventValue(Value v) {
  std::string out;
  if (!appendValue(out, v))
    return std::string();
  return out;
}

EventsPrinter::EventsPrinter(EventSet events, std::string suffix)
    : events_(events), suffix_(std::move(suffix)) {}

EventsPrinter::~EventsPrinter() { uninstall(); }

int EventsPrinter::install() {
  Ref name = newStr("pyvm-events");
  if (!name || monitor::useToolId(kTool, *name) < 0)
    return -1;
  installed_ = true;
  EventSet mask = 0;
  for (int e = 0; e < monitor::kEvents; e++) {
    if (!(events_ & (EventSet(1) << e)))
      continue;
    Event event = static_cast<Event>(e);
    if (monitor::registerNativeCallback(kTool, event, [this, event](std::span<const Value> args) {
          return onEvent(event, args);
        }) < 0)
      return -1;
    // C_RETURN and C_RAISE cannot be set alone: they come with CALL.
    if (event != Event::CReturn && event != Event::CRaise)
      mask |= EventSet(1) << e;
  }
  return monitor::setEvents(kTool, int(mask));
}

void EventsPrinter::uninstall() {
  if (!installed_)
    return;
  installed_ = false;
  monitor::setEvents(kTool, 0);
  monitor::freeToolId(kTool);
}

Ref EventsPrinter::onEvent(Event event, std::span<const Value> args) {
  // CPython: _recorder.py make(name).callback
  if (done_ || args.size() < 2 || !isCode(args[0]))
    return newNone();
  auto *code = args[0].as<CodeObject>();
  std::string filename = strToUtf8(code->filename.get());
  if (!endsWith(filename, suffix_) && filename != suffix_.substr(1))
    return newNone();
  std::string qualname = strToUtf8(code->qualname.get());
  std::string line = std::string(monitor::eventName(event)) + " " + qualname + "@";
  if (!appendValue(line, args[1]))
    return Ref();
  for (size_t i = 2; i < args.size(); i++) {
    line += " ";
    if (!appendValue(line, args[i]))
      return Ref();
  }
  line += "\n";
  if (event == Event::PyStart && !mainCode_ && qualname == "<module>")
    mainCode_ = code;
  if ((event == Event::PyReturn || event == Event::PyUnwind) && code == mainCode_)
    done_ = true;
  // Through sys.stdout.write, interleaved with the program's own output.
  Ref out = getAttr(gInterp.sysModule.get(), "stdout");
  if (!out)
    return Ref();
  Ref text = newStr(line);
  if (!text)
    return Ref();
  Ref r = callMethod(*out, "write", {*text});
  if (!r)
    return Ref();
  return newNone();
}

int runWithEvents(const std::string &pycPath, const std::string &scriptPath,
                  const std::vector<std::string> &argv, EventSet events) {
  EventsPrinter printer(events, "/" + stemOf(scriptPath) + ".py");
  if (!initInterpreter() || printer.install() < 0) {
    Ref exc = takePendingException();
    Ref text = exc ? str(*exc) : Ref();
    std::fprintf(stderr, "pyvm: --events: %s\n", text ? strToUtf8(*text).c_str() : "failed");
    return 1;
  }
  // When the module code ends: tool off, and an uncaught exception other than
  // SystemExit as the recorder prints it (the traceback follows on stderr).
  int status = runProgram(pycPath, argv, [&printer]() {
    Ref exc = takePendingException();
    printer.uninstall();
    if (exc && !isInstance(*exc, &SystemExitType)) {
      std::string line = formatEventValue(*exc);
      Ref out = errorPending() ? Ref() : getAttr(gInterp.sysModule.get(), "stdout");
      Ref text = out ? newStr("UNCAUGHT " + line + "\n") : Ref();
      if (!text || !callMethod(*out, "write", {*text}))
        clearPendingException();
    }
    if (exc)
      setPendingException(std::move(exc));
  });
  printer.uninstall();
  return status;
}

} // namespace pyvm
