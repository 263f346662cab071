// Location table and exception table decoding (see vm/linetable.h).
#include "vm/linetable.h"

#include <fmt/format.h>

#include <limits>

namespace pyvm {

namespace {

// Location entry codes. CPython: Include/cpython/code.h _PyCodeLocationInfoKind
constexpr int kLocShortMax = 9;   // 0..9: short form, same line
constexpr int kLocOneLine0 = 10;  // 10..12: one-line form, line delta 0..2
constexpr int kLocOneLine2 = 12;
constexpr int kLocNoColumns = 13; // line delta only
constexpr int kLocLong = 14;      // line delta, end line, columns as varints
constexpr int kLocNone = 15;      // no location

constexpr int kMaxVarintBytes = 6; // 6 bits each: 36 bits; values are checked below

} // namespace

bool LineTableReader::readByte(uint8_t &value) {
  if (pos_ >= table_.size() || (table_[pos_] & 0x80)) {
    failed_ = true;
    return false;
  }
  value = table_[pos_++];
  return true;
}

// 6-bit groups, least significant first, 0x40 = more follows.
// CPython: Objects/codeobject.c read_varint
bool LineTableReader::readVarint(uint32_t &value) {
  uint64_t result = 0;
  int shift = 0;
  for (int i = 0; i < kMaxVarintBytes; ++i) {
    uint8_t b;
    if (!readByte(b))
      return false;
    result |= uint64_t(b & 63) << shift;
    shift += 6;
    if (!(b & 64)) {
      if (result > std::numeric_limits<uint32_t>::max()) {
        failed_ = true;
        return false;
      }
      value = static_cast<uint32_t>(result);
      return true;
    }
  }
  failed_ = true;
  return false;
}

// CPython: Objects/codeobject.c read_signed_varint
bool LineTableReader::readSignedVarint(int64_t &value) {
  uint32_t u;
  if (!readVarint(u))
    return false;
  value = (u & 1) ? -int64_t(u >> 1) : int64_t(u >> 1);
  return true;
}

bool LineTableReader::next(LineTableEntry &entry) {
  if (failed_ || pos_ >= table_.size())
    return false;
  uint8_t first = table_[pos_];
  if (!(first & 0x80)) {
    failed_ = true;
    return false;
  }
  ++pos_;
  int code = (first >> 3) & 15;
  int units = (first & 7) + 1;
  entry.start = addr_;
  if (addr_ > std::numeric_limits<int>::max() - 2 * units) {
    failed_ = true;
    return false;
  }
  entry.end = addr_ + 2 * units;
  int64_t line = line_;
  int64_t endLine = -1;
  int64_t column = -1, endColumn = -1;
  bool hasLine = true;
  if (code == kLocNone) {
    hasLine = false;
  } else if (code == kLocLong) {
    int64_t delta;
    uint32_t endDelta, col, endCol;
    if (!readSignedVarint(delta) || !readVarint(endDelta) || !readVarint(col) ||
        !readVarint(endCol))
      return false;
    line += delta;
    endLine = line + endDelta;
    column = int64_t(col) - 1;
    endColumn = int64_t(endCol) - 1;
  } else if (code == kLocNoColumns) {
    int64_t delta;
    if (!readSignedVarint(delta))
      return false;
    line += delta;
    endLine = line;
  } else if (code >= kLocOneLine0 && code <= kLocOneLine2) {
    uint8_t col, endCol;
    if (!readByte(col) || !readByte(endCol))
      return false;
    line += code - kLocOneLine0;
    endLine = line;
    column = col;
    endColumn = endCol;
  } else {
    static_assert(kLocShortMax == 9);
    uint8_t second;
    if (!readByte(second))
      return false;
    endLine = line;
    column = code * 8 + ((second >> 4) & 7);
    endColumn = column + (second & 15);
  }
  constexpr int64_t kMin = std::numeric_limits<int>::min();
  constexpr int64_t kMax = std::numeric_limits<int>::max();
  if (line < kMin || line > kMax || endLine < kMin || endLine > kMax || endColumn > kMax) {
    failed_ = true;
    return false;
  }
  line_ = line;
  entry.line = hasLine ? static_cast<int>(line) : -1;
  entry.endLine = hasLine ? static_cast<int>(endLine) : -1;
  entry.column = static_cast<int>(column);
  entry.endColumn = static_cast<int>(endColumn);
  addr_ = entry.end;
  return true;
}

bool checkLineTable(std::span<const uint8_t> table, int firstLineNo, std::string *why) {
  LineTableReader reader(table, firstLineNo);
  LineTableEntry entry;
  size_t at = 0;
  while (true) {
    at = reader.position();
    if (!reader.next(entry))
      break;
  }
  if (reader.failed()) {
    if (why)
      *why = fmt::format("malformed co_linetable entry (table byte {})", at);
    return false;
  }
  return true;
}

std::vector<LineRange> lineTableLines(std::span<const uint8_t> table, int firstLineNo) {
  // CPython: Objects/codeobject.c lineiter_next (merges equal lines)
  std::vector<LineRange> out;
  LineTableReader reader(table, firstLineNo);
  LineTableEntry e;
  while (reader.next(e)) {
    if (!out.empty() && out.back().line == e.line && out.back().end == e.start)
      out.back().end = e.end;
    else
      out.push_back({e.start, e.end, e.line});
  }
  return out;
}

std::vector<Position> lineTablePositions(std::span<const uint8_t> table, int firstLineNo) {
  std::vector<Position> out;
  LineTableReader reader(table, firstLineNo);
  LineTableEntry e;
  while (reader.next(e)) {
    for (int a = e.start; a < e.end; a += 2)
      out.push_back({e.line, e.endLine, e.column, e.endColumn});
  }
  return out;
}

Position lineTableAddrToPosition(std::span<const uint8_t> table, int firstLineNo, int offset) {
  LineTableReader reader(table, firstLineNo);
  LineTableEntry e;
  while (reader.next(e)) {
    if (offset >= e.start && offset < e.end)
      return {e.line, e.endLine, e.column, e.endColumn};
    if (e.start > offset)
      break;
  }
  return {-1, -1, -1, -1};
}

int lineTableAddrToLine(std::span<const uint8_t> table, int firstLineNo, int offset) {
  return lineTableAddrToPosition(table, firstLineNo, offset).line;
}

// --- Exception table --------------------------------------------------------

namespace {

// 6-bit groups, most significant first, 0x40 = more follows; bit 7 marks the
// first byte of an entry. CPython: Python/ceval.c parse_varint
struct ExceptionTableReader {
  std::span<const uint8_t> table;
  size_t pos = 0;

