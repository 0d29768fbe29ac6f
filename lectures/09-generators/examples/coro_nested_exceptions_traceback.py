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

async def level3():
    await suspend()
    raise KeyError('missing key')
async def level2():
    try:
        await level3()
    except KeyError as e:
        raise RuntimeError('level2 failed') from e
async def level1():
    await level2()
run(level1())
