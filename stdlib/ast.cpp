// The native `_ast` module: the node classes of Python's AST, which Lib's
// ast.py re-exports (and annotationlib and typing build on). The classes are
// made at import from the grammar in stdlib/ast_grammar.inc, which
// tools/oracle/ast_grammar.py records from CPython, as CPython's generated
// Python/Python-ast.c makes them from Parser/Python.asdl: every node type is a
// heap class of module "ast" with _fields, __match_args__, _attributes,
// _field_types and None defaults for its optional fields, deriving from the
// native ast.AST whose __init__ binds fields by position and keyword.
// pyvm has no parser: compile(..., PyCF_ONLY_AST) is not supported, so the
// nodes are made by programs, never by the compiler.
// CPython: Python/Python-ast.c (3.14) init_types, ast_type_init, ast_repr
#include "stdlib/modules.h"

#include "vm/abstract.h"
#include "vm/builtin.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/singletons.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typing.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pyvm {

namespace {

constexpr std::string_view kGrammar =
#include "stdlib/ast_grammar.inc"
    ;

Type AstType;

struct AstObject : Object {
  Ref dict;
};

// --- The grammar ------------------------------------------------------------

// "expr? returns" -> {type "expr", name "returns", optional, !sequence}
struct AsdlField {
  std::string type, name;
  bool optional = false, sequence = false;
};
struct AsdlConstructor {
  std::string name;
  std::vector<AsdlField> fields;
  std::string signature; // "Name(identifier id, expr_context ctx)"
};
struct AsdlType {
  std::string name;
  bool product = false;               // name = (fields)
  std::vector<AsdlField> fields;      // product types
  std::vector<AsdlConstructor> ctors; // sum types
  std::vector<AsdlField> attributes;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ')
    s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ')
    s.remove_suffix(1);
  return s;
}

// "stmt* body, expr? returns" -> fields
std::vector<AsdlField> parseFields(std::string_view list) {
  std::vector<AsdlField> fields;
  while (!trim(list).empty()) {
    size_t comma = list.find(',');
    std::string_view item = trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    size_t space = item.find(' ');
    AsdlField f;
    std::string_view type = item.substr(0, space);
    f.name = std::string(trim(item.substr(space + 1)));
    while (!type.empty() && (type.back() == '*' || type.back() == '?')) {
      (type.back() == '*' ? f.sequence : f.optional) = true;
      type.remove_suffix(1);
    }
    f.type = std::string(type);
    fields.push_back(std::move(f));
  }
  return fields;
}

// One line: "name = A(fields) | B | ... attributes (fields)" or "name = (fields) ...".
AsdlType parseLine(std::string_view line) {
  AsdlType t;
  size_t eq = line.find(" = ");
  t.name = std::string(line.substr(0, eq));
  std::string_view rest = line.substr(eq + 3);
  size_t attrs = rest.find(" attributes (");
  if (attrs != std::string_view::npos) {
    std::string_view a = rest.substr(attrs + 13);
    t.attributes = parseFields(a.substr(0, a.rfind(')')));
    rest = rest.substr(0, attrs);
  }
  if (rest.starts_with("(")) {
    t.product = true;
    t.fields = parseFields(rest.substr(1, rest.rfind(')') - 1));
    return t;
  }
  // Constructors are separated by " | " outside parentheses.
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= rest.size(); i++) {
    char c = i < rest.size() ? rest[i] : '|';
    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    if (c != '|' || depth != 0)
      continue;
    std::string_view item = trim(rest.substr(start, i - start));
    start = i + 1;
    AsdlConstructor ctor;
    ctor.signature = std::string(item);
    size_t paren = item.find('(');
    ctor.name = std::string(item.substr(0, paren));
    if (paren != std::string_view::npos)
      ctor.fields = parseFields(item.substr(paren + 1, item.rfind(')') - paren - 1));
    t.ctors.push_back(std::move(ctor));
  }
  return t;
}

std::vector<AsdlType> parseGrammar() {
  std::vector<AsdlType> types;
  std::string_view text = kGrammar;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!line.empty())
      types.push_back(parseLine(line));
  }
  return types;
}

// --- ast.AST ------------------------------------------------------------------

void astDealloc(Object *o) { static_cast<AstObject *>(o)->dict.~Ref(); }

