# float // and % follow the divisor's sign, and keep the sign of zero where C's fmod does.
a = -3.0
while a <= 3.0:
    print(a, a // 2, a % 2, a // -2, a % -2, divmod(a, 0.75), divmod(a, -0.75))
    a = a + 0.75
print(-0.0 // 1, 0.0 // -1, -0.0 % -1, 0.0 % 1, 1 // float('inf'), -1 // float('inf'), 1 % float('-inf'))
print(float('inf') // 1 if False else 1e308 // 1e-308 if False else 7.0 // 0.1, 0.7 // 0.1, 0.7 % 0.1)
print(1e16 // 3, 1e16 % 3, -1e16 // 7, -1e16 % 7, 2.0 ** 60 // 10, (2 ** 60) % 10.0)
try:
    float('inf') // 1
    print(float('inf') % 1)
except ValueError as e:
    print(e)
print(divmod(float('inf'), 2), divmod(float('nan'), 2), divmod(5.5, float('nan')))
