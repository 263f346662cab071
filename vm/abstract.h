// The abstract object protocol: the operations the eval loop and native code
// apply to any object, dispatching through type slots with CPython's rules
// (reflected operands, subclass priority, NotImplemented, __bool__/__len__
// fallback, ...). CPython: Objects/abstract.c, Objects/object.c
#pragma once

#include "vm/object.h"

namespace pyvm {

Ref repr(Value v);            // repr(v), RecursionError-safe
Ref str(Value v);             // str(v)
Ref ascii(Value v);           // ascii(v)
Ref format(Value v, Value spec); // format(v, spec); spec may be null for ''
int64_t hash(Value v);        // hash(v); -1 on error ("unhashable type: 'list'")
int isTrue(Value v);          // bool(v): 1, 0, or -1 on error
// An optional bool argument of a native function: `dflt` when absent (null),
// else bool(v). False with the error pending when bool(v) raises.
bool truthOr(Value v, bool dflt, bool *out);
int64_t length(Value v);      // len(v); -1 on error

Ref getAttr(Value v, Value name);
Ref getAttr(Value v, std::string_view name);
// Like getAttr but returns null WITHOUT an error when the attribute is
// missing (AttributeError swallowed); other errors stay pending.
Ref lookupAttr(Value v, Value name);
// obj.name looked up for a call. When the attribute is a method descriptor
// found on the type (a Python function or a native method) and not shadowed
// by the instance, returns it unbound with *isMethod = true, so the caller
// passes obj as the first argument and no bound method is created.
// CPython: Objects/object.c _PyObject_GetMethod
Ref getMethod(Value obj, Value name, bool *isMethod);
int setAttr(Value v, Value name, Value value); // null value deletes
int delAttr(Value v, Value name);
int hasAttr(Value v, Value name); // 1, 0, -1

// Calls with the vectorcall convention (see vm/object.h CallFn).
Ref call(Value callable, const Value *args, size_t nargs, Value kwnames = Value());
Ref call(Value callable, std::initializer_list<Value> args);
// Calls obj.name(args...).
Ref callMethod(Value obj, std::string_view name, std::initializer_list<Value> args);
// callable(*args_tuple, **kwargs_dict); kwargs may be null.
Ref callWithTupleAndDict(Value callable, Value args, Value kwargs);

Ref binaryOp(Value a, Value b, BinaryOp op);   // a + b ...
Ref inplaceOp(Value a, Value b, BinaryOp op);  // a += b ...
Ref power(Value a, Value b, Value mod);        // pow(a, b, mod); mod may be None
Ref divmod(Value a, Value b);                  // divmod(a, b) via the divmod slot
Ref negative(Value v);
Ref positive(Value v);
Ref invert(Value v);
Ref absolute(Value v);
Ref index(Value v); // operator.index(v): an int, or TypeError

// Comparisons. richCompare returns the result object; compareBool returns
// 1/0/-1 (error). `is` shortcut for Eq/Ne as in PyObject_RichCompareBool.
Ref richCompare(Value a, Value b, CompareOp op);
int compareBool(Value a, Value b, CompareOp op);

Ref getItem(Value container, Value key);
int setItem(Value container, Value key, Value value);
int delItem(Value container, Value key);
int contains(Value container, Value item); // `item in container`: 1/0/-1

Ref getIter(Value v); // iter(v)
// next(iterator): the next item, or null. Null with no error pending means
// the iterator is exhausted (StopIteration is not materialised).
Ref iterNext(Value iterator);

// Converts an index-able object to int64 (for sequence indices, range
// arguments...). Raises OverflowError/IndexError as CPython's
// PyNumber_AsSsize_t with the given exception type when it does not fit.
bool indexAsInt64(Value v, int64_t *out, Type *overflowError = nullptr);

// isinstance / issubclass with __instancecheck__/__subclasscheck__ and tuples.
int isInstanceOf(Value v, Value classinfo);
int isSubclassOf(Value cls, Value classinfo);

// len(o) if o has __len__, else o.__length_hint__(), else dflt; -1 on error.
int64_t lengthHint(Value o, int64_t dflt);

// Builds a list from any iterable (list(iterable)).
Ref sequenceToList(Value iterable);
// Builds a tuple from any iterable (tuple(iterable)).
Ref sequenceToTuple(Value iterable);

} // namespace pyvm