Ref astNew(Type *type, const Value *, size_t, Value) {
  Object *o = allocObject(type);
  if (!o)
    return {};
  Ref self = Ref::steal(o);
  static_cast<AstObject *>(o)->dict = newDict();
  return static_cast<AstObject *>(o)->dict ? self : Ref();
}

Ref astGetDict(Value self) { return static_cast<AstObject *>(self.object())->dict; }
int astSetDict(Value self, Value value) {
  if (!value || !isDict(value)) {
    raise(&TypeErrorType, "__dict__ must be set to a dictionary");
    return -1;
  }
  static_cast<AstObject *>(self.object())->dict = Ref::borrow(value);
  return 0;
}

// A class attribute of the node's type (_fields, _attributes, _field_types).
Ref typeAttr(Value self, const char *name) { return getAttr(typeValue(self.type()), name); }

std::string nodeTypeName(Value self) { return self.type()->name; }

// Node(*args, **kwargs): positional arguments fill _fields in order, keywords
// any field or attribute; fields left out get [] (lists), None (optional) or
// Load() (expr_context), else a DeprecationWarning.
// CPython: Python/Python-ast.c ast_type_init
int astInit(Value self, const Value *args, size_t nargs, Value kwnames) {
  Ref fields = typeAttr(self, "_fields");
  if (!fields)
    return -1;
  Ref fieldList = newList();
  if (!fieldList || listExtend(*fieldList, *fields) < 0)
    return -1;
  size_t numFields = listSize(*fieldList);
  if (nargs > numFields) {
    raisef(&TypeErrorType, "{} constructor takes at most {} positional argument{}",
           nodeTypeName(self), numFields, numFields == 1 ? "" : "s");
    return -1;
  }
  std::vector<bool> set(numFields, false);
  for (size_t i = 0; i < nargs; i++) {
    if (setAttr(self, listItem(*fieldList, i), args[i]) < 0)
      return -1;
    set[i] = true;
  }
  Ref attributes;
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t k = 0; k < nkw; k++) {
    Value key = tupleItem(kwnames, k);
    size_t index = SIZE_MAX;
    for (size_t i = 0; i < numFields; i++) {
      int eq = compareBool(listItem(*fieldList, i), key, CompareOp::Eq);
      if (eq < 0)
        return -1;
      if (eq) {
        index = i;
        break;
      }
    }
    if (index != SIZE_MAX) {
      if (set[index]) {
        raisef(&TypeErrorType, "{} got multiple values for argument '{}'", nodeTypeName(self),
               strToUtf8(key));
        return -1;
      }
      set[index] = true;
    } else {
      if (!attributes && !(attributes = typeAttr(self, "_attributes")))
        return -1;
      int known = contains(*attributes, key);
      if (known < 0)
        return -1;
      if (!known &&
          warnEx(&DeprecationWarningType,
                 nodeTypeName(self) + ".__init__ got an unexpected keyword argument '" +
                     strToUtf8(key) +
                     "'. Support for arbitrary keyword arguments is deprecated and will be "
                     "removed in Python 3.15.",
                 1) < 0)
        return -1;
    }
    if (setAttr(self, key, args[nargs + k]) < 0)
      return -1;
  }
  bool anyMissing = false;
  for (bool b : set)
    anyMissing = anyMissing || !b;
  if (!anyMissing)
    return 0;
  Ref fieldTypes = typeAttr(self, "_field_types");
  if (!fieldTypes)
    return -1;
  for (size_t i = 0; i < numFields; i++) {
    if (set[i])
      continue;
    Value name = listItem(*fieldList, i);
    Value type = isDict(*fieldTypes) ? dictGetItem(*fieldTypes, name) : Value();
    std::string warning;
    if (!type) {
      warning = "Field '" + strToUtf8(name) + "' is missing from " + nodeTypeName(self) +
                "._field_types. This will become an error in Python 3.15.";
    } else if (type.type() == &UnionType) {
      continue; // optional: the class has None
    } else if (isInstance(type, &GenericAliasType)) {
      Ref empty = newList();
      if (!empty || setAttr(self, name, *empty) < 0)
        return -1;
      continue;
    } else if (isType(type) && static_cast<Type *>(type.object())->name == "expr_context") {
      Ref module = importModule("_ast");
      Ref load = module ? getAttr(*module, "Load") : Ref();
      Ref instance = load ? call(*load, {}) : Ref();
      if (!instance || setAttr(self, name, *instance) < 0)
        return -1;
      continue;
    } else {
      warning = nodeTypeName(self) + ".__init__ missing 1 required positional argument: '" +
                strToUtf8(name) + "'. This will become an error in Python 3.15.";
    }
    if (warnEx(&DeprecationWarningType, warning, 1) < 0)
      return -1;
  }
  return 0;
}

