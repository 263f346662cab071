// The compile reply cache: where it lives, keys, round trips, damaged entries.
#include "frontend/compile_cache.h"

#include <gtest/gtest.h>

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace pyvm {
namespace {

// Points PYVM_CACHE_DIR at a fresh folder for one test.
class CompileCacheTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("pyvm-cache-test", dir_));
    setenv("PYVM_CACHE_DIR", dir_.c_str(), 1);
  }
  void TearDown() override {
    unsetenv("PYVM_CACHE_DIR");
    llvm::sys::fs::remove_directories(dir_);
  }
  std::string entryFile(const std::string &key) {
    return compileCacheDir() + "/" + key.substr(0, 2) + "/" + key;
  }
  llvm::SmallString<128> dir_;
};

TEST_F(CompileCacheTest, DirectoryFollowsTheEnvironment) {
  EXPECT_EQ(compileCacheDir(), std::string(dir_) + "/compile");
  unsetenv("PYVM_CACHE_DIR");
  setenv("XDG_CACHE_HOME", "/x/cache", 1);
  EXPECT_EQ(compileCacheDir(), "/x/cache/pyvm/compile");
  unsetenv("XDG_CACHE_HOME");
}

TEST_F(CompileCacheTest, KeysDependOnEveryByte) {
  std::string a = compileCacheKey(std::string("x = 1\0exec", 10));
  EXPECT_EQ(a.size(), 64u);
  EXPECT_EQ(a, compileCacheKey(std::string("x = 1\0exec", 10)));
  EXPECT_NE(a, compileCacheKey(std::string("x = 1\0eval", 10)));
  EXPECT_NE(a, compileCacheKey("x = 1"));
}

TEST_F(CompileCacheTest, StoreThenLoad) {
  std::string key = compileCacheKey("request");
  EXPECT_FALSE(compileCacheLoad(key));
  std::string payload("reply with \0 bytes", 18);
  compileCacheStore(key, payload);
  auto loaded = compileCacheLoad(key);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(*loaded, payload);
  EXPECT_FALSE(compileCacheLoad(compileCacheKey("other request")));
}

TEST_F(CompileCacheTest, DamagedEntriesAreMissesAndRemoved) {
  std::string key = compileCacheKey("request");
  compileCacheStore(key, "the reply payload");
  std::string path = entryFile(key);
  ASSERT_TRUE(llvm::sys::fs::exists(path));
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(-3, std::ios::end);
    f.write("XYZ", 3);
  }
  EXPECT_FALSE(compileCacheLoad(key));
  EXPECT_FALSE(llvm::sys::fs::exists(path));
  // Rewritten cleanly by the next store.
  compileCacheStore(key, "the reply payload");
  EXPECT_EQ(compileCacheLoad(key).value_or(""), "the reply payload");
  // A truncated entry, and an entry stored under another key's name.
  std::filesystem::resize_file(path, 20);
  EXPECT_FALSE(compileCacheLoad(key));
  std::string other = compileCacheKey("other");
  compileCacheStore(other, "other payload");
  llvm::sys::fs::create_directories(llvm::sys::path::parent_path(path));
  llvm::sys::fs::copy_file(entryFile(other), path);
  EXPECT_FALSE(compileCacheLoad(key));
}

} // namespace
} // namespace pyvm
