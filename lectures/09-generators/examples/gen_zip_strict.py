def g(n):
    yield from range(n)
print(list(zip(g(2), g(2), strict=True)))
try:
    list(zip(g(2), g(3), strict=True))
except ValueError as e:
    print(e)
