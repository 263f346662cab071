seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
flags = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', ' 0', '-#', '+#0']
convs = 'sdixXoeEfFgGcra%'
vals = [0, 1, -1, 255, -255, 10**20, 3.5, -0.0, 1e-7, 123456.789, float('inf'), float('nan'), 'é€', 'abc', True, None, [1], (2,), b'x', 65, 0x1f600, -3.25]
for i in range(1500):
    fl = flags[rnd(len(flags))]
    w = ['', '5', '12', '*', '0'][rnd(5)]
    p = ['', '.0', '.3', '.*', '.'][rnd(5)]
    c = convs[rnd(len(convs))]
    fmt = '%' + fl + w + p + c
    v = vals[rnd(len(vals))]
    args = []
    if w == '*': args.append(rnd(20) - 8)
    if p == '.*': args.append(rnd(8) - 2)
    args.append(v)
    try:
        r = repr((fmt + '|') % tuple(args))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(i, repr(fmt), repr(args), r)
    spec = ['', '>', '<', '^', '*^', '0'][rnd(6)] + ['', '8', '3'][rnd(3)] + ['', '.2', '.0'][rnd(3)]
    for v2 in ('é€x', 'ab'):
        try:
            r = repr(format(v2, spec)) + repr('{0:{1}}'.format(v2, spec)) + repr(f'{v2!r:{spec}}')
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(i, repr(spec), r)
