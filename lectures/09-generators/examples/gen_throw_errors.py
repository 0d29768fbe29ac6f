def g():
    yield 1
it = g(); next(it)
for args in [(), (1,), (ValueError('x'), 1), ('s',), (1, 2, 3, 4), (ValueError, 1, 2)]:
    try:
        it.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    it.throw()
except TypeError as e:
    print(e)
