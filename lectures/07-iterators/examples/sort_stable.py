pairs = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (3, 'f')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
big = [(i * 7919) % 1000 for i in range(500)]
s = sorted(big)
print(s[:10], s[-5:], all([s[i] <= s[i + 1] for i in range(len(s) - 1)]))
data = [(i % 7, i) for i in range(100)]
data.sort(key=lambda t: t[0])
print(data[:8])
print(sorted([], reverse=True), sorted([1]))
