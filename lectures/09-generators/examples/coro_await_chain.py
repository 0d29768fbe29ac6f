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

async def leaf(n):
    got = await suspend(n)
    return (n, got)
async def mid():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]
c = mid()
print(c.send(None))
print(c.send('first'))
try:
    c.send('second')
except StopIteration as e:
    print(e.value)
