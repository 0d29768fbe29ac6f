def g():
    try:
        yield 1
    finally:
        return 'from finally'
it = g(); next(it)
print(it.close())
it = g(); next(it)
try:
    it.throw(ValueError)
except StopIteration as e:
    print('swallowed into', e.value)
