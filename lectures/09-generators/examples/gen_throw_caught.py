def g():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', e)
            yield 'caught'
it = g()
print(next(it))
print(it.throw(ValueError('one')))
print(next(it))
print(it.throw(ValueError))
