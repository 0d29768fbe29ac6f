# bool is an int subclass with exactly two instances.
print(True + True, True * 10, True / 2, -True, +True, ~True if False else 1, True // 1, True % 2, True ** 10)
print(True == 1, False == 0, True is True, bool(1) is True, bool(0) is False, bool() is False, True > False)
print(bool(0.0), bool(-0.0), bool(float('nan')), bool(2 ** 100), bool(-1), bool(0j), bool(None))
print(isinstance(True, int), issubclass(bool, int), type(True), type(True + 1), type(True & True), type(True & 1), type(True | 2))
print(True & False, True | False, True ^ True, False ^ True, True & 2, 3 | True, repr(True), True.real, True.imag)
print(True.numerator, False.denominator, (True).bit_length(), hash(True), abs(True), divmod(True, True), -False)
print(int(True), float(False), complex(True), True.conjugate(), True.as_integer_ratio(), True.to_bytes())
print(bool('') if False else 0, bool(1.5), bool(-0.0 + 0j), True == 1.0, True + 0.5, 1 if True else 0)
print(not True, not 0, not 1.5, not None, not 0j, (not 2 ** 70), not -1)
def f():
    return 0
print(bool(f), bool(f()), bool(print), bool(bool))
try:
    bool(1, 2)
except TypeError as e:
    print(e)
try:
    bool(x=1)
except TypeError as e:
    print(e)
