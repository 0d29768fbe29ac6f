# Complex powers with a non-integral exponent go through _Py_c_pow's polar form, which calls
# the C library's hypot, pow, atan2, exp, log, cos and sin; abs(z) is hypot. ceval ports
# glibc's versions of them (core/objects/libm), so every digit below must agree.
z = 0.3 + 0.1j
while abs(z) < 40:
    print(z, abs(z), z ** 0.5, z ** (1 / 3), z ** -1.7, z ** 2.5j, z ** (0.75 - 1.25j))
    z = z * (1.21 + 0.37j) + (0.013 - 0.02j)


def sweep(base):
    """Exponents across a range, real, complex and mixed, on one base."""
    e = -3.3
    while e < 3.5:
        print(base, e, base ** e, base ** complex(0.5, e), base ** complex(e, -e))
        e += 0.41


sweep(1 + 2j)
sweep(-1.5 + 0.5j)
sweep(-0.25 - 3j)
sweep(2 - 0.7j)
sweep(1j)
sweep(-1 + 0j)
sweep(0.6 + 0j)


def absolutes(a):
    """abs() of parts of very different sizes, huge and tiny ones (hypot scales them)."""
    print(a, abs(complex(a, 4.0)), abs(complex(a, 1e-320)), abs(complex(3e-300, a)),
          abs(complex(-1e154, a)), abs(complex(a, 4e307)), abs(complex(1e-200, a)),
          abs(complex(a, -0.2)), abs(complex(a, 0.0)), abs(complex(-0.0, a)))


absolutes(3.0)
absolutes(1e-310)
absolutes(2.5e-300)
absolutes(1e155)
absolutes(1.2e308)
absolutes(7e-200)
absolutes(0.1)
r = 0.001
while r < 1e6:
    print(r, abs(complex(r, r * 0.37)), abs(complex(r * 1.9, -r)), abs(complex(r, r)))
    r = r * 2.77 + 0.0013

# Large phases: cos and sin reduce them modulo pi/2, with many bits of pi.
e = 1e3
while e < 1e10:
    print(e, (0.6 + 0.8j) ** e, (0.8 - 0.6j) ** complex(e, 1e-3))
    e = e * 13.7 + 0.25

# Real bases with complex exponents, as written in code (the compiler folds some of these).
print(2 ** 1j, 10 ** (0.5 + 0.5j), 0.5 ** (-3 + 2j), (-2) ** 0.5, (-8) ** (1 / 3))
x = 2
print(x ** 1j, x ** (0.5 - 2j), 1j ** 1j, 1j ** 0.5, (-1) ** 0.5)

# Overflow, underflow to zero, and the errors complex_pow reports.
print((1e200 + 1e200j) ** 0.5, (1e-200 + 1e-200j) ** 1.5, (1e-300 + 0j) ** 1.5j)


def show(f):
    try:
        print(f())
    except ZeroDivisionError as err:
        print('ZeroDivisionError', err)
    except OverflowError as err:
        print('OverflowError', err)


show(lambda: (10 + 10j) ** 400.5)
show(lambda: 0j ** -1.5)
show(lambda: 0j ** 1j)
show(lambda: (1e308 + 1e308j) ** 1.5)
show(lambda: (1e-200 + 1e-200j) ** -3.5)
show(lambda: abs(complex(1.5e308, 1.5e308)))
