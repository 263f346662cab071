s = ''
for i in range(10):
    s += str(i)
print(s, len(s))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(words)
print(' '.join(w.capitalize() for w in words))
print('-'.join(reversed(words)))
print(sorted(words))
print(sorted(set(words)))
d = {}
for w in words:
    d[w] = d.get(w, 0) + 1
print(d)
name = 'World'
print(f'Hello, {name}! {len(name):>5} {name!r} {3.14159:.2f} {255:#x}')
print('%s has %d chars, %5.1f%%' % (name, len(name), 12.345))
print('{0} {1} {0}'.format('a', 'b'))
print('{:*^20}'.format(' centre '))
print(repr('tab\there'), ascii('é€'), 'é€'.encode(), b'\xc3\xa9'.decode())
print('ß'.upper(), 'ΣΑΣ'.lower(), 'ǆ'.title())
print(str(b'abc'), bytes(3), bytearray(b'xy'), list(b'hi'))
print('abc' < 'abd', 'a' * 3, 'abc'[::-1], 'hello'[1:4])
try:
    'abc'[5]
except IndexError as e:
    print('IndexError', e)
try:
    'x'.encode('ascii') + 'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(hash('') , hash(b''))
x = bytearray(b'hello')
x[0] = 72
x += b' world'
x.extend([33])
print(x, x.pop(), len(x))
print('a,b,,c'.split(','), 'a b'.partition(' '), '  x '.strip(), 'xyz'.center(9, '.'))
print('%-10s|%10s|' % ('left', 'right'))
print(f"{'nested':{'>'}{10}}")
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hi')
print(s, s.shout(), type(s).__name__, type(s + 'x').__name__, isinstance(s, str), repr(s))
print(str.maketrans('abc', 'xyz'), 'aabbcc'.translate(str.maketrans('abc', 'xyz')))
print(''.join(chr(c) for c in range(945, 950)), [ord(c) for c in 'aé€😀'])
print('%c%c' % (72, 'i'), '%r' % 'q', '%5.3s|' % 'abcdef')
for ch in 'ab€':
    print(ch, end=' ')
print()
print(list(enumerate('abc')), list(zip('ab', b'ab')))
print('x'.join(map(str, range(5))))
print('done')
