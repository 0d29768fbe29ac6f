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
    await suspend('inside')
    yield 1
a = ag()
print(a.__name__, a.__qualname__, repr(a).split(' at ')[0])
print(a.ag_code is ag.__code__, a.ag_running, a.ag_await, a.ag_suspended, a.ag_frame is not None)
aw = a.__anext__()
print(type(aw).__name__, aw.send(None))
print(a.ag_running, a.ag_suspended, a.ag_await.gi_code.co_name)
print(sorted(n for n in dir(a) if n.startswith('ag_')))
print(sorted(n for n in dir(a) if n.startswith('a') and not n.startswith('ag_')))