Ref astReprDepth(Value self, int depth);

// A list or tuple field: first item, "...", last item.
// CPython: Python/Python-ast.c ast_repr_list
Ref astReprList(Value seq, int depth) {
  Ref items = isTuple(seq) ? Ref::borrow(seq) : listAsTuple(seq);
  if (!items)
    return {};
  size_t n = tupleSize(*items);
  if (n == 0)
    return repr(seq);
  std::string out = isTuple(seq) ? "(" : "[";
  for (size_t i = 0; i < std::min<size_t>(n, 2); i++) {
    Value item = tupleItem(*items, i == 0 ? 0 : n - 1);
    if (i > 0)
      out += ", ";
    Ref r = isInstance(item, &AstType) ? astReprDepth(item, depth - 1) : repr(item);
    if (!r)
      return {};
    out += strToUtf8(*r);
    if (i == 0 && n > 2)
      out += ", ...";
  }
  out += isTuple(seq) ? ")" : "]";
  return newStr(out);
}

// Name(id='x', ctx=Load()), nested nodes shown to a depth of 3.
// CPython: Python/Python-ast.c ast_repr_max_depth
Ref astReprDepth(Value self, int depth) {
  std::string name = nodeTypeName(self);
  if (depth <= 0)
    return newStr(name + "(...)");
  int status = reprEnter(self);
  if (status != 0)
    return status < 0 ? Ref() : newStr(name + "(...)");
  struct Leave {
    Value v;
    ~Leave() { reprLeave(v); }
  } leave{self};
  Ref fields = lookupAttr(typeValue(self.type()), internedName("_fields"));
  if (!fields && errorPending())
    return {};
  Ref fieldTuple = fields ? Ref::borrow(*fields) : newTuple(0);
  if (fields && !isTuple(*fields)) {
    Ref list = newList();
    if (!list || listExtend(*list, *fields) < 0)
      return {};
    fieldTuple = listAsTuple(*list);
  }
  if (tupleSize(*fieldTuple) == 0)
    return newStr(name + "()");
  std::string out = name + "(";
  bool first = true;
  for (Value field : tupleItems(*fieldTuple)) {
    Ref value = getAttr(self, field);
    if (!value)
      return {};
    Ref r = isList(*value) || isTuple(*value) ? astReprList(*value, depth)
            : isInstance(*value, &AstType)    ? astReprDepth(*value, depth - 1)
                                              : repr(*value);
    if (!r)
      return {};
    if (!first)
      out += ", ";
    first = false;
    out += strToUtf8(field) + "=" + strToUtf8(*r);
  }
  return newStr(out + ")");
}

Ref astRepr(Value self) { return astReprDepth(self, 3); }

// (type, (None,) * len(_fields), __dict__): copy and pickle rebuild the node
// without warnings, then restore its attributes. CPython: ast_type_reduce
Ref astReduce(Value self) {
  Ref fields = typeAttr(self, "_fields");
  int64_t n = fields ? length(*fields) : -1;
  if (n < 0)
    return {};
  Ref nones = newTuple(size_t(n));
  if (!nones)
    return {};
  for (int64_t i = 0; i < n; i++)
    tupleInit(*nones, size_t(i), newNone());
  return newTupleOf({typeValue(self.type()), *nones, *astGetDict(self)});
}

