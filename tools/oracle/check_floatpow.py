"""Check ceval's pow() (core/src/objects/floatpow.ts) against the pow() python3.13 uses, bit
for bit, on millions of inputs; optionally write the golden sample lecture 04's tests check.

Usage (from /work/main, after `cd core && npx tsc -p tsconfig.json`):
    PYENV_VERSION=3.13.0 python3.13 tools/oracle/check_floatpow.py [--n 200000] [--seed 1]
        [--golden lectures/04-objects/test/golden/floatpow.txt] [--bench]

Each distribution below draws --n pairs (x, y). The expected value is libm's pow(x, y) called
through ctypes, the very function float_pow and math.pow call; where math.pow returns a value
we also check it is the same double (so the ctypes call is a faithful stand-in for the C code
CPython runs). A NaN matches any NaN; every other result must have identical bits, sign of zero
included. The comparison runs in node (tools/oracle/check_floatpow.mjs) on core/dist.
The emulated fma() that pow() relies on is also checked against math.fma on --n triples.
"""
import argparse, array, ctypes, ctypes.util, math, os, random, struct, subprocess, sys, tempfile
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

libm = ctypes.CDLL(ctypes.util.find_library('m'))
libm.pow.restype = ctypes.c_double
libm.pow.argtypes = [ctypes.c_double, ctypes.c_double]
cpow = libm.pow


def bits_to_float(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def loguniform(rnd, lo, hi):
    return math.exp(rnd.uniform(math.log(lo), math.log(hi)))


def to_target(rnd, x, lo2, hi2):
    """y such that x ** y lands with log2 in [lo2, hi2)."""
    return rnd.uniform(lo2, hi2) / math.log2(x)


def dists():
    d = {}
    d['uniform x in (0,10), y in (-20,20)'] = lambda r: (r.uniform(0, 10), r.uniform(-20, 20))
    d['x in (0,10), y in (-2,2)'] = lambda r: (r.uniform(0, 10), r.uniform(-2, 2))
    d['log-uniform x over the range, y in (-3,3)'] = lambda r: (
        loguniform(r, 1e-300, 1e300), r.uniform(-1, 1))
    d['x near 1 (1 +- 1e-3), |y| up to 1e6'] = lambda r: (
        1 + r.uniform(-1e-3, 1e-3), r.uniform(-1e6, 1e6))
    d['x = 1 +- a few ulps, huge y'] = lambda r: (
        1 + r.randint(-40, 40) * 2.0 ** -52, r.choice([-1, 1]) * loguniform(r, 1e10, 1e18))
    d['huge/tiny |y| (1e-22..1e19), x in (0.5, 2)'] = lambda r: (
        r.uniform(0.5, 2), r.choice([-1, 1]) * loguniform(r, 1e-22, 1e19))
    d['integer y in [-400, 400], log-uniform x'] = lambda r: (
        loguniform(r, 1e-3, 1e3), float(r.randint(-400, 400)))
    d['integer y in [-64, 64], x in (0, 10)'] = lambda r: (r.uniform(0, 10), float(r.randint(-64, 64)))
    d['y = k/2, k in [-200, 200]'] = lambda r: (loguniform(r, 1e-3, 1e3), r.randint(-200, 200) / 2)
    d['y = 1/3, 2/3, 1/7, 0.1, 0.3, 1.1 ...'] = lambda r: (
        loguniform(r, 1e-300, 1e300),
        r.choice([1 / 3, 2 / 3, -1 / 3, 1 / 7, 0.1, 0.3, 1.1, 2.5, 0.25, 0.75, -0.2]))
    d['integer x, small rational y (exact results)'] = lambda r: (
        float(r.randint(1, 10000)), r.randint(-12, 12) / r.choice([1, 2, 3, 4, 5, 6, 8]))
    def sub(r):
        x = loguniform(r, 1e-30, 0.99) if r.random() < 0.5 else loguniform(r, 1.01, 1e30)
        return x, to_target(r, x, -1080, -1020)
    d['subnormal results (2^-1080 .. 2^-1020)'] = sub
    def over(r):
        x = loguniform(r, 1e-30, 0.99) if r.random() < 0.5 else loguniform(r, 1.01, 1e30)
        return x, to_target(r, x, 1015, 1025)
    d['results near overflow (2^1015 .. 2^1025)'] = over
    d['negative x, integer y'] = lambda r: (-loguniform(r, 1e-5, 1e5), float(r.randint(-300, 300)))
    d['subnormal x'] = lambda r: (
        bits_to_float(r.getrandbits(52) | 1), r.choice([-1, 1]) * loguniform(r, 1e-3, 1.1))
    d['random bit patterns'] = lambda r: (
        bits_to_float(r.getrandbits(64)), bits_to_float(r.getrandbits(64)))
    d['random bit patterns, moderate exponents'] = lambda r: (
        bits_to_float((r.getrandbits(1) << 63) | (r.randint(0x3c0, 0x440) << 52) | r.getrandbits(52)),
        bits_to_float((r.getrandbits(1) << 63) | (r.randint(0x3b0, 0x440) << 52) | r.getrandbits(52)))
    return d


SPECIALS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1 / 3, 1e-310, -1e-310,
            5e-324, 1e308, -1e308, 1.7976931348623157e308, math.inf, -math.inf, math.nan,
            0.1, 10.0, 2.0 ** 63, -(2.0 ** 63), 2.0 ** 53 + 2, 2.0 ** 53 + 1, 2.0 ** -65, 2.0 ** -66,
            1 + 2.0 ** -52, 1 - 2.0 ** -53, 1023.5, -1074.5, 1e-20]


