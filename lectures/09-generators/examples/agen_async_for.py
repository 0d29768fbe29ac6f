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

async def ticker(n):
    for i in range(n):
        await suspend(f'tick {i}')
        yield i
async def main():
    seen = []
    async for v in ticker(3):
        seen.append(v)
    else:
        seen.append('else')
    return seen
c = main()
try:
    while True:
        print('loop saw', c.send(None))
except StopIteration as e:
    print(e.value)
