// Compiling .py files with the oracle (see frontend/compile.h).
#include "frontend/compile.h"

#include "frontend/compile_service.h"
#include "frontend/pyc.h"

#include <fmt/format.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>

namespace pyvm {

namespace {

llvm::Error compileError(std::string message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

void sipRound(uint64_t &v0, uint64_t &v1, uint64_t &v2, uint64_t &v3) {
  v0 += v1;
  v2 += v3;
  v1 = rotl(v1, 13) ^ v0;
  v3 = rotl(v3, 16) ^ v2;
  v0 = rotl(v0, 32);
  v2 += v1;
  v0 += v3;
  v1 = rotl(v1, 17) ^ v2;
  v3 = rotl(v3, 21) ^ v0;
  v2 = rotl(v2, 32);
}

} // namespace

uint64_t pycSourceHash(std::string_view source) {
  const uint64_t k0 = 0x0A0D0E2B, k1 = 0;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  const auto *in = reinterpret_cast<const uint8_t *>(source.data());
  size_t left = source.size();
  uint64_t b = uint64_t(source.size()) << 56;
  while (left >= 8) {
    uint64_t m = 0;
    for (int i = 7; i >= 0; --i)
      m = (m << 8) | in[i];
    in += 8;
    left -= 8;
    v3 ^= m;
    sipRound(v0, v1, v2, v3);
    v0 ^= m;
  }
  uint64_t t = 0;
  for (size_t i = left; i-- > 0;)
    t = (t << 8) | in[i];
  b |= t;
  v3 ^= b;
  sipRound(v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  sipRound(v0, v1, v2, v3);
  sipRound(v0, v1, v2, v3);
  sipRound(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

std::string cacheFromSource(const std::string &sourcePath) {
  llvm::SmallString<256> dir(llvm::sys::path::parent_path(sourcePath));
  llvm::sys::path::append(dir, "__pycache__");
  std::string stem = llvm::sys::path::stem(sourcePath).str();
  llvm::sys::path::append(dir, stem + ".cpython-314.pyc");
  return std::string(dir);
}

bool pycIsFresh(const std::string &sourcePath, const std::string &pycPath) {
  llvm::sys::fs::file_status source;
  if (llvm::sys::fs::status(sourcePath, source))
    return false;
  auto buffer = llvm::MemoryBuffer::getFileSlice(pycPath, kPycHeaderSize, 0);
  if (!buffer || (*buffer)->getBufferSize() < kPycHeaderSize)
    return false;
  std::span<const uint8_t> data(reinterpret_cast<const uint8_t *>((*buffer)->getBufferStart()),
                                (*buffer)->getBufferSize());
  auto header = readPycHeader(data, pycPath);
  if (!header) {
    llvm::consumeError(header.takeError());
    return false;
  }
  if (header->hashBased()) {
    if (!header->checkSource())
      return true;
    auto text = llvm::MemoryBuffer::getFile(sourcePath, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
    return text && pycSourceHash((*text)->getBuffer()) == header->sourceHash;
  }
  auto mtime = std::chrono::duration_cast<std::chrono::seconds>(
                   source.getLastModificationTime().time_since_epoch())
                   .count();
  return header->sourceMtime == uint32_t(mtime) &&
         header->sourceSize == uint32_t(source.getSize());
}

llvm::Expected<std::string> compileToPyc(const std::string &sourcePath) {
  if (!llvm::sys::fs::exists(sourcePath))
    return compileError(fmt::format("can't open file '{}': No such file or directory",
                                    sourcePath));
  std::string pyc = cacheFromSource(sourcePath);
  if (pycIsFresh(sourcePath, pyc)) {
    spdlog::debug("using cached {}", pyc);
    return pyc;
  }
  auto command = oracleCommand(fmt::format("cannot compile '{}'", sourcePath));
  if (!command)
    return command.takeError();
  std::vector<std::string> argv = std::move(*command);
  argv.insert(argv.end(), {"compile", sourcePath, pyc});
  std::vector<llvm::StringRef> args(argv.begin(), argv.end());

  llvm::SmallString<128> errPath;
  if (llvm::sys::fs::createTemporaryFile("pyvm-compile", "err", errPath))
    errPath.clear();
  llvm::Optional<llvm::StringRef> redirects[] = {
      llvm::None, llvm::None,
      errPath.empty() ? llvm::Optional<llvm::StringRef>() : llvm::Optional<llvm::StringRef>(errPath)};
  spdlog::debug("compiling {} -> {}", sourcePath, pyc);
  std::string execError;
  int status = llvm::sys::ExecuteAndWait(argv[0], args, llvm::None, redirects, 0, 0,
                                         &execError);
  std::string stderrText;
  if (!errPath.empty()) {
    if (auto b = llvm::MemoryBuffer::getFile(errPath))
      stderrText = (*b)->getBuffer().str();
    llvm::sys::fs::remove(errPath);
  }
  if (status != 0) {
    while (!stderrText.empty() && stderrText.back() == '\n')
      stderrText.pop_back();
    if (status < 0)
      return compileError(fmt::format("cannot compile '{}': cannot run {}: {}", sourcePath,
                                      argv[0], execError));
    return compileError(fmt::format("cannot compile '{}' (compiler exit status {}){}{}",
                                    sourcePath, status, stderrText.empty() ? "" : ":\n",
                                    stderrText));
  }
  return pyc;
}

} // namespace pyvm
