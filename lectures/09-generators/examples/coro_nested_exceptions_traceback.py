from mod_aio import coroutine, suspend, run

async def level3():
    await suspend()
    raise KeyError('missing key')
async def level2():
    try:
        await level3()
    except KeyError as e:
        raise RuntimeError('level2 failed') from e
async def level1():
    await level2()
run(level1())
