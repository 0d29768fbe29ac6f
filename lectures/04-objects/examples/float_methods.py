# is_integer, as_integer_ratio, hex and fromhex, including subnormals.
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), float('inf').is_integer(), float('nan').is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (0.0).as_integer_ratio())
print((3.0).as_integer_ratio())
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(e)
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (2.2250738585072014e-308).hex())
print((1e-310).hex(), (1.7976931348623157e308).hex(), float('inf').hex(), float('-inf').hex(), float('nan').hex())
print(float.fromhex('0x1p-1074'), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1'), float.fromhex('0x.8p0'), float.fromhex('1p4'))
print(float.fromhex('0x1.fffffffffffff8p1023') if False else float.fromhex('0x1.fffffffffffffp1023'), float.fromhex('  0xAp0  '))
print(float.fromhex('inf'), float.fromhex('-Infinity'), float.fromhex('nan'), float.fromhex('0x0p0'), float.fromhex('0x1p-1075'), float.fromhex('0x3p-1076'))
print(float.fromhex('0x1.00000000000008p0'), float.fromhex('0x1.00000000000018p0'), float.fromhex('0x1.000000000000081p0'))
print(float.fromhex('0x0.0000000000001p-1022'), float.fromhex('0x1.ffffffffffffep-1023'))
def bad(s):
    try:
        float.fromhex(s)
    except ValueError as e:
        print('ValueError', e)
    except OverflowError as e:
        print('OverflowError', e)
bad('0x1p10000')
bad('')
bad('0x')
bad('0xg')
bad('0x1.fffffffffffff8p1023')
bad('1.5e3')
print(float.fromhex('0x1.fffffffffffff7p1023'))
print((0.1).conjugate(), (2.5).real, (2.5).imag, float.fromhex((0.3).hex()) == 0.3)
print((123.456).hex(), (-1e-320).hex(), (2.0 ** -1022).hex(), (2.0 ** -1023).hex())
