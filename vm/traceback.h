// Traceback objects, the exception attributes the eval loop uses, and
// CPython's traceback printer. CPython: Python/traceback.c
#pragma once

#include "vm/frame.h"

#include <string>

namespace pyvm {

struct TracebackObject : Object {
  Ref next;   // traceback or null
  Ref frame;  // FrameObject
  int lasti;  // in bytes (tb_lasti)
  int lineno; // -1: None
};
extern Type TracebackType;

// Creates a traceback entry for `frame` at its current instruction and
// prepends it to exc.__traceback__. CPython: PyTraceBack_Here
bool tracebackHere(Value exc, Frame *frame);
Ref newTraceback(Value next, Value frameObject, int lasti, int lineno);

// Exception attributes, read and written through the exception's type.
Ref excGetTraceback(Value exc);   // None when absent
void excSetTraceback(Value exc, Value tb);
Ref excGetContext(Value exc);
void excSetContext(Value exc, Value context);
Ref excGetCause(Value exc);
void excSetCause(Value exc, Value cause); // also sets __suppress_context__
bool excSuppressContext(Value exc);

// The full "Traceback (most recent call last):" report of an uncaught
// exception, with chained exceptions, as CPython 3.14 prints it.
std::string formatException(Value exc);
// The lines after the stack for a SyntaxError (vm/traceback_syntax.cpp): its
// file and line, the source text with carets, "<stype>: msg".
std::string formatSyntaxErrorOnly(Value exc, const std::string &stype);
// Writes formatException(exc) to sys.stderr (or the C stderr).
void printException(Value exc);

void initTracebackType();

} // namespace pyvm
