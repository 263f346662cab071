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
#include "vm/tuple.h"

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
  // CPython's clinic converts these with PyLong_AsInt (an __index__-able object).
  if ((out[3] && !indexAsInt64(out[3], &flags, &OverflowErrorType)) ||
      (out[5] && !indexAsInt64(out[5], &optimize, &OverflowErrorType)) ||
      (out[6] && !indexAsInt64(out[6], &featureVersion, &OverflowErrorType)))
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

// CPython: Objects/abstract.c PyMapping_Check (pyvm has one subscript slot)
bool isMapping(Value v) { return v && v.type()->getitem != nullptr; }

// exec()'s closure: a tuple of exactly the code's free variable count of cells.
bool checkClosure(CodeObject *code, Value closure) {
  if (code->nfreevars == 0) {
    if (closure)
      raise(&TypeErrorType, "cannot use a closure with this code object");
    return !closure;
  }
  bool ok =
      closure && closure.type() == &TupleType && tupleSize(closure) == size_t(code->nfreevars);
  for (size_t i = 0; ok && i < tupleSize(closure); i++)
    ok = isCell(tupleItem(closure, i));
  if (!ok)
    raisef(&TypeErrorType, "code object requires a closure of exactly length {}", code->nfreevars);
  return ok;
}

// exec(source, /, globals=None, locals=None, *, closure=None) and
// eval(source, /, globals=None, locals=None)
Ref execOrEval(const Value *args, size_t nargs, Value kwnames, const char *name, bool isEval) {
  Value out[4] = {};
  if (isEval ? !parseArgs({name, {"source", "globals", "locals"}, 1, 1}, args, nargs, kwnames, out)
             : !parseArgs({name, {"source", "globals", "locals", "closure"}, 1, 1, 3}, args, nargs,
                          kwnames, out))
    return {};
  Value source = out[0];
  Value globals = out[1] && !isNone(out[1]) ? out[1] : Value();
  Value locals = out[2] && !isNone(out[2]) ? out[2] : Value();
  Value closure = out[3] && !isNone(out[3]) ? out[3] : Value();
  if (isEval) {
    if (locals && !isMapping(locals))
      return raise(&TypeErrorType, "locals must be a mapping");
    if (globals && !isDict(globals))
      return raise(&TypeErrorType, isMapping(globals)
                                       ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                       : "globals must be a dict");
  }
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
  } else if (!locals) {
    locals = globals;
  }
  if (!isEval) {
    if (!isDict(globals))
      return raisef(&TypeErrorType, "exec() globals must be a dict, not {}", typeName(globals));
    if (!isMapping(locals))
      return raisef(&TypeErrorType, "locals must be a mapping or None, not {}", typeName(locals));
  }
  Ref compiled;
  if (isCode(source)) {
    CodeObject *code = source.as<CodeObject>();
    if (isEval && code->nfreevars > 0)
      return raise(&TypeErrorType, "code object passed to eval() may not contain free variables");
    if (!isEval && !checkClosure(code, closure))
      return {};
  } else {
    if (closure)
      return raise(&TypeErrorType, "closure can only be used when source is a code object");
    compiled = compileForExec(source, name, isEval);
    if (!compiled)
      return {};
    source = compiled.get();
  }
  Ref result = evalCode(source.as<CodeObject>(), globals, locals, closure);
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
