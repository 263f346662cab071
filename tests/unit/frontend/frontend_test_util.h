// Shared helpers of the frontend unit tests.
#pragma once

#include "vm/runtime.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#ifndef PYVM_SOURCE_DIR
#define PYVM_SOURCE_DIR "."
#endif

namespace pyvm::testing {

inline std::string dataPath(const std::string &name) {
  return std::string(PYVM_SOURCE_DIR) + "/tests/unit/frontend/data/" + name;
}

inline std::vector<uint8_t> readBytes(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Readies the runtime once for every test of the binary.
class RuntimeEnvironment : public ::testing::Environment {
public:
  void SetUp() override { ASSERT_TRUE(initRuntime()); }
};

inline void ensureRuntime() {
  static bool ready = [] { return initRuntime(); }();
  ASSERT_TRUE(ready);
}

} // namespace pyvm::testing
