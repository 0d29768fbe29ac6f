async def f():
    return 1
async def g(c):
    return await c.__await__()
c = f()
try:
    g(c).send(None)
except TypeError as e:
    print(e)
c.close()
