async def f(x):
    async with x:
        pass
for bad in [1, None]:
    try:
        f(bad).send(None)
    except TypeError as e:
        print(e)
