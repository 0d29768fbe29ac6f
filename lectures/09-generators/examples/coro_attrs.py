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

async def inner():
    await suspend('x')
async def outer():
    await inner()
c = outer()
print(c.cr_code is outer.__code__, c.cr_running, c.cr_await, c.cr_origin, c.cr_suspended)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.cr_code.co_name, c.cr_suspended)
print(c.cr_await.cr_await.gi_code.co_name)
print(c.cr_frame.f_code.co_name, c.cr_frame.f_back)
run(c)
print(c.cr_frame, c.cr_await, c.cr_suspended)
print(repr(c).split(' at ')[0])
print(sorted(n for n in dir(c) if n.startswith('cr_')))
