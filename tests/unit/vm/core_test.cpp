// Unit tests of the core object model: MRO, exceptions, binary-op dispatch,
// comparisons, the recursion guard, argument parsing, the method cache.
#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/runtime.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/descriptors.h"

#include <gtest/gtest.h>

using namespace pyvm;

namespace {

class CoreTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { ASSERT_TRUE(initRuntime()); }
  void TearDown() override { clearPendingException(); }

  // The pending exception as "Type: message", clearing it.
  static std::string takeError() {
    Ref e = takePendingException();
    if (!e)
      return "<no error>";
    Ref s = str(e.get());
    return typeName(e.get()) + ": " + (s ? strToUtf8(s.get()) : "?");
  }
  static std::string reprOf(Value v) {
    Ref r = repr(v);
    return r ? strToUtf8(r.get()) : "<repr failed: " + takeError() + ">";
  }
  static std::string strOf(Value v) {
    Ref r = str(v);
    return r ? strToUtf8(r.get()) : "<str failed: " + takeError() + ">";
  }
  // class name(*bases): pass, built with type(name, bases, {}).
  static Ref makeClass(const char *name, std::initializer_list<Value> bases) {
    Ref n = newStr(name);
    Ref b = newTupleOf(bases);
    Ref d = newDict();
    Value args[3] = {n.get(), b.get(), d.get()};
    return call(typeValue(&TypeType), args, 3);
  }
  static std::string mroNames(Value cls) {
    std::string out;
    for (Value t : tupleItems(static_cast<Type *>(cls.object())->mro.get())) {
      if (!out.empty())
        out += " ";
      out += static_cast<Type *>(t.object())->name;
    }
    return out;
  }
};

TEST_F(CoreTest, SingletonsRepr) {
  EXPECT_EQ(reprOf(None()), "None");
  EXPECT_EQ(reprOf(NotImplemented()), "NotImplemented");
  EXPECT_EQ(reprOf(Ellipsis()), "Ellipsis");
  EXPECT_EQ(reprOf(typeValue(&NoneType)), "<class 'NoneType'>");
  EXPECT_EQ(reprOf(typeValue(&EllipsisType)), "<class 'ellipsis'>");
  EXPECT_EQ(isTrue(None()), 0);
  EXPECT_EQ(isTrue(NotImplemented()), -1);
  EXPECT_EQ(takeError(), "TypeError: NotImplemented should not be used in a boolean context");
  Ref r = call(typeValue(&NoneType), {Value::fromSmallInt(1)});
  EXPECT_FALSE(r);
  EXPECT_EQ(takeError(), "TypeError: NoneType takes no arguments");
}

TEST_F(CoreTest, MroLinear) {
  Ref a = makeClass("A", {});
  ASSERT_TRUE(a) << takeError();
  Ref b = makeClass("B", {a.get()});
  Ref c = makeClass("C", {a.get()});
  Ref d = makeClass("D", {b.get(), c.get()});
  ASSERT_TRUE(d) << takeError();
  EXPECT_EQ(mroNames(d.get()), "D B C A object");
  EXPECT_TRUE(isSubtype(static_cast<Type *>(d.get().object()), static_cast<Type *>(a.get().object())));
  EXPECT_EQ(isSubclassOf(d.get(), a.get()), 1);
}

TEST_F(CoreTest, MroConflict) {
  Ref x = makeClass("X", {});
  Ref y = makeClass("Y", {x.get()});
  Ref z = makeClass("Z", {x.get(), y.get()});
  EXPECT_FALSE(z);
  EXPECT_EQ(takeError(), "TypeError: Cannot create a consistent method resolution order (MRO) "
                         "for bases X, Y");
  Ref dup = makeClass("Dup", {x.get(), x.get()});
  EXPECT_FALSE(dup);
  EXPECT_EQ(takeError(), "TypeError: duplicate base class X");
  Ref bad = makeClass("Bad", {typeValue(&BoolType)});
  EXPECT_FALSE(bad);
  EXPECT_EQ(takeError(), "TypeError: type 'bool' is not an acceptable base type");
  Ref lay = makeClass("Lay", {typeValue(&IntType), typeValue(&StrType)});
  EXPECT_FALSE(lay);
  EXPECT_EQ(takeError(), "TypeError: multiple bases have instance lay-out conflict");
}

