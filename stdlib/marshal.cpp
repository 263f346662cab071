// The marshal module: loads, dumps and version. CPython: Python/marshal.c
//
// loads() reuses the .pyc payload reader of frontend/marshal.h. That reader
// arguably belongs in vm/ (stdlib/ should not depend on frontend/); it lives
// in frontend/ because the .pyc loader was its first user. Both end up in
// the same pyvm_lib library, so the link is fine either way.
#include "stdlib/modules.h"

#include "frontend/marshal.h"
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/bytes.h"
#include "vm/complex.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/set.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"

#include <cstring>
#include <string>
#include <unordered_map>

namespace pyvm {

namespace {

constexpr int kMarshalVersion = 5;

Ref marshalLoads(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[2] = {};
  if (!parseArgs({"loads", {"bytes", "allow_code"}, 1, 1, 1}, args, nargs, kwnames, out))
    return {};
  std::string_view data;
  if (!getBuffer(out[0], &data))
    return {};
  auto result = readMarshal(
      std::span<const uint8_t>(reinterpret_cast<const uint8_t *>(data.data()), data.size()));
  if (result)
    return std::move(*result);
  std::string msg = llvm::toString(result.takeError());
  if (errorPending())
    return {};
  size_t at = msg.rfind(" at byte ");
  if (at != std::string::npos)
    msg.resize(at);
  if (msg.starts_with("EOF read where object expected"))
    return raise(&EOFErrorType, "EOF read where object expected");
  if (msg.starts_with("marshal data too short"))
    return raise(&EOFErrorType, "marshal data too short");
  if (msg.starts_with("bad marshal data (unknown type code"))
    return raise(&ValueErrorType, "bad marshal data (unknown type code)");
  if (msg.starts_with("bad marshal data"))
    return raise(&ValueErrorType, msg);
  return raise(&ValueErrorType, "bad marshal data");
}

// --- dumps -------------------------------------------------------------------

struct Writer {
  std::string out;
  int version;
  int depth = 0;
  std::unordered_map<uintptr_t, uint32_t> refs;
  std::vector<Ref> keep; // keeps memoised objects alive while writing

  void byte(uint8_t b) { out.push_back(char(b)); }
  void u32(uint32_t v) {
    for (int i = 0; i < 4; i++)
      byte(uint8_t(v >> (8 * i)));
  }
  void f64(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    for (int i = 0; i < 8; i++)
      byte(uint8_t(bits >> (8 * i)));
  }
  bool unmarshallable() {
    raise(&ValueErrorType, "unmarshallable object");
    return false;
  }

  // CPython w_ref: objects referenced more than once (and immortal ones, such
  // as small ints) get FLAG_REF and later occurrences become 'r' references.
  // Returns true when a reference was written. *flag receives 0x80 or 0.
  bool ref(Value v, uint8_t *flag) {
    *flag = 0;
    if (version < 3)
      return false;
    if (v.isObject() && v.object()->refcount == 1)
      return false;
    uintptr_t key = v.bits();
    auto it = refs.find(key);
    if (it != refs.end()) {
      byte('r');
      u32(it->second);
      return true;
    }
    uint32_t index = uint32_t(refs.size());
    refs.emplace(key, index);
    keep.push_back(Ref::borrow(v));
    *flag = 0x80;
    return false;
  }

  bool sized(uint8_t code, uint8_t flag, size_t n) {
    if (n > 0x7fffffff) {
      raise(&ValueErrorType, "unmarshallable object");
      return false;
    }
    byte(code | flag);
    u32(uint32_t(n));
    return true;
  }

  bool object(Value v) {
    if (isNone(v)) {
      byte('N');
      return true;
    }
    if (v.is(True())) {
      byte('T');
      return true;
    }
    if (v.is(False())) {
      byte('F');
      return true;
    }
    if (v.is(Ellipsis())) {
      byte('.');
      return true;
    }
    if (v.is(typeValue(&StopIterationType))) {
      byte('S');
      return true;
    }
    if (++depth > kMaxMarshalDepth) {
      raise(&ValueErrorType, "object too deeply nested to marshal");
      return false;
    }
    uint8_t flag;
    bool ok = true;
    if (!ref(v, &flag))
      ok = complexObject(v, flag);
    depth--;
    return ok;
  }

