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
    await suspend()
    yield 1
a = ag()
first = a.__anext__()
first.send(None)
try:
    a.__anext__().send(None)
except RuntimeError as e:
    print(e)
try:
    a.aclose().send(None)
except RuntimeError as e:
    print(e)
try:
    a.athrow(ValueError).send(None)
except RuntimeError as e:
    print(e)
