# float repr and str: shortest round-trip digits, exponent thresholds.
print(0.1, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234)
print(-0.0, 0.0, 1.0, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
print(repr(1.5), repr(2.5e-7), 1e300 * 10, -1e300 * 1e10, 3.14159, 9007199254740993.0)
print(float('inf'), float('-inf'), float('nan'), -float('nan'), float('Infinity'), float('-iNF'))
print(1e100, 12345.678e10, 0.000001, 0.0000001, 123e-310, 1.0e16 - 1)
print(float('1_000.5'), float(' 3.5 '), float('.5'), float('5.'), float('1e5'), float('-1E-5'))
print(float('0x1p3') if False else float(7), float(True), float(2 ** 80), float('  -0  '))
print(float('1' * 400 + 'e-400'), float('1e400'), float('-1e-400'), float('9' * 20))
def bad(s):
    try:
        float(s)
    except ValueError as e:
        print(e)
bad('')
bad('abc')
bad('1_')
bad('1__0')
bad('_1')
bad('1e')
bad('0x10')
bad('in f')
bad('nanx')
bad(' ')
try:
    float(None)
except TypeError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
print(1e16, repr(1e-310), 2.5, 0.30000000000000004, 1.0000000000000002)
print(float('+inf'), float('nAn'), float('infinity'), float('٣.٥'))
