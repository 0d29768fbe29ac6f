def coroutine(fn):
    fn.__code__ = fn.__code__.replace(co_flags=fn.__code__.co_flags | 0x100)
    return fn
@coroutine
def suspend(v=None):
    return (yield v)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

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
