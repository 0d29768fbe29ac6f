print(set(('apple', 'banana', 'cherry', 'date')))
print({'a', 'b', 'c', 'd', 'e', 'f', 'g'})
print(set('mississippi'), frozenset('abracadabra'))
s = set()
i = 0
while i < 50:
    s.add(i * 37 % 101)
    i += 1
print(s)
t = set()
i = 0
while i < 30:
    t.add('k' + str(i))
    i += 1
print(t)
i = 0
while i < 25:
    t.discard('k' + str(i))
    i += 1
print(t)
print({1 << 61, 2 ** 62, -5, 3.5, 0.5, (1, 2)})
print(set(('x', 1, 'y', 2, (3,))))
