// The last lines of an uncaught SyntaxError's report: where the error is,
// the source line and carets under the bad part, then "SyntaxError: msg".
// CPython: Lib/traceback.py TracebackException._format_syntax_error
#include "vm/traceback.h"

#include "vm/abstract.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/str_internal.h"
#include "vm/tuple.h"
#include "vm/unicode.h"

#include <fmt/format.h>

#include <optional>

namespace pyvm {

namespace {

std::string textOf(Value v) {
  Ref s = str(v);
  if (!s) {
    clearPendingException();
    return "<exception str() failed>";
  }
  return strToUtf8(s.get());
}

std::u32string codePoints(Value s) {
  std::u32string out;
  for (size_t i = 0, n = strLength(s); i < n; i++)
    out += char32_t(strCharAt(s, i));
  return out;
}

std::string utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s)
    utf8Append(out, uint32_t(c));
  return out;
}

// An int attribute as Python sees it (bool included), if it fits.
std::optional<int64_t> intValue(Value v) {
  int64_t n;
  if (!v || !isInt(v) || !intFitsInt64(v, &n))
    return std::nullopt;
  return n;
}

} // namespace

std::string formatSyntaxErrorOnly(Value exc, const std::string &stype) {
  auto attr = [&](const char *name) {
    Ref r = lookupAttr(exc, internedName(name));
    clearPendingException();
    return r ? std::move(r) : newNone();
  };
  Ref filename = attr("filename"), lineno = attr("lineno"), endLineno = attr("end_lineno"),
      text = attr("text"), offset = attr("offset"), endOffset = attr("end_offset"),
      msg = attr("msg");
  // TracebackException keeps lineno/end_lineno as str (or None).
  std::optional<std::string> line, endLine;
  if (!isNone(lineno.get()))
    line = textOf(lineno.get());
  if (!isNone(endLineno.get()))
    endLine = textOf(endLineno.get());

  std::string out, filenameSuffix;
  if (line) {
    int truth = isTrue(filename.get());
    clearPendingException();
    out += fmt::format("  File \"{}\", line {}\n",
                       truth > 0 ? textOf(filename.get()) : std::string("<string>"), *line);
  } else if (!isNone(filename.get())) {
    filenameSuffix = fmt::format(" ({})", textOf(filename.get()));
  }

  if (isStr(text.get())) {
    // The keyword typo suggestion (vm/errors.h setSyntaxErrorDisplay) replaces
    // what follows, as TracebackException._find_keyword_typos does here.
    Value display = syntaxErrorDisplay(exc);
    if (display && isTuple(display) && tupleSize(display) == 6 && isStr(msg.get())) {
      std::string m = strToUtf8(msg.get());
      if (m == "invalid syntax" || m.find("Perhaps you forgot a comma") != std::string::npos) {
        msg = Ref::borrow(tupleItem(display, 0));
        line = textOf(tupleItem(display, 1));
        offset = Ref::borrow(tupleItem(display, 2));
        text = Ref::borrow(tupleItem(display, 3));
        endLine = textOf(tupleItem(display, 4));
        endOffset = Ref::borrow(tupleItem(display, 5));
      }
    }
  }
  if (isStr(text.get())) {
    std::u32string raw = codePoints(text.get());
    std::u32string rtext = raw;
    while (!rtext.empty() && rtext.back() == U'\n')
      rtext.pop_back();
    size_t spaces = 0;
    while (spaces < rtext.size() &&
           (rtext[spaces] == U' ' || rtext[spaces] == U'\n' || rtext[spaces] == U'\f'))
      spaces++;
    std::u32string ltext = rtext.substr(spaces);
    std::optional<int64_t> off = intValue(offset.get());
    if (isNone(offset.get())) {
      out += "    " + utf8(ltext) + "\n";
    } else if (off) {
      int64_t start = *off, end;
      std::optional<int64_t> endOff = intValue(endOffset.get());
      if (line == endLine)
        end = endOff && *endOff != 0 ? *endOff : start;
      else
        end = int64_t(rtext.size()) + 1;
      if (!raw.empty() && start > int64_t(raw.size()))
        start = int64_t(rtext.size()) + 1;
      if (!raw.empty() && end > int64_t(raw.size()))
        end = int64_t(rtext.size()) + 1;
      if (start >= end || end < 0)
        end = start + 1;
      int64_t colno = start - 1 - int64_t(spaces);
      int64_t endColno = end - 1 - int64_t(spaces);
      out += "    " + utf8(ltext) + "\n";
      if (colno >= 0) {
        // Tabs and other white space stay, so the carets line up.
        std::u32string caretSpace;
        for (size_t i = 0; i < size_t(colno) && i < ltext.size(); i++)
          caretSpace += unicode::isSpace(uint32_t(ltext[i])) ? ltext[i] : U' ';
        out += "    " + utf8(caretSpace) +
               std::string(size_t(std::max<int64_t>(0, endColno - colno)), '^') + "\n";
      }
    }
  }
  int msgTruth = isTrue(msg.get());
  clearPendingException();
  std::string m = msgTruth > 0 ? textOf(msg.get()) : std::string("<no detail available>");
  out += fmt::format("{}: {}{}\n", stype, m, filenameSuffix);
  return out;
}

} // namespace pyvm
