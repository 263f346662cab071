def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)

class A:
    x = 1
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v!r})"
    def __eq__(self, o): return self.v == o.v if isinstance(o, A) else False
    def __lt__(self, o): return self.v < o.v
class B(A):
    def __radd__(self, o): return ('radd', o)
    def __add__(self, o): return ('add', o)
print(A(1) == A(1), A(1) != A(2), A(1) < A(2), A(2) > A(1))
t(lambda: hash(A(1)))
t(lambda: A.__hash__)
print(B(1) + 1, 1 + B(1))
t(lambda: A(1) + 1)
t(lambda: A(1) <= A(2))
print(sorted([A(3), A(1), A(2)]))
class C:
    __slots__ = ('a', 'b')
c = C(); c.a = 5
print(c.a, hasattr(c, 'b'))
t(lambda: c.b)
t(lambda: setattr(c, 'z', 1))
print(C.__slots__, type(C.a).__name__, C.a)
class D(C):
    pass
d = D(); d.z = 3; d.a = 4
print(d.z, d.a, d.__dict__)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['made_by'] = 'M'
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        print('M.__call__', a, k)
        return super().__call__(*a, **k)
class E(metaclass=M):
    def __init__(self, q=0): self.q = q
e = E(q=7)
print(E.made_by, e.q, type(E).__name__)
class F:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class G(F, tag='g'): pass
print(G.tag)
class SN:
    def __set_name__(self, owner, name): self.name = (owner.__name__, name)
class H:
    s = SN()
print(H.s.name)
print(H.__qualname__, H.__module__, H.__name__, H.__doc__)
class I:
    'doc of I'
    class J: pass
print(I.__doc__, I.J.__qualname__)
t(lambda: type('K', (A,), {'y': 2})(3))
t(lambda: type('K', (A,), {'y': 2}).__mro__)
class X: pass
class Y(X): pass
t(lambda: type('Z', (X, Y), {}))
class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
t(lambda: type('R', (Q1, Q2), {}))
t(lambda: type('R', (int, str), {}))
t(lambda: type('R', (bool,), {}))
t(lambda: type('R', (X, X), {}))
print(type(1), type('a'), type(type), type(None))
t(lambda: type())
t(lambda: type(1, 2))
t(lambda: type('a', 1, {}))
class Dyn: pass
Dyn.__add__ = lambda s, o: 'dyn-add'
print(Dyn() + 1)
del Dyn.__add__
t(lambda: Dyn() + 1)
class Getattr:
    def __getattr__(self, n): return 'ga:' + n
g = Getattr(); g.real = 1
print(g.foo, g.real)
class GA2:
    def __getattribute__(self, n):
        if n == 'x': return 'X!'
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return 'fallback ' + n
print(GA2().x, GA2().y)
class SA:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
    def __delattr__(self, n): print('del', n)
s = SA(); s.k = 2; print(s.k); del s.k
class Desc:
    def __get__(self, obj, typ): return ('get', obj is None, typ.__name__)
    def __set__(self, obj, v): print('set', v)
class UD:
    d = Desc()
u = UD(); print(u.d, UD.d); u.d = 5
class Callable:
    def __call__(self, *a, **k): return (a, k)
print(Callable()(1, x=2))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
class L:
    def __len__(self): return 0
print(bool(L()), len(L()))
class BadLen:
    def __len__(self): return -1
t(lambda: len(BadLen()))
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool()))
class Idx:
    def __index__(self): return 2
print([1,2,3,4][Idx()], bin(Idx()))
class Unh:
    __hash__ = None
t(lambda: hash(Unh()))
class NoIter:
    __iter__ = None
t(lambda: iter(NoIter()))
class Ctn:
    def __contains__(self, x): return x == 1
print(1 in Ctn(), 2 in Ctn())
class Neg:
    def __neg__(self): return 'neg'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
print(-Neg(), ~Neg(), abs(Neg()))
class IAdd:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
ia = IAdd(); ia += 1; ia += 2; print(ia.v)
class Init:
    def __init__(self): return 1
t(lambda: Init())
class New:
    def __new__(cls, *a):
        print('new', cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a): print('init', a)
New(1, 2)
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(1, (str, (list, int))))
class Meta2(type):
    def __instancecheck__(cls, inst): return inst == 42
class Any(metaclass=Meta2): pass
print(isinstance(42, Any), isinstance(1, Any))
print(object.__repr__(A(1))[:22])
print(A(1).__class__, A.__bases__, A.__base__)
a = A(1); a.__class__ = B; print(type(a).__name__)
t(lambda: setattr(a, '__class__', int))
class WithDel:
    def __del__(self): print('deleted')
w = WithDel(); del w; print('after del')
def f():
    x = WithDel()
    print('in f')
f(); print('after f')
print(dir(A(1))[-4:])
print(sorted(A.__dict__.keys()))
print(A.__dict__['x'], A.__dict__.get('nope'))
t(lambda: A.__dict__.__setitem__)
print(int.__add__(1, 2), (5).__sub__(3), int.__radd__(1, 2), 'x'.__len__())
print(list.__len__([1,2]), object.__eq__(1, 1), object.__ne__(1, 2))
print(super(B, B(1)).__repr__())