  bool complexObject(Value v, uint8_t flag) {
    Type *t = v.type();
    if (t == &IntType) {
      int64_t i;
      if (intFitsInt64(v, &i) && i >= INT32_MIN && i <= INT32_MAX) {
        byte('i' | flag);
        u32(uint32_t(int32_t(i)));
        return true;
      }
      // 15-bit digits, least significant first; the sign on the count.
      Ref x = absolute(v);
      if (!x)
        return false;
      std::vector<uint16_t> digits;
      Ref mask = newInt(0x7fff), fifteen = newInt(15);
      while (isTrue(*x) > 0) {
        Ref d = binaryOp(*x, *mask, BinaryOp::And);
        int64_t dv;
        if (!d || !intAsInt64(*d, &dv))
          return false;
        digits.push_back(uint16_t(dv));
        x = binaryOp(*x, *fifteen, BinaryOp::RShift);
        if (!x)
          return false;
      }
      int neg = compareBool(v, Value::fromSmallInt(0), CompareOp::Lt);
      byte('l' | flag);
      int32_t n = int32_t(digits.size());
      u32(uint32_t(neg ? -n : n));
      for (uint16_t d : digits) {
        byte(uint8_t(d));
        byte(uint8_t(d >> 8));
      }
      return true;
    }
    if (t == &FloatType) {
      if (version > 1) {
        byte('g' | flag);
        f64(floatValue(v));
      } else {
        Ref r = repr(v);
        if (!r)
          return false;
        std::string s = strToUtf8(*r);
        byte('f' | flag);
        byte(uint8_t(s.size()));
        out += s;
      }
      return true;
    }
    if (t == &ComplexType) {
      auto *c = v.as<ComplexObject>();
      byte('y' | flag);
      f64(c->real);
      f64(c->imag);
      return true;
    }
    if (t == &StrType) {
      auto *s = asStr(v);
      if (version >= 4 && s->ascii) {
        std::string_view a = strAsciiView(v);
        bool interned = s->interned;
        if (a.size() < 256) {
          byte((interned ? 'Z' : 'z') | flag);
          byte(uint8_t(a.size()));
        } else {
          if (!sized(interned ? 'A' : 'a', flag, a.size()))
            return false;
        }
        out += a;
        return true;
      }
      std::string u = strToUtf8(v);
      if (!sized(s->interned && version >= 1 ? 't' : 'u', flag, u.size()))
        return false;
      out += u;
      return true;
    }
    if (t == &TupleType) {
      size_t n = tupleSize(v);
      if (version >= 4 && n < 256) {
        byte(')' | flag);
        byte(uint8_t(n));
      } else if (!sized('(', flag, n)) {
        return false;
      }
      for (Value item : tupleItems(v))
        if (!object(item))
          return false;
      return true;
    }
    if (t == &ListType) {
      size_t n = listSize(v);
      if (!sized('[', flag, n))
        return false;
      // Items are borrowed, as CPython does: the refcount decides FLAG_REF.
      for (size_t i = 0; i < listSize(v); i++)
        if (!object(listItem(v, i)))
          return false;
      return true;
    }
    if (t == &DictType) {
      byte('{' | flag);
      size_t pos = 0;
      Value k, val;
      while (dictNext(v, &pos, &k, &val)) {
        if (!object(k) || !object(val))
          return false;
      }
      byte('0');
      return true;
    }
    if (t == &SetType || t == &FrozenSetType) {
      if (!sized(t == &SetType ? '<' : '>', flag, setSize(v)))
        return false;
      size_t pos = 0;
      Value k;
      while (setNext(v, &pos, &k)) {
        if (!object(k))
          return false;
      }
      return true;
    }
    if (isBytesLike(v)) {
      std::string_view data;
      if (!getBuffer(v, &data))
        return false;
      if (!sized('s', flag, data.size()))
        return false;
      out += data;
      return true;
    }
    return unmarshallable();
  }
};

Ref marshalDumps(Value, const Value *args, size_t nargs, Value kwnames) {
  Value out[3] = {};
  if (!parseArgs({"dumps", {"value", "version", "allow_code"}, 1, 2, 2}, args, nargs, kwnames,
                 out))
    return {};
  int64_t version = kMarshalVersion;
  if (out[1] && !intAsInt64(out[1], &version))
    return {};
  Writer w;
  w.version = int(version);
  if (!w.object(out[0]))
    return {};
  return newBytes(w.out);
}

const MethodDef kMarshalFunctions[] = {
    method("loads", marshalLoads),
    method("dumps", marshalDumps),
};

} // namespace

Ref createMarshalModule() {
  Ref module = newModule("marshal");
  if (!module)
    return {};
  if (!moduleAddFunctions(*module, kMarshalFunctions))
    return {};
  Ref v = newInt(kMarshalVersion);
  if (moduleAddObject(*module, "version", *v) < 0)
    return {};
  return module;
}

} // namespace pyvm
