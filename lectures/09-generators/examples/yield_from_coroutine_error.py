async def c():
    return 1
co = c()
def g():
    yield from co
try:
    next(g())
except TypeError as e:
    print(e)
co.close()
