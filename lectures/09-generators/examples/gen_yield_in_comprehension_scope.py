def g():
    xs = [x for x in range(3)]
    yield xs
    yield {k: v for k, v in zip('ab', range(2))}
    yield sum(x for x in xs)
print(list(g()))
