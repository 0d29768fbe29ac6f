# abs and divmod on every numeric type, and the errors they raise.
print(abs(-5), abs(5), abs(-(2 ** 100)), abs(-0.0), abs(-2.5), abs(float('-inf')), abs(True), abs(False))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 3), divmod(True, 2))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-0.0, 1), divmod(0.0, -1), divmod(1e308, 1e-308) if False else divmod(5, 0.5))
print(divmod(1, float('inf')), divmod(-1, float('inf')), divmod(float('inf'), 1), divmod(2 ** 100, 3.5))
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -0.0 % 5, 0.0 % -5, 1e-300 % 1e300, -1e-300 % 1e300, 5 % float('inf'), -5 % float('inf'))
print(3.5 % 1, -3.5 % 1, 3 % 0.7, 1e308 % 3, 10 // 0.1, 10 % 0.1, 1 // 0.1)
try:
    abs('x')
except TypeError as e:
    print(e)
try:
    divmod(1, 1j)
except TypeError as e:
    print(e)
try:
    divmod(2, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(2.0, 0.0)
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(2, None)
except TypeError as e:
    print(e)
try:
    divmod(1)
except TypeError as e:
    print(e)
