// Decoding of the two side tables of a code object: the location table
// (co_linetable: line and column of every code unit) and the exception table
// (co_exceptiontable: handler ranges). Both are plain functions over the raw
// bytes so they can be checked once (when a code object is built from a
// .pyc) and then read without further checks.
// CPython: Objects/codeobject.c (advance, advance_with_locations,
// _PyLineTable_NextAddressRange, lineiter_next, positionsiter_next),
// Python/ceval.c get_exception_handler, Objects/locations.md,
// InternalDocs/exception_handling.md
#pragma once

#include "vm/code.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace pyvm {

// One entry of the location table: code units [start, end) in bytes, and
// their position. Unknown values are -1; `line` is -1 for code without a
// source location (the "--" of dis).
struct LineTableEntry {
  int start, end;
  int line, endLine, column, endColumn;
};

// Walks the entries of a location table. Stops (returns false) at the end of
// the table or at the first malformed entry, so it never reads out of bounds
// even on tables that were not checked.
class LineTableReader {
public:
  LineTableReader(std::span<const uint8_t> table, int firstLineNo)
      : table_(table), line_(firstLineNo) {}
  bool next(LineTableEntry &entry);
  // Byte offset in the table of the next entry (for error messages).
  size_t position() const { return pos_; }
  bool failed() const { return failed_; }

private:
  bool readVarint(uint32_t &value);
  bool readSignedVarint(int64_t &value);
  bool readByte(uint8_t &value);

  std::span<const uint8_t> table_;
  size_t pos_ = 0;
  int64_t line_;
  int addr_ = 0;
  bool failed_ = false;
};

// Checks that every entry of the table is well formed (lead bytes with bit 7,
// payload bytes without it, varints of at most 32 bits, line numbers inside
// the int range). On failure returns false and describes the problem in *why.
bool checkLineTable(std::span<const uint8_t> table, int firstLineNo, std::string *why);

// co_lines(): ranges [start, end) in bytes with their line (-1 = None),
// consecutive entries with the same line merged.
struct LineRange {
  int start, end, line;
};
std::vector<LineRange> lineTableLines(std::span<const uint8_t> table, int firstLineNo);

// co_positions(): one Position per code unit, for as many code units as the
// table covers.
std::vector<Position> lineTablePositions(std::span<const uint8_t> table, int firstLineNo);

// The line of the code unit at byte `offset`, -1 when it has none or the
// table does not cover it. CPython: PyCode_Addr2Line
int lineTableAddrToLine(std::span<const uint8_t> table, int firstLineNo, int offset);
// The full position of the code unit at byte `offset` (all -1 when unknown).
Position lineTableAddrToPosition(std::span<const uint8_t> table, int firstLineNo, int offset);

// Exception table. Entries hold byte offsets (the table stores code units).
// Checks that the table is a sequence of well-formed entries (start marker on
// the first byte only), sorted by start, not overlapping, with start < end <=
// codeSize and target < codeSize. On failure returns false with *why set.
bool checkExceptionTable(std::span<const uint8_t> table, int codeSize, std::string *why);
// Decodes the table (stops at the first malformed entry).
std::vector<ExceptionHandler> decodeExceptionTable(std::span<const uint8_t> table);

} // namespace pyvm
