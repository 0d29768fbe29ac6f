from mod_aio import coroutine, suspend, run

async def job():
    await suspend()
async def main():
    await job()
c = main()
c.send(None)
c.throw(KeyError('cancelled'))
