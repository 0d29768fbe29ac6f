# pow with modulus and negative exponents.
ten = 10
m5 = -5
# Through variables: the run-time int ** negative int (constant folding is the compiler's).
print(ten ** m5, ten ** -1, 3 ** m5, (-ten) ** -3, 7 ** -ten)
print(2 ** 10, (-2) ** 3, (-2) ** 4, 2 ** -1, 2 ** -2, (-2) ** -3)
print(0 ** 0, 1 ** -5, (-1) ** -5, 2 ** 0, 7 ** 1)
print(pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 7), pow(5, -2, 13), pow(-5, -1, 13), pow(5, -1, -13), pow(2, 0, 1), pow(2, 0, -1))
print(pow(123456789, 987654321, 2 ** 127 - 1))
print(pow(10 ** 20, -1, 10 ** 9 + 9))
print(pow(7, 0, 5), pow(0, 0, 5), pow(2, 3, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(repr(e))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(repr(e))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(repr(e))
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1/3))
print(pow(2, -1), pow(-2, 2), pow(2.5, 2), pow(2, 100))
print((-1) ** 0.5)
print(10 ** 100 // 10 ** 99)
