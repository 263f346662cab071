// The compile reply cache (see frontend/compile_cache.h).
#include "frontend/compile_cache.h"

#include "frontend/pyc.h"

#include <fmt/format.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/SHA256.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace pyvm {

namespace {

// What produced an entry. A change of the compiler (CPython version, the
// oracle's pinned pyodide) or of the reply layout must change this string,
// which retires every older entry. (The request itself starts with the
// compile protocol number, so a protocol change needs nothing here.)
constexpr std::string_view kCompilerIdentity =
    "pyvm compile cache 1; CPython 3.14 (pyc magic {}) on pyodide 314.0.7";

// Entry layout: magic, SHA-256 of the key text, u64 payload size, SHA-256 of
// the payload, payload.
constexpr std::string_view kEntryMagic = "PYVMCC1\n";
constexpr size_t kHashSize = 32;
constexpr size_t kHeaderSize = 8 + kHashSize + 8 + kHashSize;

std::string envValue(const char *name) {
  const char *v = std::getenv(name);
  return v && *v ? std::string(v) : std::string();
}

std::string sha256(std::string_view data) {
  auto h = llvm::SHA256::hash(
      llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(data.data()), data.size()));
  return std::string(reinterpret_cast<const char *>(h.data()), h.size());
}

std::string hex(std::string_view bytes) {
  std::string out;
  for (unsigned char c : bytes)
    out += fmt::format("{:02x}", c);
  return out;
}

std::string entryPath(const std::string &dir, const std::string &key) {
  llvm::SmallString<256> p(dir);
  llvm::sys::path::append(p, key.substr(0, 2), key);
  return std::string(p);
}

void putU64(std::string &out, uint64_t v) {
  for (int i = 0; i < 8; i++)
    out += char((v >> (8 * i)) & 0xff);
}
uint64_t getU64(const char *p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--)
    v = (v << 8) | uint8_t(p[i]);
  return v;
}

} // namespace

std::string compileCacheDir() {
  std::string base = envValue("PYVM_CACHE_DIR");
  if (base.empty()) {
    std::string xdg = envValue("XDG_CACHE_HOME");
    std::string home = envValue("HOME");
    if (!xdg.empty())
      base = xdg + "/pyvm";
    else if (!home.empty())
      base = home + "/.cache/pyvm";
    else
      return "";
  }
  llvm::SmallString<256> p(base);
  llvm::sys::path::append(p, "compile");
  return std::string(p);
}

std::string compileCacheKey(std::string_view request) {
  std::string text = fmt::format(fmt::runtime(kCompilerIdentity), kPycMagic);
  text += '\0';
  text += request;
  return hex(sha256(text));
}

std::optional<std::string> compileCacheLoad(const std::string &key) {
  std::string dir = compileCacheDir();
  if (dir.empty())
    return std::nullopt;
  std::string path = entryPath(dir, key);
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return std::nullopt;
  llvm::StringRef data = (*buffer)->getBuffer();
  bool ok = data.size() >= kHeaderSize && data.startswith(kEntryMagic);
  if (ok) {
    const char *p = data.data() + kEntryMagic.size();
    uint64_t size = getU64(p + kHashSize);
    std::string_view payload(data.data() + kHeaderSize, data.size() - kHeaderSize);
    ok = std::string_view(p, kHashSize) == sha256(key) && size == payload.size() &&
         std::string_view(p + kHashSize + 8, kHashSize) == sha256(payload);
    if (ok)
      return std::string(payload);
  }
  // A damaged entry: drop it so the next store rewrites it cleanly.
  spdlog::debug("compile cache: dropping damaged entry {}", path);
  llvm::sys::fs::remove(path);
  return std::nullopt;
}

void compileCacheStore(const std::string &key, std::string_view payload) {
  std::string dir = compileCacheDir();
  if (dir.empty())
    return;
  std::string path = entryPath(dir, key);
  if (llvm::sys::fs::create_directories(llvm::sys::path::parent_path(path)))
    return;
  std::string entry(kEntryMagic);
  entry += sha256(key);
  putU64(entry, payload.size());
  entry += sha256(payload);
  entry += payload;
  // Write beside the entry, then rename: atomic on one file system.
  std::string tmp = fmt::format("{}.tmp{}", path, ::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0)
    return;
  const char *p = entry.data();
  size_t left = entry.size();
  bool ok = true;
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      ok = false;
      break;
    }
    p += n;
    left -= size_t(n);
  }
  ok = ::close(fd) == 0 && ok;
  if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
    ::unlink(tmp.c_str());
    spdlog::debug("compile cache: cannot write {}", path);
  }
}

} // namespace pyvm
