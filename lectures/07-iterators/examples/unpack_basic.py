a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = [1, 2], 3
print(x, y, z)
p, q, r = 'abc'
print(p, q, r)
k1, k2 = {'k': 1, 'j': 2}
print(k1, k2)
i1, i2 = range(2)
print(i1, i2)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (a, b) in enumerate(zip('xy', 'zw')):
    print(i, a, b)
