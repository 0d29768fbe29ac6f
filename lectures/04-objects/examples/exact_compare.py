# int/float comparison is exact: no rounding of the int to a float.
big = 2 ** 53 + 1
print(big == float(2 ** 53), big > 2.0 ** 53, big < 2.0 ** 53 + 2, float(big) == 2 ** 53)
print(10 ** 400 > float('inf'), -(10 ** 400) < float('-inf'), 10 ** 400 > 1e308, 10 ** 400 == float('inf'))
print(1 == 1.0, 1 < 1.5, -1 > -1.5, 0 == -0.0, 2 ** 1023 * 2 == 2.0 ** 1024 if False else 2 ** 1023 == 2.0 ** 1023)
print(float('nan') == float('nan'), float('nan') != float('nan'), 1 < float('nan'), 1 > float('nan'), 1 != float('nan'))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0, 9007199254740993 <= 9007199254740992.0)
print(-9007199254740993 < -9007199254740992.0, 2 ** 64 == 18446744073709551616.0, 2 ** 64 + 1 > 18446744073709551616.0)
print(0.1 == 1 / 10, 0.1 > 0, 3 < 3.0000000000000004, 3 == 3.0000000000000004, True == 1.0, False < 0.5)
print(1e16 == 10 ** 16, 1e16 + 1 == 10 ** 16 + 1, 1e23 == 10 ** 23, 1e23 < 10 ** 23, 1e22 == 10 ** 22)
print(1 == 1 + 0j, 1.5 == 1.5 + 0j, (1 + 0j) != 1, 2 ** 53 + 1 == complex(2 ** 53, 0))
print(1 < 2 < 3 if False else 1 < 2, 5 >= 5.0, -0.0 < 0, 0.0 <= -0.0)
try:
    1 < 1j
except TypeError as e:
    print(e)
try:
    None < 1
except TypeError as e:
    print(e)
try:
    1.5 >= 'a'
except TypeError as e:
    print(e)
print(1 == 'a', 1 != None, 1.0 == None, 1 == 1, 0.5 != 0.5)
