// The run-time compiler pyvm installs into the VM (vm/compile_hook.h):
// compile()/exec()/eval() of source text are compiled by CPython 3.14 itself,
// in the compile server (frontend/compile_service.h), with each reply kept in
// the disk cache (frontend/compile_cache.h) and in memory, so the same text
// compiles once. A reply is a code object, or the exception CPython raised
// (SyntaxError with all its attributes...), which is raised here as is.
#pragma once

namespace pyvm {

// Installs the compiler (call once, after initRuntime()).
void installSourceCompiler();

} // namespace pyvm
