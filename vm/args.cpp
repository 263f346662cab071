// Argument parsing for native functions, with CPython's messages.
// CPython: Python/getargs.c _PyArg_UnpackKeywords, _PyArg_CheckPositional,
// _PyArg_NoKwnames
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cstring>

namespace pyvm {

bool parseArgs(const ParamSpec &spec, const Value *args, size_t nargs, Value kwnames,
               Value *out) {
  const char *fname = spec.function;
  const size_t total = spec.names.size();
  const char *const *names = spec.names.begin();
  const size_t maxpos = spec.keywordOnlyFrom < total ? spec.keywordOnlyFrom : total;
  const size_t minpos = spec.required < maxpos ? spec.required : maxpos;
  size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
  const Value *kwvalues = args + nargs;

  if (nkw > 0 && spec.positionalOnly >= total) {
    raisef(&TypeErrorType, "{}() takes no keyword arguments", fname);
    return false;
  }
  if (nargs + nkw > total) {
    // CPython: _PyArg_UnpackKeywords ("keyword " when nothing is positional)
    raisef(&TypeErrorType, "{}() takes at most {} {}argument{} ({} given)", fname, total,
           nargs == 0 ? "keyword " : "", total == 1 ? "" : "s", nargs + nkw);
    return false;
  }
  if (nargs > maxpos) {
    if (maxpos == 0)
      raisef(&TypeErrorType, "{}() takes no positional arguments", fname);
    else
      raisef(&TypeErrorType, "{}() takes {} {} positional argument{} ({} given)", fname,
             minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
    return false;
  }
  for (size_t i = 0; i < total; i++)
    out[i] = i < nargs ? args[i] : Value();

  // Bind keywords.
  for (size_t k = 0; k < nkw; k++) {
    Value key = tupleItem(kwnames, k);
    if (!isStr(key)) {
      raise(&TypeErrorType, "keywords must be strings");
      return false;
    }
    size_t found = SIZE_MAX;
    for (size_t i = spec.positionalOnly; i < total; i++) {
      if (strEqualsAscii(key, names[i])) {
        found = i;
        break;
      }
    }
    if (found == SIZE_MAX) {
      bool posonlyName = false;
      for (size_t i = 0; i < spec.positionalOnly; i++)
        if (strEqualsAscii(key, names[i]))
          posonlyName = true;
      if (posonlyName)
        raisef(&TypeErrorType,
               "{}() got some positional-only arguments passed as keyword arguments: '{}'",
               fname, strToUtf8(key));
      else
        raisef(&TypeErrorType, "{}() got an unexpected keyword argument '{}'", fname,
               strToUtf8(key));
      return false;
    }
    if (found < nargs) {
      raisef(&TypeErrorType, "argument for {}() given by name ('{}') and position ({})", fname,
             names[found], found + 1);
      return false;
    }
    out[found] = kwvalues[k];
  }

  // Check required parameters.
  for (size_t i = nargs; i < spec.required && i < total; i++) {
    if (!out[i].isNull())
      continue;
    if (i < spec.positionalOnly) {
      size_t m = spec.positionalOnly < minpos ? spec.positionalOnly : minpos;
      raisef(&TypeErrorType, "{}() takes {} {} positional argument{} ({} given)", fname,
             m < maxpos ? "at least" : "exactly", m, m == 1 ? "" : "s", nargs);
    } else if (i >= maxpos) {
      raisef(&TypeErrorType, "{}() missing required keyword-only argument '{}'", fname,
             names[i]);
    } else {
      raisef(&TypeErrorType, "{}() missing required argument '{}' (pos {})", fname, names[i],
             i + 1);
    }
    return false;
  }
  return true;
}

bool checkPositional(const char *function, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max)
    return true;
  if (nargs < min)
    raisef(&TypeErrorType, "{} expected {}{} argument{}, got {}", function,
           min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
  else
    raisef(&TypeErrorType, "{} expected {}{} argument{}, got {}", function,
           min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
  return false;
}

bool checkNoKeywords(const char *function, Value kwnames) {
  if (kwnames.isNull() || tupleSize(kwnames) == 0)
    return true;
  raisef(&TypeErrorType, "{}() takes no keyword arguments", function);
  return false;
}

} // namespace pyvm
