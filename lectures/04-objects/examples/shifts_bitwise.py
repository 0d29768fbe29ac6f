# Shifts and bitwise operations on negatives behave as infinite two's complement.
print(1 << 0, 1 << 10, 1 << 100, -1 << 3, -5 >> 1, -5 >> 10, -(2 ** 100) >> 50, 5 >> 100)
print(-1 >> 1000, (2 ** 100) >> 99, 0 << 10000 , -7 >> 2, 7 >> 2)
print(-6 & 5, -6 | 5, -6 ^ 5, ~5, ~-6, ~0, -(2 ** 70) & 0xFFFF, -(2 ** 70) | 1)
print((2 ** 70 - 1) ^ -(2 ** 70), -12345678901234567890 & -98765432109876543210)
print(-12345678901234567890 | 98765432109876543210, -12345678901234567890 ^ -1)
print(0xFF & -256, 0xFF | -256, 0xF0 ^ 0x0F, 6 & 3, 6 | 3, 6 ^ 3)
try:
    1 << -1
except ValueError as e:
    print(repr(e))
try:
    1 >> -1
except ValueError as e:
    print(repr(e))
try:
    1 << 2.0
except TypeError as e:
    print(repr(e))
try:
    1.0 & 1
except TypeError as e:
    print(repr(e))
print(True << 3, True & 3, True | False, True ^ True, False | False, ~False)
print(1 >> 2 ** 100, -1 >> 2 ** 100, 0 << 2 ** 100)
try:
    1 << 2 ** 100
except OverflowError as e:
    print(repr(e))
except MemoryError as e:
    print(type(e).__name__)
