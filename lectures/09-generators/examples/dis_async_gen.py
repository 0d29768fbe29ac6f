import dis
async def ag():
    yield 1
    v = yield 2
dis.dis(ag)
