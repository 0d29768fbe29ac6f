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

async def risky(n):
    await suspend()
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n
async def main():
    out = []
    for n in (1, -2, 3):
        try:
            out.append(await risky(n))
        except ValueError as e:
            out.append(str(e))
        finally:
            out.append('f')
    return out
print(run(main()))
