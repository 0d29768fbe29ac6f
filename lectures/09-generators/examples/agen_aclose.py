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
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')
a = ag()
run(a.__anext__())
try:
    a.aclose().send(None)
except StopIteration:
    print('aclose done')
print(a.ag_frame)
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print('closed: StopAsyncIteration')
b = ag()
try:
    b.aclose().send(None)
except StopIteration:
    print('aclose on unstarted')
