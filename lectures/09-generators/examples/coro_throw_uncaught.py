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

async def job():
    await suspend()
async def main():
    await job()
c = main()
c.send(None)
c.throw(KeyError('cancelled'))