TEST_F(CoreTest, ExceptionStrRepr) {
  Ref v = newException(&ValueErrorType, "x");
  ASSERT_TRUE(v);
  EXPECT_EQ(reprOf(v.get()), "ValueError('x')");
  EXPECT_EQ(strOf(v.get()), "x");
  Ref k = newException(&KeyErrorType, "k");
  EXPECT_EQ(strOf(k.get()), "'k'");
  Ref empty = newExceptionFromArgs(&ValueErrorType, nullptr, 0);
  EXPECT_EQ(reprOf(empty.get()), "ValueError()");
  EXPECT_EQ(strOf(empty.get()), "");
  Value two[2] = {Value::fromSmallInt(1), Value::fromSmallInt(2)};
  Ref t = newExceptionFromArgs(&TypeErrorType, two, 2);
  EXPECT_EQ(reprOf(t.get()), "TypeError(1, 2)");
  EXPECT_EQ(strOf(t.get()), "(1, 2)");
  Ref si = newExceptionFromArgs(&StopIterationType, two, 2);
  EXPECT_EQ(reprOf(stopIterationValue(si.get())), "1");
}

TEST_F(CoreTest, RaiseBuildsInstance) {
  raise(&ZeroDivisionErrorType, "division by zero");
  ASSERT_TRUE(errorPending());
  EXPECT_TRUE(pendingExceptionMatches(&ArithmeticErrorType));
  EXPECT_TRUE(isInstance(pendingException(), &ZeroDivisionErrorType));
  EXPECT_EQ(takeError(), "ZeroDivisionError: division by zero");
  EXPECT_FALSE(errorPending());
}

TEST_F(CoreTest, ExceptionGroupRules) {
  Ref ve = newException(&ValueErrorType, "v");
  Ref te = newException(&TypeErrorType, "t");
  Ref lst = newList(0);
  listAppend(lst.get(), ve);
  listAppend(lst.get(), te);
  Ref msg = newStr("eg");
  Ref eg = call(typeValue(&BaseExceptionGroupType), {msg.get(), lst.get()});
  ASSERT_TRUE(eg) << takeError();
  // BaseExceptionGroup of Exceptions becomes an ExceptionGroup.
  EXPECT_EQ(eg.type(), &ExceptionGroupType);
  EXPECT_EQ(strOf(eg.get()), "eg (2 sub-exceptions)");
  EXPECT_EQ(reprOf(eg.get()), "ExceptionGroup('eg', [ValueError('v'), TypeError('t')])");
  Ref split = callMethod(eg.get(), "split", {typeValue(&ValueErrorType)});
  ASSERT_TRUE(split) << takeError();
  EXPECT_EQ(reprOf(split.get()),
            "(ExceptionGroup('eg', [ValueError('v')]), ExceptionGroup('eg', [TypeError('t')]))");
  Ref ki = newExceptionFromArgs(&KeyboardInterruptType, nullptr, 0);
  Ref lst2 = newList(0);
  listAppend(lst2.get(), ki);
  Ref bad = call(typeValue(&ExceptionGroupType), {msg.get(), lst2.get()});
  EXPECT_FALSE(bad);
  EXPECT_EQ(takeError(), "TypeError: Cannot nest BaseExceptions in an ExceptionGroup");
  Ref match, rest;
  ASSERT_TRUE(exceptionGroupMatch(ve.get(), typeValue(&ValueErrorType), &match, &rest));
  ASSERT_TRUE(match);
  EXPECT_EQ(reprOf(match.get()), "ExceptionGroup('', (ValueError('v'),))");
  EXPECT_TRUE(isNone(rest.get()));
}

// Two static test types whose + slots return NotImplemented for each other.
Type LeftType, RightType, RightSubType;
Ref leftAdd(Value a, Value b) {
  if (a.type() == &LeftType && b.type() == &LeftType)
    return newStr("L+L");
  if (a.type() == &LeftType && isInstance(b, &RightType))
    return newNotImplemented();
  return newNotImplemented();
}
Ref rightAdd(Value a, Value b) {
  if (isInstance(b, &RightType))
    return newStr(b.type() == &RightSubType ? "sub-reflected" : "R-reflected");
  (void)a;
  return newNotImplemented();
}

