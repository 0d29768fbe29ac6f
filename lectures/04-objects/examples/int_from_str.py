# int(str, base): prefixes, underscores, whitespace and the errors.
print(int('0x1F', 16), int('0x1F', 0), int('0o17', 0), int('0b101', 0), int('z', 36), int('Z', 36))
print(int('  +42\n'), int('-0'), int('1_2_3'), int('0_0', 0), int('00', 0), int('0b_1', 0))
print(int('10', 2), int('777', 8), int('ff', 16), int('FF', 16), int('0X_ff', 16), int('12', 3))
print(int('٣٤'), int('１２'), int(b'42'), int(b' 7 ', 8), int('0', 0))
def bad(s, base):
    try:
        int(s, base)
    except ValueError as e:
        print(repr(e))
    except TypeError as e:
        print('TypeError', e)
bad('', 10)
bad('  ', 10)
bad('1__2', 10)
bad('_12', 10)
bad('12_', 10)
bad('0x', 16)
bad('010', 0)
bad('12', 2)
bad('9', 8)
bad('1.5', 10)
bad('1', 1)
bad('1', 37)
bad('1', -1)
bad('0b2', 0)
bad('abc' * 50, 10)
bad(12, 10)
bad('+-1', 10)
bad('1 2', 10)
try:
    int(None)
except TypeError as e:
    print(repr(e))
try:
    int(1.5, 10)
except TypeError as e:
    print(repr(e))
try:
    int(float('inf'))
except OverflowError as e:
    print(repr(e))
try:
    int(float('nan'))
except ValueError as e:
    print(repr(e))
print(int('1' * 100), int('-' + '9' * 40, 16))
