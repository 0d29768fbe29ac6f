from mod_aio import coroutine, suspend, run

async def f():
    await suspend()
c = f()
try:
    c.send(1)
except TypeError as e:
    print(e)
async def me():
    c2.send(None)
c2 = me()
try:
    c2.send(None)
except ValueError as e:
    print(e)
