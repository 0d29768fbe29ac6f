fib = [0, 1]
while len(fib) < 20:
    fib.append(fib[-1] + fib[-2])
print(fib)
primes = []
for n in range(2, 60):
    if all([n % p for p in primes]):
        primes.append(n)
print(primes)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
