// End-to-end checks of the object model: runs tests/unit/vm/core_e2e_*.py
// with the pyvm binary of this build and compares stdout with the output
// recorded from CPython 3.14 (core_e2e_*.expected), object addresses
// normalised. Skipped when the pyvm binary or the oracle compiler (node) is
// not available. Each script is copied to a temporary directory first so the
// compiled __pycache__ stays out of the source tree.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path &p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string normalise(const std::string &s) {
  static const std::regex addr("0x[0-9a-fA-F]+");
  return std::regex_replace(s, addr, "0xADDR");
}

fs::path pyvmBinary() {
  // build/<preset>/tests/unit/pyvm_unit_tests -> build/<preset>/pyvm
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec)
    return {};
  return self.parent_path().parent_path().parent_path() / "pyvm";
}

std::string run(const std::string &cmd, int *status) {
  std::string out;
  FILE *p = popen(cmd.c_str(), "r");
  if (!p) {
    *status = -1;
    return out;
  }
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0)
    out.append(buf.data(), n);
  *status = pclose(p);
  return out;
}

class CoreE2E : public ::testing::TestWithParam<const char *> {};

TEST_P(CoreE2E, MatchesCPython) {
  fs::path bin = pyvmBinary();
  if (bin.empty() || !fs::exists(bin))
    GTEST_SKIP() << "pyvm binary not built";
  if (std::system("command -v node > /dev/null 2>&1") != 0)
    GTEST_SKIP() << "node (oracle compiler) not available";
  fs::path dir = fs::path(PYVM_SOURCE_DIR) / "tests/unit/vm";
  std::string name = std::string("core_e2e_") + GetParam();
  fs::path tmp = fs::temp_directory_path() / ("pyvm_core_e2e_" + std::to_string(getpid()));
  fs::create_directories(tmp);
  fs::copy_file(dir / (name + ".py"), tmp / (name + ".py"), fs::copy_options::overwrite_existing);
  int status = 0;
  std::string out = run("cd '" + tmp.string() + "' && '" + bin.string() + "' " + name +
                            ".py 2>/dev/null",
                        &status);
  std::string expected = readFile(dir / (name + ".expected"));
  fs::remove_all(tmp);
  EXPECT_EQ(normalise(out), normalise(expected));
}

INSTANTIATE_TEST_SUITE_P(Cases, CoreE2E, ::testing::Values("proto", "classes1", "classes2"));

} // namespace
