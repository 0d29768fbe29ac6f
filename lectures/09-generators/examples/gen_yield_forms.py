def g():
    x = yield
    print('x', x)
    y = (yield 1) + 10
    print('y', y)
    print('inline', (yield 'p'))
    z = yield from ()
    print('z', z)
    lst = [(yield i) for i in range(1)] if False else None
    return lst
it = g()
print(next(it))
print(it.send('A'))
print(it.send(5))
try:
    it.send('Q')
except StopIteration as e:
    print('stop', e.value)
