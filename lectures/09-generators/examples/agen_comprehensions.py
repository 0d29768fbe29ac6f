from mod_aio import coroutine, suspend, run

async def arange(n):
    for i in range(n):
        yield i
async def double(x):
    await suspend()
    return x * 2
async def main():
    a = [x async for x in arange(4)]
    b = {x % 2 async for x in arange(4)}
    c = {x: x * x async for x in arange(3) if x}
    d = [await double(x) for x in range(3)]
    e = [y async for x in arange(3) for y in range(x)]
    g = (x * 10 async for x in arange(3))
    f = [v async for v in g]
    return a, b, c, d, e, f, type(g).__name__
print(run(main()))
