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

async def fetch(n):
    await suspend()
    return 10 // n
async def main():
    total = 0
    for n in (5, 2, 0):
        total += await fetch(n)
    return total
print(run(main()))
