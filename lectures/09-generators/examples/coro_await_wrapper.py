from mod_aio import coroutine, suspend, run

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
