def g():
    try:
        yield 1
        yield 2
    finally:
        print('finally runs')
it = g()
for x in it:
    print(x)
    break
print('after break')
it.close()
it = g()
print(next(it), next(it))
print(next(it, 'end'))
