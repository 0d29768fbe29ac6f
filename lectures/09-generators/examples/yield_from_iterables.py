def g():
    yield from [1, 2]
    yield from 'ab'
    yield from range(2)
    yield from {'k': 1}
    yield from (x * 2 for x in (5, 6))
    r = yield from []
    yield r
print(list(g()))
def bad():
    yield from 42
try:
    list(bad())
except TypeError as e:
    print(e)
