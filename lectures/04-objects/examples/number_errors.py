# The exceptions numbers raise, with CPython's messages.
try:
    1 // 0
except ZeroDivisionError as e:
    print(repr(e))
try:
    1 % 0
except ZeroDivisionError as e:
    print(repr(e))
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(repr(e))
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(repr(e))
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(repr(e))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(repr(e))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(repr(e))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(repr(e))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(repr(e))
try:
    1 << -1
except ValueError as e:
    print(repr(e))
try:
    1 + 'a'
except TypeError as e:
    print(repr(e))
try:
    -'a'
except TypeError as e:
    print(repr(e))
try:
    ~1.5
except TypeError as e:
    print(repr(e))
try:
    1 < 'a'
except TypeError as e:
    print(repr(e))
try:
    int('abc')
except ValueError as e:
    print(repr(e))
try:
    int('010', 0)
except ValueError as e:
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
try:
    float('abc')
except ValueError as e:
    print(repr(e))
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print(repr(e))
try:
    2.0 ** 10000
except OverflowError as e:
    print(repr(e))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(repr(e))
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(repr(e))
try:
    (2 ** 1024) / 1
except OverflowError as e:
    print(repr(e))
try:
    (1 + 2j) / 0
except ZeroDivisionError as e:
    print(repr(e))
try:
    int('1', 1)
except ValueError as e:
    print(repr(e))
try:
    round(float('inf'))
except OverflowError as e:
    print(repr(e))
try:
    abs('x')
except TypeError as e:
    print(repr(e))
try:
    divmod('a', 1)
except TypeError as e:
    print(repr(e))
try:
    1 ** 'a'
except TypeError as e:
    print(repr(e))
try:
    max()
except TypeError as e:
    print(repr(e))
try:
    round('x')
except TypeError as e:
    print(repr(e))
try:
    1j < 2j
except TypeError as e:
    print(repr(e))