// copy.replace(node, **changes): a new node of the same type with the fields
// and attributes it has, updated. CPython: ast_type_replace
Ref astReplace(Value self, const Value *args, size_t nargs, Value kwnames) {
  if (nargs)
    return raisef(&TypeErrorType, "__replace__() takes no positional arguments");
  Ref fields = typeAttr(self, "_fields");
  Ref attributes = fields ? typeAttr(self, "_attributes") : Ref();
  if (!attributes)
    return {};
  size_t nkw = kwnames ? tupleSize(kwnames) : 0;
  for (size_t k = 0; k < nkw; k++) {
    Value key = tupleItem(kwnames, k);
    int inFields = contains(*fields, key);
    int inAttributes = inFields == 0 ? contains(*attributes, key) : 0;
    if (inFields < 0 || inAttributes < 0)
      return {};
    if (!inFields && !inAttributes)
      return raisef(&TypeErrorType, "{}.__replace__ got an unexpected keyword argument '{}'.",
                    nodeTypeName(self), strToUtf8(key));
  }
  Ref payload = newDict();
  if (!payload)
    return {};
  for (Value names : {*fields, *attributes}) {
    Ref iter = getIter(names);
    if (!iter)
      return {};
    while (Ref name = iterNext(*iter)) {
      Ref value = lookupAttr(self, *name);
      if (!value && errorPending())
        return {};
      if (value && dictSetItem(*payload, *name, *value) < 0)
        return {};
    }
    if (errorPending())
      return {};
  }
  for (size_t k = 0; k < nkw; k++)
    if (dictSetItem(*payload, tupleItem(kwnames, k), args[k]) < 0)
      return {};
  Ref noArgs = newTuple(0);
  return noArgs ? callWithTupleAndDict(typeValue(self.type()), *noArgs, *payload) : Ref();
}

const MethodDef kAstMethods[] = {
    method("__reduce__", astReduce),
    method("__replace__", astReplace),
};
const GetSetDef kAstGetSets[] = {{"__dict__", astGetDict, astSetDict}};

bool readyAstType() {
  if (AstType.hasFlag(kTypeReady))
    return true;
  initStaticType(&AstType, "ast.AST", &ObjectType, sizeof(AstObject), kTypeBaseType);
  AstType.nameObject = newStr("AST");
  AstType.dealloc = astDealloc;
  AstType.newInstance = astNew;
  AstType.init = astInit;
  AstType.repr = astRepr;
  AstType.getattr = genericGetAttr;
  AstType.setattr = genericSetAttr;
  AstObject probe;
  AstType.dictOffset =
      size_t(reinterpret_cast<char *>(&probe.dict) - reinterpret_cast<char *>(&probe));
  if (!typeReady(&AstType, kAstMethods, kAstGetSets))
    return false;
  Ref empty = newTuple(0);
  for (const char *name : {"_fields", "__match_args__", "_attributes"})
    if (!empty || dictSetItem(*AstType.dict, name, *empty) < 0)
      return false;
  return true;
}

// --- Building the node classes ---------------------------------------------------

Ref namesOf(const std::vector<AsdlField> &fields) {
  Ref tuple = newTuple(fields.size());
  if (!tuple)
    return {};
  for (size_t i = 0; i < fields.size(); i++)
    tupleInit(*tuple, i, newStr(fields[i].name));
  return tuple;
}

// class name(base): _fields, __match_args__, __module__ 'ast', __doc__.
// CPython: Python/Python-ast.c make_type
Ref makeClass(const std::string &name, Value base, const std::vector<AsdlField> &fields,
              const std::string &doc) {
  Ref names = namesOf(fields);
  Ref ns = newDict();
  Ref nameStr = newStr(name), module = newStr("ast"), docStr = newStr(doc);
  Ref bases = newTupleOf({base});
  if (!names || !ns || !nameStr || !module || !docStr || !bases ||
      dictSetItem(*ns, "_fields", *names) < 0 || dictSetItem(*ns, "__match_args__", *names) < 0 ||
      dictSetItem(*ns, "__module__", *module) < 0 || dictSetItem(*ns, "__doc__", *docStr) < 0)
    return {};
  return call(typeValue(&TypeType), {*nameStr, *bases, *ns});
}

// _attributes, then None on the class for each optional field and attribute.
// CPython: Python/Python-ast.c add_attributes, init_types
bool addAttributes(Value cls, const std::vector<AsdlField> &attributes) {
  Ref names = namesOf(attributes);
  return names && setAttr(cls, internedName("_attributes"), *names) >= 0;
}
bool addOptionalDefaults(Value cls, const std::vector<AsdlField> &fields) {
  for (const AsdlField &f : fields)
    if (f.optional && !f.sequence && setAttr(cls, *newStr(f.name), None()) < 0)
      return false;
  return true;
}

