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

async def ag():
    yield 'x'
async def main():
    it = aiter(ag())
    first = await anext(it)
    second = await anext(it, 'default')
    try:
        await anext(it)
    except StopAsyncIteration:
        third = 'stop'
    return first, second, third
print(run(main()))
for bad in [1, [1]]:
    try:
        aiter(bad)
    except TypeError as e:
        print(e)
    try:
        anext(bad)
    except TypeError as e:
        print(e)
try:
    anext()
except TypeError as e:
    print(e)
