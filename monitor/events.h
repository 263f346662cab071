// PEP 669 events, event sets and tool ids: the vocabulary of the monitor.
// CPython: Include/cpython/monitoring.h PY_MONITORING_EVENT_*,
// Include/internal/pycore_instruments.h
#pragma once

#include <cstdint>

namespace pyvm::monitor {

// The events, numbered as CPython numbers them: the bit of an event in an
// event set is 1 << event. The first kLocalEvents fire from instrumented
// bytecode and may be set per code object; the next ones up to
// kUngroupedEvents are "global only"; C_RETURN and C_RAISE ride on CALL; BRANCH
// is the 3.13 alias for BRANCH_LEFT | BRANCH_RIGHT.
enum class Event : uint8_t {
  PyStart = 0,
  PyResume = 1,
  PyReturn = 2,
  PyYield = 3,
  Call = 4,
  Line = 5,
  Instruction = 6,
  Jump = 7,
  BranchLeft = 8,
  BranchRight = 9,
  StopIteration = 10,
  // Not local: exception flow.
  Raise = 11,
  ExceptionHandled = 12,
  PyUnwind = 13,
  PyThrow = 14,
  Reraise = 15,
  // Ancillary: grouped with CALL.
  CReturn = 16,
  CRaise = 17,
  // Deprecated alias (BRANCH_LEFT | BRANCH_RIGHT).
  Branch = 18,
};

// CPython: _PY_MONITORING_LOCAL_EVENTS, _PY_MONITORING_UNGROUPED_EVENTS,
// _PY_MONITORING_EVENTS
constexpr int kLocalEvents = 11;
constexpr int kUngroupedEvents = 16;
constexpr int kEvents = 19;

// A bitmask of events (bit e = event e). CPython: _PyMonitoringEventSet
using EventSet = uint32_t;

constexpr int eventIndex(Event e) { return static_cast<int>(e); }
constexpr EventSet eventBit(Event e) { return EventSet(1) << eventIndex(e); }

// CPython: PY_MONITORING_IS_INSTRUMENTED_EVENT
constexpr bool isLocalEvent(int event) { return event >= 0 && event < kLocalEvents; }
constexpr bool isLocalEvent(Event e) { return isLocalEvent(eventIndex(e)); }

// C_RETURN and C_RAISE cannot be set without CALL (they are fired where CALL
// is instrumented). CPython: C_RETURN_EVENTS, C_CALL_EVENTS
constexpr EventSet kCReturnEvents = eventBit(Event::CReturn) | eventBit(Event::CRaise);
constexpr EventSet kCCallEvents = kCReturnEvents | eventBit(Event::Call);

// The event's name as sys.monitoring.events spells it ("PY_START" ...), or
// nullptr for a number that is not an event.
// CPython: Python/instrumentation.c event_names
const char *eventName(int event);
inline const char *eventName(Event e) { return eventName(eventIndex(e)); }

// Tool ids. 0-5 are for sys.monitoring users; 6 and 7 belong to the legacy
// sys.setprofile / sys.settrace bridge. CPython: PY_MONITORING_*_ID
constexpr int kToolIds = 8;
constexpr int kDebuggerId = 0;
constexpr int kCoverageId = 1;
constexpr int kProfilerId = 2;
constexpr int kOptimizerId = 5;
constexpr int kSysProfileId = 6;
constexpr int kSysTraceId = 7;

} // namespace pyvm::monitor
