def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
it = g()
print(next(it))
print(it.close())
print(it.close())
print(list(it))
def h():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
it = h(); next(it); it.close()
