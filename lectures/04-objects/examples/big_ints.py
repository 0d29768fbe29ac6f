# Arbitrary precision, and the 4300-digit limit on int <-> str conversion.
n = 1
i = 1
while i <= 30:
    n = n * i
    i = i + 1
print(n, n // 10 ** 20, n % 1000007, -n // 7, -n % 7)
print(2 ** 200 - 1, (2 ** 200 - 1) // (2 ** 100 + 1), 7 ** 77 % 1000)
print(10 ** 50 + 1 > 10 ** 50, (10 ** 50) / (10 ** 49), 3 * 10 ** 40 / 7)
big = 10 ** 4299
print(len(repr(big)) if False else 'ok')
try:
    print(10 ** 5000)
except ValueError as e:
    print(repr(e))
