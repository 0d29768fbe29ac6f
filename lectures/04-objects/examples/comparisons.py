# Comparisons between ints, floats, bools and complex numbers are exact.
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > float('inf'), -10 ** 400 < float('-inf'), 10 ** 400 > 1e308)
print(float('nan') == float('nan'), float('nan') != float('nan'), float('nan') < 1)
print(True == 1, False == 0, True > False, 1 == 1 + 0j, 1j == 1j, (1 + 2j) != (1 + 2j))
print(3 < 4 < 5, 3 < 4 > 5, 1 <= 1.0 <= 1, 0.5 < 2 ** 100)
a = 5
b = 10 ** 3
five = 5 - 0
thousand = 999 + 1
print(a is five, b is thousand, None is None, True is not False)
print(max(1, 2.5), min(3, 1, 2), max(-1, -1.0), min(2, 2.0), max(True, 0))
