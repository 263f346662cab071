// A minimal memoryview over bytes and bytearray (format 'B', one
// dimension, slicing with steps). CPython: Objects/memoryobject.c
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/singletons.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/str_internal.h"
#include "vm/tuple.h"

#include <cstring>

namespace pyvm {

Type MemoryViewType;

namespace {

MemoryViewObject *MV(Value v) { return v.as<MemoryViewObject>(); }

bool checkReleased(Value self) {
  if (MV(self)->released) {
    raise(&ValueErrorType, "operation forbidden on released memoryview object");
    return false;
  }
  return true;
}

uint8_t byteAt(MemoryViewObject *m, size_t i) {
  return bytesData(m->obj)[m->start + int64_t(i) * m->step];
}

std::string contents(MemoryViewObject *m) {
  std::string out;
  out.reserve(m->length);
  for (size_t i = 0; i < m->length; i++)
    out += char(byteAt(m, i));
  return out;
}

Ref makeView(Type *type, Value obj, int64_t start, int64_t step, size_t length) {
  auto *m = static_cast<MemoryViewObject *>(allocObject(type, sizeof(MemoryViewObject)));
  if (!m)
    return Ref();
  incref(obj);
  m->obj = obj;
  m->start = start;
  m->step = step;
  m->length = length;
  m->released = false;
  m->readonly = !isByteArray(obj);
  if (isByteArray(obj))
    obj.as<ByteArrayObject>()->exports++;
  return Ref::steal(m);
}

void mvRelease(MemoryViewObject *m) {
  if (m->released)
    return;
  m->released = true;
  if (isByteArray(m->obj))
    m->obj.as<ByteArrayObject>()->exports--;
}

void mvDealloc(Object *o) {
  auto *m = static_cast<MemoryViewObject *>(o);
  mvRelease(m);
  xdecref(std::exchange(m->obj, Value()));
}

// CPython: memoryview_impl
Ref mvNew(Type *type, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  static const ParamSpec spec{"memoryview", {"object"}, 1, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  Value obj = out[0];
  if (obj.type() == &MemoryViewType) {
    MemoryViewObject *src = MV(obj);
    if (!checkReleased(obj))
      return Ref();
    return makeView(type, src->obj, src->start, src->step, src->length);
  }
  if (!isBytesLike(obj))
    return raisef(&TypeErrorType, "memoryview: a bytes-like object is required, not '{}'",
                  typeName(obj));
  return makeView(type, obj, 0, 1, bytesSize(obj));
}

Ref mvRepr(Value self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "<%smemory at %p>", MV(self)->released ? "released " : "",
                static_cast<void *>(self.object()));
  return newStr(buf);
}

int64_t mvLen(Value self) {
  if (!checkReleased(self))
    return -1;
  return int64_t(MV(self)->length);
}

Ref mvGetItem(Value self, Value key) {
  if (!checkReleased(self))
    return Ref();
  MemoryViewObject *m = MV(self);
  if (key.isSmallInt() || isInt(key) || key.type()->index) {
    int64_t i;
    if (!indexAsInt64(key, &i, &IndexErrorType))
      return Ref();
    if (i < 0)
      i += int64_t(m->length);
    if (i < 0 || i >= int64_t(m->length))
      return raise(&IndexErrorType, "index out of bounds on dimension 1");
    return Ref::smallInt(byteAt(m, size_t(i)));
  }
  if (key.isObject() && key.type() == &SliceType) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(key, int64_t(m->length), &start, &stop, &step);
    if (n < 0)
      return Ref();
    return makeView(&MemoryViewType, m->obj, m->start + start * m->step, m->step * step, size_t(n));
  }
  if (isTuple(key))
    return raise(&TypeErrorType, "memoryview: invalid slice key");
  return raise(&TypeErrorType, "memoryview: invalid slice key");
}

int mvSetItem(Value self, Value key, Value value) {
  if (!checkReleased(self))
    return -1;
  MemoryViewObject *m = MV(self);
  if (m->readonly) {
    raise(&TypeErrorType, "cannot modify read-only memory");
    return -1;
  }
  if (!value) {
    raise(&TypeErrorType, "cannot delete memory");
    return -1;
  }
  uint8_t *data = bytesMutableData(m->obj);
  if (key.isSmallInt() || isInt(key) || key.type()->index) {
    int64_t i;
    if (!indexAsInt64(key, &i, &IndexErrorType))
      return -1;
    if (i < 0)
      i += int64_t(m->length);
    if (i < 0 || i >= int64_t(m->length)) {
      raise(&IndexErrorType, "index out of bounds on dimension 1");
      return -1;
    }
    int64_t x;
    if (!isInt(value)) {
      raisef(&TypeErrorType, "memoryview: invalid type for format 'B'");
      return -1;
    }
    if (!intFitsInt64(value, &x) || x < 0 || x > 255) {
      raisef(&ValueErrorType, "memoryview: invalid value for format 'B'");
      return -1;
    }
    data[m->start + i * m->step] = uint8_t(x);
    return 0;
  }
  if (key.isObject() && key.type() == &SliceType) {
    int64_t start, stop, step;
    int64_t n = sliceIndices(key, int64_t(m->length), &start, &stop, &step);
    if (n < 0)
      return -1;
    std::string_view src;
    std::string copy;
    if (value.type() == &MemoryViewType) {
      if (!checkReleased(value))
        return -1;
      copy = contents(MV(value));
    } else if (isBytesLike(value)) {
      copy.assign(bytesView(value));
    } else {
      raisef(&TypeErrorType, "a bytes-like object is required, not '{}'", typeName(value));
      return -1;
    }
    if (int64_t(copy.size()) != n) {
      raise(&ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures");
      return -1;
    }
    for (int64_t k = 0; k < n; k++)
      data[m->start + (start + k * step) * m->step] = uint8_t(copy[size_t(k)]);
    return 0;
  }
  raise(&TypeErrorType, "memoryview: invalid slice key");
  return -1;
}

Ref mvRichCompare(Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne)
    return newNotImplemented();
  if (a.is(b))
    return newBool(op == CompareOp::Eq);
  std::string x, y;
  for (auto [v, out] : {std::pair{a, &x}, std::pair{b, &y}}) {
    if (v.type() == &MemoryViewType) {
      if (MV(v)->released)
        return newBool(op == CompareOp::Ne);
      *out = contents(MV(v));
    } else if (isBytesLike(v)) {
      out->assign(bytesView(v));
    } else {
      return newNotImplemented();
    }
  }
  return newBool((x == y) == (op == CompareOp::Eq));
}

int64_t mvHash(Value self) {
  MemoryViewObject *m = MV(self);
  if (m->released) {
    raise(&ValueErrorType, "operation forbidden on released memoryview object");
    return -1;
  }
  if (!m->readonly) {
    raise(&ValueErrorType, "cannot hash writable memoryview object");
    return -1;
  }
  std::string c = contents(m);
  return hashBuffer(c.data(), c.size());
}

Ref mvToBytes(Value self, const Value *args, size_t nargs, Value kwnames) {
  Value out[1] = {};
  static const ParamSpec spec{"tobytes", {"order"}, 0, 0};
  if (!parseArgs(spec, args, nargs, kwnames, out))
    return Ref();
  if (!checkReleased(self))
    return Ref();
  return newBytes(contents(MV(self)));
}

Ref mvToList(Value self) {
  if (!checkReleased(self))
    return Ref();
  MemoryViewObject *m = MV(self);
  Ref list = newList(m->length);
  for (size_t i = 0; i < m->length; i++)
    listAppend(*list, Ref::smallInt(byteAt(m, i)));
  return list;
}

Ref mvHex(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (!checkReleased(self))
    return Ref();
  Ref b = newBytes(contents(MV(self)));
  if (!b)
    return b;
  Ref hex = getAttr(*b, "hex");
  if (!hex)
    return hex;
  return call(*hex, args, nargs, kwnames);
}

Ref mvRelease(Value self) {
  mvRelease(MV(self));
  return newNone();
}

Ref mvEnter(Value self) {
  if (!checkReleased(self))
    return Ref();
  return Ref::borrow(self);
}

Ref mvExit(Value self, const Value *, size_t) {
  mvRelease(MV(self));
  return newNone();
}

Ref mvObj(Value self) {
  if (!checkReleased(self))
    return Ref();
  return Ref::borrow(MV(self)->obj);
}
Ref mvNbytes(Value self) {
  if (!checkReleased(self))
    return Ref();
  return Ref::smallInt(int64_t(MV(self)->length));
}
Ref mvReadonly(Value self) {
  if (!checkReleased(self))
    return Ref();
  return newBool(MV(self)->readonly);
}
Ref mvItemsize(Value self) {
  if (!checkReleased(self))
    return Ref();
  return Ref::smallInt(1);
}
Ref mvFormat(Value self) {
  if (!checkReleased(self))
    return Ref();
  return newStr("B");
}
Ref mvNdim(Value self) {
  if (!checkReleased(self))
    return Ref();
  return Ref::smallInt(1);
}
Ref mvShape(Value self) {
  if (!checkReleased(self))
    return Ref();
  Ref n = Ref::smallInt(int64_t(MV(self)->length));
  return newTupleOf({*n});
}
Ref mvStrides(Value self) {
  if (!checkReleased(self))
    return Ref();
  Ref n = Ref::smallInt(MV(self)->step);
  return newTupleOf({*n});
}
Ref mvContiguous(Value self) {
  if (!checkReleased(self))
    return Ref();
  return newBool(MV(self)->step == 1 || MV(self)->length <= 1);
}

// Iteration: CPython 3.12+ has a dedicated memory_iterator; pyvm iterates
// by index through a bytes copy (same values and StopIteration point).
Ref mvIter(Value self) {
  if (!checkReleased(self))
    return Ref();
  Ref b = newBytes(contents(MV(self)));
  if (!b)
    return b;
  return getIter(*b);
}

const MethodDef kMemoryViewMethods[] = {
    method("tobytes", mvToBytes), method("tolist", mvToList),   method("hex", mvHex),
    method("release", mvRelease), method("__enter__", mvEnter), method("__exit__", mvExit),
};

const GetSetDef kMemoryViewGetSets[] = {
    {"obj", mvObj},
    {"nbytes", mvNbytes},
    {"readonly", mvReadonly},
    {"itemsize", mvItemsize},
    {"format", mvFormat},
    {"ndim", mvNdim},
    {"shape", mvShape},
    {"strides", mvStrides},
    {"c_contiguous", mvContiguous},
    {"f_contiguous", mvContiguous},
    {"contiguous", mvContiguous},
};

} // namespace

bool memoryViewContents(Value v, std::string *out) {
  if (!checkReleased(v))
    return false;
  *out = contents(MV(v));
  return true;
}

void initMemoryViewType() {
  initStaticType(&MemoryViewType, "memoryview", &ObjectType, sizeof(MemoryViewObject),
                 kTypeImmutable);
  MemoryViewType.dealloc = mvDealloc;
  MemoryViewType.repr = mvRepr;
  MemoryViewType.hash = mvHash;
  MemoryViewType.richcompare = mvRichCompare;
  MemoryViewType.length = mvLen;
  MemoryViewType.getitem = mvGetItem;
  MemoryViewType.setitem = mvSetItem;
  MemoryViewType.iter = mvIter;
  MemoryViewType.newInstance = mvNew;
  typeReady(&MemoryViewType, kMemoryViewMethods, kMemoryViewGetSets);
}

} // namespace pyvm
