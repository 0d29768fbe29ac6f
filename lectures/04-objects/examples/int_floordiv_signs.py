# Floor division and modulo take the sign of the divisor, for small and big ints.
a = -7
while a <= 7:
    print(a, a // 3, a % 3, a // -3, a % -3, divmod(a, 2), divmod(a, -2))
    a = a + 1
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -3, big % -3)
print(divmod(-big, 10 ** 15 + 1), divmod(big, -(10 ** 15 + 1)))
print(-(2 ** 64) // 2 ** 32, -(2 ** 64) % (2 ** 32 + 1), (2 ** 64 + 5) % -(2 ** 33))
print(7 // 1, -7 // 1, 0 // -5, 0 % -5, -1 % 2 ** 100, 1 % -(2 ** 100))
