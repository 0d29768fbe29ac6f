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

async def worker():
    try:
        await suspend('working')
    except ValueError as e:
        print('worker caught', e)
        return 'recovered'
c = worker()
print(c.send(None))
try:
    c.throw(ValueError('stop'))
except StopIteration as e:
    print('returned', e.value)
async def forever():
    try:
        while True:
            await suspend()
    finally:
        print('forever cleaned up')
c = forever()
c.send(None)
print(c.close())
c = forever()
c.send(None)
try:
    c.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
