"""Check ceval's ports of glibc's sin, cos, atan2, exp, log and hypot (core/src/objects/libm/)
against the libm python3.13 calls, bit for bit; optionally write the golden sample lecture
04's tests check.

Usage (from /work/main, after `cd core && npx tsc -p tsconfig.json`):
    PYENV_VERSION=3.13.0 python3.13 tools/oracle/check_libm.py [--n 200000] [--seed 1]
        [--only sin,cos] [--golden lectures/04-objects/test/golden/libm.txt]

For each function, each distribution below draws --n inputs (so 7 or 8 distributions give
well over a million per function at the default). The expected value is the libm function
called through ctypes: dlsym resolves glibc's ifunc exactly as CPython's own calls are
resolved, so this is the variant (FMA on this machine) python3.13 runs. A NaN matches any
NaN; every other result must have identical bits, sign of zero included. The comparison
runs in node (tools/oracle/check_libm.mjs) on core/dist.
"""
import argparse, array, ctypes, ctypes.util, math, os, random, struct, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

libm = ctypes.CDLL(ctypes.util.find_library('m'))
FUNCS = {}
for name, nargs in [('sin', 1), ('cos', 1), ('atan2', 2), ('exp', 1), ('log', 1), ('hypot', 2)]:
    f = getattr(libm, name)
    f.restype = ctypes.c_double
    f.argtypes = [ctypes.c_double] * nargs
    FUNCS[name] = (f, nargs)

PI2 = math.pi / 2


def b2f(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def f2b(v):
    return struct.unpack('<Q', struct.pack('<d', v))[0]


def sgn(r, v):
    return -v if r.random() < 0.5 else v


def logu(r, lo, hi):
    return math.exp(r.uniform(math.log(lo), math.log(hi)))


def nudge(r, v, k=40):
    """v moved by up to k ulps either way."""
    if not math.isfinite(v) or v == 0:
        return v
    return b2f(max(0, f2b(v) + r.randint(-k, k)))


def subnormal(r):
    return sgn(r, b2f(r.randint(1, (1 << 52) - 1)))


def anybits(r):
    """Any finite double, uniform over bit patterns (so every exponent equally)."""
    while True:
        v = b2f(r.getrandbits(64))
        if math.isfinite(v):
            return v


SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 2.0 ** -1074, -2.0 ** -1074,
           2.0 ** -1022, 1.7976931348623157e308, -1.7976931348623157e308, 0.5, 2.0, 1e-300,
           1e300, math.pi, -math.pi, PI2, -PI2, math.pi / 4, 1e-8, 1e8]


def special1(r):
    return r.choice(SPECIAL)


def near_mult_pi2(r, kmax):
    k = r.randint(-kmax, kmax)
    return nudge(r, k * PI2, 60)


def thresholds(r):
    """The words where sin/cos change method, +-a few ulps: 2^-27, 2^-26, 0.855469,
    2.426265, 105414350, and 0.126 (do_sin's Taylor branch)."""
    t = r.choice([b2f(0x3e40000000000000), b2f(0x3e50000000000000), b2f(0x3feb600000000000),
                  b2f(0x400368fd00000000), b2f(0x419921fb00000000), 0.126])
    return sgn(r, nudge(r, t, 1000))


