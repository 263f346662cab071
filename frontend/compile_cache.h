// The disk cache of compile-server replies, so a program that compiles the
// same text again (namedtuple() eval()s one lambda per field list) runs
// without starting node after the first time.
//
// Where: $PYVM_CACHE_DIR, else $XDG_CACHE_HOME/pyvm, else ~/.cache/pyvm; the
// entries live in its compile/ folder, one file per request, named by the
// SHA-256 of (compiler identity, request). An entry records its key, its
// length and the SHA-256 of its payload: a truncated or damaged entry is a
// miss (and is replaced); entries are written to a temporary file and
// renamed into place, so readers never see half an entry. Every failure of
// the cache (no HOME, read-only disk) only means "not cached".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pyvm {

// The cache folder for compile entries, or "" when there is none.
std::string compileCacheDir();

// The key of a request: SHA-256 of the compiler identity and the request, hex.
std::string compileCacheKey(std::string_view request);

std::optional<std::string> compileCacheLoad(const std::string &key);
void compileCacheStore(const std::string &key, std::string_view payload);

} // namespace pyvm
