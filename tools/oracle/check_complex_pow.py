"""Measure how often ceval's complex ** (lecture 04's complexPowValues / powInt, through the
nb_power slot) gives exactly python3.13's result, on random operands.

Usage (from /work/main, after building core and lectures/04-objects):
    PYENV_VERSION=3.13.0 python3.13 tools/oracle/check_complex_pow.py [--n 200000] [--seed 1]

Each case is a ** b for complex a, b drawn from one of the distributions below; python3.13
computes it (or raises), node computes it with ceval (tools/oracle/check_complex_pow.mjs),
and the two must agree bit for bit in both parts, or raise the same exception. The node side
also reports how many would differ had hypot, atan2, exp, log, cos and sin stayed V8's Math
functions (the state before core/objects/libm), for comparison.
"""
import argparse, array, math, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

DISTS = [
    ('a, b with parts uniform in (-10, 10) and (-3, 3)',
     lambda r: (complex(r.uniform(-10, 10), r.uniform(-10, 10)), complex(r.uniform(-3, 3), r.uniform(-3, 3)))),
    ('unit-ish a, real non-integer b',
     lambda r: (complex(r.uniform(-2, 2), r.uniform(-2, 2)), complex(r.uniform(-20, 20), 0.0))),
    ('a, b both small (|parts| < 1)',
     lambda r: (complex(r.uniform(-1, 1), r.uniform(-1, 1)), complex(r.uniform(-1, 1), r.uniform(-1, 1)))),
    ('log-uniform |a| (1e-100, 1e100), b in (-2, 2)^2',
     lambda r: (complex(math.copysign(math.exp(r.uniform(-230, 230)), r.uniform(-1, 1)),
                        math.copysign(math.exp(r.uniform(-230, 230)), r.uniform(-1, 1))),
                complex(r.uniform(-2, 2), r.uniform(-2, 2)))),
    ('integer b (repeated multiplication), a in (-3, 3)^2',
     lambda r: (complex(r.uniform(-3, 3), r.uniform(-3, 3)), complex(r.randint(-30, 30), 0.0))),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--n', type=int, default=200000)
    ap.add_argument('--seed', type=int, default=1)
    a = ap.parse_args()
    per = a.n // len(DISTS)
    data = array.array('d')
    labels, counts = [], []
    for k, (label, gen) in enumerate(DISTS):
        r = random.Random(f'{a.seed}:{k}')
        for _ in range(per):
            x, y = gen(r)
            try:
                z = x ** y
                kind = 0.0
            except ZeroDivisionError:
                z, kind = complex(0, 0), 1.0
            except OverflowError:
                z, kind = complex(0, 0), 2.0
            data.extend([x.real, x.imag, y.real, y.imag, z.real, z.imag, kind])
        labels.append(label)
        counts.append(per)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'cases.bin')
        with open(path, 'wb') as fh:
            data.tofile(fh)
        r = subprocess.run(['node', os.path.join(HERE, 'check_complex_pow.mjs'), path,
                            ','.join(map(str, counts)), *labels])
    sys.exit(r.returncode)


main()
