// Location table and exception table decoding, against the worked examples
// of docs/pyc-3.14.md and against what CPython 3.14 reports (the .tables
// files, made by data/dump_tables.py under the oracle).
#include "frontend/pyc.h"
#include "frontend_test_util.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/linetable.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace pyvm {
namespace {

using testing::dataPath;

TEST(LineTable, DocExampleAdd) {
  // def add(a, b=2): return a + b   (co_firstlineno = 4)
  const uint8_t table[] = {0x80, 0x00, 0xd8, 0x0b, 0x0c, 0x8d, 0x35, 0x80, 0x4c};
  std::string why;
  EXPECT_TRUE(checkLineTable(table, 4, &why)) << why;
  auto lines = lineTableLines(table, 4);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].start, 0);
  EXPECT_EQ(lines[0].end, 2);
  EXPECT_EQ(lines[0].line, 4);
  EXPECT_EQ(lines[1].start, 2);
  EXPECT_EQ(lines[1].end, 18);
  EXPECT_EQ(lines[1].line, 5);
  auto pos = lineTablePositions(table, 4);
  ASSERT_EQ(pos.size(), 9u);
  EXPECT_EQ(pos[0].line, 4);
  EXPECT_EQ(pos[0].column, 0);
  EXPECT_EQ(pos[0].endColumn, 0);
  EXPECT_EQ(pos[1].column, 11);
  EXPECT_EQ(pos[1].endColumn, 12);
  for (int i = 2; i < 8; ++i) {
    EXPECT_EQ(pos[i].line, 5);
    EXPECT_EQ(pos[i].endLine, 5);
    EXPECT_EQ(pos[i].column, 11);
    EXPECT_EQ(pos[i].endColumn, 16);
  }
  EXPECT_EQ(pos[8].column, 4);
  EXPECT_EQ(pos[8].endColumn, 16);
  EXPECT_EQ(lineTableAddrToLine(table, 4, 0), 4);
  EXPECT_EQ(lineTableAddrToLine(table, 4, 16), 5);
  EXPECT_EQ(lineTableAddrToLine(table, 4, 18), -1);
}

TEST(LineTable, LongNoColumnAndNoneForms) {
  // code 14 (long): line +3, end line +1, col 2 (stored 3), end col 7 (stored 8)
  // code 13 (no columns): line -2 (svarint 5)
  // code 15 (none), 2 units
  const uint8_t table[] = {0xf0, 0x06, 0x01, 0x03, 0x08, 0xe8, 0x05, 0xf9};
  std::string why;
  ASSERT_TRUE(checkLineTable(table, 10, &why)) << why;
  auto pos = lineTablePositions(table, 10);
  ASSERT_EQ(pos.size(), 4u);
  EXPECT_EQ(pos[0].line, 13);
  EXPECT_EQ(pos[0].endLine, 14);
  EXPECT_EQ(pos[0].column, 2);
  EXPECT_EQ(pos[0].endColumn, 7);
  EXPECT_EQ(pos[1].line, 11);
  EXPECT_EQ(pos[1].endLine, 11);
  EXPECT_EQ(pos[1].column, -1);
  EXPECT_EQ(pos[2].line, -1);
  EXPECT_EQ(pos[3].endLine, -1);
  auto lines = lineTableLines(table, 10);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[2].start, 4);
  EXPECT_EQ(lines[2].end, 8);
  EXPECT_EQ(lines[2].line, -1);
}

TEST(LineTable, MalformedTablesAreRejected) {
  std::string why;
  const uint8_t noLead[] = {0x00};
  EXPECT_FALSE(checkLineTable(noLead, 1, &why));
  EXPECT_NE(why.find("malformed co_linetable entry (table byte 0)"), std::string::npos) << why;
  const uint8_t truncatedShort[] = {0x80};
  EXPECT_FALSE(checkLineTable(truncatedShort, 1, &why));
  const uint8_t truncatedVarint[] = {0xe8, 0x45};
  EXPECT_FALSE(checkLineTable(truncatedVarint, 1, &why));
  const uint8_t endlessVarint[] = {0xe8, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x01};
  EXPECT_FALSE(checkLineTable(endlessVarint, 1, &why));
  const uint8_t leadInPayload[] = {0xd0, 0x01, 0x81};
  EXPECT_FALSE(checkLineTable(leadInPayload, 1, &why));
  // The reader stops at the first bad entry instead of reading past it.
  EXPECT_EQ(lineTablePositions(leadInPayload, 1).size(), 0u);
  const uint8_t empty[] = {0};
  EXPECT_TRUE(checkLineTable(std::span(empty, 0), 1, &why));
}

