import dis
async def c(a):
    x = await a
    async for i in a:
        pass
    return x
dis.dis(c)
