# int() of floats, bools and ints; truncation toward zero, and base keyword.
print(int(2.9), int(-2.9), int(1e20), int(-1e20), int(2.0 ** 100), int(5e-324), int(-0.0), int(1.7976931348623157e308) % 1000)
print(int(True), int(False), int(10 ** 30), int(-5), int('  12  '), int('-0b101', 0), int('11', base=2))
print(int('0o777', 8), int('0B11', 2), int('0X1f', 0), int('-  5' if False else '-5'), int('+0x10', 16), int('000', 10))
print(int(b'0x10', 16), int(b'  -12  '), int('z' * 3, 36), int('10' * 10, 2))
def bad(s, base):
    try:
        if base is None:
            int(s)
        else:
            int(s, base)
    except ValueError as e:
        print('ValueError', e)
    except TypeError as e:
        print('TypeError', e)
bad('0x10', None)
bad('0x10', 10)
bad('0o8', 0)
bad('0b', 0)
bad('- 5', None)
bad('5', 2.0)
bad(3.5, 10)
bad(1j, None)
bad('1e5', None)
bad('١٢', 2)
bad('\u00a012\u2003', 8)
bad(b'\xa012', None)
try:
    int('1', 2, 3)
except TypeError as e:
    print(e)
try:
    int(base=10)
except TypeError as e:
    print(e)
print(int('\u00a012\u2003'), int('\u0663\u0664', 8), int('\u09e7\u09e8'))
try:
    int(x='5')
except TypeError as e:
    print(e)
try:
    int('5', 10, base=10)
except TypeError as e:
    print(e)
try:
    int('5', 10, bass=10)
except TypeError as e:
    print(e)
