# Float powers with integral and half-integral exponents, rounded as C's pow() rounds them.
x = 0.05
while x < 40:
    print(x, x ** 3, x ** -2, x ** 1.5, x ** -0.5, x ** 7, x ** -1.5, x ** 2.5)
    x = x * 1.37 + 0.011
n = -12
while n <= 12:
    print(n, 1.1 ** n, 0.3 ** n, 2.5 ** n, (-1.7) ** n, 10.0 ** n, 3 ** (n / 2))
    n = n + 1
