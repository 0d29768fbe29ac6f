def g(i):
    yield i
    yield i * 2
gens = [g(i) for i in range(10000)]
print(sum(next(x) for x in gens))
print(sum(next(x) for x in gens))
print(sum(1 for x in gens if next(x, None) is None))
gens2 = [(i for i in range(3)) for _ in range(10000)]
print(sum(sum(x) for x in gens2))
