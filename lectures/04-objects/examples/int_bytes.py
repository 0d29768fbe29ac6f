# to_bytes / from_bytes, bit_length and bit_count across signs and sizes.
print((0).to_bytes(), (255).to_bytes(), (65535).to_bytes(2), (1).to_bytes(4, 'little'))
print((-1).to_bytes(1, signed=True), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, signed=True))
print((2 ** 64).to_bytes(9, 'big'), (-(2 ** 63)).to_bytes(8, 'little', signed=True))
print(int.from_bytes(b''), int.from_bytes(b'', signed=True), int.from_bytes(b'\x80', signed=True))
print(int.from_bytes(b'\x00\x01', 'little'), int.from_bytes(b'\xff\xff\xff\xff\xff\xff\xff\xff\xff', 'big', signed=True))
print(int.from_bytes(b"\0\0\0"), int.from_bytes(b'\x12\x34\x56', byteorder='little'))
print((0).to_bytes(0), (1024).to_bytes(length=2, byteorder='big'))
def err(f):
    try:
        f()
    except OverflowError as e:
        print('OverflowError', e)
    except ValueError as e:
        print('ValueError', e)
    except TypeError as e:
        print('TypeError', e)
def a():
    return (256).to_bytes(1)
def b():
    return (-1).to_bytes(1)
def c():
    return (128).to_bytes(1, signed=True)
def d():
    return (1).to_bytes(1, 'middle')
def e():
    return (1).to_bytes(-1)
def f():
    return int.from_bytes('abc')
def g():
    return (1).to_bytes(1, 'big', True)
err(a)
err(b)
err(c)
err(d)
err(e)
err(f)
err(g)
print((-(2 ** 100)).bit_length(), (2 ** 100 - 1).bit_length(), (-(2 ** 100) + 1).bit_count(), True.bit_length())
print((12345).bit_count(), (-1).bit_length(), (1).bit_length(), (-(2 ** 63)).bit_length())
print(int.from_bytes(b'\x01\x00', 'big') == 256)
