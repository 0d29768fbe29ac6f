def g():
    yield 1
it = g()
print(list(it), list(it))
print(next(it, 'default'))
try:
    it.send(None)
except StopIteration as e:
    print('send after end', repr(e))
try:
    it.throw(ValueError('late'))
except ValueError as e:
    print('throw after end', e)
print(it.close())
