m = [[1, 2], [3, 4], [5]]
print(sum(sum(x for x in row) for row in m))
print(list(list(c * 2 for c in row) for row in m))
g = ((i, j) for i in range(3) for j in range(i))
print(list(g))
print(list(x for x in (y * 2 for y in range(4)) if x))
