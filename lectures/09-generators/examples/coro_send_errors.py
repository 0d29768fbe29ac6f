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

async def f():
    await suspend()
c = f()
try:
    c.send(1)
except TypeError as e:
    print(e)
async def me():
    c2.send(None)
c2 = me()
try:
    c2.send(None)
except ValueError as e:
    print(e)
