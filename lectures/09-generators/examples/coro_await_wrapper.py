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

async def f():
    x = await suspend('a')
    return x * 2
c = f()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    w.send(21)
except StopIteration as e:
    print(e.value)
c = f()
try:
    iter(c)
except TypeError as e:
    print(e)
try:
    next(c)
except TypeError as e:
    print(e)
c.close()
