# Generates tests/unit/vm/str_cases.inc: expressions over str/bytes/bytearray
# with their results as CPython 3.14 prints them (repr, or "Type: message").
# Run under the 3.14 oracle:
#   node tools/oracle/oracle.mjs run tests/unit/vm/str_cases_gen.py > tests/unit/vm/str_cases.inc
# The expressions use the small grammar tests/unit/vm/str_test.cpp evaluates:
# literals (str, bytes, int, float, None, True, False, tuples, lists, dicts),
# method calls with keyword arguments, subscripts/slices, str()/bytes()/
# bytearray()/repr()/len()/hash()/iter-list() calls and the binary operators
# + * % == != < <= > >= in.
CASES = r"""
'abc'
'a\nb\tc\\'
"it's"
'say "hi"'
'both \' and "'
'\x00\x07\x1f\x7f\x80\xa0\xad'
'\u200b\u2028\ud800\U0001f600\U000e0001'
'é€𝄞'
'\u0378\u0530\uffff'
b'abc'
b"it's"
b'\x00\xff\n\r\t\\'
bytearray(b'ab\x00')
bytearray()
'hello'[1]
'hello'[-1]
'hello'[5]
'hello'[-6]
'hello'[1:3]
'hello'[::-1]
'hello'[::2]
'hello'[10:]
'hello'[None:2]
'héllo€'[1:5:2]
'hello'['x']
'hello'[1.5]
b'hello'[1]
b'hello'[5]
b'hello'[1:3]
b'hello'[::-1]
bytearray(b'hello')[0]
bytearray(b'hello')[9]
bytearray(b'hello')[1:3]
b'hello'['a']
bytearray(b'x')['a']
'ab' + 'cd'
'ab' + 1
'ab' * 3
3 * 'ab'
'ab' * 0
'ab' * -1
'ab' * 1.5
'é' * 3
b'ab' + b'cd'
b'ab' + bytearray(b'cd')
bytearray(b'ab') + b'cd'
b'ab' + 'cd'
bytearray(b'ab') + 'cd'
b'ab' * 2
bytearray(b'ab') * 2
'a' in 'abc'
'' in 'abc'
'd' in 'abc'
1 in 'abc'
98 in b'abc'
b'bc' in b'abc'
300 in b'abc'
'a' in b'abc'
'abc' == 'abc'
'abc' < 'abd'
'abc' < 'ab'
'é' > 'z'
'\U0001f600' > '\uffff'
'a' == 1
'a' < 1
b'abc' == b'abc'
b'abc' == bytearray(b'abc')
bytearray(b'abc') == b'abc'
b'abc' < b'abd'
b'a' == 'a'
b'a' < 'a'
len('héllo')
len(b'abc')
len(bytearray(b'ab'))
str()
str(123)
str(b'ab')
str(b'ab', 'ascii')
str(b'\xff', 'utf-8')
str(b'\xff', 'utf-8', 'replace')
str(b'\xffab', errors='ignore')
str('x', 'utf-8')
str(1, 'utf-8')
str(bytearray(b'xy'), 'latin-1')
bytes()
bytes(3)
bytes(-1)
bytes([1, 2, 255])
bytes([256])
bytes([-1])
bytes(['a'])
bytes((65, 66))
bytes(b'ab')
bytes(bytearray(b'ab'))
bytes('abc')
bytes('abc', 'ascii')
bytes('é', 'latin-1')
bytes('é', 'ascii')
bytes(1, 'ascii')
bytes(errors='strict')
bytes(3.5)
bytearray(3)
bytearray([1, 2])
bytearray('ab', 'utf-8')
bytearray('ab')
bytearray(-2)
bytearray([300])
bytearray(1.5)
'a,b,,c'.split(',')
'a,b,,c'.split(',', 1)
'a,b,,c'.split(',', maxsplit=2)
'  a  b \t c\n '.split()
'  a  b  c  '.split(None, 1)
'  a  b  c  '.rsplit(None, 1)
'a,b,c'.rsplit(',', 1)
'a b'.split('')
'a b'.split(1)
''.split()
''.split(',')
'abc'.split('abc')
'a\u3000b\x1cc\x85d'.split()
'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines()
'a\nb\r\n'.splitlines(True)
'a\nb\r\n'.splitlines(keepends=True)
''.splitlines()
'abc'.splitlines()
'-'.join(['a', 'b', 'c'])
'-'.join([])
'-'.join(['a'])
'-'.join(['a', 1])
'-'.join(1)
'é'.join(['a', '€', '𝄞'])
''.join(('x', 'y'))
'  ab  '.strip()
'xxabyy'.strip('xy')
'xxabyy'.lstrip('x')
'xxabyy'.rstrip('y')
'ab'.strip(1)
' \u3000ab\u2000 '.strip()
'abc'.find('c')
'abc'.find('d')
'abcabc'.find('c', 3)
'abcabc'.find('c', 3, 5)
'abcabc'.find('c', -2)
'abc'.find('', 3)
'abc'.find('', 4)
'abc'.find(1)
'abc'.find()
'abc'.find('a', 0, 1, 2)
'abcabc'.rfind('b')
'abcabc'.rfind('b', 0, 4)
'abc'.rfind('')
'abc'.index('d')
'abc'.rindex('d')
'abcabc'.index('c', None, None)
'abc'.find('a', 'x')
'aaaa'.count('aa')
'aaaa'.count('')
'aaaa'.count('', 5)
'aaaa'.count('a', 1, -1)
'hello world'.replace('o', '0')
'hello world'.replace('o', '0', 1)
'hello'.replace('', '-')
'hello'.replace('', '-', 2)
'hello'.replace('l', '')
'hello'.replace('x', 'y')
'hello'.replace(1, 'y')
'hello'.replace('l', 2)
'hello'.replace('l', 'L', count=1)
'abc'.startswith('a')
'abc'.startswith(('x', 'ab'))
'abc'.startswith('b', 1)
'abc'.startswith('', 3)
'abc'.startswith('', 4)
'abc'.startswith(1)
'abc'.startswith((1,))
'abc'.endswith('bc')
'abc'.endswith('b', 0, 2)
'abc'.endswith(('c', 'x'))
'a,b'.partition(',')
'a,b'.partition(';')
'a,b,c'.rpartition(',')
'a,b'.rpartition(';')
'a'.partition('')
'a'.partition(1)
'hello'.upper()
'HeLLo'.lower()
'ß'.upper()
'ﬁ'.upper()
'İ'.lower()
'ΣΑΣ'.lower()
'ΑΣ ΑΣΑ Σ'.lower()
'ΑΣ.'.lower()
'A\u0345Σ'.lower()
'ß'.casefold()
'ΣΑΣ'.casefold()
'hello world'.title()
"they're bill's".title()
'ǆa'.title()
'ßa'.title()
'hELLO wORLD'.capitalize()
'ßa'.capitalize()
'ǆA'.capitalize()
'Hello ß'.swapcase()
'ΣΑΣ'.swapcase()
'abc'.isalpha()
'abc1'.isalpha()
''.isalpha()
'é'.isalpha()
'abc1'.isalnum()
'123'.isdigit()
'²'.isdigit()
'²'.isdecimal()
'½'.isnumeric()
'½'.isdigit()
'٣'.isdecimal()
'  \t\n'.isspace()
'\x1c\x1f'.isspace()
'\u200b'.isspace()
''.isspace()
'abc'.islower()
'abc1'.islower()
'Abc'.islower()
'123'.islower()
'ABC'.isupper()
'ǅ'.isupper()
'ǅ'.istitle()
'Hello World'.istitle()
'Hello world'.istitle()
'HEllo'.istitle()
''.istitle()
'abc'.isidentifier()
'_x1'.isidentifier()
'1x'.isidentifier()
'é'.isidentifier()
'a-b'.isidentifier()
''.isidentifier()
'abc'.isprintable()
'\n'.isprintable()
''.isprintable()
'\u200b'.isprintable()
'\xa0'.isprintable()
'abc'.isascii()
'é'.isascii()
''.isascii()
'ab'.center(6)
'ab'.center(7)
'abc'.center(6, '*')
'abc'.center(2)
'abc'.center(6, '**')
'abc'.center(6, 1)
'ab'.ljust(5, '-')
'ab'.rjust(5)
'ab'.rjust(5.5)
'42'.zfill(5)
'-42'.zfill(5)
'+42'.zfill(2)
''.zfill(3)
'a\tb\tc'.expandtabs()
'a\tb\tc'.expandtabs(4)
'ab\n\tc'.expandtabs(tabsize=2)
'a\tb'.expandtabs(0)
'prefix-x'.removeprefix('prefix-')
'x'.removeprefix('y')
'x-suffix'.removesuffix('-suffix')
'x'.removesuffix('')
'x'.removeprefix(1)
'abc'.translate({97: 'A', 98: None, 99: 100})
'abc'.translate({97: 0x110000})
'abc'.translate({97: 1.5})
'abc'.translate('xyz')
str.maketrans('ab', 'cd')
str.maketrans('ab', 'c')
str.maketrans({'a': 'b', 98: None})
str.maketrans({'ab': 1})
str.maketrans('a', 'b', 'c')
str.maketrans(1)
'abc'.translate(str.maketrans('abc', 'xyz', 'b'))
'héllo'.encode()
'héllo'.encode('latin-1')
'héllo'.encode('ascii')
'héé€llo'.encode('ascii')
'héllo'.encode('ascii', 'ignore')
'héllo'.encode('ascii', 'replace')
'h€llo𝄞'.encode('ascii', 'backslashreplace')
'h€llo'.encode('ascii', 'xmlcharrefreplace')
'h\udcffllo'.encode('utf-8', 'surrogateescape')
'h\ud800llo'.encode('utf-8')
'h\ud800llo'.encode('utf-8', 'surrogatepass')
'h€'.encode('utf-16')
'h€'.encode('utf-16-le')
'h€𝄞'.encode('utf-16-be')
'h€'.encode('utf-32')
'h'.encode('utf-32-be')
'abc'.encode('nope')
'é'.encode('ascii', 'nope')
'abc'.encode(encoding='UTF8')
'abc'.encode('Latin_1')
b'h\xc3\xa9llo'.decode()
b'h\xffllo'.decode()
b'h\xffllo'.decode('utf-8', 'replace')
b'h\xffllo'.decode('utf-8', 'ignore')
b'h\xffllo'.decode('utf-8', 'backslashreplace')
b'h\xffllo'.decode('utf-8', 'surrogateescape')
b'\xe2\x82'.decode('utf-8', 'replace')
b'\xe2\x82'.decode()
b'\xe2\x28\xa1'.decode()
b'\xf0\x90\x80'.decode()
b'\xed\xa0\x80'.decode()
b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')
b'\xed\xa0\x80'.decode('utf-8', 'replace')
b'\xc0\x80'.decode('utf-8', 'replace')
b'\xf4\x90\x80\x80'.decode('utf-8', 'replace')
b'h\xe9'.decode('latin-1')
b'h\xe9'.decode('ascii')
b'h\xe9\xe9'.decode('ascii', 'replace')
b'\xff\xfeh\x00'.decode('utf-16')
b'h\x00i'.decode('utf-16-le')
b'h\x00i'.decode('utf-16-le', 'replace')
b'\x00\xd8a\x00'.decode('utf-16-le')
b'\x00\xdca\x00'.decode('utf-16-le')
b'\x00\x00\x11\x00'.decode('utf-32-le')
b'abc'.decode('nope')
'{} {}'.format(1, 'a')
'{1} {0}'.format(1, 'a')
'{x}-{y}'.format(x=1, y=2)
'{0[1]}'.format([5, 6])
'{0[a]}'.format({'a': 7})
'{0.real}'.format(3)
'{!r}'.format('a')
'{!s:>4}'.format(1)
'{!a}'.format('é')
'{:>5}|{:<5}|{:^5}'.format('a', 'b', 'c')
'{:*^7}'.format('abc')
'{:.2}'.format('abcdef')
'{:5d}'.format(42)
'{:x}'.format(255)
'{0:{1}}'.format('a', 4)
'{:{}}'.format('a', 3)
'{{}} {{{}}}'.format(1)
'{'.format()
'}'.format()
'{0'.format(1)
'{0!x}'.format(1)
'{0!'.format(1)
'{0!rx}'.format(1)
'{1}'.format(1)
'{x}'.format(1)
'{}{0}'.format(1)
'{0}{}'.format(1)
'{a.}'.format(a=1)
'{0]'.format(1)
'{0[}'.format(1)
'{0[0]x}'.format([1])
'{0:{1:{2}}}'.format(1, 2, 3)
'{:d}'.format('a')
'{:=5}'.format('a')
'{:+}'.format('a')
'{:#}'.format('a')
'{:05}'.format('a')
'{:,}'.format('a')
'{a}'.format_map({'a': 'b'})
'{0}'.format_map({})
'{a}'.format_map({})
format('ab', '^6')
format('ab', '')
format('abc', '.1')
'ab'.__format__('>4')
'%s' % 'a'
'%s %s' % ('a', 'b')
'%d' % 42
'%5d|%-5d|%05d' % (42, 42, 42)
'%+d % d' % (5, 5)
'%x %X %o' % (255, 255, 8)
'%#x %#X %#o' % (255, 255, 8)
'%#08x' % 255
'%x' % -255
'%.3d' % 7
'%+.3d' % 7
'%5.3d|' % -7
'%f' % 3.14159
'%.2f' % 2.675
'%10.3f|' % -3.14159
'%-10.3f|' % 3.14159
'%010.3f' % -3.14159
'%e' % 12345.678
'%E' % 1e-10
'%g %G' % (1e20, 1e-20)
'%g' % 0.0001
'%#g' % 1.0
'%.0f %.0f' % (0.5, 1.5)
'%f' % float('inf')
'%05f' % float('inf')
'%F' % float('nan')
'%c' % 65
'%c' % 'é'
'%c' % 'ab'
'%c' % 1.5
'%c' % 0x110000
'%r' % 'é'
'%a' % 'é'
'%5s|' % 'ab'
'%-5s|' % 'ab'
'%.1s' % 'ab'
'%.3r' % 'abcdef'
'%s' % [1, 2]
'%s' % (1,)
'%s' % ()
'%s %s' % (1,)
'%d' % (1, 2)
'%d' % 'x'
'%x' % 1.5
'%d' % 3.9
'%i %u' % (True, -2)
'%f' % 'x'
'%z' % 1
'%' % ()
'abc%' % ()
'%(a)s %(b)d' % {'a': 'x', 'b': 2}
'%(a)s' % (1,)
'%(a' % {'a': 1}
'%(a)s %(b)s' % {'a': 1}
'%s' % {'a': 1}
'%(a)s %s' % {'a': 1}
'%*d|' % (5, 1)
'%-*d|' % (5, 1)
'%*d|' % (-5, 1)
'%.*f' % (2, 3.14159)
'%*d' % ('x', 1)
'%%%d' % 5
'%5%' % ()
'%ld %hd %Ld' % (1, 2, 3)
'abc' % 1
'abc' % ()
'abc' % {}
'abc' % []
'%s' % b'x'
'%d' % 10000000000000000000000
'%x' % 10000000000000000000000
'%s' % None
b'%s %d %c %r %a %x' % (b'ab', 3, 65, 'é', 'é', 255)
b'%s' % 'x'
b'%b' % bytearray(b'x')
b'%c' % 256
b'%c' % b'ab'
b'%c' % b'z'
b'%5s|%-5s|' % (b'ab', b'cd')
b'%(a)s' % {b'a': b'v'}
b'%.1f' % 2.25
bytearray(b'%d') % 5
b'a,b,,c'.split(b',')
b'  a  b  '.split()
b'a b c'.split(None, 1)
b'a b c'.rsplit(None, 1)
b'a,b,c'.rsplit(b',', 1)
b'a,b'.split(',')
b'a,b'.split(b'')
bytearray(b'a,b').split(b',')
b'a\nb\r\nc\rd'.splitlines()
b'a\nb\r\n'.splitlines(True)
b'a\x0bb'.splitlines()
b'-'.join([b'a', b'b'])
b'-'.join([b'a', bytearray(b'b')])
b'-'.join([b'a', 'b'])
bytearray(b'-').join([b'a', b'b'])
b'  ab  '.strip()
b'xxabyy'.strip(b'xy')
b'ab'.strip('a')
b'\x1cab\x1c'.strip()
b'abcabc'.find(b'c')
b'abcabc'.find(99)
b'abcabc'.find(99, 3)
b'abc'.find(300)
b'abc'.find('c')
b'abcabc'.rfind(b'b')
b'abc'.index(b'd')
b'abc'.rindex(100)
b'aaaa'.count(b'aa')
b'aaaa'.count(b'')
b'aaaa'.count(97)
b'hello'.replace(b'l', b'L')
b'hello'.replace(b'l', b'L', 1)
b'hello'.replace(b'', b'-')
bytearray(b'hello').replace(b'l', b'')
b'abc'.startswith(b'ab')
b'abc'.startswith((b'x', b'a'))
b'abc'.startswith('a')
b'abc'.endswith(b'c')
b'a,b'.partition(b',')
b'a,b'.rpartition(b';')
b'a'.partition(b'')
b'Hello World'.upper()
b'Hello World'.lower()
b'hello world'.title()
b'hELLO'.capitalize()
b'Hello \xc3'.swapcase()
b'abc'.isalpha()
b'abc1'.isalnum()
b'123'.isdigit()
b' \t'.isspace()
b''.isalpha()
b'abc'.islower()
b'ABC'.isupper()
b'Hello World'.istitle()
b'\x80'.isascii()
b'ab'.center(6, b'*')
b'ab'.center(6, '*')
b'ab'.ljust(4)
b'ab'.rjust(4, bytearray(b'-'))
b'-4'.zfill(4)
b'a\tb'.expandtabs(4)
b'prefix'.removeprefix(b'pre')
b'prefix'.removesuffix(b'fix')
b'\x00\xffab'.hex()
b'\x00\xffab'.hex(':')
b'\x00\xffab'.hex(':', 2)
b'\x00\xffab\x01'.hex('-', -2)
b'abc'.hex(b'|', 1)
b'ab'.hex('::')
bytes.fromhex('00 ff AB')
bytes.fromhex('0g')
bytes.fromhex('0')
bytes.fromhex(' 01 0 ')
bytearray.fromhex('0a0b')
bytes.fromhex(b'4142')
b'abc'.translate(None, b'b')
b'abc'.translate(bytes.maketrans(b'abc', b'xyz'))
b'abc'.translate(b'x')
bytes.maketrans(b'ab', b'c')
x = bytearray(b'abc'); x.append(100); x
x = bytearray(b'abc'); x.append(256); x
x = bytearray(b'abc'); x.append('a'); x
x = bytearray(b'abc'); x.extend(b'de'); x.extend([102, 103]); x
x = bytearray(b'abc'); x.extend('de')
x = bytearray(b'abc'); x.extend(5)
x = bytearray(b'abc'); x.extend([1, 300])
x = bytearray(b'abc'); x.pop()
x = bytearray(b'abc'); x.pop(0); x
x = bytearray(); x.pop()
x = bytearray(b'abc'); x.pop(5)
x = bytearray(b'abc'); x.insert(1, 120); x.insert(-100, 121); x.insert(100, 122); x
x = bytearray(b'abcb'); x.remove(98); x
x = bytearray(b'abc'); x.remove(120)
x = bytearray(b'abc'); x.reverse(); x
x = bytearray(b'abc'); x.clear(); x
x = bytearray(b'abc'); y = x.copy(); y.append(1); x
x = bytearray(b'abc'); x[0] = 65; x
x = bytearray(b'abc'); x[-1] = 256
x = bytearray(b'abc'); x[5] = 1
x = bytearray(b'abcdef'); x[1:3] = b'XYZW'; x
x = bytearray(b'abcdef'); x[1:5] = b''; x
x = bytearray(b'abcdef'); x[::2] = b'123'; x
x = bytearray(b'abcdef'); x[::2] = b'12'
x = bytearray(b'abcdef'); x[1:2] = [1, 2, 3]; x
x = bytearray(b'abcdef'); x[1:2] = 5
x = bytearray(b'abcdef'); x[1:2] = 'ab'
x = bytearray(b'abcdef'); x[:] = x; x
x = bytearray(b'abcdef'); del x[0]; x
x = bytearray(b'abcdef'); del x[::2]; x
x = bytearray(b'abcdef'); del x[1:3]; x
x = bytearray(b'abcdef'); del x[-10]
x = bytearray(b'abcdef'); del x[::-2]; x
x = bytearray(b'ab'); x += b'cd'; x
x = bytearray(b'ab'); y = x; x += b'cd'; y
x = bytearray(b'ab'); x *= 3; x
x = bytearray(b'ab'); x += 'cd'
x = bytearray(b'ab'); x.resize(4); x
x = bytearray(b'ab'); x.resize(-1)
x = 'ab'; x += 'cd'; x
x = 'ab'; y = x; x += 'é'; (x, y)
x = ''; x += '€'; x += 'a'; x
x = 'a'; x *= 3; x
hash(bytearray(b'a'))
list('héllo')
list(b'hi')
list(bytearray(b'hi'))
type(iter('abc')).__name__
type(iter('é')).__name__
type(iter(b'ab')).__name__
type(iter(bytearray(b'ab'))).__name__
it = iter('ab'); next(it); list(it)
iter('abc').__length_hint__()
tuple('ab')
type('S', (str,), {})('ab')
type('S', (str,), {})('ab') + 'c'
type('S', (str,), {})('ab').upper()
len(type('S', (str,), {})('héllo'))
type(type('S', (str,), {})('ab')[0]).__name__
isinstance(type('S', (str,), {})('ab'), str)
type('S', (str,), {})('ab') == 'ab'
type('B', (bytes,), {})(b'ab')
type('B', (bytes,), {})(b'ab')[1]
type('B', (bytes,), {})(b'ab') + b'c'
type('A', (bytearray,), {})(b'ab')
str(type('S', (str,), {})('ab'))
type(str(type('S', (str,), {})('ab'))).__name__
'ǅ'.lower()
'ǅ'.upper()
'ŉ'.upper()
'ΐ'.upper()
'İ'.casefold()
'\u1e9e'.lower()
'ﬃ'.title()
'Σ'.lower()
'aΣ'.lower()
'Σa'.lower()
'aΣb'.lower()
'A\u00adΣ'.lower()
'ǈ'.swapcase()
'µ'.upper()
'ÿ'.upper()
'ς'.upper()
'ﬀ'.capitalize()
'ʼn'.title()
'ß'.swapcase()
'i̇'.upper()
'\U00010400'.lower()
'\U0001e900'.lower()
'ª'.islower()
'ᵃ'.islower()
'Ⅰ'.isupper()
'Ⅻ'.isnumeric()
'Ⅻ'.isalpha()
'①'.isdigit()
'①'.isdecimal()
'٣'.isdigit()
'\U0001d7ce'.isdecimal()
'ǅ'.istitle()
'\u2028'.isspace()
'\u200b'.isidentifier()
'a\u00b7'.isidentifier()
'℘'.isidentifier()
'\u2e2f'.isidentifier()
'\U000e0100'.isprintable()
'\u0378'.isprintable()
'\U0001f600'.isprintable()
'\u00ad'.isprintable()
'a b  c'.split(' ')
'  '.split(' ')
'a'.split('a')
'aXbXc'.split('X', 0)
'aXbXc'.rsplit('X', 0)
'aXbXc'.rsplit('X', -1)
'\t'.expandtabs()
'abc'.center(5, 'é')
'abc'.ljust(5, '€')
'é'.zfill(3)
'%s' % 'é€'
'%5s|' % '€'
'%c' % 0x1f600
'%-3c|' % '€'
'{:é^5}'.format('a')
'{0!r:^9}'.format('é')
'{:<3}|'.format('€')
'{0:{fill}{align}5}'.format('a', fill='*', align='>')
'{0[0]}{0[1]}'.format('ab')
'{٠}'.format('x')
'a' <= 'a'
'b' >= 'a'
'abc' != 'abd'
'€' < '𝄞'
'é' == 'é'
'a' + 'é' + '€' + '𝄞'
'𝄞' * 2 + 'a'
'ab€'[1:]
'a€𝄞'[::-1]
'a€𝄞'.find('𝄞')
'a€𝄞'.find('a', 1)
'€€€'.count('€')
'a€b€c'.split('€')
'a€b'.replace('€', 'é')
'aéb'.replace('é', '€')
'x€'.encode('utf-8')
'é' in 'aéb'
'€' in 'abc'
'abc'.index('c', -1)
'héllo wörld'.title()
'HÉLLO'.lower()
'héllo'.upper()
'Hello'.casefold()
'ab'.__getnewargs__()
b'ab'.__getnewargs__()
ascii('é€\U0001f600')
ascii(b'\xff')
repr(bytearray(b"'"))
str(bytearray(b'ab'))
'{}'.format(b'ab')
'{!r}'.format(bytearray(b'a'))
b'abc'.decode('ascii')
b'\xff\xfe'.decode('utf-16')
b'\xfe\xff\x00h'.decode('utf-16')
'€'.encode('utf-32-le')
bytes('€', 'utf-16-be')
str(b'\x00\xe9', 'utf-16-be')
b'\x80abc'.decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape')
'a\udc80'.encode('ascii', 'surrogateescape')
'a\udc80b'.encode('latin-1', 'surrogateescape')
'a\ud800b'.encode('ascii', 'surrogateescape')
b'%r' % 'é€'
b'%5b|%-5a|' % (b'x', 'y')
b'%x %o %5.1f' % (255, 8, 2.25)
b'%(x)s' % {b'x': bytearray(b'z')}
b'%d' % b'1'
bytes(range(3))
bytearray(range(250, 256))
bytes(iter([1, 2]))
bytes([True, False])
b'abc'[True]
'abc'[True]
''.join([])
','.join('abc')
b''.join([])
b','.join([b'a'])
'%s' % ((1, 2),)
'%.2s' % 'abc'
'%-+5d|' % 3
'% 05d' % 3
'%+05d' % -3
'%#5x|' % 255
'%#05x' % 255
'%#-8o|' % 8
'%05s|' % 'a'
'%e' % 0
'%.3g' % 1234567
'%g' % 1e-5
'%G' % float('nan')
'%x' % True
'%d' % -0.0
'%i' % 1180591620717411303424
'%o' % -8
'%#o' % 0
'%c' % True
'%.0e' % 12345
'%#.0f' % 3
'%+.2e' % -1.5
'%10.4s|' % 'abcdefg'
'%(a)s%(a)r' % {'a': 'x'}
'%((a))s' % {'(a)': 1}
'%s %%' % 1
'%-*.*f|' % (8, 2, 3.14159)
'%.*s' % (-1, 'abc')
'%3$' % ()
'%s' % 'a\u20ac'
'{:>{}}'.format('a', 4)
'{0:}'.format('a')
'{!s}'.format('é')
'{[0]}'.format('ab')
'{.real}'.format(1)
'{0.__class__.__name__}'.format('a')
'{:^}'.format('a')
'{0!r}{0!s}{0!a}'.format('é')
'{0:.{1}}'.format('abcdef', 2)
'{0[1][0]}'.format(['x', 'yz'])
'{a[b]}'.format(a={'b': 3})
'{0:>5}|{0:<5}|'.format('é')
'{:\u20ac>4}'.format('a')
'{}'.format()
'{0}'.format()
'{:s}'.format('a')
'{:10.3}|'.format('abcdef')
'{!}'.format(1)
'{:}'.format(1)
'{0.}'.format(1)
'{0[]}'.format(1)
'a{{b'.format()
'a}}b'.format()
'a}b'.format()
'{}}'.format(1)
'{{}'.format(1)
''.join(iter('ab'))
'-'.join(['a', b'b'])
'abc'.split(None)
'a b'.split(sep=None)
'a b'.split(maxsplit=1)
'a b'.split(x=1)
'a\r\tb'.expandtabs(4)
'a'.zfill(True)
'a'.center(-1)
'ab'.count('a', True)
'abcabc'.find('c', 1, -1)
'abc'.find('c', None, 2)
'abc'.startswith(('a', 1))
'abc'.endswith('', 1, 0)
'abc'.rsplit(None, 0)
'  a b  '.rsplit(None, 1)
'  a b  '.rsplit(maxsplit=0)
'ab'.partition('ab')
'ab'.rpartition('ab')
'aaa'.replace('a', 'bb', -5)
'aaa'.replace('aa', 'b')
'aaa'.replace('', '', 2)
'abc'.removeprefix('')
'abc'.removesuffix('abc')
'éa'.upper()
'ÀÉ'.swapcase()
'Ǉ'.title()
'ǉǉ'.title()
'aBc DeF'.swapcase()
'hello\tworld'.split('\t')
'a'.join('')
'x'.join(['é', '€'])
b'abc'.split(maxsplit=1)
b'a,b,c'.rsplit(b',', maxsplit=1)
bytearray(b',').join([b'a', bytearray(b'b')])
b'abcabc'.count(b'b', 2)
b'abcabc'.count(b'b', 2, 4)
b'abc' * True
b'abc' < bytearray(b'abd')
bytearray(b'a') == 'a'
bytearray(b'a') < b'b'
hash(b'')
hash('')
b'abc'.decode(errors='strict')
b'abc'.hex(1)
b'abc'.hex('')
b'\xff'.decode('utf-8', errors='replace')
bytes.fromhex('')
bytes.fromhex('ab cd\tef\n')
bytes.fromhex('abc d')
b'x'.center(3, b'ab')
b'x'.ljust(3, bytearray(b'ab'))
b'x'.zfill(-1)
b'ab'.split(b'a', -1)
b' a '.strip(None)
b'aba'.strip(b'a')
b'abc'.replace(b'', b'-', 2)
b'abc'.translate(None)
b'abc'.translate(None, delete=b'ac')
bytes(b'abc').find(b'c', -1)
b'abc'.index(b'c', 0, 2)
b'abc'.startswith(b'', 4)
bytes([1]) + bytearray([2])
bytearray(5)[1:3]
bytearray(b'abc')[::-1]
b'%s' % bytearray(b'ab')
b'%i%%' % 5
b'%5c|' % 65
b'%r' % b'x'
b'%s %s' % (b'a',)
b'%(a)s' % (1,)
b'%y' % 1
b'a' in bytearray(b'abc')
bytearray(b'abc').find(98)
bytearray(b'hello').upper()
bytearray(b'Hello').swapcase()
bytearray(b'ab').hex()
bytearray(b'a b').split()
bytearray(b'a').decode()
bytearray(b'abc').startswith(b'a')
bytearray(b'abc').removeprefix(b'a')
bytearray(b'abc') * 2
2 * bytearray(b'ab')
bytearray(b'abc').partition(b'b')
str(bytearray(b'abc'), 'ascii')
bytes(bytearray(b'abc'))
bytearray(b'ab').__reduce__()
bytearray(b'ab').__reduce_ex__(4)
bytearray().__reduce_ex__(3)
bytearray(b'\xff').__reduce_ex__(2)
memoryview(b'abc').tobytes()
memoryview(b'abc')[1]
memoryview(b'abcdef')[1:5:2].tobytes()
memoryview(b'abcdef')[::-1].tolist()
len(memoryview(b'abcdef')[1:4])
memoryview(b'abc') == b'abc'
memoryview(b'abc') == memoryview(bytearray(b'abc'))
memoryview(b'abc') != b'abd'
memoryview(b'abc').readonly
memoryview(bytearray(b'abc')).readonly
memoryview(b'ab').nbytes
memoryview(b'ab').format
memoryview(b'ab').itemsize
memoryview(b'ab').shape
memoryview(b'abcd')[::2].strides
memoryview(b'ab').obj
memoryview(b'\x00\xff').hex()
memoryview(b'abc').hex(':')
memoryview('abc')
memoryview(1)
memoryview(b'abc')[5]
memoryview(b'abc')['x']
bytes(memoryview(b'abc')[::2])
bytearray(memoryview(b'xy'))
b'ab' + memoryview(b'cd')
b'%s' % memoryview(b'mv')
b'a,b'.split(memoryview(b','))
hash(memoryview(b'abc')) == hash(b'abc')
hash(memoryview(bytearray(b'abc')))
m = memoryview(b'abc'); m.release(); m[0]
m = memoryview(b'abc'); m.release(); len(m)
m = memoryview(b'abc'); m.release(); m.released
m = memoryview(bytearray(b'abc')); m[0] = 65; m.obj
m = memoryview(bytearray(b'abc')); m[1:3] = b'YZ'; m.obj
m = memoryview(bytearray(b'abc')); m[0] = 256
m = memoryview(bytearray(b'abc')); m[0:2] = b'x'
m = memoryview(b'abc'); m[0] = 1
x = bytearray(b'abc'); m = memoryview(x); x.append(1)
x = bytearray(b'abc'); m = memoryview(x); m.release(); x.append(100); x
x = bytearray(b'abcdef'); m = memoryview(x)[::2]; m[1] = 90; x
list(memoryview(b'ab'))
'€a'.replace('€', '') == 'a'
'€a'[1:] == 'a'
('€' + 'a')[1] == 'a'
'a€'.split('€')[0] == 'a'
hash('€a'.replace('€', '')) == hash('a')
'€a'.strip('€') == 'a'
''.join(['€', 'a'])[1:] == 'a'
'€'.join(['a', 'b']).replace('€', '') == 'ab'
'%s%s' % ('a€'[:1], '𝄞a'[1:]) == 'aa'
'A€'.lower()[:1] == 'a'
'€a'.translate({8364: None}) == 'a'
'𝄞é'.replace('𝄞', '') == 'é'
'{}{}'.format('€', 'a').replace('€', '') == 'a'
'é€'.encode('utf-16-le').decode('utf-16-le').replace('€', '') == 'é'
'aé'.encode('utf-8-sig')
b'\xef\xbb\xbfa\xc3\xa9'.decode('utf-8-sig')
b'a'.decode('UTF-8-SIG')
'a\ud800'.encode('utf-8-sig')
'abc'[10000000000000000000000]
'abc'[-10000000000000000000000]
b'abc'[10000000000000000000000]
'abc'[1:10000000000000000000000]
'abc' * 10000000000000000000000
'' * 10000000000000000000000
"""

import ast
import sys


def run(src):
    env = {}
    try:
        body = ast.parse(src).body
        last = body[-1] if isinstance(body[-1], ast.Expr) else None
        for stmt in body if last is None else body[:-1]:
            exec(compile(ast.Module([stmt], []), '<case>', 'exec'), env)
        if last is None:
            return 'None'
        r = eval(compile(ast.Expression(last.value), '<case>', 'eval'), env)
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


def c_escape(s):
    out = []
    for ch in s.encode('utf-8'):
        if ch == 0x5c:
            out.append('\\\\')
        elif ch == 0x22:
            out.append('\\"')
        elif 0x20 <= ch < 0x7f and ch != 0x3f:
            out.append(chr(ch))
        else:
            out.append('\\%03o' % ch)
    return ''.join(out)


print('// Generated by tests/unit/vm/str_cases_gen.py under CPython %s. Do not edit.'
      % sys.version.split()[0])
for line in CASES.strip('\n').split('\n'):
    if not line.strip():
        continue
    print('{"%s", "%s"},' % (c_escape(line), c_escape(run(line))))
