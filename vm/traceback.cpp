// Traceback objects and the printer of uncaught exceptions, as CPython 3.14's
// traceback module formats them (source lines, carets, chained exceptions,
// "[Previous line repeated N more times]", suggestions).
// CPython: Python/traceback.c, Lib/traceback.py
#include "vm/traceback.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/function.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "stdlib/modules.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <vector>

namespace pyvm {

Type TracebackType;

Ref newTraceback(Value next, Value frameObject, int lasti, int lineno) {
  auto *tb = static_cast<TracebackObject *>(allocObject(&TracebackType));
  if (!tb)
    return {};
  new (&tb->next) Ref(next && !isNone(next) ? Ref::borrow(next) : Ref());
  new (&tb->frame) Ref(Ref::borrow(frameObject));
  tb->lasti = lasti;
  tb->lineno = lineno;
  return Ref::steal(tb);
}

bool tracebackHere(Value exc, Frame *frame) {
  if (!isBaseException(exc))
    return true;
  Value old = exceptionTraceback(exc);
  FrameObject *fo = frameGetObject(frame);
  int lasti = frame->lasti() * 2;
  Ref tb = newTraceback(old, Value::fromObject(fo), lasti, codeAddrToLine(frame->code, lasti));
  if (!tb)
    return false;
  setExceptionTraceback(exc, tb.get());
  return true;
}

Ref excGetTraceback(Value exc) {
  Value v = isBaseException(exc) ? exceptionTraceback(exc) : Value();
  return v ? Ref::borrow(v) : newNone();
}
void excSetTraceback(Value exc, Value tb) {
  if (isBaseException(exc))
    setExceptionTraceback(exc, tb);
}
Ref excGetContext(Value exc) {
  Value v = isBaseException(exc) ? exceptionContext(exc) : Value();
  return v ? Ref::borrow(v) : newNone();
}
void excSetContext(Value exc, Value context) {
  if (isBaseException(exc))
    setExceptionContext(exc, context && !isNone(context) ? context : Value());
}
Ref excGetCause(Value exc) {
  Value v = isBaseException(exc) ? exceptionCause(exc) : Value();
  return v ? Ref::borrow(v) : newNone();
}
void excSetCause(Value exc, Value cause) {
  if (isBaseException(exc))
    setExceptionCause(exc, cause);
}
bool excSuppressContext(Value exc) {
  return isBaseException(exc) && asException(exc)->suppressContext;
}

// --- Printing ------------------------------------------------------------------

namespace {

std::map<std::string, std::vector<std::string>> gSourceCache;

const std::vector<std::string> *sourceLines(const std::string &filename) {
  auto it = gSourceCache.find(filename);
  if (it != gSourceCache.end())
    return it->second.empty() ? nullptr : &it->second;
  std::vector<std::string> lines;
  std::ifstream in(filename, std::ios::binary);
  if (in) {
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r')
        line.pop_back();
      lines.push_back(line);
    }
  }
  auto &slot = gSourceCache[filename];
  slot = std::move(lines);
  return slot.empty() ? nullptr : &slot;
}

// Byte offset in a UTF-8 line -> code point index.
size_t charIndex(const std::string &line, size_t byteOffset) {
  size_t n = 0;
  for (size_t i = 0; i < line.size() && i < byteOffset; i++)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
      n++;
  return n;
}
size_t charCount(const std::string &s) { return charIndex(s, s.size()); }

bool isIdentChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Scans `seg` at top level (outside brackets and strings), calling f(i) for
// each top-level index. Returns false if brackets are unbalanced.
template <typename F> bool scanTopLevel(const std::string &seg, F f) {
  int depth = 0;
  for (size_t i = 0; i < seg.size(); i++) {
    char c = seg[i];
    if (c == '"' || c == '\'') {
      char q = c;
      bool triple = seg.compare(i, 3, std::string(3, q)) == 0;
      size_t j = i + (triple ? 3 : 1);
      while (j < seg.size()) {
        if (seg[j] == '\\') {
          j += 2;
          continue;
        }
        if (triple ? seg.compare(j, 3, std::string(3, q)) == 0 : seg[j] == q)
          break;
        j++;
      }
      i = j + (triple ? 2 : 0);
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      depth++;
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      depth--;
      if (depth < 0)
        return false;
      continue;
    }
    if (depth == 0)
      f(i);
  }
  return depth == 0;
}

struct Anchors {
  size_t left, right; // the secondary ('^') range in the segment, [left, right)
};

// Finds the anchors of a binary operation, call or subscript spanning the
// whole segment. CPython: traceback._extract_caret_anchors_from_line_segment
bool findAnchors(const std::string &seg, Anchors *out) {
  // A statement (`raise f(x)`, `del a[i]`, `assert g(y)`) does not parse as
  // the parenthesised expression CPython tries, so it has no anchors.
  static const char *const kStatements[] = {"raise", "return", "del",    "assert", "import",
                                            "from",  "pass",   "global", "nonlocal"};
  for (const char *kw : kStatements) {
    size_t n = std::strlen(kw);
    if (seg.compare(0, n, kw) == 0 && (seg.size() == n || !isIdentChar(seg[n])))
      return false;
  }
  // Keywords at top level mean it is not a plain binary operation.
  static const char *const kStops[] = {" and ", " or ", "not ", " if ", "lambda", " in ",
                                       " is ", "==", "!=", "<=", ">=", ":="};
  struct Op {
    const char *text;
    int prec;
  };
  static const Op kOps[] = {{"**", 7}, {"//", 5}, {"<<", 3}, {">>", 3}, {"|", 0}, {"^", 1},
                            {"&", 2},  {"+", 4},  {"-", 4},  {"*", 5},  {"/", 5}, {"%", 5},
                            {"@", 5}};
  int bestPrec = 100;
  size_t bestPos = std::string::npos, bestLen = 0;
  bool stop = false;
  size_t lastNonSpaceEnd = 0; // index after the last operand character
  bool prevOperand = false;
  bool balanced = scanTopLevel(seg, [&](size_t i) {
    for (const char *s : kStops)
      if (seg.compare(i, std::strlen(s), s) == 0)
        stop = true;
    char c = seg[i];
    if (c == '<' || c == '>') {
      if (!(i + 1 < seg.size() && seg[i + 1] == c) && !(i > 0 && seg[i - 1] == c))
        stop = true;
    }
    (void)lastNonSpaceEnd;
  });
  if (!balanced || stop)
    goto not_binop;
  {
    // Second pass: find binary operators (preceded by an operand).
    int depth = 0;
    for (size_t i = 0; i < seg.size(); i++) {
      char c = seg[i];
      if (c == '"' || c == '\'') {
        char q = c;
        size_t j = i + 1;
        while (j < seg.size() && seg[j] != q) {
          if (seg[j] == '\\')
            j++;
          j++;
        }
        i = j;
        prevOperand = true;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
        continue;
      }
      if (c == ')' || c == ']' || c == '}') {
        depth--;
        prevOperand = true;
        continue;
      }
      if (depth > 0)
        continue;
      if (c == ' ' || c == '\t')
        continue;
      bool matched = false;
      for (const Op &op : kOps) {
        size_t len = std::strlen(op.text);
        if (seg.compare(i, len, op.text) != 0)
          continue;
        matched = true;
        if (prevOperand && !(i + len < seg.size() && seg[i + len] == '=')) {
          bool better = op.prec < bestPrec || (op.prec == bestPrec && op.prec != 7);
          if (better) {
            bestPrec = op.prec;
            bestPos = i;
            bestLen = len;
          }
        }
        i += len - 1;
        prevOperand = false;
        break;
      }
      if (!matched)
        prevOperand = isIdentChar(c) || c == '.';
    }
  }
  if (bestPos != std::string::npos) {
    *out = {bestPos, bestPos + bestLen};
    return true;
  }
not_binop:
  if (!balanced || seg.empty())
    return false;
  {
    char last = seg.back();
    if (last != ')' && last != ']')
      return false;
    char open = last == ')' ? '(' : '[';
    // Find the bracket matching the final one.
    int depth = 0;
    for (size_t i = seg.size(); i-- > 0;) {
      char c = seg[i];
      if (c == ')' || c == ']' || c == '}')
        depth++;
      else if (c == '(' || c == '[' || c == '{') {
        depth--;
        if (depth == 0) {
          if (c != open || i == 0)
            return false;
          size_t k = i;
          while (k > 0 && seg[k - 1] == ' ')
            k--;
          char before = seg[k - 1];
          if (!(isIdentChar(before) || before == ')' || before == ']' || before == '}' || before == '"' ||
                before == '\''))
            return false;
          if (stop)
            return false;
          *out = {i, seg.size()};
          return true;
        }
      }
    }
  }
  return false;
}

std::string rstrip(const std::string &s) {
  size_t e = s.find_last_not_of(" \t\f\r\n");
  return e == std::string::npos ? "" : s.substr(0, e + 1);
}
std::string lstrip(const std::string &s) {
  size_t b = s.find_first_not_of(" \t\f");
  return b == std::string::npos ? "" : s.substr(b);
}

struct FrameSummary {
  std::string filename, name;
  int lineno;
  Position pos;
};

std::string formatFrame(const FrameSummary &fs) {
  std::string out = fmt::format("  File \"{}\", line {}, in {}\n", fs.filename,
                                fs.lineno < 0 ? std::string("None")
                                              : std::to_string(fs.lineno),
                                fs.name);
  if (fs.lineno < 0)
    return out;
  const auto *lines = sourceLines(fs.filename);
  // (see below for the single-line form)
  if (!lines || fs.lineno < 1 || size_t(fs.lineno) > lines->size())
    return out;
  const std::string &raw = (*lines)[size_t(fs.lineno) - 1];
  std::string stripped = lstrip(rstrip(raw));
  if (stripped.empty())
    return out;
  const Position &mp = fs.pos;
  if (mp.line == fs.lineno && mp.endLine > mp.line && mp.column >= 0 && mp.endColumn >= 0 &&
      size_t(mp.endLine) <= lines->size()) {
    // A statement spanning several lines: the first and last lines (and one
    // line between them), dedented together. CPython: traceback.py
    // StackSummary.format_frame_summary
    std::vector<std::string> seg;
    for (int l = mp.line; l <= mp.endLine; l++)
      seg.push_back(rstrip((*lines)[size_t(l) - 1]));
    size_t common = std::string::npos;
    for (const auto &l : seg) {
      if (lstrip(l).empty())
        continue;
      size_t ind = l.size() - lstrip(l).size();
      common = std::min(common, ind);
    }
    if (common == std::string::npos)
      common = 0;
    auto lineAt = [&](size_t i) {
      const std::string &l = seg[i];
      return "    " + (l.size() >= common ? l.substr(common) : lstrip(l)) + "\n";
    };
    size_t last = seg.size() - 1;
    out += lineAt(0);
    if (last == 2)
      out += lineAt(1);
    else if (last > 2)
      out += fmt::format("    ...<{} lines>...\n", last - 1);
    out += lineAt(last);
    return out;
  }
  out += "    " + stripped + "\n";
  // Carets: only for single-line positions that don't cover the whole line.
  const Position &p = fs.pos;
  if (p.line != fs.lineno || p.endLine != p.line || p.column < 0 || p.endColumn < 0)
    return out;
  size_t start = size_t(p.column), end = size_t(p.endColumn);
  if (end > raw.size() || start >= end)
    return out;
  std::string seg = raw.substr(start, end - start);
  Anchors anchors{};
  bool hasAnchors = findAnchors(seg, &anchors);
  std::string before = raw.substr(0, start);
  std::string after = raw.substr(end);
  bool wholeLine = lstrip(before).empty() && rstrip(after).empty();
  if (!hasAnchors && wholeLine)
    return out;
  // `return f(...)` and `x = f(...)` where the call is the rest of the line
  // show no carets. CPython: traceback.py _should_show_carets
  if (hasAnchors && rstrip(after).empty() && seg.back() == ')') {
    std::string lead = lstrip(before);
    bool simpleTarget = false;
    if (lead == "return ") {
      simpleTarget = true;
    } else if (lead.size() > 3 && lead.compare(lead.size() - 3, 3, " = ") == 0) {
      std::string target = lead.substr(0, lead.size() - 3);
      simpleTarget = !target.empty() && !std::isdigit(static_cast<unsigned char>(target[0]));
      for (char c : target)
        simpleTarget = simpleTarget && isIdentChar(c);
    }
    size_t paren = anchors.left;
    bool nameCall = paren > 0 && seg[paren] == '(';
    for (size_t i = 0; nameCall && i < paren; i++)
      nameCall = isIdentChar(seg[i]);
    if (simpleTarget && nameCall)
      return out;
  }
  size_t indent = raw.size() - lstrip(raw).size();
  size_t col = charIndex(raw, start) - charIndex(raw, indent);
  std::string carets(col, ' ');
  size_t segChars = charCount(seg);
  for (size_t i = 0; i < segChars; i++) {
    if (!hasAnchors)
      carets += '^';
    else {
      size_t bi = 0, ci = 0;
      // map char index i to byte index within seg
      for (bi = 0; bi < seg.size() && ci < i; bi++)
        if ((static_cast<unsigned char>(seg[bi]) & 0xC0) != 0x80 && bi > 0)
          ci++;
      (void)bi;
      size_t byteIdx = 0;
      {
        size_t count = 0;
        for (byteIdx = 0; byteIdx < seg.size(); byteIdx++) {
          if ((static_cast<unsigned char>(seg[byteIdx]) & 0xC0) != 0x80) {
            if (count == i)
              break;
            count++;
          }
        }
      }
      carets += (byteIdx >= anchors.left && byteIdx < anchors.right) ? '^' : '~';
    }
  }
  out += "    " + carets + "\n";
  return out;
}

std::vector<FrameSummary> extractFrames(Value tb) {
  std::vector<FrameSummary> frames;
  while (tb && !isNone(tb) && tb.type() == &TracebackType) {
    auto *t = tb.as<TracebackObject>();
    auto *fo = t->frame.as<FrameObject>();
    Frame *f = fo->frame;
    if (f && f->code) {
      FrameSummary fs;
      fs.filename = strToUtf8(f->code->filename.get());
      fs.name = strToUtf8(f->code->name.get());
      fs.lineno = t->lineno;
      fs.pos = codeAddrToPosition(f->code, t->lasti);
      frames.push_back(fs);
    }
    tb = t->next.get();
  }
  return frames;
}

std::string formatStack(const std::vector<FrameSummary> &frames) {
  std::string out;
  const FrameSummary *last = nullptr;
  int count = 0;
  auto flush = [&]() {
    if (count > 3) {
      int more = count - 3;
      out += fmt::format("  [Previous line repeated {} more time{}]\n", more,
                         more > 1 ? "s" : "");
    }
  };
  for (const auto &fs : frames) {
    if (!last || last->filename != fs.filename || last->lineno != fs.lineno ||
        last->name != fs.name) {
      flush();
      last = &fs;
      count = 0;
    }
    count++;
    if (count > 3)
      continue;
    out += formatFrame(fs);
  }
  flush();
  return out;
}

std::string safeStr(Value v) {
  Ref s = str(v);
  if (!s) {
    clearPendingException();
    return "<exception str() failed>";
  }
  return strToUtf8(s.get());
}

std::string typeDisplayName(Type *type) {
  std::string name = type->qualname && isStr(type->qualname.get())
                         ? strToUtf8(type->qualname.get())
                         : type->name;
  std::string module;
  if (type->dict) {
    Value m = dictGetItem(type->dict.get(), "__module__");
    if (m && isStr(m))
      module = strToUtf8(m);
    clearPendingException();
  }
  if (module.empty()) {
    size_t dot = type->name.rfind('.');
    if (dot != std::string::npos) {
      module = type->name.substr(0, dot);
      name = type->name.substr(dot + 1);
    }
  }
  if (!module.empty() && module != "builtins" && module != "__main__")
    return module + "." + name;
  return name;
}

std::vector<std::string> dirNames(Value obj) {
  std::vector<std::string> names;
  Value dirFunc = dictGetItem(gInterp.builtins.get(), "dir");
  if (!dirFunc)
    return names;
  Ref list = call(dirFunc, &obj, 1);
  if (!list) {
    clearPendingException();
    return names;
  }
  Ref t = sequenceToTuple(list.get());
  if (!t) {
    clearPendingException();
    return names;
  }
  for (Value v : tupleItems(t.get()))
    if (isStr(v))
      names.push_back(strToUtf8(v));
  return names;
}

void addDictKeys(Value dict, std::vector<std::string> &names) {
  if (!dict || !isDict(dict))
    return;
  size_t pos = 0;
  Value k, v;
  while (dictNext(dict, &pos, &k, &v))
    if (isStr(k))
      names.push_back(strToUtf8(k));
}

// "Did you mean: 'x'?" for NameError and AttributeError.
// CPython: traceback._compute_suggestion_error
std::string suggestion(Value exc, Value tb) {
  bool nameError = isInstance(exc, &NameErrorType);
  bool attrError = isInstance(exc, &AttributeErrorType);
  if (!nameError && !attrError)
    return "";
  Ref name = lookupAttr(exc, internedName("name"));
  clearPendingException();
  if (!name || !isStr(name.get()))
    return "";
  std::string wrong = strToUtf8(name.get());
  std::vector<std::string> candidates;
  if (attrError) {
    Ref obj = lookupAttr(exc, internedName("obj"));
    clearPendingException();
    if (!obj)
      return "";
    candidates = dirNames(obj.get());
  } else {
    // The frame where the error happened: the last traceback entry.
    Value last = Value();
    for (Value t = tb; t && !isNone(t) && t.type() == &TracebackType;
         t = t.as<TracebackObject>()->next.get())
      last = t;
    if (!last)
      return "";
    Frame *f = last.as<TracebackObject>()->frame.as<FrameObject>()->frame;
    if (!f)
      return "";
    Ref locals = frameLocals(f);
    clearPendingException();
    if (locals)
      addDictKeys(locals.get(), candidates);
    addDictKeys(f->globals, candidates);
    addDictKeys(f->builtins, candidates);
    if (isInstance(exc, &UnboundLocalErrorType))
      return "";
  }
  std::string s = calculateSuggestion(candidates, wrong);
  if (s.empty()) {
    if (nameError) {
      static const std::set<std::string> kStdlib = {
          "sys", "os", "math", "re", "json", "time", "random", "collections", "itertools",
          "functools", "string", "typing", "dataclasses", "enum", "abc", "io", "copy"};
      if (kStdlib.count(wrong))
        return fmt::format(". Did you forget to import '{}'?", wrong);
    }
    return "";
  }
  return fmt::format(". Did you mean: '{}'?", s);
}

std::string formatExceptionOnly(Value exc) {
  std::string stype = typeDisplayName(exc.type());
  std::string out;
  if (isInstance(exc, &SyntaxErrorType)) {
    out = formatSyntaxErrorOnly(exc, stype);
  } else {
    std::string value = safeStr(exc);
    out = value.empty() ? stype : stype + ": " + value;
    if (isBaseException(exc)) {
      Value tb = exceptionTraceback(exc);
      out += suggestion(exc, tb ? tb : None());
    }
    out += "\n";
  }
  Ref notes = lookupAttr(exc, internedName("__notes__"));
  clearPendingException();
  if (notes && (isList(notes.get()) || isTuple(notes.get()))) {
    Ref t = sequenceToTuple(notes.get());
    if (t)
      for (Value n : tupleItems(t.get()))
        out += (isStr(n) ? strToUtf8(n) : safeStr(n)) + "\n";
    clearPendingException();
  }
  return out;
}

// CPython: traceback.py _ExceptionPrintContext / TracebackException.format
struct PrintContext {
  int groupDepth = 0;
  bool needClose = false;
  std::set<uintptr_t> seen;
};

std::string indentLines(const std::string &text, const std::string &prefix) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string::npos ? text.size() : nl + 1;
    out += prefix + text.substr(start, end - start);
    start = end;
  }
  return out;
}