  bool varint(uint32_t &value, bool entryStart) {
    uint64_t v = 0;
    for (int i = 0; i < kMaxVarintBytes; ++i) {
      if (pos >= table.size())
        return false;
      uint8_t b = table[pos++];
      bool marker = (b & 0x80) != 0;
      if (marker != (entryStart && i == 0))
        return false;
      v = (v << 6) | (b & 63);
      if (!(b & 64)) {
        if (v > uint64_t(std::numeric_limits<int>::max() / 2))
          return false;
        value = static_cast<uint32_t>(v);
        return true;
      }
    }
    return false;
  }

  bool entry(ExceptionHandler &h) {
    uint32_t start, length, target, depthLasti;
    if (!varint(start, true) || !varint(length, false) || !varint(target, false) ||
        !varint(depthLasti, false))
      return false;
    uint64_t end = uint64_t(start) + length;
    if (end * 2 > uint64_t(std::numeric_limits<int>::max()))
      return false;
    h.start = int(start) * 2;
    h.end = int(end) * 2;
    h.target = int(target) * 2;
    h.depth = int(depthLasti >> 1);
    h.pushLasti = (depthLasti & 1) != 0;
    return true;
  }
};

} // namespace

bool checkExceptionTable(std::span<const uint8_t> table, int codeSize, std::string *why) {
  ExceptionTableReader reader{table};
  int previousEnd = 0;
  int index = 0;
  while (reader.pos < table.size()) {
    size_t at = reader.pos;
    ExceptionHandler h;
    if (!reader.entry(h)) {
      if (why)
        *why = fmt::format("malformed co_exceptiontable entry (table byte {})", at);
      return false;
    }
    const char *problem = nullptr;
    if (h.end <= h.start)
      problem = "empty range";
    else if (h.start < previousEnd)
      problem = "entries overlap or are not sorted";
    else if (h.end > codeSize)
      problem = "range ends after the bytecode";
    else if (h.target >= codeSize)
      problem = "handler target outside the bytecode";
    if (problem) {
      if (why)
        *why = fmt::format("bad co_exceptiontable entry {} ({} to {} -> {}): {}", index, h.start,
                           h.end, h.target, problem);
      return false;
    }
    previousEnd = h.end;
    ++index;
  }
  return true;
}

std::vector<ExceptionHandler> decodeExceptionTable(std::span<const uint8_t> table) {
  std::vector<ExceptionHandler> out;
  ExceptionTableReader reader{table};
  ExceptionHandler h;
  while (reader.pos < table.size() && reader.entry(h))
    out.push_back(h);
  return out;
}

} // namespace pyvm
