# Float powers with fractional exponents: CPython hands them to the C library's pow(), and
# ceval to a port of glibc's, so every digit below must agree. Errors come last.
x = 0.07
while x < 60:
    print(x, x ** 0.3, x ** (1 / 3), x ** -1.3, x ** 2.7, x ** 0.1, pow(x, 1e-5), x ** -7.77)
    x = x * 1.53 + 0.013
y = -3.9
while y < 4:
    print(y, 2.0 ** y, 10.0 ** y, 0.3 ** y, 1.0000001 ** (y * 1e7), 7.5 ** (y * 88))
    y = y + 0.37

# Written as constants, these are folded by the compiler (Python/ast_opt.c) before the
# program runs: the folder must compute the same pow() as the eval loop.
print(2.0 ** 0.3, 1.1 ** 0.7, 10 ** -5, 3 ** -0.5, 1e10 ** 0.123, 0.5 ** 1074.5)
a = 2.0
b = 0.3
print(a ** b == 2.0 ** 0.3, 10 ** -5 == 10 ** (b - b - 5))

# Integer bases with negative exponents go through float_pow.
n = 1
while n < 400:
    print(n, 3 ** -n, 10 ** -n, 7 ** -n)
    n = n * 3 + 1

# Results near the ends of the range: subnormal, then close to overflow.
print(2.0 ** -1074, 2.0 ** -1075, 0.5 ** 1074.5, 10.0 ** -320.5, 0.1 ** 323.3)
print(2.0 ** 1023.99, 1.5 ** 1750.5, 10.0 ** 308.25, 1e308 ** 1.000001)
print(1.0 ** 1e300, (-1.0) ** 1e300, 0.999 ** 1e20, 1.001 ** -1e20, 4.0 ** 1e-30)

# A negative base with a fractional exponent gives a complex number.
print((-8.0) ** (1 / 3), (-8) ** (1 / 3), (-2.0) ** 0.5, (-1.5) ** -2.5)
print((-8.0) ** 3, (-2.0) ** -3, (-0.0) ** 3, (-0.0) ** 2)


def show(f):
    try:
        print(f())
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e, e.args)
    except OverflowError as e:
        print('OverflowError', e, e.args)
    except TypeError as e:
        print('TypeError', e)


show(lambda: 0.0 ** -1)
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -0.5)
show(lambda: 10.0 ** 400)
show(lambda: 2.0 ** 1024)
show(lambda: (-10.0) ** 309)
show(lambda: 1.0000001 ** 1e10)
show(lambda: 10 ** -400)
show(lambda: pow(2.0, 0.5, 3))
show(lambda: 0j ** -1)
x = 1e200
x **= 0.5
print(x)
x **= 4.5
