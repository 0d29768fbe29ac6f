# math's integer functions: exact over big ints, with CPython's checks.
import math
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(100) % 10**20)
print(math.comb(10, 0), math.comb(10, 11), math.comb(100, 50), math.comb(10**3, 3))
print(math.perm(10, 0), math.perm(10, 11), math.perm(20, 5), math.perm(0))
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2**100, 6**50), math.gcd(True, 4))
print(math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**64, 3**40) % 1000)
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(2**200 - 1) == 2**100 - 1)
print([math.isqrt(n) for n in range(30)])
print(math.prod(range(1, 11)), math.prod([2, 3.5]), math.prod(()), math.prod([[1]], start=[0]) if False else 0)
for bad in ['math.factorial(-5)', 'math.factorial(5.5)', 'math.factorial("5")', 'math.comb(5)',
            'math.comb(5, -1)', 'math.comb(-5, 1)', 'math.comb(5.0, 1)', 'math.perm(-1)',
            'math.perm(5, 1, 2)', 'math.gcd(2, "4")', 'math.lcm(2.5)', 'math.isqrt(-1)',
            'math.isqrt(4.0)', 'math.prod(5)', 'math.prod([1], 2)', 'math.factorial(x=3)']:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
