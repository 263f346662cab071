// builtins compile(), exec() and eval(). Source text is compiled by the
// compiler the front end installs (vm/compile_hook.h); code objects run here.
// CPython: Python/bltinmodule.c builtin_compile_impl, builtin_exec_impl,
// builtin_eval_impl
#include "stdlib/builtins_exec.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/compile_hook.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/singletons.h"
#include "vm/str.h"

#include <cstring>

namespace pyvm {

namespace {

// The flags compile() accepts. CPython: PyCF_MASK | PyCF_MASK_OBSOLETE |
// PyCF_COMPILE_MASK (Include/cpython/compile.h)
constexpr int64_t kAcceptedFlags =
    kPyCfMask | 0x10 /* CO_NESTED */ | kPyCfOnlyAst | kPyCfAllowTopLevelAwait | kPyCfTypeComments |
    kPyCfDontImplyDedent | kPyCfAllowIncompleteInput | kPyCfOptimizedAst;

// The future flags of the running Python frame, which compiled code inherits.
// CPython: Python/ceval.c PyEval_MergeCompilerFlags
int64_t inheritedFlags() {
  Frame *frame = currentThread()->frame;
  return frame ? int64_t(frame->code->flags) & kPyCfMask : 0;
}

// The text of a source argument: a str (UTF-8, lone surrogates kept for the
// compiler to reject as CPython's encoder does), bytes, bytearray or another
// buffer. CPython: Python/pythonrun.c _Py_SourceAsString
bool sourceText(Value source, const char *function, const char *what,
                SourceCompileRequest *request) {
  if (isStr(source)) {
    request->source = strToUtf8(source);
    request->sourceIsBytes = false;
    return true;
  }
  std::string_view bytes;
  if (isBytesLike(source) || getBuffer(source, &bytes)) {
    if (isBytesLike(source))
      bytes = bytesView(source);
    request->source.assign(bytes);
    request->sourceIsBytes = true;
    return true;
  }
  clearPendingException();
  raisef(&TypeErrorType, "{}() arg 1 must be a {} object", function, what);
  return false;
}

// compile()'s filename: str, bytes or os.PathLike. CPython: PyUnicode_FSDecoder
bool filenameText(Value filename, std::string *out) {
  Ref path = Ref::borrow(filename);
  if (!isStr(filename) && !isBytes(filename)) {
    Ref fspath = lookupAttr(filename, internedName("__fspath__"));
    if (!fspath) {
      if (errorPending())
        return false;
      raisef(&TypeErrorType, "expected str, bytes or os.PathLike object, not {}",
             typeName(filename));
      return false;
    }
    path = call(fspath.get(), nullptr, 0);
    if (!path)
      return false;
    if (!isStr(path.get()) && !isBytes(path.get())) {
      raisef(&TypeErrorType, "expected {}.__fspath__() to return str or bytes, not {}",
             typeName(filename), typeName(path.get()));
      return false;
    }
  }
  *out = isStr(path.get()) ? strToUtf8(path.get()) : std::string(bytesView(path.get()));
  return true;
}

// Compiles the source of exec()/eval() as CPython's PyRun_StringFlags does:
// filename "<string>", the caller's future flags.
Ref compileForExec(Value source, const char *function, bool isEval) {
  SourceCompileRequest request;
  if (!sourceText(source, function, "string, bytes or code", &request))
    return {};
  if (isEval) {
    // CPython: builtin_eval_impl skips leading spaces and tabs.
    size_t skip = request.source.find_first_not_of(" \t");
    request.source.erase(0, skip == std::string::npos ? request.source.size() : skip);
  }
  request.filename = "<string>";
  request.mode = isEval ? "eval" : "exec";
  request.flags = inheritedFlags();
  return compileSource(request);
}

} // namespace

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1,
//         *, _feature_version=-1)
Ref builtinCompile(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[7] = {};
  if (!parseArgs(
          {"compile",
           {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
           3,
           0,
           6},
          args, nargs, kwnames, out))
    return {};
  SourceCompileRequest request;
  if (!filenameText(out[1], &request.filename))
    return {};
  if (!isStr(out[2]))
    return raisef(&TypeErrorType, "compile() argument 'mode' must be str, not {}",
                  typeName(out[2]));
  request.mode = strToUtf8(out[2]);
  int64_t flags = 0, optimize = -1, featureVersion = -1;
  if ((out[3] && !intAsInt64(out[3], &flags)) || (out[5] && !intAsInt64(out[5], &optimize)) ||
      (out[6] && !intAsInt64(out[6], &featureVersion)))
    return {};
  int dontInherit = out[4] ? isTrue(out[4]) : 0;
  if (dontInherit < 0)
    return {};
  if (flags & ~kAcceptedFlags)
    return raise(&ValueErrorType, "compile(): unrecognised flags");
  if (optimize < -1 || optimize > 2)
    return raise(&ValueErrorType, "compile(): invalid optimize value");
  if (!dontInherit)
    flags |= inheritedFlags();
  const std::string &mode = request.mode;
  if (mode == "func_type" && !(flags & kPyCfOnlyAst))
    return raise(&ValueErrorType, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  if (mode != "exec" && mode != "eval" && mode != "single" && mode != "func_type")
    return raise(&ValueErrorType, flags & kPyCfOnlyAst
                                      ? "compile() mode must be 'exec', 'eval', 'single' or "
                                        "'func_type'"
                                      : "compile() mode must be 'exec', 'eval' or 'single'");
  if (!sourceText(out[0], "compile", "string, bytes or AST", &request))
    return {};
  // pyvm has no ast module objects: say so rather than return something else.
  if (flags & kPyCfOnlyAst)
    return raise(&NotImplementedErrorType,
                 "compile() with PyCF_ONLY_AST: pyvm has no AST objects (the ast module "
                 "is not available)");
  request.flags = flags;
  request.optimize = int(optimize);
  request.featureVersion = int(featureVersion);
  return compileSource(request);
}

// exec(source, /, globals=None, locals=None, *, closure=None) and
// eval(source, /, globals=None, locals=None)
Ref execOrEval(const Value *args, size_t nargs, Value kwnames, const char *name, bool isEval) {
  Value out[3] = {};
  if (!parseArgs({name, {"source", "globals", "locals"}, 1, 1}, args, nargs, kwnames, out))
    return {};
  Value source = out[0];
  Value globals = out[1] && !isNone(out[1]) ? out[1] : Value();
  Value locals = out[2] && !isNone(out[2]) ? out[2] : Value();
  Ref frameLocalsSnapshot; // keeps the caller's locals() alive through the call
  if (!globals) {
    Frame *caller = currentThread()->frame;
    if (!caller)
      return raisef(&SystemErrorType, "{}(): no current frame", name);
    globals = caller->globals;
    if (!locals) {
      frameLocalsSnapshot = frameLocals(caller);
      if (!frameLocalsSnapshot)
        return {};
      locals = frameLocalsSnapshot.get();
    }
  } else if (!isDict(globals)) {
    return raisef(&TypeErrorType, "{}() globals must be a dict, not {}", name, typeName(globals));
  }
  Ref compiled;
  if (!isCode(source)) {
    compiled = compileForExec(source, name, isEval);
    if (!compiled)
      return {};
    source = compiled.get();
  }
  Ref result = evalCode(source.as<CodeObject>(), globals, locals ? locals : globals);
  if (!result)
    return {};
  return isEval ? result : newNone();
}

Ref builtinExec(Value, const Value *args, size_t nargs, Value kwnames) {
  return execOrEval(args, nargs, kwnames, "exec", false);
}
Ref builtinEval(Value, const Value *args, size_t nargs, Value kwnames) {
  return execOrEval(args, nargs, kwnames, "eval", true);
}

} // namespace pyvm
