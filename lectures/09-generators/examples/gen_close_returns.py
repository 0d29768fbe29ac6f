def g():
    try:
        yield 1
    except GeneratorExit:
        return 'closed value'
it = g(); next(it)
print(it.close())
def h():
    yield 1
it = h(); next(it)
print(it.close())
it = h()
print(it.close(), it.gi_frame)
def k():
    try:
        yield
    except GeneratorExit:
        raise ValueError('during close')
it = k(); next(it)
try:
    it.close()
except ValueError as e:
    print('close raised', e)
