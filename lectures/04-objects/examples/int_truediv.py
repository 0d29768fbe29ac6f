# True division of ints is correctly rounded, even for huge operands.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5)
print(10 ** 30 / 3, (2 ** 53 + 1) / 1, (2 ** 53 + 3) / 2, 2 ** 1000 / 2 ** 999)
print((10 ** 400) / (10 ** 399), 1 / 10 ** 400, (3 ** 500) / (7 ** 300))
print((2 ** 1074) and 1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076)
print(12345678901234567890123 / 98765432109876543210, -(10 ** 50) / 7)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(repr(e))
try:
    print(10 ** 400 / 3 ** 2)
except OverflowError as e:
    print(repr(e))
print((2 ** 1024 - 2 ** 970) / 1 == 1.7976931348623157e308)
try:
    print((2 ** 1024 - 2 ** 969) / 1)
except OverflowError as e:
    print(repr(e))
print(float(2 ** 1024 - 2 ** 970 - 1))
try:
    float(10 ** 309)
except OverflowError as e:
    print(repr(e))
print(1 / True, True / 2, 5 / 2.0, 2 ** 64 / 3.0)
