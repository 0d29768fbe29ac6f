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

def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    while pending:
        nxt = []
        for i, c in pending:
            try:
                c.send(None)
                nxt.append((i, c))
            except StopIteration as e:
                results[i] = e.value
        pending = nxt
    return results
async def square(x, steps):
    for _ in range(steps):
        await suspend()
    return x * x
print(gather(square(2, 3), square(3, 1), square(4, 0)))
