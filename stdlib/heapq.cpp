// The _heapq module: the heap functions Lib/heapq.py imports over its
// pure-Python versions (min-heaps and, new in 3.14, the public *_max ones).
// CPython: Modules/_heapqmodule.c
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/errors.h"
#include "vm/list.h"
#include "vm/singletons.h"

namespace pyvm {

namespace {

std::vector<Value> &itemsOf(Value heap) { return heap.as<ListObject>()->items; }

// a < b for a min-heap, b < a for a max-heap; -1 on error.
int before(Value a, Value b, bool max) {
  return max ? compareBool(b, a, CompareOp::Lt) : compareBool(a, b, CompareOp::Lt);
}

// Moves the item at pos up towards startpos. CPython: siftdown
int siftDown(Value heap, size_t startpos, size_t pos, bool max) {
  size_t size = listSize(heap);
  if (pos >= size) {
    raise(&IndexErrorType, "index out of range");
    return -1;
  }
  Ref newitem = Ref::borrow(itemsOf(heap)[pos]);
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    Ref parent = Ref::borrow(itemsOf(heap)[parentpos]);
    int lt = before(*newitem, *parent, max);
    if (lt < 0)
      return -1;
    if (size != listSize(heap)) {
      raise(&RuntimeErrorType, "list changed size during iteration");
      return -1;
    }
    if (!lt)
      break;
    auto &items = itemsOf(heap);
    std::swap(items[parentpos], items[pos]);
    pos = parentpos;
  }
  return 0;
}

// Moves the smaller child up until a leaf, then sifts down. CPython: siftup
int siftUp(Value heap, size_t pos, bool max) {
  size_t endpos = listSize(heap), startpos = pos;
  if (pos >= endpos) {
    raise(&IndexErrorType, "index out of range");
    return -1;
  }
  size_t limit = endpos >> 1;
  while (pos < limit) {
    size_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      Ref a = Ref::borrow(itemsOf(heap)[childpos]), b = Ref::borrow(itemsOf(heap)[childpos + 1]);
      int lt = before(*a, *b, max);
      if (lt < 0)
        return -1;
      childpos += size_t(lt == 0);
      if (endpos != listSize(heap)) {
        raise(&RuntimeErrorType, "list changed size during iteration");
        return -1;
      }
    }
    auto &items = itemsOf(heap);
    std::swap(items[childpos], items[pos]);
    pos = childpos;
  }
  return siftDown(heap, startpos, pos, max);
}

// Argument Clinic's check of `heap: object(subclass_of='&PyList_Type')`
// ("argument" alone for the one-argument functions).
bool checkList(const char *name, Value heap, bool only = false) {
  if (isList(heap))
    return true;
  raisef(&TypeErrorType, "{}() argument{} must be list, not {}", name, only ? "" : " 1",
         typeName(heap));
  return false;
}

Ref push(const char *name, const Value *args, size_t nargs, bool max) {
  if (!checkPositional(name, nargs, 2, 2) || !checkList(name, args[0]))
    return {};
  listAppend(args[0], Ref::borrow(args[1]));
  if (siftDown(args[0], 0, listSize(args[0]) - 1, max) < 0)
    return {};
  return newNone();
}

Ref pop(const char *name, Value heap, bool max) {
  if (!checkList(name, heap, true))
    return {};
  auto &items = itemsOf(heap);
  if (items.empty())
    return raise(&IndexErrorType, "index out of range");
  Ref last = Ref::steal(items.back());
  items.pop_back();
  if (items.empty())
    return last;
  Ref result = Ref::steal(items[0]);
  items[0] = last.release();
  if (siftUp(heap, 0, max) < 0)
    return {};
  return result;
}

Ref replace(const char *name, const Value *args, size_t nargs, bool max) {
  if (!checkPositional(name, nargs, 2, 2) || !checkList(name, args[0]))
    return {};
  auto &items = itemsOf(args[0]);
  if (items.empty())
    return raise(&IndexErrorType, "index out of range");
  Ref result = Ref::steal(items[0]);
  items[0] = Ref::borrow(args[1]).release();
  if (siftUp(args[0], 0, max) < 0)
    return {};
  return result;
}

Ref pushPop(const char *name, const Value *args, size_t nargs, bool max) {
  if (!checkPositional(name, nargs, 2, 2) || !checkList(name, args[0]))
    return {};
  Value heap = args[0], item = args[1];
  if (listSize(heap) == 0)
    return Ref::borrow(item);
  Ref top = Ref::borrow(itemsOf(heap)[0]);
  int lt = before(*top, item, max);
  if (lt < 0)
    return {};
  if (!lt)
    return Ref::borrow(item);
  auto &items = itemsOf(heap);
  if (items.empty())
    return raise(&IndexErrorType, "index out of range");
  Ref result = Ref::steal(items[0]);
  items[0] = Ref::borrow(item).release();
  if (siftUp(heap, 0, max) < 0)
    return {};
  return result;
}

Ref heapify(const char *name, Value heap, bool max) {
  if (!checkList(name, heap, true))
    return {};
  size_t n = listSize(heap);
  for (size_t i = n / 2; i-- > 0;)
    if (siftUp(heap, i, max) < 0)
      return {};
  return newNone();
}

Ref heappush(Value, const Value *a, size_t n) { return push("heappush", a, n, false); }
Ref heappushMax(Value, const Value *a, size_t n) { return push("heappush_max", a, n, true); }
Ref heappop(Value, Value heap) { return pop("heappop", heap, false); }
Ref heappopMax(Value, Value heap) { return pop("heappop_max", heap, true); }
Ref heapreplace(Value, const Value *a, size_t n) { return replace("heapreplace", a, n, false); }
Ref heapreplaceMax(Value, const Value *a, size_t n) {
  return replace("heapreplace_max", a, n, true);
}
Ref heappushpop(Value, const Value *a, size_t n) { return pushPop("heappushpop", a, n, false); }
Ref heappushpopMax(Value, const Value *a, size_t n) {
  return pushPop("heappushpop_max", a, n, true);
}
Ref heapifyMin(Value, Value heap) { return heapify("heapify", heap, false); }
Ref heapifyMax(Value, Value heap) { return heapify("heapify_max", heap, true); }

const MethodDef kHeapqFunctions[] = {
    method("heappush", heappush),
    method("heappop", heappop),
    method("heapreplace", heapreplace),
    method("heappushpop", heappushpop),
    method("heapify", heapifyMin),
    method("heappush_max", heappushMax),
    method("heappop_max", heappopMax),
    method("heapreplace_max", heapreplaceMax),
    method("heappushpop_max", heappushpopMax),
    method("heapify_max", heapifyMax),
};

} // namespace

Ref createHeapqModule() {
  Ref module = newModule("_heapq");
  if (!module || !moduleAddFunctions(*module, kHeapqFunctions))
    return {};
  return module;
}

} // namespace pyvm
