def g():
    v = yield 'first'
    print('received', repr(v))
    v = yield 'second'
    print('received', repr(v))
it = g()
print(it.send(None))
print(next(it))
try:
    it.send(0)
except StopIteration:
    print('done')
