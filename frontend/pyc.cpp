// .pyc header and loading (see frontend/pyc.h).
#include "frontend/pyc.h"

#include "frontend/marshal.h"
#include "vm/code.h"

#include <fmt/format.h>
#include <llvm/Support/MemoryBuffer.h>

#include <cstring>

namespace pyvm {

namespace {

llvm::Error pycError(std::string message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

uint32_t le32(const uint8_t *p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// Magic numbers of CPython releases, as ranges [first, last] of the numbers
// each version's development used. Since 3.11, release 3.n owns 2900+50n ..
// 2949+50n. CPython: Include/internal/pycore_magic_number.h (the list of
// known values; formerly in Lib/importlib/_bootstrap_external.py)
struct MagicRange {
  uint16_t first, last;
  const char *version;
};
constexpr MagicRange kMagicRanges[] = {
    {20121, 20121, "1.5"}, {50428, 50428, "1.6"}, {50823, 50823, "2.0"},
    {60202, 60202, "2.1"}, {60717, 60717, "2.2"}, {62011, 62021, "2.3"},
    {62041, 62061, "2.4"}, {62071, 62131, "2.5"}, {62151, 62161, "2.6"},
    {62171, 62211, "2.7"}, {3000, 3131, "3.0"},   {3141, 3151, "3.1"},
    {3160, 3180, "3.2"},   {3190, 3230, "3.3"},   {3250, 3310, "3.4"},
    {3320, 3351, "3.5"},   {3360, 3379, "3.6"},   {3390, 3394, "3.7"},
    {3400, 3413, "3.8"},   {3420, 3425, "3.9"},   {3430, 3439, "3.10"},
    {3450, 3499, "3.11"},  {3500, 3549, "3.12"},  {3550, 3599, "3.13"},
    {3600, 3649, "3.14"},  {3650, 3699, "3.15"},
};

} // namespace

std::string_view pythonVersionForMagic(uint16_t magic) {
  for (const MagicRange &r : kMagicRanges)
    if (magic >= r.first && magic <= r.last)
      return r.version;
  return {};
}

// CPython: Lib/importlib/_bootstrap_external.py _classify_pyc
llvm::Expected<PycHeader> readPycHeader(std::span<const uint8_t> data, std::string_view name) {
  if (data.size() < 4 || data[2] != '\r' || data[3] != '\n') {
    std::string shown;
    for (size_t i = 0; i < std::min<size_t>(data.size(), 4); ++i)
      shown += fmt::format("{}{:02x}", i ? " " : "", data[i]);
    return pycError(fmt::format("bad magic number in '{}': not a .pyc file (first bytes: {})",
                                name, shown.empty() ? "none" : shown));
  }
  PycHeader h;
  h.magic = uint16_t(data[0] | (data[1] << 8));
  if (h.magic != kPycMagic) {
    std::string_view version = pythonVersionForMagic(h.magic);
    std::string what = version.empty() ? fmt::format("unknown version ({})", h.magic)
                                       : fmt::format("{} ({})", version, h.magic);
    if (version == "3.14")
      what = fmt::format("a 3.14 pre-release ({})", h.magic);
    return pycError(fmt::format("bad magic number in '{}': {}, expected 3.14 ({})", name, what,
                                kPycMagic));
  }
  if (data.size() < kPycHeaderSize)
    return pycError(fmt::format("reached EOF while reading pyc header of '{}'", name));
  h.flags = le32(data.data() + 4);
  if (h.flags & ~3u)
    return pycError(fmt::format("invalid flags {} in '{}'", h.flags, name));
  if (h.hashBased()) {
    std::memcpy(&h.sourceHash, data.data() + 8, 8);
  } else {
    h.sourceMtime = le32(data.data() + 8);
    h.sourceSize = le32(data.data() + 12);
  }
  return h;
}

llvm::Expected<Pyc> readPyc(std::span<const uint8_t> data, std::string_view name) {
  auto header = readPycHeader(data, name);
  if (!header)
    return header.takeError();
  auto code = readMarshal(data.subspan(kPycHeaderSize), kPycHeaderSize);
  if (!code)
    return code.takeError();
  if (!isCode(code->get()))
    return pycError(fmt::format("'{}' does not hold a code object", name));
  return Pyc{*header, std::move(*code)};
}

llvm::Expected<Pyc> readPycFile(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return pycError(fmt::format("cannot read '{}': {}", path, buffer.getError().message()));
  std::span<const uint8_t> data(
      reinterpret_cast<const uint8_t *>((*buffer)->getBufferStart()), (*buffer)->getBufferSize());
  return readPyc(data, path);
}

} // namespace pyvm
