def coroutine(fn):
    # what types.coroutine does to a generator function: mark its code awaitable
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

async def slow():
    await suspend()
    return 'slow'
s = slow()
async def first():
    return await s
async def second():
    return await s
a = first()
a.send(None)
try:
    second().send(None)
except RuntimeError as e:
    print(e)
print(run(a))
