def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)
class Base:
    def hello(self): return 'base hello'
    @classmethod
    def cm(cls): return ('cm', cls.__name__)
    @staticmethod
    def sm(x): return ('sm', x)
    @property
    def p(self): return self._p
    @p.setter
    def p(self, v): self._p = v * 10
    @p.deleter
    def p(self): print('deleting p')
class Derived(Base):
    def hello(self): return 'derived+' + super().hello()
    @classmethod
    def cm(cls): return ('derived', super().cm())
d = Derived()
print(d.hello(), Derived.cm(), d.cm(), Base.sm(1), d.sm(2))
d.p = 3; print(d.p); del d.p
print(type(Base.__dict__['cm']).__name__, type(Base.__dict__['sm']).__name__, type(Base.__dict__['p']).__name__)
print(Base.__dict__['sm'].__func__.__name__, Base.__dict__['cm'].__wrapped__.__name__)
print(Base.p.fget.__name__, Base.p.__doc__)
t(lambda: super(Derived, d).hello())
t(lambda: super(Derived, Derived).cm())
t(lambda: super().x)
class Q:
    def __init__(self, a, b=2, *, c=3): self.t = (a, b, c)
print(Q(1).t, Q(1, c=5).t)
t(lambda: Q())
t(lambda: object.__new__(Q).__class__)
print(repr(Q.__init__)[:22])
class MyErr(ValueError):
    def __init__(self, code): super().__init__('code %d' % code); self.code = code
try:
    raise MyErr(5)
except ValueError as e:
    print(repr(e), str(e), e.code, e.args)
try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise TypeError('t') from e
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError('v')
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)
e = ValueError('x'); e.add_note('note1'); e.add_note('note2'); print(e.__notes__)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
print(OSError(2, 'nf', 'f.txt').filename, str(OSError(2, 'nf', 'f.txt')))
print(ImportError('m', name='mod').name, AttributeError('x', name='n', obj=1).obj)
try:
    raise ExceptionGroup('grp', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print('caught V', repr(eg))
except* TypeError as eg:
    print('caught T', repr(eg))
try:
    try:
        raise ExceptionGroup('grp', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('handled V')
except ExceptionGroup as rest:
    print('rest', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as eg:
    print('naked', repr(eg), repr(eg.exceptions))
eg = ExceptionGroup('x', [ValueError(1), ExceptionGroup('y', [TypeError(2), ValueError(3)])])
print(eg.subgroup(ValueError))
print(repr(eg.split(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(lambda e: False))
print(BaseExceptionGroup('b', [ValueError()]).__class__.__name__)
class EG(ExceptionGroup): pass
t(lambda: EG('e', [KeyboardInterrupt()]))
class Slotted:
    __slots__ = ('x', '__dict__')
s = Slotted(); s.x = 1; s.y = 2; print(s.x, s.y, s.__dict__)
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
class UsesPrep(metaclass=Prep):
    pass
t(lambda: UsesPrep.injected)
class WithClassCell:
    def who(self): return __class__
print(WithClassCell().who())
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1))
c1 = Cmp(1); print(c1 == c1, c1 in [c1])
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
print(Ordered(1) > Ordered(0), Ordered(1) < Ordered(0))
class Fmt:
    def __format__(self, spec): return 'F[' + spec + ']'
print(format(Fmt(), 'xy'), f'{Fmt():abc}')
t(lambda: format(object(), 'x'))
class R:
    def __repr__(self): return 'R!'
print(str(R()), repr(R()), [R()], f'{R()}')
class S:
    def __str__(self): return 42
t(lambda: str(S()))
class Call:
    pass
t(lambda: Call()())
class Sub(int):
    pass
print(Sub(5) + 1, type(Sub(5) + 1).__name__, Sub(3) * 2, repr(Sub(7)), hash(Sub(7)) == hash(7))
class SubStr(str):
    def extra(self): return self.upper()
print(SubStr('ab').extra(), SubStr('ab') + 'c', len(SubStr('abc')))
class SubList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 'T'
sl = SubList([1, 2]); sl.append(3); print(sl, sl.tag, len(sl))
class SubDict(dict):
    def __missing__(self, k): return 'missing:' + str(k)
sd = SubDict(a=1); print(sd['a'], sd['zz'])
class Abstract:
    __abstractmethods__ = frozenset({'f', 'g'})
t(lambda: Abstract())
print(type.__name__, type.__qualname__, int.__module__, Base.__module__)
print(Derived.__mro__)
print(Derived.__subclasses__(), Base.__subclasses__())
print(type(Base.hello).__name__, type(d.hello).__name__)
class InitSub:
    def __init_subclass__(cls, **kw): print('init_subclass', cls.__name__, kw)
class IS2(InitSub, a=1): pass
t(lambda: type('Bad', (object,), {}, x=1))