def math_pow(x, y):
    try:
        return math.pow(x, y)
    except (ValueError, OverflowError):
        return None


def fma_cases(rnd, n):
    """Triples for the emulated fma: random magnitudes, cancellations, exact half-way cases
    (an odd 54-bit product plus an even integer), and half-way cases of the sum's high part
    that only the lowest part of the exact value decides."""
    out = []
    while len(out) < n:
        k = rnd.random()
        if k < 0.3:
            a, b, c = (rnd.choice([-1, 1]) * loguniform(rnd, 1e-30, 1e30) for _ in range(3))
        elif k < 0.5:
            a, b = rnd.uniform(-2, 2), rnd.uniform(-2, 2)
            c = -a * b * (1 + rnd.uniform(-1e-9, 1e-9))
        elif k < 0.75:
            A, B = rnd.getrandbits(27) | 1, rnd.getrandbits(27) | 1
            if (A * B).bit_length() != 54:
                continue
            e = rnd.randint(-60, 60)
            a, b, c = math.ldexp(A, e), math.ldexp(B, -54), math.ldexp(2 * rnd.randint(-2 ** 20, 2 ** 20), e - 54)
        else:
            # c = +-ulp(p)/2 - (a*b - p) + w, w a quarter ulp of that half: s + u is a tie
            # in double arithmetic, and the exact value sits just off it.
            a, b = rnd.uniform(1, 2), rnd.uniform(1, 2)
            P = Fraction(a) * Fraction(b)
            p = a * b
            half = Fraction(math.ulp(p)) / 2
            c = rnd.choice([-1, 1]) * half - (P - Fraction(p)) \
                + rnd.choice([-1, 1]) * Fraction(math.ulp(float(half))) / 2
            if P == Fraction(p) or Fraction(float(c)) != c:
                continue
            sc = rnd.randint(-100, 100)
            a, b, c = math.ldexp(a, sc), b, math.ldexp(float(c), sc)
        out.append((a, b, c))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--n', type=int, default=200000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--golden')
    ap.add_argument('--golden-size', type=int, default=5000)
    ap.add_argument('--bench', action='store_true')
    a = ap.parse_args()
    assert sys.version_info[:2] == (3, 13), 'run with python3.13'
    rnd = random.Random(a.seed)
    xs, ys, es, labels, counts = array.array('d'), array.array('d'), array.array('d'), [], []
    mismatch_math = 0
    groups = list(dists().items())
    special = [(x, y) for x in SPECIALS for y in SPECIALS]
    for label, f in groups + [('special values x special values', None)]:
        pairs = special if f is None else [f(rnd) for _ in range(a.n)]
        for x, y in pairs:
            e = cpow(x, y)
            m = math_pow(x, y)
            if m is not None and not (m == e or (m != m and e != e)) and math.isfinite(x) \
                    and math.isfinite(y):
                mismatch_math += 1
            xs.append(x); ys.append(y); es.append(e)
        labels.append(label)
        counts.append(len(pairs))
    print(f'{len(xs)} cases in {len(labels)} distributions; math.pow differs from libm pow '
          f'on {mismatch_math} of them')
    fm = array.array('d')
    for t in fma_cases(rnd, a.n):
        fm.extend(t)
        fm.append(math.fma(*t))
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, 'cases.bin')
        with open(data, 'wb') as fh:
            xs.tofile(fh); ys.tofile(fh); es.tofile(fh)
        fdata = os.path.join(tmp, 'fma.bin')
        with open(fdata, 'wb') as fh:
            fm.tofile(fh)
        args = ['node', os.path.join(HERE, 'check_floatpow.mjs'), data, fdata,
                ','.join(map(str, counts))]
        args += [lab.replace(',', ';') for lab in labels]
        if a.bench:
            args.append('--bench')
        r = subprocess.run(args)
        if r.returncode not in (0, 1):
            sys.exit(r.returncode)
        failed = r.returncode == 1
    if a.golden:
        write_golden(a.golden, a.golden_size, xs, ys, es, counts, labels, fm, a.n)
    sys.exit(1 if failed else 0)


def write_golden(path, size, xs, ys, es, counts, labels, fm, n):
    """The first cases of each distribution and all the special values, as hex bit patterns
    (x y pow(x, y)), then 300 fma triples (fma a b c result)."""
    hx = lambda v: f'{struct.unpack("<Q", struct.pack("<d", v))[0]:016x}'
    per = (size - counts[-1]) // (len(counts) - 1)
    lines = ['# x y pow(x, y) as 64-bit patterns, from libm pow() via python3.13 ctypes;',
             '# then "fma a b c r" from math.fma. Written by tools/oracle/check_floatpow.py',
             f'# --n {n} --seed 1 --golden; a NaN result is written as nan.']
    start = 0
    for c, lab in zip(counts, labels):
        lines.append(f'## {lab}')
        for j in range(start, start + (c if c == counts[-1] else per)):
            e = es[j]
            lines.append(f'{hx(xs[j])} {hx(ys[j])} ' + ('nan' if e != e else hx(e)))
        start += c
    lines.append('## fma: random magnitudes, cancellations, exact and nudged ties')
    for j in range(0, min(len(fm), 4 * 300), 4):
        lines.append('fma ' + ' '.join(hx(v) for v in fm[j:j + 4]))
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print('wrote', path, sum(1 for l in lines if not l.startswith('#')), 'cases')


main()
