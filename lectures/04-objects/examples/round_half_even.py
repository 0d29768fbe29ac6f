# round() is half-even, on the exact binary value, with and without ndigits.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.4999), round(-2.6))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.5, 0), round(-2.5, 0))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(5e-324, 300), round(1e300, -300))
print(round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(15, -1), round(25, -1))
print(round(7, 2), round(7, -5), round(10 ** 30 + 5 * 10 ** 10, -11), round(-(10 ** 30) - 5 * 10 ** 10, -11))
print(round(0.1, 1), round(0.15, 1), round(0.25, 1), round(0.35, 1), round(1e-20, 25), round(123.456, 400))
print(round(float('inf'), 2), round(float('nan'), 2), round(-0.0), round(-0.4), round(0.0, -2), round(-0.0, 3))
print(round(2 ** 52 + 0.5), round(4503599627370497.0), round(1e16), type(round(2.5)), type(round(2.5, 0)))
print(round(True), round(False, 3), round(123456789, -20), round(5, -1), round(-5, -1), round(95, -1))
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(e)
try:
    round('1')
except TypeError as e:
    print(e)
print(round(1.7976931348623157e308, -308), round(1.5e308, -308))
print(round(0.5e-5, 5), round(2.5e-5, 5), round(123456.789e-10, 12))
