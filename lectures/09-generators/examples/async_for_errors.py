async def f(x):
    async for i in x:
        pass
for bad in [1, [1, 2]]:
    try:
        f(bad).send(None)
    except TypeError as e:
        print(e)
def g():
    yield
async def h():
    async for i in g():
        pass
try:
    h().send(None)
except TypeError as e:
    print(e)
