def g():
    print('never runs')
    yield 1
it = g()
try:
    it.throw(ValueError('early'))
except ValueError as e:
    print('raised', e)
print(it.gi_frame, list(it))
