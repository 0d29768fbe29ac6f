def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
print(list(count(5)), tuple(count(2)), sum(count(101)))
print(next(count(0), 'empty'))
