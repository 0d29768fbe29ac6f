total = 0
for i in range(10):
    total += i
print(total)
for x in [3, 1, 4]:
    print(x, end=' ')
print()
for ch in "héllo":
    print(ch, end='|')
print()
for k in {'a': 1, 'b': 2}:
    print(k)
