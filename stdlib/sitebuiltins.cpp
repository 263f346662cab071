// exit and quit: instances of _sitebuiltins.Quitter, which the site module puts
// in builtins. An instance keeps its name and eof text in its __dict__, shows
// "Use exit() or Ctrl-D (i.e. EOF) to exit" as its repr, and when called
// closes sys.stdin and raises SystemExit(code).
// CPython: Lib/_sitebuiltins.py Quitter, Lib/site.py setquit
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

namespace pyvm {

namespace {

Type QuitterType;

struct QuitterObject : Object {
  Ref dict; // instance __dict__: name, eof
};

void quitterDealloc(Object *self) { static_cast<QuitterObject *>(self)->dict.~Ref(); }

Ref quitterNew(Type *type, const Value *, size_t, Value) {
  Object *o = allocObject(type);
  if (!o)
    return {};
  Ref self = Ref::steal(o);
  static_cast<QuitterObject *>(o)->dict = newDict();
  if (!static_cast<QuitterObject *>(o)->dict)
    return {};
  return self;
}

// __init__(self, name, eof)
int quitterInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"Quitter.__init__", {"name", "eof"}, 2, 0}, args, nargs, kwnames, out))
    return -1;
  if (setAttr(self, *internStr("name"), out[0]) < 0 || setAttr(self, *internStr("eof"), out[1]) < 0)
    return -1;
  return 0;
}

// 'Use %s() or %s to exit' % (self.name, self.eof)
Ref quitterRepr(Value self) {
  Ref name = getAttr(self, "name");
  Ref eof = name ? getAttr(self, "eof") : Ref();
  Ref nameText = eof ? str(*name) : Ref();
  Ref eofText = nameText ? str(*eof) : Ref();
  if (!eofText)
    return {};
  return newStr("Use " + strToUtf8(*nameText) + "() or " + strToUtf8(*eofText) + " to exit");
}

// __call__(self, code=None): the arguments bound as for the Python method.
Ref quitterCall(Value, const Value *args, size_t nargs, Value kwnames) {
  size_t nkw = kwnames.isNull() ? 0 : tupleSize(kwnames);
  if (nargs > 1)
    return raisef(&TypeErrorType,
                  "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
                  nargs + 1);
  Value code = nargs == 1 ? args[0] : Value();
  for (size_t k = 0; k < nkw; k++) {
    std::string key = strToUtf8(tupleItem(kwnames, k));
    if (key != "code")
      return raisef(&TypeErrorType, "Quitter.__call__() got an unexpected keyword argument '{}'",
                    key);
    if (code)
      return raise(&TypeErrorType, "Quitter.__call__() got multiple values for argument 'code'");
    code = args[nargs + k];
  }
  // Shells like IDLE catch the SystemExit but listen when their stdin wrapper
  // is closed; any error of the close is ignored (a bare except).
  if (Value in = sysGetObject("stdin")) {
    if (!callMethod(in, "close", {}))
      clearPendingException();
  }
  return raiseWith(&SystemExitType, code ? code : None());
}

// __dict__, as a Python class's instances have it.
Ref quitterGetDict(Value self) { return static_cast<QuitterObject *>(self.object())->dict; }
int quitterSetDict(Value self, Value value) {
  if (!value || !isDict(value)) {
    raisef(&TypeErrorType, "__dict__ must be set to a dictionary, not a '{}'",
           value ? typeName(value) : "NoneType");
    return -1;
  }
  static_cast<QuitterObject *>(self.object())->dict = Ref::borrow(value);
  return 0;
}

const GetSetDef kQuitterGetSets[] = {{"__dict__", quitterGetDict, quitterSetDict}};

} // namespace

// Adds exit and quit to the builtins module (after everything else, as site
// does when it runs at start-up).
bool addQuitters(Value builtins) {
  if (!QuitterType.hasFlag(kTypeReady)) {
    initStaticType(&QuitterType, "_sitebuiltins.Quitter", &ObjectType, sizeof(QuitterObject),
                   kTypeBaseType);
    QuitterType.nameObject = newStr("Quitter");
    QuitterType.dealloc = quitterDealloc;
    QuitterType.newInstance = quitterNew;
    QuitterType.init = quitterInit;
    QuitterType.repr = quitterRepr;
    QuitterType.call = quitterCall;
    QuitterType.getattr = genericGetAttr;
    QuitterType.setattr = genericSetAttr;
    QuitterObject probe;
    QuitterType.dictOffset =
        size_t(reinterpret_cast<char *>(&probe.dict) - reinterpret_cast<char *>(&probe));
    if (!typeReady(&QuitterType, {}, kQuitterGetSets))
      return false;
  }
  // CPython: Lib/site.py setquit (quit first, then exit)
  for (const char *name : {"quit", "exit"}) {
    Ref nameStr = newStr(name);
    Ref eof = newStr("Ctrl-D (i.e. EOF)");
    if (!nameStr || !eof)
      return false;
    Ref q = call(typeValue(&QuitterType), {*nameStr, *eof});
    if (!q || moduleAddObject(builtins, name, *q) < 0)
      return false;
  }
  return true;
}

} // namespace pyvm
