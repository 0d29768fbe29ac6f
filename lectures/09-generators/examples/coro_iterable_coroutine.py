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

async def real():
    await suspend('from real')
    return 'real result'
@coroutine
def legacy():
    r = yield from real()
    return 'legacy saw ' + r
async def main():
    return await legacy()
c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(legacy.__code__.co_flags & 0x100 != 0, type(legacy()).__name__)
