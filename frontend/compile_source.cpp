// compile()/exec()/eval() of source text through CPython 3.14 (see
// frontend/compile_source.h).
#include "frontend/compile_source.h"

#include "frontend/compile_cache.h"
#include "frontend/compile_service.h"
#include "frontend/marshal.h"
#include "stdlib/modules.h"
#include "vm/abstract.h"
#include "vm/code.h"
#include "vm/compile_hook.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <unordered_map>

namespace pyvm {

namespace {

// The request layout the oracle's compile_request reads
// (tools/oracle/oracle_driver.py); bump both sides together.
constexpr uint32_t kCompileProtocol = 2;

void putU32(std::string &out, uint32_t v) {
  for (int i = 0; i < 4; i++)
    out += char((v >> (8 * i)) & 0xff);
}
void putI64(std::string &out, int64_t v) {
  for (int i = 0; i < 8; i++)
    out += char((uint64_t(v) >> (8 * i)) & 0xff);
}
void putField(std::string &out, std::string_view field) {
  putU32(out, uint32_t(field.size()));
  out += field;
}

std::string encodeRequest(const SourceCompileRequest &r) {
  std::string out;
  putU32(out, kCompileProtocol);
  out += char(r.sourceIsBytes ? 1 : 0);
  putField(out, r.source);
  putField(out, r.filename);
  putField(out, r.mode);
  putI64(out, r.flags);
  putU32(out, uint32_t(r.optimize));
  putU32(out, uint32_t(r.featureVersion));
  return out;
}

// Replies already seen in this run, by cache key.
std::unordered_map<std::string, std::string> &memo() {
  static std::unordered_map<std::string, std::string> m;
  return m;
}

// A reply worth keeping: a code object or an exception of compile() itself,
// not a failure of the oracle ("fail") or a limit it hit ("transient"). The kind is the tuple's
// first item, a short ASCII str: marshal ')' n, then 'z'/'Z' (maybe with FLAG_REF) len text.
bool cacheable(std::string_view reply) {
  if (reply.size() < 4 || (uint8_t(reply[0]) & 0x7f) != ')')
    return false;
  uint8_t strType = uint8_t(reply[2]) & 0x7f;
  if (strType != 'z' && strType != 'Z')
    return false;
  std::string_view kind = reply.substr(4, uint8_t(reply[3]));
  return kind == "code" || kind == "error";
}

// The reply to `request`: from memory, the disk cache, or the compile server.
// Null with RuntimeError pending when there is no compiler.
bool replyFor(const std::string &request, std::string *reply) {
  std::string key = compileCacheKey(request);
  if (auto it = memo().find(key); it != memo().end()) {
    *reply = it->second;
    return true;
  }
  if (auto cached = compileCacheLoad(key)) {
    *reply = std::move(*cached);
  } else {
    auto answer = compileServerRequest(request);
    if (!answer) {
      raise(&RuntimeErrorType, llvm::toString(answer.takeError()));
      return false;
    }
    *reply = std::move(*answer);
    if (cacheable(*reply))
      compileCacheStore(key, *reply);
  }
  if (cacheable(*reply))
    memo().emplace(key, *reply);
  return true;
}

// Issues a warning the compiler raised (a SyntaxWarning for "\d", say): through
// the warnings module when the program has imported it, else printed as the
// default filters of CPython would (DeprecationWarning & co. stay silent
// outside __main__, and compile-time warnings come from "<string>"-like modules).
// CPython: Python/_warnings.c warn_explicit, formatwarning
void issueWarning(Value item) {
  if (!isTuple(item) || tupleSize(item) != 4)
    return;
  Value category = tupleItem(item, 0), message = tupleItem(item, 1), filename = tupleItem(item, 2),
        lineno = tupleItem(item, 3);
  if (!isStr(category) || !isStr(message) || !isStr(filename))
    return;
  std::string name = strToUtf8(category);
  Value type = dictGetItem(gInterp.builtins.get(), name);
  Value modules = sysGetObject("modules");
  Value warnings = modules && isDict(modules) ? dictGetItem(modules, "warnings") : Value();
  if (warnings && type && isType(type)) {
    Ref fn = lookupAttr(warnings, internedName("warn_explicit"));
    if (fn) {
      call(fn.get(), {message, type, filename, lineno}); // an error stays pending
      return;
    }
    clearPendingException();
  }
  if (name == "DeprecationWarning" || name == "PendingDeprecationWarning" ||
      name == "ImportWarning" || name == "ResourceWarning")
    return;
  int64_t line = 0;
  if (!isInt(lineno) || !intFitsInt64(lineno, &line))
    line = 0;
  writeStderr(fmt::format("{}:{}: {}: {}\n", strToUtf8(filename), line, name, strToUtf8(message)));
}

// Raises the exception the compiler reported: the builtin type of that name
// called with the same arguments (SyntaxError(msg, (filename, lineno, offset,
// text, end_lineno, end_offset)) restores every attribute).
Ref raiseReported(Value typeName, Value args, Value display, Value attrs) {
  std::string name = isStr(typeName) ? strToUtf8(typeName) : "?";
  Value type = dictGetItem(gInterp.builtins.get(), name);
  if (!type || !isType(type) || !isSubtype(type.as<Type>(), &BaseExceptionType) || !isTuple(args)) {
    clearPendingException();
    return raisef(&SystemErrorType, "compile() raised {} (not a pyvm exception type)", name);
  }
  Ref exc = call(type, tupleItems(args).data(), tupleSize(args));
  if (!exc)
    return {};
  // Attributes the compiler set after building the exception (a SyntaxError's
  // location: its args may hold only the message).
  if (isTuple(attrs))
    for (Value pair : tupleItems(attrs))
      if (isTuple(pair) && tupleSize(pair) == 2 && isStr(tupleItem(pair, 0)) &&
          setAttr(exc.get(), tupleItem(pair, 0), tupleItem(pair, 1)) < 0)
        return {};
  if (isInstance(exc.get(), &SyntaxErrorType) && isTuple(display))
    setSyntaxErrorDisplay(exc.get(), display);
  setPendingException(std::move(exc));
  return {};
}

// CPython: Python/bltinmodule.c builtin_compile_impl (the compiling part)
Ref compileWithOracle(const SourceCompileRequest &request) {
  std::string reply;
  if (!replyFor(encodeRequest(request), &reply))
    return {};
  auto decoded = readMarshal(
      std::span<const uint8_t>(reinterpret_cast<const uint8_t *>(reply.data()), reply.size()));
  if (!decoded) {
    std::string why = llvm::toString(decoded.takeError());
    return raisef(&RuntimeErrorType, "cannot compile source text: bad reply: {}", why);
  }
  Value t = decoded->get();
  if (!isTuple(t) || tupleSize(t) < 2 || !isStr(tupleItem(t, 0)))
    return raise(&RuntimeErrorType, "cannot compile source text: bad reply");
  std::string kind = strToUtf8(tupleItem(t, 0));
  if (kind == "code" && tupleSize(t) == 3 && isCode(tupleItem(t, 1))) {
    Value found = tupleItem(t, 2);
    if (isTuple(found))
      for (Value w : tupleItems(found)) {
        issueWarning(w);
        if (errorPending())
          return {};
      }
    return Ref::borrow(tupleItem(t, 1));
  }
  if ((kind == "error" || kind == "transient") && tupleSize(t) == 5)
    return raiseReported(tupleItem(t, 1), tupleItem(t, 2), tupleItem(t, 3), tupleItem(t, 4));
  if (kind == "fail" && isStr(tupleItem(t, 1)))
    return raisef(&RuntimeErrorType, "cannot compile source text: {}", strToUtf8(tupleItem(t, 1)));
  return raise(&RuntimeErrorType, "cannot compile source text: bad reply");
}

} // namespace

void installSourceCompiler() { setSourceCompiler(compileWithOracle); }

} // namespace pyvm
