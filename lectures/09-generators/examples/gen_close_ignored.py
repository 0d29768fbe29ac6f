def g():
    for _ in range(2):
        try:
            yield 1
        except GeneratorExit:
            print('ignoring')
it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
print(list(it))
