l = ['a', 'b', 'c', 'd']
l[0] = 'A'
l[-1] = 'D'
print(l, l[1], l[-2])
del l[1]
print(l)
l[True] = 'bool-index'
print(l)
print(l.index('D'), l.index('A', 0, 1))
try:
    l.index('A', 1)
except ValueError as e:
    print(e)
print([1, 2, 3, 2].index(2, -2), [1, 2].index(2, -100, 100))
