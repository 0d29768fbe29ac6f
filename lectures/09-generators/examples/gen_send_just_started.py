def g():
    x = yield 1
    print('got', x)
it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(it.send(None))
it.send(5)
