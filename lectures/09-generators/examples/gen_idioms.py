def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
print(list(take(5, fib())))
def chunks(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]
print(list(chunks(list(range(7)), 3)))
def pairwise(it):
    it = iter(it)
    prev = next(it)
    for v in it:
        yield prev, v
        prev = v
print(list(pairwise('abcd')))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg(); next(ra)
print([ra.send(v) for v in (10, 20, 60)])
