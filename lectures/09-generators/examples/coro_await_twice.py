from mod_aio import coroutine, suspend, run

async def slow():
    await suspend()
    return 'slow'
s = slow()
async def first():
    return await s
async def second():
    return await s
a = first()
a.send(None)
try:
    second().send(None)
except RuntimeError as e:
    print(e)
print(run(a))
