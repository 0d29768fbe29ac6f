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

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print('numbers finally')
async def main():
    out = []
    gen = numbers()
    async for v in gen:
        if v == 2:
            break
        out.append(v)
    print('after break')
    await gen.aclose()
    return out
print(run(main()))
