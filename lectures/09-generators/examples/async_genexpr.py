from mod_aio import coroutine, suspend, run

async def src():
    for i in range(3):
        yield i
async def main():
    g = (i * i async for i in src())
    print(type(g).__name__, g.__name__)
    return [v async for v in g]
print(run(main()))
async def plain():
    g = (await x for x in [])
    return type(g).__name__
print(run(plain()))
