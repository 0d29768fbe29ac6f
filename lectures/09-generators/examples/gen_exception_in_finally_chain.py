def g():
    try:
        yield 1
        raise ValueError('first')
    finally:
        print('finally sees exception')
it = g()
next(it)
try:
    next(it)
except ValueError as e:
    print('caught', e, it.gi_frame)
