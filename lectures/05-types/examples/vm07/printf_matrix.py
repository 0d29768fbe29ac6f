# printf-style formatting (Objects/unicodeobject.c PyUnicode_Format, Objects/bytesobject.c
# _PyBytes_FormatEx): every conversion, flag, width and precision over str and bytes, and
# the errors of each.
values = [0, 7, -7, 255, 2**64, True, 1.5, -0.0, -1234.5678, 1e20, float('inf'), float('nan'),
          'abc', 'h\xe9', '\U0001f600', b'xy', bytearray(b'z'), None, [1], (2,), 1+2j, 65, 0x110000]
convs = ['d', 'i', 'o', 'u', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c', 'r', 's', 'a', 'b', '%',
         'y', 'z']
flags = ['', '-', '+', ' ', '#', '0', '-0', '+ ', '#0', '- #']
widths = ['', '5', '*']
precs = ['', '.0', '.2', '.*']

seed = 2024


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


def pick(xs):
    return xs[rand(len(xs))]


def run(fmt, args):
    try:
        r = repr(fmt % args)
    except (ValueError, TypeError, OverflowError, KeyError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(fmt), repr(args), r)


for v in values:
    for c in convs:
        run('%' + c, (v,))
        run(b'%' + c.encode(), (v,))
for i in range(700):
    spec = '%' + pick(flags) + pick(widths) + pick(precs) + pick(convs)
    args = [pick(values)]
    if '*' in spec:
        args = [5] + args
    if '.*' in spec:
        args = [2] + args
    run(spec, tuple(args))
    if i % 3 == 0:
        run(spec.encode(), tuple(args))
for fmt, args in [('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', {'a': 1}), ('%(a)s', (1,)),
                  ('%(a)s %s', {'a': 1}), ('%(a', {'a': 1}), ('%', ()), ('%5', (1,)), ('abc', (1,)),
                  ('abc', ()), ('abc', 5), ('abc', {}), ('abc', []), ('%s', ()), ('%*d', ('x', 1)),
                  ('%.*d', (1.5, 1)), ('%c', ('ab',)), ('%c', (-1,)), ('%d', ('1',)), ('%x', (1.5,)),
                  ('%5s|%-5s|', ('\U0001f600', '\U0001f600')), ('%.1s', ('\U0001f600x',)),
                  ('%-%', ()), ('%5%', ()), ('%%%s', ('x',)), ('%s', [1, 2]), ('%r', ({'k': 1},)),
                  ('%(x)*d', {'x': 1}), ('% 05.1f', (3.14159,)), ('%#o %#x %#X', (8, 255, 255)),
                  ('%e', (10**400,)), ('%d', (10**30,)), ('%f', (10**30,)), ('%i', (3.99,)),
                  (b'%s', ('str',)), (b'%c', (256,)), (b'%c', (b'ab',)),
                  (b'%a', ('\xe9',)), (b'%r', (b'q',)), (b'%5b|', (b'x',)), (b'%x', (255,))]:
    run(fmt, args)
print(b'%b|%5b' % (memoryview(b'mv'), memoryview(b'a')), b'%s' % memoryview(b'c'))