DISTS = {
    'sin': [
        ('uniform in (-pi, pi)', lambda r: r.uniform(-math.pi, math.pi)),
        ('uniform in (-1e4, 1e4)', lambda r: r.uniform(-1e4, 1e4)),
        ('log-uniform |x| in (1e-10, 1e8)', lambda r: sgn(r, logu(r, 1e-10, 1e8))),
        ('huge: log-uniform |x| in (1e8, 1e300), branred', lambda r: sgn(r, logu(r, 1e8, 1e300))),
        ('near k pi/2, |k| < 1000', lambda r: near_mult_pi2(r, 1000)),
        ('near k pi/2, |k| < 6e7', lambda r: near_mult_pi2(r, 60_000_000)),
        ('method thresholds +- 1000 ulps', thresholds),
        ('subnormals and special values', lambda r: subnormal(r) if r.random() < 0.5 else special1(r)),
        ('any finite double (uniform bits)', anybits),
    ],
    'atan2': [
        ('y, x uniform in (-10, 10)', lambda r: (r.uniform(-10, 10), r.uniform(-10, 10))),
        ('log-uniform magnitudes (1e-300, 1e300), random signs',
         lambda r: (sgn(r, logu(r, 1e-300, 1e300)), sgn(r, logu(r, 1e-300, 1e300)))),
        ('|y/x| near 1 (a few ulps)', lambda r: (lambda x: (sgn(r, nudge(r, x, 50)), sgn(r, x)))(
            logu(r, 1e-5, 1e5))),
        ('|y/x| or |x/y| near 1/16', lambda r: (lambda x, t: (t, x) if r.random() < 0.5 else (x, t))(
            *(lambda x: (sgn(r, x), sgn(r, nudge(r, x / 16, 2000))))(logu(r, 1e-3, 1e3)))),
        ('exponents ~57 apart', lambda r: (lambda a, b: (a, b) if r.random() < 0.5 else (b, a))(
            sgn(r, logu(r, 0.5, 2)), sgn(r, logu(r, 0.5, 2)) * 2.0 ** r.choice([-58, -57, -56, 56, 57, 58]))),
        ('subnormals and special values', lambda r: (
            subnormal(r) if r.random() < 0.3 else special1(r),
            subnormal(r) if r.random() < 0.3 else special1(r))),
        ('any finite doubles (uniform bits)', lambda r: (anybits(r), anybits(r))),
    ],
    'exp': [
        ('uniform in (-1, 1)', lambda r: r.uniform(-1, 1)),
        ('uniform in (-745, 710)', lambda r: r.uniform(-745, 710)),
        ('near overflow (700, 710)', lambda r: r.uniform(700, 710)),
        ('subnormal results (-745.2, -708)', lambda r: r.uniform(-745.2, -708)),
        ('log-uniform |x| in (1e-20, 1)', lambda r: sgn(r, logu(r, 1e-20, 1))),
        ('subnormals and special values', lambda r: subnormal(r) if r.random() < 0.5 else special1(r)),
        ('any finite double (uniform bits)', anybits),
    ],
    'log': [
        ('uniform in (0, 10)', lambda r: r.uniform(0, 10)),
        ('near 1: (0.9, 1.1)', lambda r: r.uniform(0.9, 1.1)),
        ('1 +- a few ulps, and the near-1 edges', lambda r: nudge(r, r.choice(
            [1.0, 1 - 2 ** -4, 1 + 0x109 / 4096]), 200)),
        ('log-uniform in (1e-300, 1e300)', lambda r: logu(r, 1e-300, 1e300)),
        ('subnormals and special values', lambda r: abs(subnormal(r)) if r.random() < 0.7 else special1(r)),
        ('any positive finite double (uniform bits)', lambda r: abs(anybits(r))),
    ],
    'hypot': [
        ('uniform in (-10, 10)', lambda r: (r.uniform(-10, 10), r.uniform(-10, 10))),
        ('log-uniform magnitudes (1e-300, 1e300)',
         lambda r: (sgn(r, logu(r, 1e-300, 1e300)), sgn(r, logu(r, 1e-300, 1e300)))),
        ('similar magnitudes (ratio in (0.5, 2))', lambda r: (lambda x: (x, sgn(r, x * r.uniform(0.5, 2))))(
            logu(r, 1e-5, 1e5))),
        ('huge (> 2^511) and tiny (< 2^-459)', lambda r: (
            sgn(r, logu(r, 2.0 ** 505, 1.7e308) if r.random() < 0.5 else logu(r, 1e-320, 2.0 ** -450)),
            sgn(r, logu(r, 2.0 ** 480, 1.7e308) if r.random() < 0.5 else logu(r, 1e-320, 2.0 ** -420)))),
        ('ratio near 2^-54 (the early exit)', lambda r: (lambda x: (x, sgn(r, x * 2.0 ** r.uniform(-56, -52))))(
            logu(r, 1e-3, 1e3))),
        ('subnormals and special values', lambda r: (
            subnormal(r) if r.random() < 0.3 else special1(r),
            subnormal(r) if r.random() < 0.3 else special1(r))),
        ('any finite doubles (uniform bits)', lambda r: (anybits(r), anybits(r))),
    ],
}
DISTS['cos'] = DISTS['sin']


def cases(name, n, seed):
    """xs, ys, expected (float64 arrays), counts, labels for one function."""
    f, nargs = FUNCS[name]
    xs, ys, es = array.array('d'), array.array('d'), array.array('d')
    counts, labels = [], []
    for k, (label, gen) in enumerate(DISTS[name]):
        r = random.Random(f'{seed}:{name}:{k}')
        for _ in range(n):
            if nargs == 1:
                x = gen(r)
                xs.append(x); ys.append(0.0); es.append(f(x))
            else:
                y, x = gen(r)
                xs.append(y); ys.append(x); es.append(f(y, x))
        counts.append(n)
        labels.append(label)
    return xs, ys, es, counts, labels


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--n', type=int, default=200000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--only')
    ap.add_argument('--golden')
    ap.add_argument('--golden-size', type=int, default=2000)
    a = ap.parse_args()
    names = a.only.split(',') if a.only else list(FUNCS)
    # Sanity: ctypes' libm is the one the interpreter uses.
    assert FUNCS['sin'][0](1.0) == math.sin(1.0) and FUNCS['exp'][0](0.3) == math.exp(0.3)
    assert FUNCS['atan2'][0](1.0, 3.0) == math.atan2(1.0, 3.0)
    bad = 0
    golden = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            xs, ys, es, counts, labels = cases(name, a.n, a.seed)
            path = os.path.join(tmp, name + '.bin')
            with open(path, 'wb') as fh:
                xs.tofile(fh); ys.tofile(fh); es.tofile(fh)
            r = subprocess.run(['node', os.path.join(HERE, 'check_libm.mjs'), name, path,
                                ','.join(map(str, counts)), *labels])
            bad |= r.returncode
            if a.golden:
                golden += golden_lines(name, a.golden_size, xs, ys, es, counts, labels)
    if a.golden:
        head = ['# fn x [y] result, as 64-bit patterns, from libm via python3.13 ctypes (the ifunc',
                '# variant python3.13 runs). Written by tools/oracle/check_libm.py',
                f'# --n {a.n} --seed {a.seed} --golden; a NaN result is written as nan.']
        os.makedirs(os.path.dirname(os.path.abspath(a.golden)), exist_ok=True)
        with open(a.golden, 'w') as fh:
            fh.write('\n'.join(head + golden) + '\n')
        print('wrote', a.golden, sum(1 for l in golden if not l.startswith('#')), 'cases')
    sys.exit(bad)


def golden_lines(name, size, xs, ys, es, counts, labels):
    hx = lambda v: f'{f2b(v):016x}'
    nargs = FUNCS[name][1]
    per = size // len(counts)
    out = []
    start = 0
    for c, lab in zip(counts, labels):
        out.append(f'## {name}: {lab}')
        for j in range(start, start + per):
            e = es[j]
            args = [hx(xs[j])] + ([hx(ys[j])] if nargs == 2 else [])
            out.append(' '.join([name] + args + ['nan' if e != e else hx(e)]))
        start += c
    return out


main()
