// The import system: the program's own modules and packages (from .py,
// compiled through the oracle compiler, or sourceless .pyc), found next to
// the main file and on PYTHONPATH (sys.path), and native modules from the
// table in stdlib/. CPython: Python/import.c, Lib/importlib/_bootstrap.py
#include "frontend/compile.h"
#include "frontend/pyc.h"
#include "monitor/namespace.h"
#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <set>
#include <sys/stat.h>

namespace pyvm {

namespace {

// Modules whose code is running (for "partially initialized module" errors).
std::set<std::string> gInitializing;

bool isFile(const std::string &path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}
bool isDir(const std::string &path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

Value sysModules() { return gInterp.modules.get(); }

Ref raiseModuleNotFound(const std::string &name, const std::string &message) {
  raise(&ModuleNotFoundErrorType, message);
  Ref exc = takePendingException();
  if (exc) {
    Ref n = newStr(name);
    setAttr(exc.get(), internedName("name"), n.get());
    clearPendingException();
  }
  restorePendingException(std::move(exc));
  return {};
}

// module.__spec__: a namespace with ModuleSpec's attributes.
// NEEDS(eval): a real importlib.machinery.ModuleSpec type.
Ref makeSpec(const std::string &name, const std::string &origin, const std::string &parent,
             const std::string *packageDir, const std::string &cached) {
  Ref spec = monitor::newNamespace();
  if (!spec)
    return {};
  Value d = spec.as<monitor::NamespaceObject>()->dict.get();
  Ref n = newStr(name), o = newStr(origin), p = newStr(parent);
  dictSetItem(d, "name", n.get());
  dictSetItem(d, "loader", None());
  dictSetItem(d, "origin", o.get());
  dictSetItem(d, "loader_state", None());
  if (packageDir) {
    Ref list = newList();
    listAppend(list.get(), newStr(*packageDir));
    dictSetItem(d, "submodule_search_locations", list.get());
  } else {
    dictSetItem(d, "submodule_search_locations", None());
  }
  if (cached.empty()) {
    dictSetItem(d, "cached", None());
  } else {
    Ref c = newStr(cached);
    dictSetItem(d, "cached", c.get());
  }
  dictSetItem(d, "parent", p.get());
  dictSetItem(d, "has_location", origin == "built-in" ? False() : True());
  return spec;
}

// Runs a .pyc file's code in `module`.
bool execPyc(Value module, const std::string &pycPath) {
  auto pyc = readPycFile(pycPath);
  if (!pyc) {
    std::string msg = llvm::toString(pyc.takeError());
    raise(&ImportErrorType, msg);
    return false;
  }
  Ref code = std::move(pyc->code);
  Ref result = evalCode(code.as<CodeObject>(), moduleDict(module), Value());
  return bool(result);
}

struct Found {
  std::string file;    // the .py or .pyc to report as __file__
  std::string pyc;     // the .pyc to run ("" if it must be compiled)
  bool package = false;
  std::string dir;     // package directory
};

bool findInDir(const std::string &dir, const std::string &shortName, Found *out) {
  std::string base = dir.empty() ? shortName : dir + "/" + shortName;
  if (isDir(base)) {
    if (isFile(base + "/__init__.py")) {
      *out = {base + "/__init__.py", "", true, base};
      return true;
    }
    if (isFile(base + "/__init__.pyc")) {
      *out = {base + "/__init__.pyc", base + "/__init__.pyc", true, base};
      return true;
    }
  }
  if (isFile(base + ".py")) {
    *out = {base + ".py", "", false, ""};
    return true;
  }
  if (isFile(base + ".pyc")) {
    *out = {base + ".pyc", base + ".pyc", false, ""};
    return true;
  }
  return false;
}

Ref loadFound(const std::string &absname, const Found &found, const std::string &parent) {
  std::string pycPath = found.pyc;
  if (pycPath.empty()) {
    auto compiled = compileToPyc(found.file);
    if (!compiled) {
      std::string msg = llvm::toString(compiled.takeError());
      return raise(&ImportErrorType, msg);
    }
    pycPath = *compiled;
  }
  Ref module = newModule(absname);
  if (!module)
    return {};
  // The keys in CPython's order: newModule's five, then what importlib's
  // _init_module_attrs adds (__path__ for a package, __file__, __cached__),
  // then __builtins__ (set when the code runs).
  // CPython: Lib/importlib/_bootstrap.py _init_module_attrs
  Value d = moduleDict(module.get());
  Ref pkg = newStr(found.package ? absname : parent);
  dictSetItem(d, "__package__", pkg.get());
  Ref spec = makeSpec(absname, found.file, found.package ? absname : parent,
                      found.package ? &found.dir : nullptr, pycPath);
  if (spec)
    dictSetItem(d, "__spec__", spec.get());
  if (found.package) {
    Ref path = newList();
    listAppend(path.get(), newStr(found.dir));
    dictSetItem(d, "__path__", path.get());
  }
  Ref file = newStr(found.file);
  dictSetItem(d, "__file__", file.get());
  // A sourceless .pyc is its own cached file. CPython: _bootstrap_external _get_cached
  Ref cached = newStr(pycPath);
  dictSetItem(d, "__cached__", cached.get());
  dictSetItem(d, "__builtins__", gInterp.builtinsModule.get());
  clearPendingException();
  if (dictSetItem(sysModules(), absname, module.get()) < 0)
    return {};
  gInitializing.insert(absname);
  bool ok = execPyc(module.get(), pycPath);
  gInitializing.erase(absname);
  if (!ok) {
    Ref key = newStr(absname);
    Ref saved = takePendingException();
    dictDelItem(sysModules(), key.get());
    clearPendingException();
    restorePendingException(std::move(saved));
    return {};
  }
  Value m = dictGetItem(sysModules(), absname);
  if (!m)
    return raisef(&ImportErrorType, "Loaded module {} not found in sys.modules", absname);
  return Ref::borrow(m);
}

Ref importAbsolute(const std::string &absname) {
  Value existing = dictGetItem(sysModules(), absname);
  if (existing)
    return Ref::borrow(existing);
  if (errorPending())
    return {};
  size_t dot = absname.rfind('.');
  std::string parent = dot == std::string::npos ? "" : absname.substr(0, dot);
  std::string shortName = dot == std::string::npos ? absname : absname.substr(dot + 1);
  Ref parentModule;
  Ref searchPath;
  if (!parent.empty()) {
    parentModule = importAbsolute(parent);
    if (!parentModule)
      return {};
    existing = dictGetItem(sysModules(), absname);
    if (existing)
      return Ref::borrow(existing);
    searchPath = lookupAttr(parentModule.get(), internedName("__path__"));
    if (!searchPath) {
      if (errorPending())
        return {};
      return raiseModuleNotFound(absname, fmt::format("No module named '{}'; '{}' is not a package",
                                                      absname, parent));
    }
  } else {
    for (const NativeModuleDef *d = kNativeModules; d->name; d++) {
      if (absname == d->name) {
        Ref m = d->create();
        if (!m)
          return {};
        Ref spec = makeSpec(absname, "built-in", "", nullptr, "");
        if (spec)
          dictSetItem(moduleDict(m.get()), "__spec__", spec.get());
        clearPendingException();
        if (dictSetItem(sysModules(), absname, m.get()) < 0)
          return {};
        return m;
      }
    }
    Value sys = gInterp.sysModule.get();
    Value path = sys ? dictGetItem(moduleDict(sys), "path") : Value();
    if (path)
      searchPath = Ref::borrow(path);
  }
  Found found;
  bool ok = false;
  if (searchPath) {
    Ref seq = sequenceToTuple(searchPath.get());
    if (!seq)
      return {};
    for (Value entry : tupleItems(seq.get())) {
      if (!isStr(entry))
        continue;
      if (findInDir(strToUtf8(entry), shortName, &found)) {
        ok = true;
        break;
      }
    }
  }
  if (!ok)
    return raiseModuleNotFound(absname, fmt::format("No module named '{}'", absname));
  Ref module = loadFound(absname, found, parent);
  if (!module)
    return {};
  if (parentModule) {
    Ref child = newStr(shortName);
    if (setAttr(parentModule.get(), child.get(), module.get()) < 0)
      return {};
  }
  return module;
}

// The package a relative import is relative to. CPython: _calc___package__
bool resolvePackage(Value globals, std::string *out) {
  Value package = globals && isDict(globals) ? dictGetItem(globals, "__package__") : Value();
  if (package && !isNone(package)) {
    if (!isStr(package)) {
      raise(&TypeErrorType, "package must be a string");
      return false;
    }
    *out = strToUtf8(package);
    return true;
  }
  Value name = globals && isDict(globals) ? dictGetItem(globals, "__name__") : Value();
  if (!name || !isStr(name)) {
    raise(&KeyErrorType, "'__name__' not in globals");
    return false;
  }
  std::string n = strToUtf8(name);
  if (dictGetItem(globals, "__path__")) {
    *out = n;
    return true;
  }
  size_t dot = n.rfind('.');
  *out = dot == std::string::npos ? "" : n.substr(0, dot);
  return true;
}

bool hasAttrNoError(Value obj, Value name) {
  Ref r = lookupAttr(obj, name);
  if (!r)
    clearPendingException();
  return bool(r);
}

// CPython: importlib._bootstrap._handle_fromlist
bool handleFromlist(Value module, Value fromlist, const std::string &modname, bool recursive) {
  Ref items = sequenceToTuple(fromlist);
  if (!items)
    return false;
  for (Value x : tupleItems(items.get())) {
    if (!isStr(x)) {
      raisef(&TypeErrorType, "Item in {} must be str, not {}",
             recursive ? modname + ".__all__" : "``from list''", typeName(x));
      return false;
    }
    if (strEqualsAscii(x, "*")) {
      if (!recursive) {
        Ref all = lookupAttr(module, internedName("__all__"));
        if (all && !handleFromlist(module, all.get(), modname, true))
          return false;
        clearPendingException();
      }
      continue;
    }
    if (!hasAttrNoError(module, x)) {
      std::string sub = modname + "." + strToUtf8(x);
      Ref m = importAbsolute(sub);
      if (!m) {
        if (pendingExceptionMatches(&ModuleNotFoundErrorType)) {
          Ref exc = takePendingException();
          Ref name = lookupAttr(exc.get(), internedName("name"));
          if (name && isStr(name.get()) && strToUtf8(name.get()) == sub) {
            clearPendingException();
            continue;
          }
          clearPendingException();
          restorePendingException(std::move(exc));
        }
        return false;
      }
    }
  }
  return true;
}

} // namespace

Ref importModule(std::string_view name) { return importAbsolute(std::string(name)); }

Ref importModuleLevel(Value nameValue, Value globals, Value, Value fromlist, int level) {
  if (!isStr(nameValue))
    return raise(&TypeErrorType, "module name must be str, not " + typeName(nameValue));
  if (level < 0)
    return raise(&ValueErrorType, "level must be >= 0");
  std::string name = strToUtf8(nameValue);
  std::string absname;
  if (level > 0) {
    std::string package;
    if (!resolvePackage(globals, &package))
      return {};
    if (package.empty())
      return raise(&ImportErrorType, "attempted relative import with no known parent package");
    std::string base = package;
    for (int i = 1; i < level; i++) {
      size_t dot = base.rfind('.');
      if (dot == std::string::npos)
        return raise(&ImportErrorType, "attempted relative import beyond top-level package");
      base = base.substr(0, dot);
    }
    absname = name.empty() ? base : base + "." + name;
  } else {
    if (name.empty())
      return raise(&ValueErrorType, "Empty module name");
    absname = name;
  }
  Ref module = importAbsolute(absname);
  if (!module)
    return {};
  bool emptyFromlist = !fromlist || isNone(fromlist);
  if (!emptyFromlist) {
    int t = isTrue(fromlist);
    if (t < 0)
      return {};
    emptyFromlist = t == 0;
  }
  if (emptyFromlist) {
    if (level == 0) {
      size_t dot = name.find('.');
      if (dot == std::string::npos)
        return module;
      return importAbsolute(name.substr(0, dot));
    }
    if (name.empty())
      return module;
    size_t cut = name.size() - name.substr(0, name.find('.')).size();
    std::string front = absname.substr(0, absname.size() - cut);
    Value m = dictGetItem(sysModules(), front);
    if (!m)
      return raisef(&KeyErrorType, "'{}' not in sys.modules as expected", front);
    return Ref::borrow(m);
  }
  if (hasAttrNoError(module.get(), internedName("__path__"))) {
    if (!handleFromlist(module.get(), fromlist, absname, false))
      return {};
  }
  return module;
}

// CPython: Python/ceval.c _PyEval_ImportFrom
Ref importFrom(Value module, Value name) {
  Ref x = lookupAttr(module, name);
  if (x || errorPending())
    return x;
  Ref pkgname = lookupAttr(module, internedName("__name__"));
  clearPendingException();
  if (pkgname && isStr(pkgname.get())) {
    std::string full = strToUtf8(pkgname.get()) + "." + strToUtf8(name);
    Value m = dictGetItem(sysModules(), full);
    if (m)
      return Ref::borrow(m);
    clearPendingException();
  }
  if (!pkgname || !isStr(pkgname.get()))
    return raisef(&ImportErrorType, "cannot import name {}", strRepr(name));
  std::string pkg = strToUtf8(pkgname.get());
  Ref file = lookupAttr(module, internedName("__file__"));
  clearPendingException();
  std::string msg;
  if (gInitializing.count(pkg))
    msg = fmt::format("cannot import name {} from partially initialized module {} (most likely "
                      "due to a circular import) ({})",
                      strRepr(name), strRepr(pkgname.get()),
                      file && isStr(file.get()) ? strToUtf8(file.get()) : "unknown location");
  else if (!file || !isStr(file.get()))
    msg = fmt::format("cannot import name {} from {} (unknown location)", strRepr(name),
                      strRepr(pkgname.get()));
  else
    msg = fmt::format("cannot import name {} from {} ({})", strRepr(name),
                      strRepr(pkgname.get()), strToUtf8(file.get()));
  raise(&ImportErrorType, msg);
  Ref exc = takePendingException();
  if (exc) {
    setAttr(exc.get(), internedName("name"), pkgname.get());
    if (file)
      setAttr(exc.get(), internedName("path"), file.get());
    clearPendingException();
  }
  restorePendingException(std::move(exc));
  return {};
}

// CPython: Python/ceval.c import_all_from
int importAllFrom(Value locals, Value module) {
  Ref all = lookupAttr(module, internedName("__all__"));
  bool skipUnderscore = false;
  if (!all) {
    if (errorPending())
      return -1;
    Ref dict = lookupAttr(module, internedName("__dict__"));
    if (!dict) {
      if (!errorPending())
        raise(&ImportErrorType, "from-import-* object has no __dict__ and no __all__");
      return -1;
    }
    all = callMethod(dict.get(), "keys", {});
    if (!all)
      return -1;
    skipUnderscore = true;
  }
  Ref names = sequenceToTuple(all.get());
  if (!names)
    return -1;
  for (Value name : tupleItems(names.get())) {
    if (!isStr(name)) {
      Ref modname = lookupAttr(module, internedName("__name__"));
      clearPendingException();
      std::string mn = modname && isStr(modname.get()) ? strToUtf8(modname.get()) : "?";
      raisef(&TypeErrorType, "{} in {}.{} must be str, not {}", skipUnderscore ? "Key" : "Item",
             mn, skipUnderscore ? "__dict__" : "__all__", typeName(name));
      return -1;
    }
    if (skipUnderscore && strLength(name) > 0 && strCharAt(name, 0) == '_')
      continue;
    Ref value = getAttr(module, name);
    if (!value)
      return -1;
    int err = locals.type() == &DictType ? dictSetItem(locals, name, value.get())
                                         : setItem(locals, name, value.get());
    if (err < 0)
      return -1;
  }
  return 0;
}

} // namespace pyvm
