from mod_aio import coroutine, suspend, run

async def real():
    await suspend('from real')
    return 'real result'
@coroutine
def legacy():
    r = yield from real()
    return 'legacy saw ' + r
async def main():
    return await legacy()
c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(legacy.__code__.co_flags & 0x100 != 0, type(legacy()).__name__)
