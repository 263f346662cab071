// The methods of str. CPython: Objects/unicodeobject.c, Objects/stringlib/
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/str_builder.h"
#include "vm/str_internal.h"
#include "vm/unicode.h"

#include <cstring>

namespace pyvm {

// Finds needle in s[start:end] (indices already adjusted); direction 1 finds
// the first occurrence, -1 the last. Returns the index or -1.
int64_t strFind(Value sv, Value nv, int64_t start, int64_t end, int direction) {
  StrObject *s = asStr(sv), *n = asStr(nv);
  int64_t len = int64_t(s->length), m = int64_t(n->length);
  if (start < 0)
    start = 0;
  if (end > len)
    end = len;
  if (end - start < m)
    return -1;
  if (m == 0)
    return direction > 0 ? start : end;
  if (s->kind == 1 && n->kind == 1) {
    std::string_view hay(reinterpret_cast<const char *>(s->data()) + start, size_t(end - start));
    std::string_view nee(reinterpret_cast<const char *>(n->data()), size_t(m));
    size_t pos = direction > 0 ? hay.find(nee) : hay.rfind(nee);
    return pos == std::string_view::npos ? -1 : start + int64_t(pos);
  }
  if (n->kind > s->kind)
    return -1;
  auto matchAt = [&](int64_t i) {
    for (int64_t k = 0; k < m; k++)
      if (s->at(size_t(i + k)) != n->at(size_t(k)))
        return false;
    return true;
  };
  if (direction > 0) {
    for (int64_t i = start; i + m <= end; i++)
      if (matchAt(i))
        return i;
  } else {
    for (int64_t i = end - m; i >= start; i--)
      if (matchAt(i))
        return i;
  }
  return -1;
}

std::span<const MethodDef> strMethodTable() { return {}; }

} // namespace pyvm
