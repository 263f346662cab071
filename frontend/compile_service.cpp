// The compile server child process (see frontend/compile_service.h).
#include "frontend/compile_service.h"

#include <fmt/format.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Program.h>
#include <spdlog/spdlog.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#ifndef PYVM_ORACLE
#define PYVM_ORACLE ""
#endif
#ifndef PYVM_NODE
#define PYVM_NODE ""
#endif

namespace pyvm {

namespace {

llvm::Error serviceError(std::string message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

std::string envOr(const char *name, const char *fallback) {
  const char *v = std::getenv(name);
  return v && *v ? std::string(v) : std::string(fallback);
}

// A reply larger than this is a broken child, not a code object.
constexpr uint32_t kMaxReply = 1u << 30;

struct Child {
  pid_t pid = -1;
  int toChild = -1;   // the child's stdin
  int fromChild = -1; // the child's stdout
  int errFile = -1;   // the child's stderr: an unlinked temporary file
  bool everStarted = false;
  std::string brokenReason; // set after a failure: every later request fails so
};
Child gChild;

int timeoutSeconds() {
  const char *v = std::getenv("PYVM_COMPILE_TIMEOUT");
  if (v && *v) {
    int n = std::atoi(v);
    if (n > 0)
      return n;
  }
  return 120;
}

void closeFd(int &fd) {
  if (fd >= 0)
    ::close(fd);
  fd = -1;
}

// The last lines the child wrote to stderr, for error messages.
std::string childStderr() {
  if (gChild.errFile < 0)
    return "";
  std::string text;
  char buf[4096];
  off_t size = ::lseek(gChild.errFile, 0, SEEK_END);
  off_t from = size > off_t(sizeof buf) ? size - off_t(sizeof buf) : 0;
  ssize_t n = ::pread(gChild.errFile, buf, sizeof buf, from);
  if (n > 0)
    text.assign(buf, size_t(n));
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
    text.pop_back();
  return text;
}

void reap() {
  if (gChild.pid > 0) {
    ::kill(gChild.pid, SIGKILL);
    int status;
    while (::waitpid(gChild.pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  gChild.pid = -1;
  closeFd(gChild.toChild);
  closeFd(gChild.fromChild);
  closeFd(gChild.errFile);
}

llvm::Error fail(std::string reason) {
  std::string err = childStderr();
  if (!err.empty())
    reason += ":\n" + err;
  reap();
  gChild.brokenReason = reason;
  return serviceError(reason);
}

llvm::Error start() {
  auto command = oracleCommand("cannot compile source text");
  if (!command)
    return command.takeError();
  command->push_back("compile-server");
  int in[2], out[2];
  if (::pipe2(in, O_CLOEXEC) < 0)
    return serviceError(fmt::format("cannot compile source text: pipe: {}", std::strerror(errno)));
  if (::pipe2(out, O_CLOEXEC) < 0) {
    ::close(in[0]);
    ::close(in[1]);
    return serviceError(fmt::format("cannot compile source text: pipe: {}", std::strerror(errno)));
  }
  char errTemplate[] = "/tmp/pyvm-compile-server-XXXXXX";
  int errFd = ::mkostemp(errTemplate, O_CLOEXEC);
  if (errFd >= 0)
    ::unlink(errTemplate);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  if (errFd >= 0)
    posix_spawn_file_actions_adddup2(&actions, errFd, 2);
  else
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<char *> argv;
  for (auto &a : *command)
    argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid;
  int rc = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(in[0]);
  ::close(out[1]);
  gChild.toChild = in[1];
  gChild.fromChild = out[0];
  gChild.errFile = errFd;
  if (rc != 0)
    return fail(
        fmt::format("cannot compile source text: cannot run {}: {}", argv[0], std::strerror(rc)));
  gChild.pid = pid;
  if (!gChild.everStarted)
    std::atexit(stopCompileServer);
  gChild.everStarted = true;
  spdlog::debug("compile server started: pid {}", pid);
  return llvm::Error::success();
}

// Writes to the child with SIGPIPE blocked, so a dead child is an EPIPE error
// here and pyvm's own SIGPIPE handling stays as it was; a SIGPIPE this write
// raised is taken back before unblocking.
bool writeAll(int fd, const char *data, size_t size) {
  sigset_t pipeOnly, old;
  sigemptyset(&pipeOnly);
  sigaddset(&pipeOnly, SIGPIPE);
  sigset_t pending;
  sigemptyset(&pending);
  sigpending(&pending);
  bool alreadyPending = sigismember(&pending, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipeOnly, &old);
  bool ok = true;
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      ok = false;
      break;
    }
    data += n;
    size -= size_t(n);
  }
  int savedErrno = errno;
  if (!ok && !alreadyPending) {
    timespec zero{0, 0};
    while (sigtimedwait(&pipeOnly, nullptr, &zero) < 0 && errno == EINTR) {
    }
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  errno = savedErrno;
  return ok;
}

// Reads exactly `size` bytes before `deadline`; an empty string on success,
// else what went wrong.
std::string readAll(int fd, char *data, size_t size,
                    std::chrono::steady_clock::time_point deadline) {
  while (size > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                    deadline - std::chrono::steady_clock::now())
                    .count();
    if (left <= 0)
      return "timeout";
    pollfd p{fd, POLLIN, 0};
    int r = ::poll(&p, 1, int(std::min<long long>(left, 1000 * 1000)));
    if (r < 0) {
      if (errno == EINTR)
        continue;
      return std::strerror(errno);
    }
    if (r == 0)
      continue;
    ssize_t n = ::read(fd, data, size);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN)
        continue;
      return std::strerror(errno);
    }
    if (n == 0)
      return "eof";
    data += n;
    size -= size_t(n);
  }
  return "";
}

} // namespace

llvm::Expected<std::vector<std::string>> oracleCommand(const std::string &what) {
  std::string compiler = envOr("PYVM_COMPILER", PYVM_ORACLE);
  if (compiler.empty() || !llvm::sys::fs::exists(compiler))
    return serviceError(
        fmt::format("{}: no compiler found{} (set PYVM_COMPILER to tools/oracle/oracle.mjs "
                    "or compile the file to a .pyc with CPython 3.14)",
                    what, compiler.empty() ? "" : fmt::format(" at '{}'", compiler)));
  llvm::StringRef c(compiler);
  if (!c.endswith(".mjs") && !c.endswith(".js"))
    return std::vector<std::string>{compiler};
  std::string node = envOr("PYVM_NODE", PYVM_NODE);
  if (node.empty() || !llvm::sys::fs::exists(node)) {
    auto found = llvm::sys::findProgramByName("node");
    if (!found)
      return serviceError(fmt::format("{}: node not found (set PYVM_NODE)", what));
    node = *found;
  }
  return std::vector<std::string>{node, compiler};
}

llvm::Expected<std::string> compileServerRequest(std::string_view request) {
  if (!gChild.brokenReason.empty())
    return serviceError(gChild.brokenReason);
  if (gChild.pid < 0)
    if (auto e = start())
      return e;
  int seconds = timeoutSeconds();
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  char head[4];
  uint32_t size = uint32_t(request.size());
  for (int i = 0; i < 4; i++)
    head[i] = char((size >> (8 * i)) & 0xff);
  if (!writeAll(gChild.toChild, head, 4) ||
      !writeAll(gChild.toChild, request.data(), request.size()))
    return fail(
        fmt::format("cannot compile source text: the compiler exited ({})", std::strerror(errno)));
  std::string problem = readAll(gChild.fromChild, head, 4, deadline);
  uint32_t replySize = 0;
  for (int i = 3; i >= 0; i--)
    replySize = (replySize << 8) | uint8_t(head[i]);
  if (problem.empty() && replySize > kMaxReply)
    problem = "an impossible reply size";
  std::string reply;
  if (problem.empty()) {
    reply.resize(replySize);
    problem = readAll(gChild.fromChild, reply.data(), replySize, deadline);
  }
  if (problem == "timeout")
    return fail(fmt::format("cannot compile source text: the compiler did not answer within "
                            "{} s (PYVM_COMPILE_TIMEOUT)",
                            seconds));
  if (problem == "eof")
    return fail("cannot compile source text: the compiler exited without answering");
  if (!problem.empty())
    return fail(fmt::format("cannot compile source text: reading from the compiler: {}", problem));
  return reply;
}

void stopCompileServer() {
  if (gChild.pid > 0)
    spdlog::debug("compile server stopped: pid {}", gChild.pid);
  reap();
}

bool compileServerStarted() { return gChild.everStarted; }

} // namespace pyvm