TEST(ExceptionTable, DocExampleWith) {
  const uint8_t table[] = {0x94, 0x11, 0x2f, 0x05, 0xaf, 0x0b, 0x41, 0x00, 0x09};
  std::string why;
  ASSERT_TRUE(checkExceptionTable(table, 200, &why)) << why;
  auto entries = decodeExceptionTable(table);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].start, 40);
  EXPECT_EQ(entries[0].end, 74);
  EXPECT_EQ(entries[0].target, 94);
  EXPECT_EQ(entries[0].depth, 2);
  EXPECT_TRUE(entries[0].pushLasti);
  EXPECT_EQ(entries[1].start, 94);
  EXPECT_EQ(entries[1].end, 116);
  EXPECT_EQ(entries[1].target, 128);
  EXPECT_EQ(entries[1].depth, 4);
  EXPECT_TRUE(entries[1].pushLasti);
  // Handlers and ranges must stay inside the code.
  EXPECT_FALSE(checkExceptionTable(table, 120, &why));
  EXPECT_FALSE(checkExceptionTable(table, 100, &why));
}

TEST(ExceptionTable, MalformedTablesAreRejected) {
  std::string why;
  const uint8_t noMarker[] = {0x14, 0x11, 0x2f, 0x05};
  EXPECT_FALSE(checkExceptionTable(noMarker, 200, &why));
  const uint8_t markerInside[] = {0x94, 0x91, 0x2f, 0x05};
  EXPECT_FALSE(checkExceptionTable(markerInside, 200, &why));
  const uint8_t truncated[] = {0x94, 0x11, 0x2f};
  EXPECT_FALSE(checkExceptionTable(truncated, 200, &why));
  const uint8_t empty[] = {0x94, 0x00, 0x2f, 0x05};
  EXPECT_FALSE(checkExceptionTable(empty, 200, &why));
  // Overlapping: [40, 74) then [42, ...)
  const uint8_t overlap[] = {0x94, 0x11, 0x2f, 0x05, 0x95, 0x01, 0x2f, 0x05};
  EXPECT_FALSE(checkExceptionTable(overlap, 200, &why));
  EXPECT_NE(why.find("overlap"), std::string::npos) << why;
}

// --- Against CPython ---------------------------------------------------------

struct Expected {
  std::string qualname;
  std::vector<std::string> lines, positions, starts, exceptions;
  std::string varnames, cellvars, freevars, counts;
};

std::vector<Expected> readTables(const std::string &path) {
  std::ifstream in(path);
  std::vector<Expected> out;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string kind;
    words >> kind;
    std::string rest;
    std::getline(words, rest);
    if (!rest.empty() && rest[0] == ' ')
      rest.erase(0, 1);
    if (kind == "code") {
      out.emplace_back();
      out.back().qualname = rest.substr(0, rest.find(' '));
    } else if (kind == "line") {
      out.back().lines.push_back(rest);
    } else if (kind == "pos") {
      out.back().positions.push_back(rest);
    } else if (kind == "start") {
      out.back().starts.push_back(rest);
    } else if (kind == "exc") {
      out.back().exceptions.push_back(rest);
    } else if (kind == "varnames") {
      out.back().varnames = rest;
    } else if (kind == "cellvars") {
      out.back().cellvars = rest;
    } else if (kind == "freevars") {
      out.back().freevars = rest;
    } else if (kind == "counts") {
      out.back().counts = rest;
    }
  }
  return out;
}

void walk(Value code, std::vector<const CodeObject *> &out) {
  const auto *co = code.as<CodeObject>();
  out.push_back(co);
  for (Value c : tupleItems(co->consts.get()))
    if (isCode(c))
      walk(c, out);
}

