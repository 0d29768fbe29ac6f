from mod_aio import coroutine, suspend, run

async def leaf(n):
    got = await suspend(n)
    return (n, got)
async def mid():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]
c = mid()
print(c.send(None))
print(c.send('first'))
try:
    c.send('second')
except StopIteration as e:
    print(e.value)