void emit(PrintContext &ctx, std::string &out, const std::string &text, char margin = '|') {
  std::string prefix(size_t(2 * ctx.groupDepth), ' ');
  if (ctx.groupDepth)
    prefix += std::string(1, margin) + " ";
  out += indentLines(text, prefix);
}

Ref groupExceptions(Value exc) {
  if (!isInstance(exc, &BaseExceptionGroupType))
    return {};
  Ref excs = lookupAttr(exc, internedName("exceptions"));
  clearPendingException();
  if (!excs)
    return {};
  Ref t = sequenceToTuple(excs.get());
  clearPendingException();
  return t;
}

void formatTbException(Value exc, PrintContext &ctx, std::string &out) {
  // The chain, innermost last: (message, exception).
  std::vector<std::pair<const char *, Value>> chain;
  Value e = exc;
  ctx.seen.insert(exc.bits());
  while (e) {
    const char *msg = nullptr;
    Value next;
    if (isBaseException(e)) {
      Value cause = exceptionCause(e);
      Value context = exceptionContext(e);
      if (cause && !isNone(cause) && !ctx.seen.count(cause.bits())) {
        msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        next = cause;
      } else if (context && !isNone(context) && !asException(e)->suppressContext &&
                 !ctx.seen.count(context.bits())) {
        msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        next = context;
      }
    }
    chain.push_back({msg, e});
    if (next)
      ctx.seen.insert(next.bits());
    e = next;
  }
  for (size_t k = chain.size(); k-- > 0;) {
    const char *msg = chain[k].first;
    Value x = chain[k].second;
    if (msg)
      emit(ctx, out, msg);
    Value tb = isBaseException(x) ? exceptionTraceback(x) : Value();
    Ref excs = groupExceptions(x);
    if (!excs) {
      if (tb && !isNone(tb)) {
        emit(ctx, out, "Traceback (most recent call last):\n");
        emit(ctx, out, formatStack(extractFrames(tb)));
      }
      emit(ctx, out, formatExceptionOnly(x));
      continue;
    }
    if (ctx.groupDepth > 10) {
      emit(ctx, out, "... (max_group_depth is 10)\n");
      continue;
    }
    bool topLevel = ctx.groupDepth == 0;
    if (topLevel)
      ctx.groupDepth++;
    if (tb && !isNone(tb)) {
      emit(ctx, out, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
      emit(ctx, out, formatStack(extractFrames(tb)));
    }
    emit(ctx, out, formatExceptionOnly(x));
    size_t numExcs = tupleSize(excs.get());
    size_t n = numExcs <= 15 ? numExcs : 16;
    ctx.needClose = false;
    for (size_t i = 0; i < n; i++) {
      bool lastExc = i == n - 1;
      if (lastExc)
        ctx.needClose = true;
      bool truncated = i >= 15;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      out += std::string(size_t(2 * ctx.groupDepth), ' ') + (i == 0 ? "+-" : "  ") +
             "+---------------- " + title + " ----------------\n";
      ctx.groupDepth++;
      if (!truncated) {
        formatTbException(tupleItem(excs.get(), i), ctx, out);
      } else {
        size_t remaining = numExcs - 15;
        emit(ctx, out, fmt::format("and {} more exception{}\n", remaining, remaining > 1 ? "s" : ""));
      }
      if (lastExc && ctx.needClose) {
        out += std::string(size_t(2 * ctx.groupDepth), ' ') +
               "+------------------------------------\n";
        ctx.needClose = false;
      }
      ctx.groupDepth--;
    }
    if (topLevel)
      ctx.groupDepth = 0;
  }
}

// --- The traceback type ---------------------------------------------------------------

void tracebackDealloc(Object *o) {
  auto *tb = static_cast<TracebackObject *>(o);
  tb->next.~Ref();
  tb->frame.~Ref();
}
TracebackObject *asTb(Value v) { return v.as<TracebackObject>(); }
Ref tbGetNext(Value self) { return asTb(self)->next ? asTb(self)->next : newNone(); }
int tbSetNext(Value self, Value v) {
  if (!v) {
    raise(&TypeErrorType, "can't delete tb_next attribute");
    return -1;
  }
  if (isNone(v)) {
    asTb(self)->next = Ref();
    return 0;
  }
  if (v.type() != &TracebackType) {
    raisef(&TypeErrorType, "expected traceback object or None, got '{}'", typeName(v));
    return -1;
  }
  for (Value c = v; c; c = asTb(c)->next.get())
    if (c.is(self)) {
      raise(&ValueErrorType, "traceback loop detected");
      return -1;
    }
  asTb(self)->next = Ref::borrow(v);
  return 0;
}
Ref tbGetFrame(Value self) { return asTb(self)->frame; }
Ref tbGetLineno(Value self) {
  int l = asTb(self)->lineno;
  return l < 0 ? newNone() : newInt(l);
}
Ref tbGetLasti(Value self) { return newInt(asTb(self)->lasti); }

Ref tbNew(Type *, const Value *args, size_t nargs, Value kwnames) {
  Value out[4] = {};
  if (!parseArgs({"traceback", {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 4}, args,
                 nargs, kwnames, out))
    return {};
  if (!isNone(out[0]) && out[0].type() != &TracebackType)
    return raisef(&TypeErrorType, "expected traceback object or None, got '{}'",
                  typeName(out[0]));
  if (out[1].type() != &FrameType)
    return raisef(&TypeErrorType,
                  "TracebackType() argument 'tb_frame' must be frame, not {}", typeName(out[1]));
  int64_t lasti = 0, lineno = 0;
  if (!intAsInt64(out[2], &lasti) || !intAsInt64(out[3], &lineno))
    return {};
  return newTraceback(out[0], out[1], int(lasti), int(lineno));
}

} // namespace

std::string formatException(Value exc) {
  PrintContext ctx;
  std::string out;
  formatTbException(exc, ctx, out);
  return out;
}

void printException(Value exc) { writeStderr(formatException(exc)); }

// CPython: Python/errors.c format_unraisable (the default unraisable hook)
void writeUnraisable(Value exc, Value obj, const char *message) {
  std::string out = "Exception ignored ";
  out += message ? message : "in";
  if (obj) {
    Ref r = repr(obj);
    clearPendingException();
    out += " " + (r ? strToUtf8(r.get()) : std::string("<object repr() failed>"));
  }
  out += ":\n";
  if (exc)
    out += formatException(exc);
  writeStderr(out);
}

void initTracebackType() {
  initStaticType(&TracebackType, "traceback", &ObjectType, sizeof(TracebackObject), 0);
  TracebackType.dealloc = tracebackDealloc;
  TracebackType.newInstance = tbNew;
  static const GetSetDef getsets[] = {
      {"tb_next", tbGetNext, tbSetNext},
      {"tb_frame", tbGetFrame},
      {"tb_lineno", tbGetLineno},
      {"tb_lasti", tbGetLasti},
  };
  typeReady(&TracebackType, {}, getsets);
}

} // namespace pyvm
