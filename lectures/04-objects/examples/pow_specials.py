# Special cases of float and complex powers: infinities, NaNs, zero, and libm's errno.
def show(a, b):
    try:
        print(pow(a, b))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    except OverflowError as e:
        print('OverflowError', e)
inf = float('inf')
nan = float('nan')
show(-inf, 0.5)
show(-inf, 3)
show(-inf, -3)
show(-inf, 2)
show(-inf, -0.5)
show(inf, -1)
show(nan, 0)
show(1.0, nan)
show(-1.0, inf)
show(0.5, -inf)
show(2.0, -inf)
show(-0.0, 3)
show(-0.0, -3)
show(0.0, -0.5)
show(-8.0, 1 / 3)
show(-2.0, 0.5)
show(1j, -inf)
show(1j, inf)
show(1j, nan)
show(0j, -1)
show(0j, 1j)
show(0j, 0)
show(2j, 3)
show(-1.5, 2)
show(1.1, 7)
show(1.1, -7)
show(0.3, 3)
show(9.5, -2)
show(7, -3)
show(3, -7)
x = 0.1
n = 1
while n < 12:
    print(x ** n, x ** -n, (1 + x) ** n, (1 + x) ** -n)
    n = n + 1
