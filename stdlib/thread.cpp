// The _thread module for pyvm's single thread: lock and RLock objects that
// count acquisitions, get_ident. What Lib's reprlib, functools and threading
// helpers import. A blocking acquire of a lock the one thread already holds
// would wait forever in CPython; pyvm raises RuntimeError instead of hanging.
// CPython: Modules/_threadmodule.c
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/singletons.h"
#include "vm/str.h"

#include <unistd.h>

namespace pyvm {

namespace {

Type LockType;
Type RLockType;

struct LockObject : Object {
  int64_t count; // acquisitions (allocObject zeroes it) ; 0/1 for a lock, any depth for an RLock
};

int64_t &countOf(Value self) { return self.as<LockObject>()->count; }
bool reentrant(Value self) { return self.type() == &RLockType || isSubtype(self.type(), &RLockType); }

Ref lockNew(Type *type, const Value *, size_t, Value) {
  Object *o = allocObject(type);
  if (!o)
    return {};
  return Ref::steal(o);
}

// CPython: Modules/_threadmodule.c lock_PyThread_acquire_lock, rlock_acquire
Ref lockAcquire(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"acquire", {"blocking", "timeout"}, 0, 0}, args, nargs, kwnames, out))
    return {};
  bool blocking = true;
  if (out[0]) {
    int t = isTrue(out[0]);
    if (t < 0)
      return {};
    blocking = t;
  }
  double timeout = -1;
  if (out[1] && !asDouble(out[1], &timeout))
    return {};
  if (!blocking && timeout != -1)
    return raise(&ValueErrorType, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1)
    return raise(&ValueErrorType, "timeout value must be a non-negative number");
  int64_t &count = countOf(self);
  if (count > 0 && !reentrant(self)) {
    if (blocking && timeout < 0)
      return raise(&RuntimeErrorType, "deadlock: the only thread waits for a lock it holds");
    if (blocking)
      usleep(useconds_t(timeout * 1e6));
    return newBool(false);
  }
  count++;
  return newBool(true);
}

Ref lockRelease(Value self) {
  int64_t &count = countOf(self);
  if (count == 0)
    return raise(&RuntimeErrorType, reentrant(self) ? "cannot release un-acquired lock"
                                                    : "release unlocked lock");
  count--;
  return newNone();
}

Ref lockExit(Value self, const Value *, size_t) { return lockRelease(self); }
Ref lockLocked(Value self) { return newBool(countOf(self) > 0); }
Ref rlockIsOwned(Value self) { return newBool(countOf(self) > 0); }

const MethodDef kLockMethods[] = {
    method("acquire", lockAcquire),    method("acquire_lock", lockAcquire),
    method("__enter__", lockAcquire),  method("release", lockRelease),
    method("release_lock", lockRelease), method("__exit__", lockExit),
    method("locked", lockLocked),      method("locked_lock", lockLocked),
};
const MethodDef kRLockMethods[] = {
    method("acquire", lockAcquire),  method("__enter__", lockAcquire),
    method("release", lockRelease),  method("__exit__", lockExit),
    method("locked", lockLocked),    method("_is_owned", rlockIsOwned),
};

Ref threadGetIdent(Value, const Value *, size_t nargs) {
  if (!checkPositional("get_ident", nargs, 0, 0))
    return {};
  return newInt(int64_t(getpid())); // the one thread's id, stable for the process
}

Ref threadAllocateLock(Value, const Value *, size_t nargs) {
  if (!checkPositional("allocate_lock", nargs, 0, 0))
    return {};
  return lockNew(&LockType, nullptr, 0, Value());
}

Ref threadCount(Value, const Value *, size_t) { return newInt(0); }

const MethodDef kThreadFunctions[] = {
    method("get_ident", threadGetIdent),
    method("get_native_ident", threadGetIdent),
    method("allocate_lock", threadAllocateLock),
    method("allocate", threadAllocateLock),
    method("_count", threadCount),
};

bool readyTypes() {
  if (LockType.hasFlag(kTypeReady))
    return true;
  initStaticType(&LockType, "_thread.lock", &ObjectType, sizeof(LockObject), 0);
  LockType.nameObject = newStr("lock");
  LockType.newInstance = lockNew;
  initStaticType(&RLockType, "_thread.RLock", &ObjectType, sizeof(LockObject), kTypeBaseType);
  RLockType.nameObject = newStr("RLock");
  RLockType.newInstance = lockNew;
  return typeReady(&LockType, kLockMethods) && typeReady(&RLockType, kRLockMethods);
}

} // namespace

Ref createThreadModule() {
  if (!readyTypes())
    return {};
  Ref module = newModule("_thread");
  if (!module)
    return {};
  Value m = module.get();
  if (!moduleAddFunctions(m, kThreadFunctions))
    return {};
  Ref timeoutMax = newFloat(9223372036.0);
  moduleAddObject(m, "LockType", typeValue(&LockType));
  moduleAddObject(m, "lock", typeValue(&LockType));
  moduleAddObject(m, "RLock", typeValue(&RLockType));
  moduleAddObject(m, "error", typeValue(&RuntimeErrorType));
  moduleAddObject(m, "TIMEOUT_MAX", timeoutMax.get());
  if (errorPending())
    return {};
  return module;
}

} // namespace pyvm