// _field_types and __annotations__: list[ast.expr], ast.expr | None, str ...
// CPython: Python/Python-ast.c add_ast_annotations
bool addFieldTypes(Value cls, const std::vector<AsdlField> &fields,
                   const std::map<std::string, Ref> &classes) {
  Ref types = newDict();
  if (!types)
    return false;
  for (const AsdlField &f : fields) {
    Ref type;
    if (f.type == "identifier" || f.type == "string")
      type = Ref::borrow(typeValue(&StrType));
    else if (f.type == "int")
      type = Ref::borrow(typeValue(&IntType));
    else if (f.type == "constant")
      type = Ref::borrow(typeValue(&ObjectType));
    else if (auto it = classes.find(f.type); it != classes.end())
      type = it->second;
    else
      return raisef(&SystemErrorType, "_ast: unknown ASDL type {}", f.type), false;
    if (f.sequence)
      type = newGenericAlias(typeValue(&ListType), *type);
    else if (f.optional)
      type = unionOr(*type, None());
    if (!type || dictSetItem(*types, *newStr(f.name), *type) < 0)
      return false;
  }
  return setAttr(cls, internedName("_field_types"), *types) >= 0 &&
         setAttr(cls, internedName("__annotations__"), *types) >= 0;
}

// "stmt = FunctionDef(...)\n     | AsyncFunctionDef(...)": CPython's doc of a sum type.
std::string sumDoc(const AsdlType &t) {
  bool simple = true;
  for (const AsdlConstructor &c : t.ctors)
    simple = simple && c.fields.empty();
  std::string doc = t.name + " = ";
  std::string separator = simple ? " | " : "\n" + std::string(t.name.size() + 1, ' ') + "| ";
  for (size_t i = 0; i < t.ctors.size(); i++)
    doc += (i ? separator : "") + t.ctors[i].signature;
  return doc;
}

std::string productDoc(const AsdlType &t) {
  std::string doc = t.name + "(";
  for (size_t i = 0; i < t.fields.size(); i++) {
    const AsdlField &f = t.fields[i];
    doc +=
        (i ? ", " : "") + f.type + (f.optional ? "?" : "") + (f.sequence ? "*" : "") + " " + f.name;
  }
  return doc + ")";
}

bool addNodeClasses(Value module) {
  std::vector<AsdlType> grammar = parseGrammar();
  std::map<std::string, Ref> classes;
  struct Pending {
    Ref cls;
    const std::vector<AsdlField> *fields;
  };
  std::vector<Pending> withFields;
  Value ast = typeValue(&AstType);
  for (const AsdlType &t : grammar) {
    const std::vector<AsdlField> noFields;
    Ref cls = makeClass(t.name, ast, t.product ? t.fields : noFields,
                        t.product ? productDoc(t) : sumDoc(t));
    if (!cls || moduleAddObject(module, t.name, *cls) < 0 || !addAttributes(*cls, t.attributes) ||
        (t.product && !addOptionalDefaults(*cls, t.fields)) ||
        !addOptionalDefaults(*cls, t.attributes))
      return false;
    classes[t.name] = cls;
    if (t.product)
      withFields.push_back({cls, &t.fields});
    for (const AsdlConstructor &c : t.ctors) {
      Ref ctor = makeClass(c.name, *cls, c.fields, c.signature);
      if (!ctor || moduleAddObject(module, c.name, *ctor) < 0 ||
          !addOptionalDefaults(*ctor, c.fields))
        return false;
      classes[c.name] = ctor;
      withFields.push_back({ctor, &c.fields});
    }
  }
  // The field types name classes defined later in the grammar: add them last.
  for (Pending &p : withFields)
    if (!addFieldTypes(*p.cls, *p.fields, classes))
      return false;
  return true;
}

} // namespace

Ref createAstNativeModule() {
  if (!readyAstType())
    return {};
  Ref module = newModule("_ast");
  if (!module)
    return {};
  Value m = module.get();
  if (moduleAddObject(m, "AST", typeValue(&AstType)) < 0)
    return {};
  // CPython: Include/cpython/compile.h PyCF_* (the flags compile() accepts).
  const std::pair<const char *, int64_t> flags[] = {{"PyCF_ALLOW_TOP_LEVEL_AWAIT", 0x2000},
                                                    {"PyCF_ONLY_AST", 0x400},
                                                    {"PyCF_TYPE_COMMENTS", 0x1000},
                                                    {"PyCF_OPTIMIZED_AST", 0x8400}};
  for (auto &[name, value] : flags) {
    Ref v = newInt(value);
    if (!v || moduleAddObject(m, name, *v) < 0)
      return {};
  }
  if (!addNodeClasses(m))
    return {};
  return module;
}

} // namespace pyvm
