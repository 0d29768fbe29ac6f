i = 0
out = []
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 8:
        break
    out.append(i)
else:
    out.append('no')
print(out)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
