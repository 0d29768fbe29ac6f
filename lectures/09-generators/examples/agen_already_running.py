from mod_aio import coroutine, suspend, run

async def ag():
    await suspend()
    yield 1
a = ag()
first = a.__anext__()
first.send(None)
try:
    a.__anext__().send(None)
except RuntimeError as e:
    print(e)
try:
    a.aclose().send(None)
except RuntimeError as e:
    print(e)
try:
    a.athrow(ValueError).send(None)
except RuntimeError as e:
    print(e)
