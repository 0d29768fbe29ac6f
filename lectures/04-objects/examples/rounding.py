# round(): half to even, ndigits, and correctly rounded decimal results.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.23456, 3), round(0.125, 2), round(0.375, 2), round(1e300, -300))
print(round(12345, -2), round(12350, -2), round(12250, -2), round(-12350, -2), round(5, 2))
print(round(123.456, -1), round(123.456, 0), round(-0.4), round(1.5e16), round(2.5, None))
print(round(7), round(7.0), round(0.1 + 0.2, 15), round(1e-10, 5))
