// File objects: sys.stdin/stdout/stderr and open() (text and binary).
// A small native subset of CPython's io module (TextIOWrapper,
// BufferedReader/Writer over a C FILE).  CPython: Modules/_io/
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace pyvm {

Type TextIOWrapperType;
Type BufferedReaderType;
Type BufferedWriterType;

namespace {

struct FileObject : Object {
  FILE *fp;
  Ref name;
  Ref mode;
  std::string *writeBuffer; // pending output
  bool readable, writable, binary, closed, ownsFile, lineBuffered, unbuffered;
};

FileObject *asFile(Value v) { return v.as<FileObject>(); }
bool isFileObject(Value v) {
  Type *t = v.type();
  return t == &TextIOWrapperType || t == &BufferedReaderType || t == &BufferedWriterType;
}

bool flushFile(FileObject *f) {
  if (f->writeBuffer && !f->writeBuffer->empty() && f->fp) {
    std::fwrite(f->writeBuffer->data(), 1, f->writeBuffer->size(), f->fp);
    f->writeBuffer->clear();
  }
  if (f->fp)
    std::fflush(f->fp);
  return true;
}

void fileDealloc(Object *o) {
  FileObject *f = static_cast<FileObject *>(o);
  if (!f->closed) {
    flushFile(f);
    if (f->ownsFile && f->fp)
      std::fclose(f->fp);
  }
  delete f->writeBuffer;
  f->name.~Ref();
  f->mode.~Ref();
}

Ref newFile(Type *type, FILE *fp, Value name, const char *mode, bool readable, bool writable,
            bool binary, bool owns) {
  auto *f = static_cast<FileObject *>(allocObject(type));
  if (!f)
    return {};
  new (&f->name) Ref(Ref::borrow(name));
  new (&f->mode) Ref(newStr(mode));
  f->fp = fp;
  f->writeBuffer = new std::string();
  f->readable = readable;
  f->writable = writable;
  f->binary = binary;
  f->closed = false;
  f->ownsFile = owns;
  f->lineBuffered = false;
  f->unbuffered = false;
  return Ref::steal(f);
}

bool checkOpen(FileObject *f) {
  if (f->closed) {
    raise(&ValueErrorType, "I/O operation on closed file.");
    return false;
  }
  return true;
}

bool appendText(FileObject *f, std::string_view text) {
  f->writeBuffer->append(text);
  if (f->unbuffered || f->writeBuffer->size() > 8192 ||
      (f->lineBuffered && text.find('\n') != std::string_view::npos))
    flushFile(f);
  return true;
}

Ref fileWrite(Value self, Value data) {
  FileObject *f = asFile(self);
  if (!checkOpen(f))
    return {};
  if (!f->writable)
    return raise(&OSErrorType, "not writable");
  if (f->binary) {
    if (!isBytes(data) && data.type() != &ByteArrayType)
      return raisef(&TypeErrorType, "a bytes-like object is required, not '{}'", typeName(data));
    appendText(f, bytesView(data));
    return newInt(int64_t(bytesSize(data)));
  }
  if (!isStr(data))
    return raisef(&TypeErrorType, "write() argument must be str, not {}", typeName(data));
  appendText(f, strToUtf8(data));
  return newInt(int64_t(strLength(data)));
}

Ref fileFlush(Value self) {
  FileObject *f = asFile(self);
  if (!checkOpen(f))
    return {};
  flushFile(f);
  return newNone();
}

Ref fileClose(Value self) {
  FileObject *f = asFile(self);
  if (f->closed)
    return newNone();
  flushFile(f);
  if (f->ownsFile && f->fp)
    std::fclose(f->fp);
  f->fp = nullptr;
  f->closed = true;
  return newNone();
}

Ref makeResult(FileObject *f, std::string &&data) {
  if (f->binary)
    return newBytes(data);
  // Universal newlines on input.
  std::string out;
  out.reserve(data.size());
  for (size_t i = 0; i < data.size(); i++) {
    if (data[i] == '\r') {
      out += '\n';
      if (i + 1 < data.size() && data[i + 1] == '\n')
        i++;
    } else {
      out += data[i];
    }
  }
  return newStr(out);
}

Ref fileRead(Value self, const Value *args, size_t nargs) {
  FileObject *f = asFile(self);
  if (!checkOpen(f) || !checkPositional("read", nargs, 0, 1))
    return {};
  if (!f->readable)
    return raise(&OSErrorType, "not readable");
  int64_t n = -1;
  if (nargs == 1 && !isNone(args[0]) && !intAsInt64(args[0], &n))
    return {};
  std::string data;
  if (n < 0) {
    char buf[65536];
    size_t got;
    while ((got = std::fread(buf, 1, sizeof buf, f->fp)) > 0)
      data.append(buf, got);
  } else {
    data.resize(size_t(n));
    size_t got = std::fread(data.data(), 1, size_t(n), f->fp);
    data.resize(got);
  }
  return makeResult(f, std::move(data));
}

bool readLine(FileObject *f, std::string *out, int64_t limit) {
  out->clear();
  int c;
  while ((limit < 0 || int64_t(out->size()) < limit) && (c = std::fgetc(f->fp)) != EOF) {
    out->push_back(char(c));
    if (c == '\n')
      break;
    if (c == '\r' && !f->binary) {
      int d = std::fgetc(f->fp);
      if (d != '\n' && d != EOF)
        std::ungetc(d, f->fp);
      out->back() = '\r';
      if (d == '\n')
        out->push_back('\n');
      break;
    }
  }
  return !out->empty();
}

Ref fileReadline(Value self, const Value *args, size_t nargs) {
  FileObject *f = asFile(self);
  if (!checkOpen(f) || !checkPositional("readline", nargs, 0, 1))
    return {};
  if (!f->readable)
    return raise(&OSErrorType, "not readable");
  int64_t limit = -1;
  if (nargs == 1 && !isNone(args[0]) && !intAsInt64(args[0], &limit))
    return {};
  if (f == asFile(sysGetObject("stdin")) || f->fp == stdin) {
    Value out = sysGetObject("stdout");
    if (out && isFileObject(out))
      flushFile(asFile(out));
  }
  std::string line;
  readLine(f, &line, limit);
  return makeResult(f, std::move(line));
}

Ref fileReadlines(Value self) {
  FileObject *f = asFile(self);
  if (!checkOpen(f))
    return {};
  Ref list = newList();
  std::string line;
  while (readLine(f, &line, -1))
    listAppend(list.get(), makeResult(f, std::string(line)));
  return list;
}

Ref fileWritelines(Value self, Value lines) {
  Ref it = getIter(lines);
  if (!it)
    return {};
  while (true) {
    Ref item = iterNext(it.get());
    if (!item)
      return errorPending() ? Ref() : newNone();
    if (!fileWrite(self, item.get()))
      return {};
  }
}

Ref fileIterNext(Value self) {
  FileObject *f = asFile(self);
  if (!checkOpen(f))
    return {};
  std::string line;
  if (!readLine(f, &line, -1))
    return {};
  return makeResult(f, std::move(line));
}

Ref fileIter(Value self) {
  if (!checkOpen(asFile(self)))
    return {};
  return Ref::borrow(self);
}
Ref fileEnter(Value self) {
  if (!checkOpen(asFile(self)))
    return {};
  return Ref::borrow(self);
}
Ref fileExit(Value self, const Value *, size_t) { return fileClose(self); }
Ref fileFileno(Value self) {
  FileObject *f = asFile(self);
  if (!checkOpen(f))
    return {};
  return newInt(fileno(f->fp));
}
Ref fileIsatty(Value self) {
  FileObject *f = asFile(self);
  if (!checkOpen(f))
    return {};
  return newBool(isatty(fileno(f->fp)));
}
Ref fileReadable(Value self) { return newBool(asFile(self)->readable); }
Ref fileWritable(Value self) { return newBool(asFile(self)->writable); }
Ref fileSeekable(Value self) { return newBool(!asFile(self)->fp || std::ftell(asFile(self)->fp) >= 0); }
Ref fileSeek(Value self, const Value *args, size_t nargs) {
  FileObject *f = asFile(self);
  if (!checkOpen(f) || !checkPositional("seek", nargs, 1, 2))
    return {};
  int64_t pos = 0, whence = 0;
  if (!intAsInt64(args[0], &pos) || (nargs == 2 && !intAsInt64(args[1], &whence)))
    return {};
  flushFile(f);
  std::fseek(f->fp, long(pos), int(whence));
  return newInt(std::ftell(f->fp));
}
Ref fileTell(Value self) {
  FileObject *f = asFile(self);
  if (!checkOpen(f))
    return {};
  flushFile(f);
  return newInt(std::ftell(f->fp));
}
Ref fileGetName(Value self) { return asFile(self)->name; }
Ref fileGetMode(Value self) { return asFile(self)->mode; }
Ref fileGetClosed(Value self) { return newBool(asFile(self)->closed); }
Ref fileGetEncoding(Value) { return newStr("utf-8"); }
Ref fileGetErrors(Value) { return newStr("strict"); }

Ref fileRepr(Value self) {
  FileObject *f = asFile(self);
  Ref nameRepr = repr(f->name.get());
  if (!nameRepr)
    return {};
  std::string typeName = f->type == &TextIOWrapperType    ? "_io.TextIOWrapper"
                         : f->type == &BufferedReaderType ? "_io.BufferedReader"
                                                          : "_io.BufferedWriter";
  if (f->binary)
    return newStr(fmt::format("<{} name={}>", typeName, strToUtf8(nameRepr.get())));
  return newStr(fmt::format("<{} name={} mode='{}' encoding='UTF-8'>", typeName,
                            strToUtf8(nameRepr.get()), strToUtf8(f->mode.get())));
}

const MethodDef kFileMethods[] = {
    method("write", fileWrite),         method("flush", fileFlush),
    method("close", fileClose),         method("read", fileRead),
    method("readline", fileReadline),   method("readlines", fileReadlines),
    method("writelines", fileWritelines), method("__enter__", fileEnter),
    method("__exit__", fileExit),       method("fileno", fileFileno),
    method("isatty", fileIsatty),       method("readable", fileReadable),
    method("writable", fileWritable),   method("seekable", fileSeekable),
    method("seek", fileSeek),           method("tell", fileTell),
};
const GetSetDef kFileGetSets[] = {
    {"name", fileGetName},         {"mode", fileGetMode},
    {"closed", fileGetClosed},     {"encoding", fileGetEncoding},
    {"errors", fileGetErrors},
};

void initFileType(Type *type, const char *name) {
  initStaticType(type, name, &ObjectType, sizeof(FileObject), 0);
  type->dealloc = fileDealloc;
  type->repr = fileRepr;
  type->iter = fileIter;
  type->iternext = fileIterNext;
  typeReady(type, kFileMethods, kFileGetSets);
}

} // namespace

bool ioWriteIfNative(Value file, std::string_view text, bool *handled) {
  *handled = false;
  if (!isFileObject(file))
    return true;
  FileObject *f = asFile(file);
  if (f->binary || !f->writable)
    return true;
  *handled = true;
  if (!checkOpen(f))
    return false;
  return appendText(f, text);
}

void ioFlushStd() {
  for (const char *n : {"stdout", "stderr"}) {
    Value v = sysGetObject(n);
    if (v && isFileObject(v))
      flushFile(asFile(v));
  }
}

Ref ioStdFile(int which) {
  static bool ready = false;
  if (!ready) {
    initFileType(&TextIOWrapperType, "TextIOWrapper");
    initFileType(&BufferedReaderType, "BufferedReader");
    initFileType(&BufferedWriterType, "BufferedWriter");
    ready = true;
  }
  const char *names[3] = {"<stdin>", "<stdout>", "<stderr>"};
  FILE *fps[3] = {stdin, stdout, stderr};
  Ref name = newStr(names[which]);
  Ref f = newFile(&TextIOWrapperType, fps[which], name.get(), which == 0 ? "r" : "w",
                  which == 0, which != 0, false, false);
  if (f) {
    asFile(f.get())->lineBuffered = which != 0 && isatty(fileno(fps[which]));
    asFile(f.get())->unbuffered = which == 2;
  }
  return f;
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
// closefd=True, opener=None)
Ref ioOpen(const Value *args, size_t nargs, Value kwnames) {
  ioStdFile(1).reset();
  Value out[8] = {};
  if (!parseArgs({"open",
                  {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
                   "opener"},
                  1},
                 args, nargs, kwnames, out))
    return {};
  Value file = out[0];
  std::string mode = out[1] ? (isStr(out[1]) ? strToUtf8(out[1]) : "") : "r";
  if (out[1] && !isStr(out[1]))
    return raisef(&TypeErrorType, "open() argument 'mode' must be str, not {}",
                  typeName(out[1]));
  if (!isStr(file))
    return raisef(&TypeErrorType, "expected str, bytes or os.PathLike object, not {}",
                  typeName(file));
  bool r = false, w = false, a = false, x = false, plus = false, b = false, t = false;
  for (char c : mode) {
    switch (c) {
    case 'r': r = true; break;
    case 'w': w = true; break;
    case 'a': a = true; break;
    case 'x': x = true; break;
    case '+': plus = true; break;
    case 'b': b = true; break;
    case 't': t = true; break;
    default:
      return raisef(&ValueErrorType, "invalid mode: '{}'", mode);
    }
  }
  if (int(r) + int(w) + int(a) + int(x) != 1)
    return raise(&ValueErrorType,
                 "must have exactly one of create/read/write/append mode");
  if (b && t)
    return raise(&ValueErrorType, "can't have text and binary mode at once");
  std::string path = strToUtf8(file);
  std::string cmode = r ? "r" : w ? "w" : a ? "a" : "wx";
  if (plus)
    cmode += "+";
  cmode += "b";
  FILE *fp = std::fopen(path.c_str(), cmode.c_str());
  if (!fp) {
    int err = errno;
    Type *type = err == ENOENT   ? &FileNotFoundErrorType
                 : err == EEXIST ? &FileExistsErrorType
                 : err == EISDIR ? &IsADirectoryErrorType
                 : err == EACCES ? &PermissionErrorType
                                 : &OSErrorType;
    Ref code = newInt(err);
    Ref msg = newStr(std::strerror(err));
    Value eargs[3] = {code.get(), msg.get(), file};
    Ref exc = call(Value::fromObject(type), eargs, 3);
    if (exc)
      setPendingException(std::move(exc));
    return {};
  }
  ioStdFile(1).reset();
  Type *type = !b ? &TextIOWrapperType : (r && !plus) ? &BufferedReaderType : &BufferedWriterType;
  std::string shownMode = mode;
  return newFile(type, fp, file, shownMode.c_str(), r || plus, !r || plus, b, true);
}

} // namespace pyvm
