from mod_aio import coroutine, suspend, run

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
