# The format mini-language (Python/formatter_unicode.c) over int, bool, float, complex and
# str: hand-picked specs, then a deterministic sample of the spec grammar's combinations.
ints = [0, 7, -7, 255, 1234567, -1234567, 2**64, True, 65]
floats = [0.0, -0.0, 1.5, -1234.5678, 1e20, 1.5e-7, float('inf'), float('-inf'), float('nan'),
          123456789.0, 0.125, 2.5, 1e16]
complexes = [1+2j, -1.5-0j, 0j, 1e10j, complex(-0.0, 2), complex(float('inf'), float('nan')),
             -2.25+0.5j]
strs = ['', 'abc', 'h\xe9llo', '\U0001f600x']

handpicked = ['010_x', '>03', '08,', 'n', '%', 'z.1f', 'z', '#x', '#o', '#b', '#X', '_b', ',d',
              ',_', '_,', ',,', '.', '.3', '10.3', '*^11.2f', '0<8', '<08', '=08', '+08,', '-08_',
              ' 08', 'z08.2f', '#.0f', '#.0e', '#g', '#.3g', '.0g', '.0', '.0%', '.2%', 'c', '+c',
              '#c', '5c', '.2c', 'e', 'E', 'F', 'G', 'g', '.10g', '.20f', '1000', '1.1000', 's', 'd',
              'x', 'z,', 'q', '\x01', '\xe9', '^', '0^9', '0=9,', 'xx', '20,.2f', '0=20,.2f', '<>',
              '99999999999999999999', '.99999999999999999999', '😀^7', '😀^7,', 'zd', 'z#.0f', '#',
              '0', '00', '000', '+', '-', ' ', '=', '=5', '^5', '09_', '013,.1%', '>', '+.3e']

aligns = ['', '<', '>', '^', '=', '*<', '0>', '*^', '0=', '_>']
signs = ['', '+', '-', ' ']
zs = ['', 'z']
alts = ['', '#']
zeros = ['', '0']
widths = ['', '1', '9']
groups = ['', ',', '_']
precs = ['', '.0', '.3']
types = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's']

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


def pick(xs):
    return xs[rand(len(xs))]


sampled = []
for i in range(260):
    sampled.append(pick(aligns) + pick(signs) + pick(zs) + pick(alts) + pick(zeros)
                   + pick(widths) + pick(groups) + pick(precs) + pick(types))


def show(v, spec):
    try:
        r = repr(format(v, spec))
    except (ValueError, TypeError, OverflowError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(v), repr(spec), r)


for v in ints + floats + complexes + strs:
    for spec in handpicked:
        show(v, spec)
for v in [0, -7, 1234567, True, 0.0, -0.0, 1.5, -1234.5678, float('nan'), 1e16,
          1+2j, -2.25+0.5j, 0j, 'abc', '']:
    for spec in sampled:
        show(v, spec)
print(f"{255:010_x}", f"{7:>03}", f"{3.14159:{'>'}{10}.{3}}", f"{'x':*^{5}}", f"{1e3:,}")
print('{:n}'.format(1234567), '{0:{1}}'.format(3.5, '08.2f'), format(float("inf"), "08,"))