std::string show(int v) { return v < 0 ? "-" : std::to_string(v); }

std::string joinNames(Value tuple) {
  std::string s;
  for (Value v : tupleItems(tuple))
    s += (s.empty() ? "" : " ") + strToUtf8(v);
  return s;
}

class OracleTables : public ::testing::TestWithParam<const char *> {};

TEST_P(OracleTables, MatchCPython) {
  testing::ensureRuntime();
  std::string name = GetParam();
  auto pyc = readPycFile(dataPath(name + ".pyc"));
  ASSERT_TRUE(bool(pyc)) << llvm::toString(pyc.takeError());
  std::vector<const CodeObject *> codes;
  walk(pyc->code.get(), codes);
  auto expected = readTables(dataPath(name + ".tables"));
  ASSERT_EQ(codes.size(), expected.size());
  for (size_t i = 0; i < codes.size(); ++i) {
    const CodeObject *co = codes[i];
    const Expected &e = expected[i];
    SCOPED_TRACE(e.qualname);
    EXPECT_EQ(strToUtf8(co->qualname.get()), e.qualname);
    auto table = std::span(bytesData(co->linetable.get()), bytesSize(co->linetable.get()));
    std::vector<std::string> lines, positions, starts, exceptions;
    bool first = true;
    int last = 0;
    for (const LineRange &r : lineTableLines(table, co->firstlineno)) {
      lines.push_back(std::to_string(r.start) + " " + std::to_string(r.end) + " " + show(r.line));
      if (first || r.line != last)
        starts.push_back(std::to_string(r.start) + " " + show(r.line));
      first = false;
      last = r.line;
    }
    for (const Position &p : lineTablePositions(table, co->firstlineno))
      positions.push_back(show(p.line) + " " + show(p.endLine) + " " + show(p.column) + " " +
                          show(p.endColumn));
    for (const ExceptionHandler &h : codeExceptionTable(co))
      exceptions.push_back(std::to_string(h.start) + " " + std::to_string(h.end) + " " +
                           std::to_string(h.target) + " " + std::to_string(h.depth) + " " +
                           (h.pushLasti ? "1" : "0"));
    EXPECT_EQ(lines, e.lines);
    EXPECT_EQ(positions, e.positions);
    EXPECT_EQ(starts, e.starts);
    EXPECT_EQ(exceptions, e.exceptions);
    EXPECT_EQ(joinNames(codeVarnames(co).get()), e.varnames);
    EXPECT_EQ(joinNames(codeCellvars(co).get()), e.cellvars);
    EXPECT_EQ(joinNames(codeFreevars(co).get()), e.freevars);
    EXPECT_EQ(std::to_string(co->argcount) + " " + std::to_string(co->posonlyargcount) + " " +
                  std::to_string(co->kwonlyargcount) + " " + std::to_string(co->nlocals) + " " +
                  std::to_string(co->stacksize) + " " + std::to_string(co->flags),
              e.counts);
    // Every offset: addr2line agrees with the position table, and the
    // handler lookup agrees with a linear scan of the table.
    int units = int(bytesSize(co->code.get()) / 2);
    for (int u = 0; u < units; ++u) {
      int offset = 2 * u;
      if (size_t(u) < positions.size()) {
        EXPECT_EQ(show(codeAddrToLine(co, offset)),
                  show(lineTablePositions(table, co->firstlineno)[size_t(u)].line));
      }
      ExceptionHandler h{};
      bool found = codeFindHandler(co, offset, &h);
      const ExceptionHandler *linear = nullptr;
      for (const ExceptionHandler &x : co->handlers)
        if (offset >= x.start && offset < x.end)
          linear = &x;
      EXPECT_EQ(found, linear != nullptr);
      if (found && linear) {
        EXPECT_EQ(h.target, linear->target);
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Frontend, OracleTables,
                         ::testing::Values("try_except_finally", "closure_cells_args",
                                           "generators", "extended_arg_jumps", "with_async"));

} // namespace
} // namespace pyvm
