// The marshal reader: every type code, the reference rules, and every error
// (unknown codes, bad references, truncation at every byte of real .pyc
// files, bit flips, hostile sizes, nesting).
#include "frontend/marshal.h"
#include "frontend/pyc.h"
#include "frontend_test_util.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/complex.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/set.h"
#include "vm/singletons.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace pyvm {
namespace {

using Bytes = std::vector<uint8_t>;

class Marshal : public ::testing::Test {
protected:
  void SetUp() override { testing::ensureRuntime(); }

  static Ref load(const Bytes &data) {
    auto r = readMarshal(data);
    if (!r) {
      ADD_FAILURE() << llvm::toString(r.takeError());
      return Ref();
    }
    return std::move(*r);
  }
  static std::string loadError(const Bytes &data, size_t base = 0) {
    auto r = readMarshal(data, base);
    if (r)
      return "(no error)";
    return llvm::toString(r.takeError());
  }
};

void put32(Bytes &b, int32_t v) {
  uint8_t raw[4];
  std::memcpy(raw, &v, 4);
  b.insert(b.end(), raw, raw + 4);
}
void putDouble(Bytes &b, double v) {
  uint8_t raw[8];
  std::memcpy(raw, &v, 8);
  b.insert(b.end(), raw, raw + 8);
}
int64_t asInt(Value v) {
  int64_t out = 0;
  EXPECT_TRUE(intFitsInt64(v, &out));
  return out;
}

TEST_F(Marshal, Singletons) {
  EXPECT_TRUE(load({'N'}).get().is(None()));
  EXPECT_TRUE(load({'T'}).get().is(True()));
  EXPECT_TRUE(load({'F'}).get().is(False()));
  EXPECT_TRUE(load({'.'}).get().is(Ellipsis()));
  EXPECT_TRUE(load({'S'}).get().is(Value::fromObject(&StopIterationType)));
  // The flag on a singleton is ignored and registers nothing.
  EXPECT_TRUE(load({'N' | 0x80}).get().is(None()));
  EXPECT_NE(loadError({'(', 2, 0, 0, 0, 'N' | 0x80, 'r', 0, 0, 0, 0}).find("invalid reference"),
            std::string::npos);
}

TEST_F(Marshal, Ints) {
  Bytes b{'i'};
  put32(b, -123456);
  EXPECT_EQ(asInt(load(b).get()), -123456);
  Bytes big{'I'};
  int64_t v = -(int64_t(1) << 40);
  uint8_t raw[8];
  std::memcpy(raw, &v, 8);
  big.insert(big.end(), raw, raw + 8);
  EXPECT_EQ(asInt(load(big).get()), v);
  // 2**31 = digits 0, 0, 2 (docs/pyc-3.14.md §1.2)
  Ref l = load({'l', 3, 0, 0, 0, 0, 0, 0, 0, 2, 0});
  EXPECT_EQ(asInt(l.get()), int64_t(1) << 31);
  Ref neg = load({'l', 0xfd, 0xff, 0xff, 0xff, 0, 0, 0, 0, 2, 0});
  EXPECT_EQ(asInt(neg.get()), -(int64_t(1) << 31));
  EXPECT_EQ(asInt(load({'l', 0, 0, 0, 0}).get()), 0);
  Ref huge = load({'l', 5, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0});
  EXPECT_EQ(intToBigInt(huge.get()).toString().value(), "1152921504606846977");
}

TEST_F(Marshal, IntErrors) {
  EXPECT_NE(loadError({'l', 1, 0, 0, 0, 0x00, 0x80}).find("digit out of range in long"),
            std::string::npos);
  EXPECT_NE(loadError({'l', 2, 0, 0, 0, 1, 0, 0, 0}).find("unnormalized long data"),
            std::string::npos);
  // A hostile digit count is refused before anything is allocated.
  EXPECT_NE(loadError({'l', 0xff, 0xff, 0xff, 0x7f, 1, 0}).find("too short"), std::string::npos);
  EXPECT_NE(loadError({'l', 0, 0, 0, 0x80}).find("too short"), std::string::npos);
}

TEST_F(Marshal, Floats) {
  Bytes g{'g'};
  putDouble(g, 3.5);
  EXPECT_EQ(floatValue(load(g).get()), 3.5);
  Bytes y{'y'};
  putDouble(y, 1.5);
  putDouble(y, -0.5);
  Ref c = load(y);
  ASSERT_EQ(c.type(), &ComplexType);
  EXPECT_EQ(c.as<ComplexObject>()->real, 1.5);
  EXPECT_EQ(c.as<ComplexObject>()->imag, -0.5);
  EXPECT_EQ(floatValue(load({'f', 4, '-', '2', '.', '5'}).get()), -2.5);
  EXPECT_TRUE(std::isinf(floatValue(load({'f', 3, 'i', 'n', 'f'}).get())));
  Ref x = load({'x', 1, '1', 3, '1', 'e', '3'});
  EXPECT_EQ(x.as<ComplexObject>()->real, 1.0);
  EXPECT_EQ(x.as<ComplexObject>()->imag, 1000.0);
  EXPECT_NE(loadError({'f', 3, 'a', 'b', 'c'}).find("invalid float literal"), std::string::npos);
}

TEST_F(Marshal, StringsAndBytes) {
  Ref s = load({'s', 3, 0, 0, 0, 'a', 0, 'c'});
  ASSERT_TRUE(isBytes(s.get()));
  EXPECT_EQ(bytesView(s.get()), std::string_view("a\0c", 3));
  EXPECT_EQ(strToUtf8(load({'u', 2, 0, 0, 0, 0xc3, 0xa9}).get()), "\xc3\xa9");
  EXPECT_EQ(strToUtf8(load({'t', 1, 0, 0, 0, 'x'}).get()), "x");
  EXPECT_EQ(strToUtf8(load({'a', 2, 0, 0, 0, 'h', 'i'}).get()), "hi");
  EXPECT_EQ(strToUtf8(load({'A', 2, 0, 0, 0, 'h', 'i'}).get()), "hi");
  EXPECT_EQ(strToUtf8(load({'z', 2, 'o', 'k'}).get()), "ok");
  EXPECT_EQ(strToUtf8(load({'Z', 0}).get()), "");
  // ASCII types read their bytes as Latin-1 without checking.
  EXPECT_EQ(strToUtf8(load({'z', 1, 0xe9}).get()), "\xc3\xa9");
  EXPECT_NE(loadError({'s', 0xff, 0xff, 0xff, 0x7f}).find("too short"), std::string::npos);
  EXPECT_NE(loadError({'s', 0xff, 0xff, 0xff, 0xff}).find("size out of range"),
            std::string::npos);
  EXPECT_NE(loadError({'z', 5, 'a'}).find("too short"), std::string::npos);
}

TEST_F(Marshal, Containers) {
  Ref t = load({')', 2, 'i', 1, 0, 0, 0, 'N'});
  ASSERT_TRUE(isTuple(t.get()));
  ASSERT_EQ(tupleSize(t.get()), 2u);
  EXPECT_EQ(asInt(tupleItem(t.get(), 0)), 1);
  Ref big = load({'(', 1, 0, 0, 0, 'T'});
  EXPECT_EQ(tupleSize(big.get()), 1u);
  Ref l = load({'[', 2, 0, 0, 0, 'N', 'F'});
  ASSERT_TRUE(isList(l.get()));
  EXPECT_EQ(listSize(l.get()), 2u);
  Ref d = load({'{', 'z', 1, 'k', 'i', 7, 0, 0, 0, '0'});
  EXPECT_TRUE(bool(d));
  Ref fs = load({'>', 2, 0, 0, 0, 'i', 1, 0, 0, 0, 'i', 2, 0, 0, 0});
  EXPECT_EQ(fs.type(), &FrozenSetType);
  EXPECT_EQ(setSize(fs.get()), 2u);
  Ref st = load({'<', 1, 0, 0, 0, 'i', 1, 0, 0, 0});
  EXPECT_EQ(st.type(), &SetType);
  Ref sl = load({':', 'i', 1, 0, 0, 0, 'i', 2, 0, 0, 0, 'N'});
  ASSERT_EQ(sl.type(), &SliceType);
  EXPECT_EQ(asInt(sl.as<SliceObject>()->start), 1);
  EXPECT_TRUE(sl.as<SliceObject>()->step.is(None()));
  // A hostile element count is refused before allocating.
  EXPECT_NE(loadError({'(', 0xff, 0xff, 0xff, 0x7f, 'N'}).find("too short"), std::string::npos);
  EXPECT_NE(loadError({'[', 0xff, 0xff, 0xff, 0x7f}).find("too short"), std::string::npos);
  EXPECT_NE(loadError({'<', 0x00, 0x00, 0x00, 0x80}).find("size out of range"),
            std::string::npos);
  // NULL is only a dict terminator.
  EXPECT_NE(loadError({')', 1, '0'}).find("NULL object"), std::string::npos);
  EXPECT_NE(loadError({'{', 'N'}).find("EOF"), std::string::npos);
}

TEST_F(Marshal, References) {
  // ('x', 'x') with the second a reference to the first.
  Ref t = load({')', 2, 'z' | 0x80, 1, 'x', 'r', 0, 0, 0, 0});
  EXPECT_TRUE(tupleItem(t.get(), 0).is(tupleItem(t.get(), 1)));
  // A flagged container takes its index before its children: the inner
  // tuple is #0, the int inside it #1.
  Ref t2 = load({')', 3, ')' | 0x80, 1, 'i' | 0x80, 5, 0, 0, 0, 'r', 1, 0, 0, 0, 'r', 0, 0, 0, 0});
  EXPECT_EQ(asInt(tupleItem(t2.get(), 1)), 5);
  EXPECT_TRUE(tupleItem(t2.get(), 2).is(tupleItem(t2.get(), 0)));
  // Out of range, negative, and a slot still being filled.
  EXPECT_NE(loadError({'r', 0, 0, 0, 0}).find("invalid reference"), std::string::npos);
  EXPECT_NE(loadError({'r', 0xff, 0xff, 0xff, 0xff}).find("invalid reference"),
            std::string::npos);
  EXPECT_NE(loadError({')' | 0x80, 1, 'r', 0, 0, 0, 0}).find("invalid reference"),
            std::string::npos);
  EXPECT_NE(loadError({'>' | 0x80, 1, 0, 0, 0, 'r', 0, 0, 0, 0}).find("invalid reference"),
            std::string::npos);
  // No reference cycles: a list or dict cannot contain itself.
  EXPECT_NE(loadError({'[' | 0x80, 1, 0, 0, 0, 'r', 0, 0, 0, 0}).find("invalid reference"),
            std::string::npos);
  EXPECT_NE(loadError({'{' | 0x80, 'N', 'r', 0, 0, 0, 0, '0'}).find("invalid reference"),
            std::string::npos);
  // ... but refers to it once complete.
  Ref pair = load({')', 2, '[' | 0x80, 0, 0, 0, 0, 'r', 0, 0, 0, 0});
  EXPECT_TRUE(tupleItem(pair.get(), 0).is(tupleItem(pair.get(), 1)));
}

TEST_F(Marshal, UnknownTypeCodes) {
  for (int c = 0; c < 256; ++c) {
    if (std::string_view("0NFTS.iIlgyfxsutaAzZ()[{<>:cr").find(char(c & 0x7f)) !=
        std::string_view::npos)
      continue;
    std::string e = loadError({uint8_t(c)}, 16);
    EXPECT_NE(e.find("unknown type code"), std::string::npos) << c << ": " << e;
    EXPECT_NE(e.find("at byte 16"), std::string::npos) << e;
  }
  EXPECT_NE(loadError({'?'}).find("unknown type code 0x3f"), std::string::npos);
}

TEST_F(Marshal, NestingLimit) {
  Bytes deep;
  for (int i = 0; i < kMaxMarshalDepth + 10; ++i) {
    deep.push_back(')');
    deep.push_back(1);
  }
  deep.push_back('N');
  EXPECT_NE(loadError(deep).find("recursion limit exceeded"), std::string::npos);
  Bytes ok;
  for (int i = 0; i < kMaxMarshalDepth - 1; ++i) {
    ok.push_back(')');
    ok.push_back(1);
  }
  ok.push_back('N');
  EXPECT_TRUE(bool(load(ok)));
}

TEST_F(Marshal, EmptyAndTrailing) {
  EXPECT_NE(loadError({}).find("EOF read where object expected at byte 0"), std::string::npos);
  size_t consumed = 0;
  Bytes data{'N', 'x', 'y'};
  auto r = readMarshal(data, 0, &consumed);
  ASSERT_TRUE(bool(r));
  EXPECT_EQ(consumed, 1u);
}

// Every prefix of a real .pyc is an error, never a crash; every single-bit
// flip is either loaded or refused cleanly.
class RealPyc : public ::testing::TestWithParam<const char *> {};

TEST_P(RealPyc, TruncationAtEveryByteIsAnError) {
  testing::ensureRuntime();
  Bytes data = testing::readBytes(testing::dataPath(std::string(GetParam()) + ".pyc"));
  ASSERT_GT(data.size(), 16u);
  auto whole = readPyc(data, "x.pyc");
  ASSERT_TRUE(bool(whole)) << llvm::toString(whole.takeError());
  for (size_t n = 0; n < data.size(); ++n) {
    Bytes prefix(data.begin(), data.begin() + long(n));
    auto r = readPyc(prefix, "x.pyc");
    ASSERT_FALSE(bool(r)) << "prefix of " << n << " bytes loaded";
    std::string message = llvm::toString(r.takeError());
    EXPECT_FALSE(message.empty());
  }
}

TEST_P(RealPyc, BitFlipsNeverCrash) {
  testing::ensureRuntime();
  Bytes data = testing::readBytes(testing::dataPath(std::string(GetParam()) + ".pyc"));
  size_t loaded = 0, refused = 0;
  for (size_t i = 16; i < data.size(); ++i) {
    for (int bit : {0, 3, 7}) {
      Bytes copy = data;
      copy[i] ^= uint8_t(1 << bit);
      auto r = readPyc(copy, "x.pyc");
      if (r) {
        ++loaded;
      } else {
        ++refused;
        llvm::consumeError(r.takeError());
      }
    }
  }
  EXPECT_GT(refused, 0u);
  EXPECT_GT(loaded + refused, 0u);
}

INSTANTIATE_TEST_SUITE_P(Frontend, RealPyc,
                         ::testing::Values("try_except_finally", "closure_cells_args",
                                           "generators"));

} // namespace
} // namespace pyvm
