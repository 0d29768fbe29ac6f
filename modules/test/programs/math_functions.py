import math
vals = [0.0, -0.0, 0.5, 1.0, 2.0, 3.5, -1.5, 10.0, 1e-300, 1e300, 123.456]
for name in ['sqrt', 'exp', 'log', 'sin', 'cos', 'tan', 'atan', 'asin', 'acos', 'sinh', 'cosh', 'tanh',
             'log2', 'log10', 'log1p', 'expm1', 'gamma', 'lgamma', 'cbrt', 'exp2',
             'fabs', 'floor', 'ceil', 'trunc', 'asinh', 'acosh', 'atanh', 'degrees', 'radians']:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.hypot(3, 4), math.hypot(1.5, 2.5, 3.5), math.dist((1, 2), (4, 6)), math.hypot())
print(math.factorial(30), math.comb(50, 20), math.perm(10, 3), math.perm(5), math.gcd(12, 18, 27), math.lcm(4, 6, 10))
print(math.isqrt(10**40 + 12345), math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod([], start=5))
print(math.frexp(3.0), math.frexp(1e-310), math.ldexp(0.75, 3), math.ldexp(1.0, -1074), math.ldexp(1, -1075))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0, steps=3), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0))
print(math.log(8, 2), math.log(100, 10), math.log(10**400), math.log2(2**2000), math.log10(10**500))
print(math.pow(2, 0.5), math.pow(-8, 1/3) if False else 0, math.pow(2, 1000), math.pow(0.0, 0), math.pow(float('inf'), -1))
print(math.copysign(1, -0.0), math.fmod(7, -3), math.remainder(7, 2), math.remainder(5, 2), math.modf(-2.5), math.modf(3.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.pi, math.e, math.tau, math.inf, math.nan, math.atan2(1, -1), math.atan2(-0.0, -1.0))
print(math.fma(2.0, 3.0, 1.0), math.gamma(0.5), math.gamma(-2.5), math.lgamma(100.5), math.gamma(171.5))
for bad in ['math.sqrt(-1)', 'math.log(0)', 'math.log(-5)', 'math.exp(1000)', 'math.acos(2)', 'math.gamma(-1)',
            'math.factorial(-1)', 'math.factorial(2.0)', 'math.sqrt("x")', 'math.sqrt(1, 2)', 'math.atan2(1)',
            'math.fsum([math.inf, -math.inf])', 'math.ldexp(1.0, 2000)', 'math.floor(math.nan)', 'math.pow(0, -1)',
            'math.comb(-1, 1)', 'math.perm(3, -1)', 'math.isqrt(-4)', 'math.log(1, 1)', 'math.cosh(1000)',
            'math.dist((1,), (1, 2))', 'math.isclose(1, 2, abs_tol=-1)', 'math.trunc("a")', 'math.gcd(1.5)']:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
