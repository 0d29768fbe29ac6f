print([x * x for x in range(6) if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(4)})
print({c.upper() for c in 'hello' if c != 'l'})
print([[j for j in range(i)] for i in range(4)])
x = 'outer'
print([x for x in 'ab'], x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