TEST_F(CoreTest, BinaryOpDispatch) {
  static bool ready = false;
  if (!ready) {
    initStaticType(&LeftType, "Left", &ObjectType, sizeof(Object), kTypeBaseType);
    LeftType.binary[int(BinaryOp::Add)] = leftAdd;
    LeftType.newInstance = objectNew;
    initStaticType(&RightType, "Right", &ObjectType, sizeof(Object), kTypeBaseType);
    RightType.binary[int(BinaryOp::Add)] = rightAdd;
    RightType.newInstance = objectNew;
    initStaticType(&RightSubType, "RightSub", &RightType, sizeof(Object), kTypeBaseType);
    ASSERT_TRUE(typeReady(&LeftType) && typeReady(&RightType) && typeReady(&RightSubType));
    ready = true;
  }
  Ref l = Ref::steal(allocObject(&LeftType));
  Ref r = Ref::steal(allocObject(&RightType));
  Ref rs = Ref::steal(allocObject(&RightSubType));
  Ref x = binaryOp(l.get(), l.get(), BinaryOp::Add);
  EXPECT_EQ(strOf(x.get()), "L+L");
  Ref y = binaryOp(l.get(), r.get(), BinaryOp::Add);
  EXPECT_EQ(strOf(y.get()), "R-reflected");
  // A subclass's slot is tried first when it differs.
  Ref z = binaryOp(r.get(), rs.get(), BinaryOp::Add);
  EXPECT_EQ(strOf(z.get()), "sub-reflected");
  Ref bad = binaryOp(r.get(), l.get(), BinaryOp::Add);
  EXPECT_FALSE(bad);
  EXPECT_EQ(takeError(), "TypeError: unsupported operand type(s) for +: 'Right' and 'Left'");
  Ref s = newStr("a");
  Ref e = binaryOp(Value::fromSmallInt(1), s.get(), BinaryOp::Add);
  EXPECT_FALSE(e);
  EXPECT_EQ(takeError(), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  Ref p = binaryOp(Value::fromSmallInt(1), s.get(), BinaryOp::Power);
  EXPECT_EQ(takeError(), "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
  Ref ip = inplaceOp(l.get(), s.get(), BinaryOp::Subtract);
  EXPECT_EQ(takeError(), "TypeError: unsupported operand type(s) for -=: 'Left' and 'str'");
  Ref neg = negative(l.get());
  EXPECT_EQ(takeError(), "TypeError: bad operand type for unary -: 'Left'");
}

TEST_F(CoreTest, RichCompareFallbacks) {
  Ref a = Ref::steal(allocObject(&ObjectType));
  Ref b = Ref::steal(allocObject(&ObjectType));
  EXPECT_EQ(compareBool(a.get(), a.get(), CompareOp::Eq), 1);
  EXPECT_EQ(compareBool(a.get(), b.get(), CompareOp::Eq), 0);
  EXPECT_EQ(compareBool(a.get(), b.get(), CompareOp::Ne), 1);
  Ref lt = richCompare(a.get(), b.get(), CompareOp::Lt);
  EXPECT_FALSE(lt);
  EXPECT_EQ(takeError(), "TypeError: '<' not supported between instances of 'object' and 'object'");
  Ref s = newStr("x");
  Ref ge = richCompare(Value::fromSmallInt(1), s.get(), CompareOp::Ge);
  EXPECT_EQ(takeError(), "TypeError: '>=' not supported between instances of 'int' and 'str'");
}

TEST_F(CoreTest, RecursionGuard) {
  int depth = 0;
  while (enterRecursiveCall(" in comparison")) {
    depth++;
    ASSERT_LT(depth, 1000000);
  }
  EXPECT_GT(depth, 100);
  for (int i = 0; i < depth; i++)
    leaveRecursiveCall();
  EXPECT_EQ(takeError(), "RecursionError: maximum recursion depth exceeded in comparison");
  // Balanced again: entering works.
  EXPECT_TRUE(enterRecursiveCall(""));
  leaveRecursiveCall();
}

TEST_F(CoreTest, HashAndUnhashable) {
  EXPECT_EQ(hash(Value::fromSmallInt(-1)), -2);
  EXPECT_EQ(hash(Value::fromSmallInt(5)), 5);
  EXPECT_EQ(hash(None()), int64_t(0xFCA86420));
  Ref l = newList(0);
  EXPECT_EQ(hash(l.get()), -1);
  EXPECT_EQ(takeError(), "TypeError: unhashable type: 'list'");
}

TEST_F(CoreTest, CallErrors) {
  Ref r = call(Value::fromSmallInt(1), {});
  EXPECT_EQ(takeError(), "TypeError: 'int' object is not callable");
  Ref it = getIter(Value::fromSmallInt(1));
  EXPECT_EQ(takeError(), "TypeError: 'int' object is not iterable");
  Ref gi = getItem(Value::fromSmallInt(1), Value::fromSmallInt(0));
  EXPECT_EQ(takeError(), "TypeError: 'int' object is not subscriptable");
  EXPECT_EQ(length(Value::fromSmallInt(1)), -1);
  EXPECT_EQ(takeError(), "TypeError: object of type 'int' has no len()");
  EXPECT_EQ(isInstanceOf(Value::fromSmallInt(1), Value::fromSmallInt(1)), -1);
  EXPECT_EQ(takeError(),
            "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  Ref tup = newTupleOf({typeValue(&StrType), typeValue(&IntType)});
  EXPECT_EQ(isInstanceOf(Value::fromSmallInt(1), tup.get()), 1);
  EXPECT_EQ(isSubclassOf(typeValue(&BoolType), tup.get()), 1);
}

TEST_F(CoreTest, ParseArgs) {
  ParamSpec spec{"f", {"a", "b", "c"}, 1, 0, 2};
  Value out[3];
  Value args[3] = {Value::fromSmallInt(1), Value::fromSmallInt(2), Value::fromSmallInt(3)};
  EXPECT_TRUE(parseArgs(spec, args, 2, Value(), out));
  EXPECT_TRUE(out[2].isNull());
  EXPECT_FALSE(parseArgs(spec, args, 3, Value(), out));
  EXPECT_EQ(takeError(), "TypeError: f() takes at most 2 positional arguments (3 given)");
  ParamSpec spec4{"property", {"fget", "fset", "fdel", "doc"}, 0, 0};
  Value out4[4];
  Value five[5] = {args[0], args[0], args[0], args[0], args[0]};
  EXPECT_FALSE(parseArgs(spec4, five, 5, Value(), out4));
  EXPECT_EQ(takeError(), "TypeError: property() takes at most 4 arguments (5 given)");
  EXPECT_FALSE(parseArgs(spec, args, 0, Value(), out));
  EXPECT_EQ(takeError(), "TypeError: f() missing required argument 'a' (pos 1)");
  Ref kw = newTupleOf({newStr("zz").get()});
  EXPECT_FALSE(parseArgs(spec, args, 1, kw.get(), out));
  EXPECT_EQ(takeError(), "TypeError: f() got an unexpected keyword argument 'zz'");
  Ref kwa = newTupleOf({newStr("a").get()});
  EXPECT_FALSE(parseArgs(spec, args, 1, kwa.get(), out));
  EXPECT_EQ(takeError(), "TypeError: argument for f() given by name ('a') and position (1)");
  Ref kwc = newTupleOf({newStr("c").get()});
  EXPECT_TRUE(parseArgs(spec, args, 1, kwc.get(), out));
  EXPECT_TRUE(out[2].is(args[1]));
  EXPECT_FALSE(checkPositional("insert", 1, 2, 2));
  EXPECT_EQ(takeError(), "TypeError: insert expected 2 arguments, got 1");
  EXPECT_FALSE(checkNoKeywords("len", kw.get()));
  EXPECT_EQ(takeError(), "TypeError: len() takes no keyword arguments");
}

TEST_F(CoreTest, TypeAttributeCacheInvalidation) {
  Ref a = makeClass("CacheA", {});
  Ref b = makeClass("CacheB", {a.get()});
  Ref name = internStr("attr");
  EXPECT_TRUE(typeLookup(static_cast<Type *>(b.get().object()), name.get()).isNull());
  ASSERT_EQ(setAttr(a.get(), name.get(), Value::fromSmallInt(7)), 0);
  Value v = typeLookup(static_cast<Type *>(b.get().object()), name.get());
  ASSERT_FALSE(v.isNull());
  EXPECT_EQ(v.smallInt(), 7);
  ASSERT_EQ(setAttr(a.get(), name.get(), Value::fromSmallInt(8)), 0);
  EXPECT_EQ(typeLookup(static_cast<Type *>(b.get().object()), name.get()).smallInt(), 8);
  ASSERT_EQ(delAttr(a.get(), name.get()), 0);
  EXPECT_TRUE(typeLookup(static_cast<Type *>(b.get().object()), name.get()).isNull());
  Ref got = getAttr(b.get(), name.get());
  EXPECT_FALSE(got);
  EXPECT_EQ(takeError(), "AttributeError: type object 'CacheB' has no attribute 'attr'");
}

TEST_F(CoreTest, InstanceDictAndRefcounts) {
  Ref a = makeClass("Inst", {});
  intptr_t typeRefs = a.get().object()->refcount;
  {
    Ref obj = call(a.get(), {});
    ASSERT_TRUE(obj) << takeError();
    EXPECT_EQ(a.get().object()->refcount, typeRefs + 1); // instances own their heap type
    Ref name = internStr("x");
    Ref val = newStr("value");
    intptr_t before = val.get().object()->refcount;
    ASSERT_EQ(setAttr(obj.get(), name.get(), val.get()), 0);
    EXPECT_EQ(val.get().object()->refcount, before + 1);
    Ref got = getAttr(obj.get(), name.get());
    EXPECT_TRUE(got.get().is(val.get()));
    got.reset();
    obj.reset(); // dealloc clears the dict
    EXPECT_EQ(val.get().object()->refcount, before);
  }
  EXPECT_EQ(a.get().object()->refcount, typeRefs);
  Ref obj = call(a.get(), {});
  Ref repr1 = repr(obj.get());
  EXPECT_EQ(strToUtf8(repr1.get()).rfind("<Inst object at 0x", 0), 0u);
}

TEST_F(CoreTest, SlotWrappersCallable) {
  Ref add = getAttr(typeValue(&IntType), "__add__");
  ASSERT_TRUE(add);
  EXPECT_EQ(reprOf(add.get()), "<slot wrapper '__add__' of 'int' objects>");
  Ref r = call(add.get(), {Value::fromSmallInt(2), Value::fromSmallInt(3)});
  ASSERT_TRUE(r) << takeError();
  EXPECT_EQ(r.get().smallInt(), 5);
  Ref s = newStr("s");
  Ref bad = call(add.get(), {s.get(), Value::fromSmallInt(3)});
  EXPECT_EQ(takeError(),
            "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'");
  Ref init = getAttr(typeValue(&ObjectType), "__init__");
  EXPECT_EQ(reprOf(init.get()), "<slot wrapper '__init__' of 'object' objects>");
  Ref lenf = getAttr(typeValue(&ListType), "__len__");
  Ref l = newList(0);
  Ref n = call(lenf.get(), {l.get()});
  ASSERT_TRUE(n) << takeError();
  EXPECT_EQ(n.get().smallInt(), 0);
}

TEST_F(CoreTest, UnionTypes) {
  Ref u = binaryOp(typeValue(&IntType), typeValue(&StrType), BinaryOp::Or);
  ASSERT_TRUE(u) << takeError();
  EXPECT_EQ(reprOf(u.get()), "int | str");
  EXPECT_EQ(reprOf(typeValue(u.type())), "<class 'typing.Union'>");
  EXPECT_EQ(isInstanceOf(Value::fromSmallInt(3), u.get()), 1);
  Ref n = binaryOp(None(), typeValue(&IntType), BinaryOp::Or);
  EXPECT_EQ(reprOf(n.get()), "None | int");
  Ref same = binaryOp(typeValue(&IntType), typeValue(&IntType), BinaryOp::Or);
  EXPECT_TRUE(same.get().is(typeValue(&IntType)));
  Ref bad = binaryOp(typeValue(&IntType), Value::fromSmallInt(1), BinaryOp::Or);
  EXPECT_FALSE(bad);
  EXPECT_EQ(takeError(), "TypeError: unsupported operand type(s) for |: 'type' and 'int'");
}

TEST_F(CoreTest, DataDescriptorBeatsInstanceDict) {
  Ref cls = makeClass("WithProp", {});
  Ref lenf = getAttr(typeValue(&ListType), "__len__");
  // property(fget=list.__len__): a data descriptor.
  Ref prop = call(typeValue(&PropertyType), {lenf.get()});
  ASSERT_TRUE(prop) << takeError();
  Ref name = internStr("p");
  ASSERT_EQ(setAttr(cls.get(), name.get(), prop.get()), 0);
  // Instances of a list subclass so list.__len__ applies.
  Ref lcls = makeClass("LP", {typeValue(&ListType)});
  ASSERT_EQ(setAttr(lcls.get(), name.get(), prop.get()), 0);
  Ref obj = call(lcls.get(), {});
  ASSERT_TRUE(obj) << takeError();
  Ref *slot = instanceDictSlot(obj.get());
  ASSERT_NE(slot, nullptr);
  *slot = newDict();
  dictSetItem(slot->get(), name.get(), Value::fromSmallInt(99));
  Ref v = getAttr(obj.get(), name.get());
  ASSERT_TRUE(v) << takeError();
  EXPECT_EQ(v.get().smallInt(), 0); // the property, not the dict entry
  EXPECT_EQ(setAttr(obj.get(), name.get(), Value::fromSmallInt(1)), -1);
  // No __set_name__: the name comes from fget.__name__.
  EXPECT_EQ(takeError(), "AttributeError: property '__len__' of 'LP' object has no setter");
}

} // namespace
