def g(n):
    yield from range(n)
print(list(enumerate(g(3))), list(zip(g(2), g(5))))
print(list(map(lambda v: v * 10, g(3))), list(filter(None, g(4))))
print(sorted(g(4), reverse=True), min(g(4)), max(g(4)), sum(g(4)))
print(list(reversed(list(g(3)))), len(list(g(6))))
print(3 in g(5), 7 in g(5))
it = g(10)
print(2 in it, next(it))
