from mod_aio import coroutine, suspend, run

async def source():
    yield 1
    yield 1 // 0
async def main():
    async for v in source():
        print('got', v)
run(main())
