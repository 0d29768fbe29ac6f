count = 0
for i in range(10):
    for j in range(10):
        if (i + j) % 3 == 0:
            continue
        if j > i:
            break
        count += 1
print(count)
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
print(grid)
bad = [[0] * 2] * 2
bad[0][0] = 1
print(bad)
